/**
 * What the pane says when it cannot start, shared with the page's inline start-up guard
 * (boot.js): the messages are one JSON file, and the guard's progress hooks are typed here.
 */
import messages from './startup-messages.json';

export type StartupKind = keyof typeof messages.kinds;

export const STARTUP_MESSAGES = messages;

/** The inline guard's interface (window.__caBoot), when the page has it. */
export interface BootGuard {
  /** Set when the guard found the webview unable to run the pane: the pane must not start. */
  blocked: string | null;
  /** The problem the guard already shows (Office.js did not load, a script failed…), or null. */
  shown: string | null;
  at(stage: 'office-ready' | 'reading'): void;
  ready(): void;
  fail(kind: StartupKind, detail?: string): void;
}

export function bootGuard(): BootGuard | undefined {
  return typeof window === 'undefined' ? undefined : (window as unknown as { __caBoot?: BootGuard }).__caBoot;
}
