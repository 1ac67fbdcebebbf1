/**
 * Golden files: the expected output beside the inputs, compared as text and rewritten with
 * `UPDATE_GOLDEN=1 npx jest test/golden` (then reviewed like code in the diff).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

export const UPDATE = process.env.UPDATE_GOLDEN === '1';

/** Compares `actual` with the golden file (or writes it under UPDATE_GOLDEN=1). */
export function expectGolden(file: string, actual: string): void {
  if (UPDATE) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  if (!existsSync(file)) throw new Error(`golden file missing: ${file} (run with UPDATE_GOLDEN=1 and review it)`);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

export function json(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}
