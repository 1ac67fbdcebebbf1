/**
 * Talking to the worker: one request at a time per id, progress by callback, results as
 * promises. The worker itself is created by `createWorker` (index.tsx passes the real
 * one; tests pass a fake), so that only one file mentions the bundler's worker syntax.
 */
import type { WorkerRequest, WorkerResponse } from './protocol';

export interface WorkerLike {
  postMessage(msg: WorkerRequest): void;
  onmessage: ((ev: MessageEvent<WorkerResponse>) => void) | null;
  onerror: ((ev: ErrorEvent) => void) | null;
  terminate(): void;
}

type Pending = { resolve: (r: WorkerResponse) => void; reject: (e: Error) => void; progress?: (done: number, total: number, current: string) => void };

export class CheckerClient {
  private worker: WorkerLike;
  private next = 1;
  private pending = new Map<number, Pending>();

  constructor(createWorker: () => WorkerLike) {
    this.worker = createWorker();
    this.worker.onmessage = (ev) => this.receive(ev.data);
    this.worker.onerror = (ev) => {
      const err = new Error(ev.message || '检查程序出错');
      for (const p of this.pending.values()) p.reject(err);
      this.pending.clear();
    };
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

  /** Send a request (without its id) and wait for its result. */
  request<T extends WorkerResponse['type']>(req: DistributiveOmit<WorkerRequest, 'id'>, progress?: Pending['progress']): Promise<Extract<WorkerResponse, { type: T }>> {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (r: WorkerResponse) => void, reject, progress });
      this.worker.postMessage({ ...req, id } as WorkerRequest);
    });
  }

  dispose(): void {
    this.worker.terminate();
  }
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
