/**
 * Every file gets its turn (issue 10, point 5): the folder check's worker pool, driven with
 * a stand-in worker script, stops a file that never finishes and one that exhausts its
 * heap, reports each as its own row, and checks the next file in a fresh worker.
 */
import * as fs from 'node:fs';
import { NEU_2024 } from '../../src/core/profile';
import { workerChecker } from '../../src/cli/batch/pool';
import { tempDir } from './helpers';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

/** Answers at once, except for a name with 挂起 (never answers) or 内存 (fills its heap). */
const SCRIPT = `
const { parentPort, threadId } = require('node:worker_threads');
parentPort.on('message', (job) => {
  const name = job.entry.name;
  if (name.includes('挂起')) return;
  if (name.includes('内存')) { const keep = []; for (;;) keep.push(new Array(1e6).fill(Math.random())); }
  parentPort.postMessage({ id: job.id, item: { file: name, warnings: ['thread ' + threadId] } });
});
`;

test('a file that never finishes and one that runs out of memory cost only their rows; the next file is checked in a new worker', async () => {
  const script = tmp.file('worker.js');
  fs.writeFileSync(script, SCRIPT);
  const checker = workerChecker(script, { profile: NEU_2024, options: {} }, { timeoutMs: 5000, heapMb: 32 });
  const entry = (name: string) => ({ path: tmp.file(name), name });
  try {
    const first = await checker.check(entry('一.docx'));
    const hung = await checker.check(entry('挂起.docx'));
    const second = await checker.check(entry('二.docx'));
    const oom = await checker.check(entry('内存.docx'));
    const third = await checker.check(entry('三.docx'));
    expect(first).toEqual({ file: '一.docx', warnings: [expect.stringMatching(/^thread \d+$/)] });
    expect(hung.error).toMatchObject({ code: 'timeout', message: '检查“挂起.docx”超过 5 秒仍未完成，已停止（正常的案例不到 1 秒）；文件可能已损坏或是恶意构造的。' });
    expect(oom.error).toMatchObject({ code: 'crashed', message: '检查“内存.docx”时出错（内存超出上限 32 MB），已跳过这个文件；其余文件照常检查。' });
    // Each failure was followed by a fresh worker.
    const threads = [first, second, third].map((i) => i.warnings?.[0]);
    expect(new Set(threads).size).toBe(3);
  } finally {
    await checker.close();
  }
}, 60_000);
