/**
 * Talking to the worker: one request at a time per id, progress by callback, results as
 * promises. The worker itself is created by `createWorker` (index.tsx passes the real
 * one; tests pass a fake), so that only one file mentions the bundler's worker syntax.
 *
 * Every file gets its turn (issue 10): a folder check sends one file at a time, each with a
 * time limit. A file that takes too long, or a worker that dies on one (an error event, or
 * the worker's heap), costs that file its row: the worker is ended, a fresh one is started,
 * and the check goes on with the next file. 取消 ends the worker at once, whatever it is
 * doing, and starts a fresh one for what comes next.
 */
import { fileError, type BatchItem, type BatchReport, type PriorCase, type UnitRoster } from '../core/batch';
import type { Profile } from '../core/profile/types';
import { FILE_TIME_LIMIT_MS, type NamedFile, type WorkerRequest, type WorkerResponse, type XlsxReview } from './protocol';

export interface WorkerLike {
  postMessage(msg: WorkerRequest): void;
  onmessage: ((ev: MessageEvent<WorkerResponse>) => void) | null;
  onerror: ((ev: ErrorEvent) => void) | null;
  terminate(): void;
}

type Pending = { resolve: (r: WorkerResponse) => void; reject: (e: Error) => void; progress?: (done: number, total: number, current: string) => void };

/** A request that ran past its time limit; the worker was ended. */
export class WorkerTimeout extends Error {
  constructor(readonly seconds: number) {
    super(`超过 ${seconds} 秒仍未完成，已停止`);
    this.name = 'WorkerTimeout';
  }
}

/** The worker died while a request was pending (an uncaught error, or out of memory). */
export class WorkerCrash extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkerCrash';
  }
}

/** The check was cancelled (取消). */
export class Cancelled extends Error {
  constructor() {
    super('已取消');
    this.name = 'Cancelled';
  }
}

export interface CheckFilesOptions {
  prior?: PriorCase[];
  /** The school's unit roster: every spelling of a unit is counted as one. */
  roster?: UnitRoster;
  category?: string;
  progress?: (done: number, total: number, current: string) => void;
  signal?: AbortSignal;
  /** Per file; default FILE_TIME_LIMIT_MS. */
  fileTimeLimitMs?: number;
}

export class CheckerClient {
  private worker!: WorkerLike;
  private next = 1;
  private pending = new Map<number, Pending>();
  /** The profile chosen on the page: sent to every worker this client starts. */
  private profile?: Profile;

  constructor(private readonly createWorker: () => WorkerLike) {
    this.start();
  }

  private start(): void {
    const w = this.createWorker();
    w.onmessage = (ev) => {
      if (w === this.worker) this.receive(ev.data);
    };
    w.onerror = (ev) => {
      if (w !== this.worker) return;
      // An error event is the worker's end: fail what waits on it, and start afresh.
      this.restart(new WorkerCrash(ev.message || '检查程序出错'));
    };
    this.worker = w;
    if (this.profile) w.postMessage({ type: 'profile', id: 0, profile: this.profile });
  }

  /**
   * Check everything from now on against `profile`: the worker in use gets it now (before
   * any later request: a worker takes its messages in order), every fresh one on start.
   */
  setProfile(profile: Profile): void {
    this.profile = profile;
    this.worker.postMessage({ type: 'profile', id: 0, profile });
  }

  /** End the worker, fail every pending request with `reason`, start a fresh worker. */
  private restart(reason: Error): void {
    const old = this.worker;
    const pending = [...this.pending.values()];
    this.pending.clear();
    old.onmessage = null;
    old.onerror = null;
    old.terminate();
    this.start();
    for (const p of pending) p.reject(reason);
  }

  private receive(msg: WorkerResponse): void {
    const p = this.pending.get(msg.id);
    if (!p) return;
    if (msg.type === 'progress') {
      p.progress?.(msg.done, msg.total, msg.current);
      return;
    }
    this.pending.delete(msg.id);
    if (msg.type === 'failed') p.reject(new Error(msg.message));
    else p.resolve(msg);
  }

  /**
   * Send a request (without its id) and wait for its result. With `timeoutMs`, a request
   * that has no answer by then ends the worker (WorkerTimeout); with `signal`, aborting
   * ends it too (Cancelled).
   */
  request<T extends WorkerResponse['type']>(
    req: DistributiveOmit<WorkerRequest, 'id'>,
    progress?: Pending['progress'],
    limits: { timeoutMs?: number; signal?: AbortSignal } = {},
  ): Promise<Extract<WorkerResponse, { type: T }>> {
    const id = this.next++;
    const timeoutMs = limits.timeoutMs ?? (req.type === 'single' || req.type === 'text' || req.type === 'file' ? FILE_TIME_LIMIT_MS : undefined);
    return new Promise((resolve, reject) => {
      if (limits.signal?.aborted) return reject(new Cancelled());
      let timer: ReturnType<typeof setTimeout> | undefined;
      const onAbort = (): void => {
        if (this.pending.has(id)) this.restart(new Cancelled());
      };
      const done = (): void => {
        if (timer !== undefined) clearTimeout(timer);
        limits.signal?.removeEventListener('abort', onAbort);
      };
      this.pending.set(id, {
        resolve: (r) => {
          done();
          resolve(r as Extract<WorkerResponse, { type: T }>);
        },
        reject: (e) => {
          done();
          reject(e);
        },
        progress,
      });
      if (timeoutMs !== undefined) {
        timer = setTimeout(() => {
          if (this.pending.has(id)) this.restart(new WorkerTimeout(Math.round(timeoutMs / 1000)));
        }, timeoutMs);
      }
      limits.signal?.addEventListener('abort', onAbort);
      this.worker.postMessage({ ...req, id } as WorkerRequest);
    });
  }

  /**
   * A folder check: each file in turn under its time limit, then the review table. A file
   * that is stopped or kills the worker becomes its own row; 取消 (the signal) rejects
   * with Cancelled.
   */
  async checkFiles(files: readonly NamedFile[], options: CheckFilesOptions = {}): Promise<BatchReport> {
    const items: BatchItem[] = [];
    const limit = options.fileTimeLimitMs ?? FILE_TIME_LIMIT_MS;
    for (let i = 0; i < files.length; i++) {
      const f = files[i];
      options.progress?.(i, files.length, f.name);
      try {
        const res = await this.request<'file'>({ type: 'file', file: f, category: options.category }, undefined, { timeoutMs: limit, signal: options.signal });
        items.push(res.item);
      } catch (e) {
        if (e instanceof Cancelled) throw e;
        if (e instanceof WorkerTimeout) items.push({ file: f.name, error: fileError(f.name, 'timeout', undefined, { seconds: e.seconds }) });
        else items.push({ file: f.name, error: fileError(f.name, 'crashed', e instanceof WorkerCrash ? `检查程序中止：${e.message}` : (e as Error).message) });
      }
    }
    options.progress?.(files.length, files.length, '');
    const res = await this.request<'combine'>({ type: 'combine', items, prior: options.prior ?? [], roster: options.roster }, undefined, { signal: options.signal });
    return res.batch;
  }

  /** The review table as .xlsx bytes, made in the worker. */
  async xlsx(batch: BatchReport, review?: XlsxReview): Promise<Uint8Array> {
    return (await this.request<'xlsx'>({ type: 'xlsx', batch, review })).bytes;
  }

  dispose(): void {
    this.worker.terminate();
  }
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
