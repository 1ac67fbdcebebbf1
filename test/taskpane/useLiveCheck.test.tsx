import { act, renderHook } from '@testing-library/react';
import { useLiveCheck, LIVE_DEBOUNCE_MS, LIVE_PERIODIC_MS, LIVE_PERIODIC_SELECTION_MS, type CheckFn } from '../../src/taskpane/hooks/useLiveCheck';
import { NEU_2024 } from '../../src/core/profile';
import type { CaseDocument } from '../../src/core/model/types';
import type { Report } from '../../src/core/report';
import { caseDoc, han, validBranchCase } from '../helpers/case-doc';
import { FakeSource } from './fake-source';

/** A check that records what it was given and reports the first paragraph's text as its profile id. */
function recordingCheck() {
  const calls: { doc: CaseDocument; category?: string }[] = [];
  const check: CheckFn = (doc, _profile, options) => {
    calls.push({ doc, category: options.category });
    return { profile: doc.paragraphs[0]?.text ?? '', category: options.category } as unknown as Report;
  };
  return { calls, check };
}

const docWith = (text: string) => caseDoc().para(text).build();

async function flush() {
  await act(async () => {
    await Promise.resolve();
  });
}

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

describe('useLiveCheck', () => {
  it('reads once on mount and checks the result', async () => {
    const source = new FakeSource(docWith('甲'));
    const { check, calls } = recordingCheck();
    const { result } = renderHook(() => useLiveCheck(source, NEU_2024, { check }));
    await flush();
    expect(source.reads).toBe(1);
    expect(result.current.report?.profile).toBe('甲');
    expect(calls).toHaveLength(1);
  });

  it('checks a read that finished before mount in its first render, without reading again', async () => {
    const source = new FakeSource(docWith('乙'));
    const { check, calls } = recordingCheck();
    const initialRead = { settled: 'fulfilled' as const, value: docWith('甲') };
    const { result } = renderHook(() => useLiveCheck(source, NEU_2024, { check, initialRead }));
    // The first render already has the report: no effect, no flush needed.
    expect(result.current.report?.profile).toBe('甲');
    await flush();
    expect(source.reads).toBe(0);
    expect(calls).toHaveLength(1);
    await act(() => result.current.refresh());
    expect(source.reads).toBe(1);
    expect(result.current.report?.profile).toBe('乙');
  });

  it('takes a read started before mount and still running as its first result, then reads from the source again', async () => {
    const source = new FakeSource(docWith('乙'));
    const { check } = recordingCheck();
    const initialRead = { settled: 'pending' as const, promise: Promise.resolve(docWith('甲')) };
    const { result, rerender } = renderHook(() => useLiveCheck(source, NEU_2024, { check, initialRead }));
    await flush();
    expect(source.reads).toBe(0);
    expect(result.current.report?.profile).toBe('甲');
    rerender();
    await act(() => result.current.refresh());
    expect(source.reads).toBe(1);
    expect(result.current.report?.profile).toBe('乙');
  });

  it('a failed early read surfaces as the error, like a failed mount read', async () => {
    const source = new FakeSource(docWith('乙'));
    const { check } = recordingCheck();
    const initialRead = { settled: 'pending' as const, promise: Promise.reject(new Error('读取文档失败')) };
    const { result } = renderHook(() => useLiveCheck(source, NEU_2024, { check, initialRead }));
    await flush();
    expect(source.reads).toBe(0);
    expect((result.current.error as Error).message).toBe('读取文档失败');
    expect(result.current.report).toBeUndefined();
  });

  it('change events only mark dirty: one read after the pause, however many events', async () => {
    const source = new FakeSource(docWith('甲'));
    const { check } = recordingCheck();
    const { result } = renderHook(() => useLiveCheck(source, NEU_2024, { check }));
    await flush();
    source.doc = docWith('乙');
    act(() => {
      source.change();
      jest.advanceTimersByTime(LIVE_DEBOUNCE_MS / 2);
      source.change();
      source.change();
      jest.advanceTimersByTime(LIVE_DEBOUNCE_MS - 1);
    });
    expect(source.reads).toBe(1);
    act(() => {
      jest.advanceTimersByTime(1);
    });
    await flush();
    expect(source.reads).toBe(2);
    expect(result.current.report?.profile).toBe('乙');
  });

  it('never starts a second read while one is in flight; what was asked meanwhile is read once, after it', async () => {
    const source = new FakeSource(docWith('初'));
    source.manual = true;
    const { check } = recordingCheck();
    const { result } = renderHook(() => useLiveCheck(source, NEU_2024, { check }));
    expect(source.reads).toBe(1);
    let refreshed = false;
    await act(async () => {
      void result.current.refresh().then(() => (refreshed = true));
      void result.current.refresh();
      source.change();
      jest.advanceTimersByTime(LIVE_DEBOUNCE_MS);
      jest.advanceTimersByTime(LIVE_PERIODIC_MS * 3);
    });
    // A hung first read holds everything back: still one read.
    expect(source.reads).toBe(1);
    expect(result.current.reading).toBe(true);
    await act(async () => {
      source.pending[0].resolve(docWith('旧'));
    });
    // Everything asked for meanwhile is one more read, of everything.
    expect(source.reads).toBe(2);
    expect(source.readArgs[1]).toBeUndefined();
    expect(refreshed).toBe(false);
    await act(async () => {
      source.pending[1].resolve(docWith('新'));
    });
    expect(refreshed).toBe(true);
    expect(result.current.report?.profile).toBe('新');
    expect(result.current.reading).toBe(false);
    expect(source.reads).toBe(2);
  });

  it('paragraph edits named by the host are read as a change set; an added paragraph reads everything', async () => {
    const source = new FakeSource(docWith('甲'));
    const { check } = recordingCheck();
    renderHook(() => useLiveCheck(source, NEU_2024, { check }));
    await flush();
    act(() => {
      source.change({ kind: 'changed', ids: ['a'] });
      source.change({ kind: 'changed', ids: ['b', 'a'] });
      jest.advanceTimersByTime(LIVE_DEBOUNCE_MS);
    });
    await flush();
    expect(source.readArgs[1]).toEqual({ changedIds: ['a', 'b'] });
    act(() => {
      source.change({ kind: 'changed', ids: ['a'] });
      source.change({ kind: 'added', ids: ['c'] });
      jest.advanceTimersByTime(LIVE_DEBOUNCE_MS);
    });
    await flush();
    expect(source.readArgs[2]).toBeUndefined();
  });

  it('a missed event is healed by the safety re-read: every 30 s with paragraph events, 15 s with selection events', async () => {
    for (const [events, period] of [['paragraph', LIVE_PERIODIC_MS], ['selection', LIVE_PERIODIC_SELECTION_MS]] as const) {
      const source = new FakeSource(docWith('甲'));
      source.events = events;
      const { check } = recordingCheck();
      const { result, unmount } = renderHook(() => useLiveCheck(source, NEU_2024, { check }));
      await flush();
      // The author typed, and the host said nothing.
      source.doc = docWith('乙');
      act(() => {
        jest.advanceTimersByTime(period - 1);
      });
      await flush();
      expect(result.current.report?.profile).toBe('甲');
      act(() => {
        jest.advanceTimersByTime(1);
      });
      await flush();
      expect(result.current.report?.profile).toBe('乙');
      unmount();
    }
    expect(LIVE_PERIODIC_MS).toBeGreaterThanOrEqual(30_000);
  });

  it('re-reads periodically while visible, and not while hidden', async () => {
    const source = new FakeSource(docWith('甲'));
    const { check } = recordingCheck();
    let visible = true;
    renderHook(() => useLiveCheck(source, NEU_2024, { check, isVisible: () => visible }));
    await flush();
    act(() => {
      jest.advanceTimersByTime(LIVE_PERIODIC_MS);
    });
    await flush();
    expect(source.reads).toBe(2);
    visible = false;
    act(() => {
      jest.advanceTimersByTime(LIVE_PERIODIC_MS * 3);
    });
    await flush();
    expect(source.reads).toBe(2);
  });

  it('a new category re-checks the last read without reading again', async () => {
    const source = new FakeSource(docWith('甲'));
    const { check, calls } = recordingCheck();
    const { result, rerender } = renderHook(({ category }) => useLiveCheck(source, NEU_2024, { check, category }), {
      initialProps: { category: 'branch' },
    });
    await flush();
    rerender({ category: 'committee' });
    expect(source.reads).toBe(1);
    expect(calls.map((c) => c.category)).toEqual(['branch', 'committee']);
    expect(result.current.report?.category).toBe('committee');
  });

  it('keeps the error of a failed read until a read succeeds', async () => {
    const source = new FakeSource(docWith('甲'));
    source.manual = true;
    const { check } = recordingCheck();
    const { result } = renderHook(() => useLiveCheck(source, NEU_2024, { check }));
    await act(async () => {
      source.pending[0].reject(new Error('读取文档失败'));
    });
    expect((result.current.error as Error).message).toBe('读取文档失败');
    await act(async () => {
      void result.current.refresh();
    });
    await act(async () => {
      source.pending[1].resolve(docWith('乙'));
    });
    expect(result.current.error).toBeUndefined();
    expect(result.current.report?.profile).toBe('乙');
  });

  it('unsubscribes and stops its timers on unmount', async () => {
    const source = new FakeSource(docWith('甲'));
    const { check } = recordingCheck();
    const { unmount } = renderHook(() => useLiveCheck(source, NEU_2024, { check }));
    await flush();
    expect(source.listeners.size).toBe(1);
    act(() => source.change());
    unmount();
    expect(source.listeners.size).toBe(0);
    act(() => {
      jest.advanceTimersByTime(LIVE_PERIODIC_MS * 2);
    });
    expect(source.reads).toBe(1);
  });

  it('with the real engine, a longer practice section raises the body count', async () => {
    const source = new FakeSource(validBranchCase().build());
    const { result } = renderHook(() => useLiveCheck(source, NEU_2024, { category: 'branch' }));
    await flush();
    const before = result.current.report!.parts.body!.counts.words;
    source.doc = validBranchCase().para(han(150)).build();
    act(() => {
      source.change();
      jest.advanceTimersByTime(LIVE_DEBOUNCE_MS);
    });
    await flush();
    expect(result.current.report!.parts.body!.counts.words).toBe(before + 150);
  });
});
