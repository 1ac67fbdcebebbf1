/**
 * Every file gets its turn: a folder check runs each file in a worker thread with a heap
 * limit and a time limit, so that a file that makes the reader or the engine fail in any
 * way (an exception, a loop, running out of memory) costs only its own row. The worker is
 * replaced after a failure and the check goes on with the next file.
 *
 * The caps of src/core/limits.ts keep every known hostile file far below these limits;
 * the worker is the guard for what nobody has thought of yet.
 *
 * Where the compiled worker script is not there (the tests run the TypeScript sources
 * through ts-jest), files are checked in the process itself, each under its own try.
 */
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { fileError, type BatchItem, type FileCheckDeps } from '../../core/batch';
import { LIMITS } from '../../core/limits';
import type { Profile } from '../../core/profile/types';
import { checkOneFile, type CheckOneOptions } from './check-one';
import type { FileEntry } from './files';

export interface FileChecker {
  check(entry: FileEntry): Promise<BatchItem>;
  close(): Promise<void>;
}

/** Limits of the checking worker. Far above what a real case needs (well under a second, tens of MB). */
export const WORKER_LIMITS = {
  /** Per file (src/core/limits.ts). */
  timeoutMs: LIMITS.fileTimeMs,
  /** The worker's JavaScript heap: a real case needs tens of MB. */
  heapMb: 1024,
};

/** Checks files in this process, each in its own try (no protection from loops or memory). */
export function inProcessChecker(profile: Profile, deps: FileCheckDeps, options: CheckOneOptions = {}): FileChecker {
  return {
    async check(entry) {
      try {
        return await checkOneFile(entry, profile, deps, options);
      } catch (err) {
        return { file: entry.name, error: fileError(entry.name, 'crashed', err instanceof Error ? `${err.name}：${err.message}` : String(err)) };
      }
    },
    async close() {},
  };
}

/** What the worker is given once. */
export interface WorkerSetup {
  profile: Profile;
  options: CheckOneOptions;
}

/** A job and its answer. */
export interface WorkerJob {
  id: number;
  entry: { path: string | Uint8Array; name: string; unlisted?: string };
}
export interface WorkerAnswer {
  id: number;
  item: BatchItem;
}

export interface WorkerCheckerOptions {
  timeoutMs?: number;
  heapMb?: number;
}

/** Checks files one at a time in a worker thread running `script`; a new worker after a timeout or a crash. */
export function workerChecker(script: string, setup: WorkerSetup, limits: WorkerCheckerOptions = {}): FileChecker {
  const timeoutMs = limits.timeoutMs ?? WORKER_LIMITS.timeoutMs;
  const heapMb = limits.heapMb ?? WORKER_LIMITS.heapMb;
  let worker: Worker | undefined;
  let next = 1;

  const start = (): Worker => {
    const w = new Worker(script, { workerData: setup, resourceLimits: { maxOldGenerationSizeMb: heapMb } });
    // Nothing of the worker's keeps the process alive between files.
    w.unref();
    return w;
  };

  const stop = async (w: Worker): Promise<void> => {
    if (worker === w) worker = undefined;
    w.removeAllListeners();
    // An error after termination (a message in flight) is of no interest any more.
    w.on('error', () => {});
    await w.terminate().catch(() => undefined);
  };

  return {
    check(entry) {
      const w = (worker ??= start());
      const id = next++;
      return new Promise<BatchItem>((resolve) => {
        let settled = false;
        const finish = (item: BatchItem, failed: boolean): void => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          w.off('message', onMessage);
          w.off('error', onError);
          w.off('exit', onExit);
          if (failed) void stop(w).then(() => resolve(item));
          else resolve(item);
        };
        const onMessage = (msg: WorkerAnswer): void => {
          if (msg.id === id) finish(msg.item, false);
        };
        const onError = (err: Error & { code?: string }): void => {
          const what = err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? `内存超出上限 ${heapMb} MB` : `${err.name}：${err.message}`;
          finish({ file: entry.name, error: fileError(entry.name, 'crashed', what) }, true);
        };
        const onExit = (code: number): void => {
          finish({ file: entry.name, error: fileError(entry.name, 'crashed', `检查程序意外退出（${code}）`) }, true);
        };
        const timer = setTimeout(() => {
          finish({ file: entry.name, error: fileError(entry.name, 'timeout', undefined, { seconds: Math.round(timeoutMs / 1000) }) }, true);
        }, timeoutMs);
        w.on('message', onMessage);
        w.on('error', onError);
        w.on('exit', onExit);
        const job: WorkerJob = { id, entry: { path: entry.path, name: entry.name, ...(entry.unlisted !== undefined ? { unlisted: entry.unlisted } : {}) } };
        w.postMessage(job);
      });
    },
    async close() {
      if (worker) await stop(worker);
    },
  };
}

/** The compiled worker beside this module, when this module is itself compiled JavaScript. */
export function compiledWorkerScript(): string | undefined {
  if (!__filename.endsWith('.js')) return undefined;
  const script = path.join(__dirname, 'check-worker.js');
  return existsSync(script) ? script : undefined;
}

/** The checker a folder check uses: the worker where there is one, else in process. */
export function defaultChecker(profile: Profile, deps: FileCheckDeps, options: CheckOneOptions = {}): FileChecker {
  const script = compiledWorkerScript();
  return script ? workerChecker(script, { profile, options }) : inProcessChecker(profile, deps, options);
}
