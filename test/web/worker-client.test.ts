/** The page's side of the worker protocol, with a fake worker: ids, progress, results, failures. */
import { CheckerClient, type WorkerLike } from '../../src/web/worker-client';
import type { WorkerRequest, WorkerResponse } from '../../src/web/protocol';

class FakeWorker implements WorkerLike {
  sent: WorkerRequest[] = [];
  onmessage: ((ev: MessageEvent<WorkerResponse>) => void) | null = null;
  onerror: ((ev: ErrorEvent) => void) | null = null;
  terminated = false;
  postMessage(msg: WorkerRequest) {
    this.sent.push(msg);
  }
  reply(msg: WorkerResponse) {
    this.onmessage?.({ data: msg } as MessageEvent<WorkerResponse>);
  }
  terminate() {
    this.terminated = true;
  }
}

describe('CheckerClient', () => {
  it('matches replies to requests by id and forwards progress', async () => {
    const w = new FakeWorker();
    const c = new CheckerClient(() => w);
    const progress: [number, number, string][] = [];
    const p1 = c.request<'text'>({ type: 'text', text: 'a' });
    const p2 = c.request<'prior'>({ type: 'prior', files: [] }, (d, t, cur) => progress.push([d, t, cur]));
    expect(w.sent.map((m) => [m.type, m.id])).toEqual([
      ['text', 1],
      ['prior', 2],
    ]);
    w.reply({ type: 'progress', id: 2, done: 0, total: 1, current: 'x.csv' });
    w.reply({ type: 'prior', id: 2, prior: [], skipped: [] });
    w.reply({ type: 'failed', id: 1, message: '坏了' });
    await expect(p2).resolves.toMatchObject({ type: 'prior' });
    await expect(p1).rejects.toThrow('坏了');
    expect(progress).toEqual([[0, 1, 'x.csv']]);
  });

  it('fails every pending request when the worker dies', async () => {
    const w = new FakeWorker();
    const c = new CheckerClient(() => w);
    const p = c.request<'text'>({ type: 'text', text: 'a' });
    w.onerror?.({ message: '脚本错误' } as ErrorEvent);
    await expect(p).rejects.toThrow('脚本错误');
    c.dispose();
    expect(w.terminated).toBe(true);
  });
});
