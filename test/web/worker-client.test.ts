/** The page's side of the worker protocol, with a fake worker: ids, progress, results, failures. */
import { Cancelled, CheckerClient, type WorkerLike } from '../../src/web/worker-client';
import type { WorkerRequest, WorkerResponse } from '../../src/web/protocol';
import { boardCells, boardHeaders, decideCase, emptyReview, reviewItems, reviewState, rowDecisions, submissionBoard } from '../../src/core/review';
import { batchOf, PROFILE, ROSTER, round1 } from '../core/review/helpers';

class FakeWorker implements WorkerLike {
  sent: WorkerRequest[] = [];
  onmessage: ((ev: MessageEvent<WorkerResponse>) => void) | null = null;
  onerror: ((ev: ErrorEvent) => void) | null = null;
  terminated = false;
  /** As a browser does: the message is a structured clone, so what cannot be cloned throws here too. */
  postMessage(msg: WorkerRequest) {
    this.sent.push(structuredClone(msg));
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

describe('CheckerClient.checkFiles: every file gets its turn', () => {
  const file = (name: string) => ({ name, file: new Blob(['x']) });
  /** Fake workers, newest last; each answers `file` requests by the rule given. */
  function fleet(answer: (w: FakeWorker, msg: WorkerRequest) => void) {
    const workers: FakeWorker[] = [];
    const client = new CheckerClient(() => {
      const w = new FakeWorker();
      const post = w.postMessage.bind(w);
      w.postMessage = (msg: WorkerRequest) => {
        post(msg);
        queueMicrotask(() => answer(w, msg));
      };
      workers.push(w);
      return w;
    });
    return { client, workers };
  }
  const ok = (w: FakeWorker, msg: WorkerRequest) => {
    if (msg.type === 'file') w.reply({ type: 'file', id: msg.id, item: { file: msg.file.name } });
    if (msg.type === 'combine') w.reply({ type: 'combine', id: msg.id, batch: { files: msg.items } as never });
  };

  afterEach(() => jest.useRealTimers());

  it('stops a file past its time limit, reports it as its row, and checks the next file in a fresh worker', async () => {
    jest.useFakeTimers({ doNotFake: ['queueMicrotask'] });
    const { client, workers } = fleet((w, msg) => {
      if (msg.type === 'file' && msg.file.name === '慢.docx') return; // never answers
      ok(w, msg);
    });
    const done = client.checkFiles([file('一.docx'), file('慢.docx'), file('二.docx')], { fileTimeLimitMs: 60_000 });
    await jest.advanceTimersByTimeAsync(59_999);
    expect(workers).toHaveLength(1);
    await jest.advanceTimersByTimeAsync(1);
    const batch = await done;
    const items = batch.files as unknown as { file: string; error?: { code: string; message: string } }[];
    expect(items.map((i) => i.file)).toEqual(['一.docx', '慢.docx', '二.docx']);
    expect(items[1].error).toMatchObject({ code: 'timeout', message: '检查“慢.docx”超过 60 秒仍未完成，已停止（正常的案例不到 1 秒）；文件可能已损坏或是恶意构造的。' });
    expect(items[2].error).toBeUndefined();
    expect(workers).toHaveLength(2);
    expect(workers[0].terminated).toBe(true);
    expect(workers[1].sent.map((m) => m.type)).toEqual(['file', 'combine']);
  });

  it('a worker that dies on a file costs that file only', async () => {
    const { client, workers } = fleet((w, msg) => {
      if (msg.type === 'file' && msg.file.name === '坏.docx') return w.onerror?.({ message: 'Out of memory' } as ErrorEvent);
      ok(w, msg);
    });
    const batch = await client.checkFiles([file('坏.docx'), file('好.docx')]);
    const items = batch.files as unknown as { file: string; error?: { code: string; message: string } }[];
    expect(items[0].error).toMatchObject({ code: 'crashed', message: '检查“坏.docx”时出错（检查程序中止：Out of memory），已跳过这个文件；其余文件照常检查。' });
    expect(items[1]).toEqual({ file: '好.docx' });
    expect(workers).toHaveLength(2);
  });

  it('取消 ends the worker at once and rejects with Cancelled; the next request goes to a fresh worker', async () => {
    const { client, workers } = fleet((w, msg) => {
      if (msg.type === 'file' && msg.file.name === '二.docx') return; // still working when cancelled
      ok(w, msg);
    });
    const controller = new AbortController();
    const progress: string[] = [];
    const done = client.checkFiles([file('一.docx'), file('二.docx'), file('三.docx')], {
      signal: controller.signal,
      progress: (_d, _t, current) => {
        progress.push(current);
        if (current === '二.docx') queueMicrotask(() => controller.abort());
      },
    });
    await expect(done).rejects.toBeInstanceOf(Cancelled);
    expect(progress).toEqual(['一.docx', '二.docx']);
    expect(workers[0].terminated).toBe(true);
    const text = client.request<'text'>({ type: 'text', text: 'a' });
    expect(workers).toHaveLength(2);
    expect(workers[1].sent.map((m) => m.type)).toEqual(['text']);
    workers[1].reply({ type: 'failed', id: workers[1].sent[0].id, message: '好' });
    await expect(text).rejects.toThrow('好');
  });

  it('builds the .xlsx in the worker', async () => {
    const bytes = new Uint8Array([0x50, 0x4b]);
    const { client, workers } = fleet((w, msg) => {
      if (msg.type === 'xlsx') w.reply({ type: 'xlsx', id: msg.id, bytes });
    });
    await expect(client.xlsx({ files: [] } as never)).resolves.toBe(bytes);
    expect(workers[0].sent.map((m) => m.type)).toEqual(['xlsx']);
  });

  it('sends the review round to the worker as plain data, from which the decided columns are derived there', async () => {
    const batch = batchOf(round1());
    const items = reviewItems(batch, PROFILE);
    const state = reviewState(batch, PROFILE, decideCase(emptyReview(PROFILE), items.cases[0], 'revise', undefined, '2024-11-28T08:00:00.000Z'));
    const board = submissionBoard(batch, PROFILE, state, ROSTER);
    const { client, workers } = fleet((w, msg) => {
      if (msg.type === 'xlsx') w.reply({ type: 'xlsx', id: msg.id, bytes: new Uint8Array([0x50, 0x4b]) });
    });
    // The decisions themselves are functions: a structured clone refuses them, as the browser did.
    expect(() => structuredClone({ decisions: rowDecisions(state) })).toThrow();
    await client.xlsx(batch, { state, board: { headers: boardHeaders(), rows: board.rows.map(boardCells) } });
    const sent = workers[0].sent[0];
    if (sent.type !== 'xlsx') throw new Error(sent.type);
    const file = items.cases[0].file;
    expect(rowDecisions(sent.review!.state!).text(file)).toBe('退回修改');
    expect(sent.review!.board!.rows[0][0]).toBe('冶金学院党委');
  });
});

describe('CheckerClient.setProfile: the notice chosen on the page (issue 14)', () => {
  it('goes to the worker before later requests, and to every fresh worker after a crash', async () => {
    const { loadBuiltinProfile } = await import('../../src/core/profile');
    const baiyun = (await loadBuiltinProfile('baiyun-2020'))!;
    const workers: FakeWorker[] = [];
    const c = new CheckerClient(() => {
      const w = new FakeWorker();
      workers.push(w);
      return w;
    });
    c.setProfile(baiyun);
    const p = c.request<'text'>({ type: 'text', text: 'a' });
    expect(workers[0].sent.map((m) => m.type)).toEqual(['profile', 'text']);
    expect(workers[0].sent[0]).toMatchObject({ type: 'profile', profile: { id: 'baiyun-2020' } });
    workers[0].onerror?.({ message: '脚本错误' } as ErrorEvent);
    await expect(p).rejects.toThrow('脚本错误');
    // The fresh worker is told first, whatever it is asked next.
    expect(workers[1].sent.map((m) => [m.type, m.type === 'profile' ? m.profile.id : undefined])).toEqual([['profile', 'baiyun-2020']]);
    c.dispose();
  });
});
