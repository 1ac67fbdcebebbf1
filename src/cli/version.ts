import { readFileSync } from 'node:fs';
import * as path from 'node:path';

let cached: string | undefined;

/** The package version, read from package.json beside src/ (or lib/) at run time. */
export function cliVersion(): string {
  if (cached) return cached;
  try {
    const pkg = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version?: string };
    cached = pkg.version ?? '0.0.0';
  } catch {
    cached = '0.0.0';
  }
  return cached;
}
