import { earlyPromise, earlyValue, settleWithin } from '../../src/taskpane/early';

describe('settleWithin', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('gives the value when the promise fulfils in time', async () => {
    const early = await settleWithin(Promise.resolve(42), 150);
    expect(early).toEqual({ settled: 'fulfilled', value: 42 });
    expect(earlyValue(early)).toBe(42);
    expect(earlyPromise(early)).toBeUndefined();
  });

  it('gives the promise itself when it is still running at the deadline', async () => {
    let resolve!: (v: string) => void;
    const promise = new Promise<string>((r) => (resolve = r));
    const pending = settleWithin(promise, 150);
    jest.advanceTimersByTime(150);
    const early = await pending;
    expect(early.settled).toBe('pending');
    expect(earlyPromise(early)).toBe(promise);
    expect(earlyValue(early)).toBeUndefined();
    resolve('late');
    await expect(earlyPromise(early)).resolves.toBe('late');
  });

  it('gives a failed promise back as pending, so that its failure is shown where reads fail, and never rejects', async () => {
    const failure = Promise.reject(new Error('读取文档失败'));
    const early = await settleWithin(failure, 150);
    expect(early.settled).toBe('pending');
    await expect(earlyPromise(early)).rejects.toThrow('读取文档失败');
  });

  it('clears its timer once the promise fulfils', async () => {
    await settleWithin(Promise.resolve('x'), 150);
    expect(jest.getTimerCount()).toBe(0);
  });
});
