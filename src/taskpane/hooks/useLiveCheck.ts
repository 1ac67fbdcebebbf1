/**
 * Live checking: change events only mark the document dirty; after the author pauses
 * (LIVE_DEBOUNCE_MS) one read runs and the pure engine re-checks. Nothing here writes to
 * the document.
 *
 * Never two reads in flight: a read asked for while one runs waits, and the changes asked
 * for meanwhile are read together once it ends. Word on the web can leave a sync pending
 * forever (office-js #4941); the gateway gives every read a time limit, so a hung read ends
 * as an error and the next one can start.
 *
 * Reads are as small as the host allows: with paragraph events (WordApi 1.6) the changed
 * paragraphs are named, and the gateway reads only those (ChangeSet); anything else (a
 * paragraph added or deleted, a selection event, the safety re-read, the 重新检查 button)
 * reads everything.
 *
 * A slow safety re-read, only while the pane is visible, catches what hosts do not report
 * (events are missed: #6770, #3864, #4874). It is slow on purpose: frequent polling made
 * typing drop keystrokes in Word on Windows (#1360).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CaseDocument } from '../../core/model/types';
import type { Profile } from '../../core/profile/types';
import type { Report } from '../../core/report';
import { checkCase } from '../../core/engine';
import { addChange, type ChangeSet, type DocumentChange, type DocumentSource } from '../../word/types';
import { earlyPromise, earlyValue, type Early } from '../early';

/** Pause after the last change before reading (UI timing, not a notice limit). */
export const LIVE_DEBOUNCE_MS = 400;
/** Safety re-read while paragraph events name every edit. */
export const LIVE_PERIODIC_MS = 30_000;
/** Safety re-read while only selection events hint at edits (WordApi below 1.6). */
export const LIVE_PERIODIC_SELECTION_MS = 15_000;

export type CheckFn = (
  doc: CaseDocument,
  profile: Profile,
  options: { category?: string; locale?: 'zh-CN' | 'en'; dismissed?: readonly string[]; hintsOff?: readonly string[] },
) => Report;

export interface LiveCheckOptions {
  /** The category chosen in the pane; overrides what the document declares. */
  category?: string;
  locale?: 'zh-CN' | 'en';
  /**
   * The dismissals and style hints off the pane has just saved: they win over the document's
   * (a partial read keeps the settings of the last full one). Undefined: the document's.
   */
  dismissed?: readonly string[];
  hintsOff?: readonly string[];
  /** The engine (checkCase); injectable for tests of the timing alone. */
  check?: CheckFn;
  debounceMs?: number;
  /** The safety re-read's period; by default from the source's kind of events. */
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
  /** Reads everything now (after an insertion, or from a button); resolves when that read is done. */
  refresh: () => Promise<void>;
  /** Marks the document dirty: a read follows after the pause. */
  markDirty: (change?: DocumentChange) => void;
}

function pageVisible(): boolean {
  return typeof document === 'undefined' || document.visibilityState !== 'hidden';
}

/** Changes waiting for a read: nothing (`undefined`), some paragraphs (a ChangeSet), or everything (`null`). */
type Pending = ChangeSet | null | undefined;

const EVERYTHING: DocumentChange = { kind: 'unknown' };

export function useLiveCheck(source: DocumentSource, profile: Profile, options: LiveCheckOptions = {}): LiveCheck {
  const {
    category,
    locale,
    dismissed,
    hintsOff,
    check = checkCase as CheckFn,
    debounceMs = LIVE_DEBOUNCE_MS,
    periodicMs,
    isVisible = pageVisible,
    initialRead,
  } = options;
  const [doc, setDoc] = useState<CaseDocument | undefined>(() => earlyValue(initialRead));
  const [error, setError] = useState<unknown>();
  const [reading, setReading] = useState(false);
  const alive = useRef(true);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  // A ref, so that an inline `isVisible` does not re-subscribe on every render.
  const visible = useRef(isVisible);
  visible.current = isVisible;
  // Consumed by the first mount only.
  const initial = useRef(initialRead);

  // The read loop's state lives in refs: it spans renders and must never start two reads.
  const inFlight = useRef(false);
  /** Changes asked for while a read runs (or none). */
  const queued = useRef<Pending>(undefined);
  /** Edits seen since the last read was asked for, waiting for the pause. */
  const dirty = useRef<Pending>(undefined);
  /** Callers of refresh() waiting for the read that will include their request. */
  const waiters = useRef<(() => void)[]>([]);

  const loop = useCallback(
    async (first: Pending, started?: Promise<CaseDocument>) => {
      inFlight.current = true;
      setReading(true);
      let changes: Pending = first;
      let early = started;
      for (;;) {
        const done = waiters.current.splice(0);
        try {
          const next = await (early ?? source.read(changes ?? undefined));
          if (!alive.current) return;
          setDoc(next);
          setError(undefined);
        } catch (e) {
          if (!alive.current) return;
          setError(e);
        }
        early = undefined;
        done.forEach((resolve) => resolve());
        if (queued.current === undefined) break;
        changes = queued.current;
        queued.current = undefined;
      }
      inFlight.current = false;
      setReading(false);
    },
    [source],
  );

  /** Asks for a read of `changes` (null: everything); starts one unless one is running. */
  const request = useCallback(
    (changes: Pending) => {
      if (inFlight.current) {
        queued.current = queued.current === undefined ? changes : merge(queued.current, changes);
        return;
      }
      void loop(changes);
    },
    [loop],
  );

  const refresh = useCallback(
    () =>
      new Promise<void>((resolve) => {
        waiters.current.push(resolve);
        request(null);
      }),
    [request],
  );

  const markDirty = useCallback(
    (change: DocumentChange = EVERYTHING) => {
      dirty.current = addChange(dirty.current, change);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        timer.current = undefined;
        const changes = dirty.current;
        dirty.current = undefined;
        request(changes);
      }, debounceMs);
    },
    [request, debounceMs],
  );

  const period = periodicMs ?? (source.changeEvents() === 'paragraph' ? LIVE_PERIODIC_MS : LIVE_PERIODIC_SELECTION_MS);

  useEffect(() => {
    alive.current = true;
    const started = initial.current;
    initial.current = undefined;
    // A document that came before the first render is already in `doc`: no read now.
    if (started?.settled !== 'fulfilled') void loop(null, earlyPromise(started));
    const unsubscribe = source.onChange(markDirty);
    const periodic = setInterval(() => {
      // Skip while hidden, while an edit is pending (its own read is coming), and while a read runs.
      if (visible.current() && timer.current === undefined && !inFlight.current) request(null);
    }, period);
    return () => {
      alive.current = false;
      unsubscribe();
      clearInterval(periodic);
      clearTimeout(timer.current);
      timer.current = undefined;
      queued.current = undefined;
      dirty.current = undefined;
      inFlight.current = false;
      waiters.current.splice(0).forEach((resolve) => resolve());
    };
  }, [source, loop, request, markDirty, period]);

  // Re-checking is pure and cheap: a new category re-checks the last read without reading.
  const report = useMemo(
    () => (doc ? check(doc, profile, { category, locale, dismissed, hintsOff }) : undefined),
    [doc, profile, category, locale, dismissed, hintsOff, check],
  );

  return { report, doc, error, reading, refresh, markDirty };
}

/** Two pending requests as one: everything wins; otherwise the union of the paragraphs. */
function merge(a: Pending, b: Pending): Pending {
  if (a === null || b === null) return null;
  if (a === undefined) return b;
  if (b === undefined) return a;
  return { changedIds: [...new Set([...a.changedIds, ...b.changedIds])] };
}
