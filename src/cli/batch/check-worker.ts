/**
 * The folder check's worker thread (see ./pool.ts): checks the files it is sent, one at a
 * time, and answers with their rows. It holds one file's bytes at a time.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkCase } from '../../core/engine';
import { readDocx, sniffFormat } from '../../docx';
import { checkOneFile } from './check-one';
import type { WorkerAnswer, WorkerJob, WorkerSetup } from './pool';

const setup = workerData as WorkerSetup;
const deps = { readDocx, checkCase, sniffFormat };

parentPort?.on('message', (job: WorkerJob) => {
  const p = job.entry.path;
  const entry = { ...job.entry, path: typeof p === 'string' ? p : Buffer.from(p.buffer, p.byteOffset, p.byteLength) };
  void checkOneFile(entry, setup.profile, deps, setup.options).then((item) => {
    const answer: WorkerAnswer = { id: job.id, item };
    parentPort?.postMessage(answer);
  });
});
