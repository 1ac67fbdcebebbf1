/**
 * The Office host: readiness, requirement sets, diagnostics and theme. Only src/word touches
 * the `Office` and `Word` globals; the pane asks these functions.
 *
 * Requirement sets (https://learn.microsoft.com/javascript/api/requirement-sets/word/word-api-requirement-sets):
 * - WordApi 1.3 is the minimum: `styleBuiltIn`, `tableNestingLevel`, `isListItem`,
 *   `listItemOrNullObject`, `parentContentControlOrNullObject`, `parentTableCellOrNullObject`,
 *   `customProperties`, `insertTable`, `Range.expandTo`. Office 2019 and later, Microsoft 365,
 *   Word on the web, Word for Mac and iPad have it, and Office 2016 Click-to-Run once updated
 *   (build 1612 and later). Office 2016 volume-licensed (MSI) stops at WordApi 1.1.
 * - WordApi 1.6 adds `Document.onParagraphChanged/Added/Deleted` and `Paragraph.uniqueLocalId`
 *   (Microsoft 365, Word 2024): used when present, never required.
 * - WordApi 1.7 adds `Paragraph.getText()`, which leaves out hidden text and tracked
 *   deletions (Microsoft 365, Word 2024): used when present.
 * - The webview: Office 2016/2019 volume-licensed run add-ins in Internet Explorer 11
 *   (Trident), Office 2016/2019 retail and older Microsoft 365 builds without WebView2 in
 *   EdgeHTML 18. The pane's scripts are ES2017 with polyfills (webpack.config.js), so EdgeHTML
 *   runs them; the page's inline guard (src/taskpane/boot.js) tells Trident and anything
 *   older in plain Chinese before the scripts load. `checkHost` repeats the check for a
 *   webview that lets the scripts run but lacks what the pane needs.
 */

export const MIN_WORD_API = '1.3';
export const EVENTS_WORD_API = '1.6';
export const GET_TEXT_WORD_API = '1.7';

/** Why the pane cannot run here; the pane words it (src/taskpane/startup-messages.json). */
export type HostProblem = 'oldRuntime' | 'oldApi' | 'notWord' | 'officeJs';

export type HostCheck = { ok: true; events: boolean } | { ok: false; problem: HostProblem };

/** A failure of Office's start-up, with the kind of problem it shows. */
export class HostError extends Error {
  constructor(readonly problem: HostProblem, message: string) {
    super(message);
    this.name = 'HostError';
  }
}

function isSetSupported(name: string, version: string): boolean {
  try {
    return Office.context.requirements.isSetSupported(name, version);
  } catch {
    return false;
  }
}

/** True when the webview is Internet Explorer's, or lacks what the pane needs. */
export function isLegacyRuntime(g: { navigator?: { userAgent?: string }; Promise?: unknown; Proxy?: unknown } = globalThis): boolean {
  const ua = g.navigator?.userAgent ?? '';
  return /Trident\/|MSIE /.test(ua) || typeof g.Promise !== 'function' || typeof g.Proxy !== 'function';
}

export function checkHost(): HostCheck {
  if (isLegacyRuntime()) return { ok: false, problem: 'oldRuntime' };
  if (typeof Office === 'undefined') return { ok: false, problem: 'officeJs' };
  if (typeof Word === 'undefined') return { ok: false, problem: 'notWord' };
  if (!isSetSupported('WordApi', MIN_WORD_API)) return { ok: false, problem: 'oldApi' };
  return { ok: true, events: isSetSupported('WordApi', EVENTS_WORD_API) };
}

/**
 * Resolves when Office.js has initialised; rejects with a HostError when Office.js is not
 * there (it did not download: no network, a campus proxy) or the host is not Word.
 */
export function whenOfficeReady(): Promise<void> {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') {
    return Promise.reject(new HostError('officeJs', 'Office.js is not loaded'));
  }
  return Office.onReady().then((info) => {
    if (info.host !== Office.HostType.Word) throw new HostError('notWord', `host: ${String(info.host)}`);
  });
}

/** The requirement sets the 关于 view reports, in the order a person reads them. */
const REPORTED_SETS: readonly (readonly [string, readonly string[]])[] = [
  ['WordApi', ['1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '1.7', '1.8', '1.9', '1.10']],
  ['WordApiDesktop', ['1.1', '1.2', '1.3', '1.4']],
  ['CompressedFile', ['1.1']],
  ['DocumentEvents', ['1.1']],
];

export interface HostInfo {
  host: string;
  platform: string;
  version: string;
  /** The highest supported version of each reported requirement set (absent: none). */
  sets: Record<string, string>;
  userAgent: string;
}

/**
 * What a user reports when something goes wrong: Office's own diagnostics
 * (`Office.context.diagnostics`, common API) and the highest version of each requirement
 * set the host supports. Never throws; unknown parts read 未知.
 */
export function hostInfo(): HostInfo {
  const unknown = '未知';
  let diagnostics: { host?: unknown; platform?: unknown; version?: unknown } | undefined;
  try {
    diagnostics = typeof Office === 'undefined' ? undefined : Office.context?.diagnostics;
  } catch {
    diagnostics = undefined;
  }
  const sets: Record<string, string> = {};
  if (typeof Office !== 'undefined') {
    for (const [name, versions] of REPORTED_SETS) {
      let highest: string | undefined;
      for (const v of versions) if (isSetSupported(name, v)) highest = v;
      if (highest) sets[name] = highest;
    }
  }
  return {
    host: diagnostics?.host ? String(diagnostics.host) : unknown,
    platform: diagnostics?.platform ? String(diagnostics.platform) : unknown,
    version: diagnostics?.version ? String(diagnostics.version) : unknown,
    sets,
    userAgent: typeof navigator === 'undefined' ? unknown : navigator.userAgent,
  };
}

/**
 * Whether Office shows a dark theme. `Office.context.officeTheme` exists in Word on Windows
 * and the web (not on every Mac build); without it the pane stays light.
 */
export function officeIsDark(): boolean {
  try {
    const bg = Office.context.officeTheme?.bodyBackgroundColor;
    if (!bg) return false;
    return luminance(bg) < 0.5;
  } catch {
    return false;
  }
}

/** Relative luminance (0–1) of `#rrggbb`. */
export function luminance(hex: string): number {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})/i.exec(hex.trim());
  if (!m) return 1;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
