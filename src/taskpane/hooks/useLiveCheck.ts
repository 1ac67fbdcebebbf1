/**
 * Live checking: change events only mark the document dirty; after the author pauses
 * (LIVE_DEBOUNCE_MS) one read runs and the pure engine re-checks. A read that started
 * before a newer one is dropped when it finishes, so a slow read never overwrites a
 * fresher result. A slow periodic re-read (LIVE_PERIODIC_MS, only while the pane is
 * visible) catches what hosts do not report (Word below WordApi 1.6 has no paragraph
 * events, and the selection event misses edits made without moving). Nothing here writes
 * to the document.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CaseDocument } from '../../core/model/types';
import type { Profile } from '../../core/profile/types';
import type { Report } from '../../core/report';
import { checkCase } from '../../core/engine';
import type { DocumentSource } from '../../word/types';
import { earlyPromise, earlyValue, type Early } from '../early';

/** Pause after the last change before reading (UI timing, not a notice limit). */
export const LIVE_DEBOUNCE_MS = 400;
/** Safety-net re-read while the pane is visible. */
export const LIVE_PERIODIC_MS = 5000;

export type CheckFn = (doc: CaseDocument, profile: Profile, options: { category?: string; locale?: 'zh-CN' | 'en' }) => Report;

export interface LiveCheckOptions {
  /** The category chosen in the pane; overrides what the document declares. */
  category?: string;
  locale?: 'zh-CN' | 'en';
  /** The engine (checkCase); injectable for tests of the timing alone. */
  check?: CheckFn;
  debounceMs?: number;
  periodicMs?: number;
  /** Whether the pane is visible; periodic reads pause when it is not. */
  isVisible?: () => boolean;
  /**
   * A read already started before the pane mounted (the entry starts it as soon as Office
   * is ready). Its document when it has come: the first render already checks it, and the
   * mount does not read. Still running: the mount awaits it as its first read instead of
   * starting another. Used once.
   */
  initialRead?: Early<CaseDocument>;
}

export interface LiveCheck {
  report?: Report;
  doc?: CaseDocument;
  /** The last read's failure, cleared by the next successful read. */
  error?: unknown;
  /** True while a read is in flight. */
  reading: boolean;
  /** Reads now (after an insertion, or from a button). */
  refresh: () => Promise<void>;
  /** Marks the document dirty: a read follows after the pause. */
  markDirty: () => void;
}

function pageVisible(): boolean {
  return typeof document === 'undefined' || document.visibilityState !== 'hidden';
}

export function useLiveCheck(source: DocumentSource, profile: Profile, options: LiveCheckOptions = {}): LiveCheck {
  const {
    category,
    locale,
    check = checkCase as CheckFn,
    debounceMs = LIVE_DEBOUNCE_MS,
    periodicMs = LIVE_PERIODIC_MS,
    isVisible = pageVisible,
    initialRead,
  } = options;
  const [doc, setDoc] = useState<CaseDocument | undefined>(() => earlyValue(initialRead));
  const [error, setError] = useState<unknown>();
  const [reading, setReading] = useState(false);
  const latest = useRef(0);
  const alive = useRef(true);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  // A ref, so that an inline `isVisible` does not re-subscribe on every render.
  const visible = useRef(isVisible);
  visible.current = isVisible;
  // Consumed by the first mount only.
  const initial = useRef(initialRead);

  const readNow = useCallback(async (started?: Promise<CaseDocument>) => {
    const mine = ++latest.current;
    setReading(true);
    try {
      const next = await (started ?? source.read());
      if (!alive.current || mine !== latest.current) return; // a newer read started: drop this one
      setDoc(next);
      setError(undefined);
    } catch (e) {
      if (!alive.current || mine !== latest.current) return;
      setError(e);
    } finally {
      if (alive.current && mine === latest.current) setReading(false);
    }
  }, [source]);

  const refresh = useCallback(() => readNow(), [readNow]);

  const markDirty = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = undefined;
      void refresh();
    }, debounceMs);
  }, [refresh, debounceMs]);

  useEffect(() => {
    alive.current = true;
    const started = initial.current;
    initial.current = undefined;
    // A document that came before the first render is already in `doc`: no read now.
    if (started?.settled !== 'fulfilled') void readNow(earlyPromise(started));
    const unsubscribe = source.onChange(markDirty);
    const periodic = setInterval(() => {
      // Skip while hidden, and while an edit is pending: its own read is coming.
      if (visible.current() && timer.current === undefined) void refresh();
    }, periodicMs);
    return () => {
      alive.current = false;
      latest.current++;
      unsubscribe();
      clearInterval(periodic);
      clearTimeout(timer.current);
      timer.current = undefined;
    };
  }, [source, readNow, refresh, markDirty, periodicMs]);

  // Re-checking is pure and cheap: a new category re-checks the last read without reading.
  const report = useMemo(
    () => (doc ? check(doc, profile, { category, locale }) : undefined),
    [doc, profile, category, locale, check],
  );

  return { report, doc, error, reading, refresh, markDirty };
}
