/**
 * The Office host: readiness, requirement sets and theme. Only src/word touches the
 * `Office` and `Word` globals; the pane asks these functions.
 *
 * Requirement sets (https://learn.microsoft.com/javascript/api/requirement-sets/word):
 * - WordApi 1.3 is the minimum: `styleBuiltIn`, `tableNestingLevel`, `isListItem`,
 *   `listItemOrNullObject`, `parentContentControlOrNullObject`, `parentTableCellOrNullObject`,
 *   `customProperties`, `insertTable`, `Range.expandTo`. Word 2016 and later, Word on the web,
 *   Word for Mac and iPad have it.
 * - WordApi 1.6 adds `Document.onParagraphChanged/Added/Deleted` and `Paragraph.uniqueLocalId`
 *   (the latter only with a Microsoft 365 subscription): used when present, never required.
 * - Word 2016 MSI and older Windows builds run add-ins in the Internet Explorer 11 webview
 *   (Trident): no Promise, no Proxy, and our ES2019 bundle does not parse there. The page
 *   template carries an ES5 check that says so before the bundle loads; `checkHost` repeats it
 *   for webviews that parse the bundle but lack what React needs.
 */

export const MIN_WORD_API = '1.3';
export const EVENTS_WORD_API = '1.6';

export type HostCheck = { ok: true; events: boolean } | { ok: false; reason: string };

/** Plain Chinese, for the pane: what the user needs. */
export const HOST_MESSAGES = {
  oldRuntime:
    '当前 Word 使用旧版 Internet Explorer 内核运行加载项，案例助手无法在其中运行。请升级到 Word 2019、Microsoft 365 版 Word，或改用网页版 Word（Word 网页版）。',
  oldApi:
    '当前 Word 版本过旧：案例助手需要 Word JavaScript API 1.3（Word 2016 及以上、Microsoft 365 或网页版 Word）。请更新 Word 后再打开本加载项。',
  notWord: '案例助手只能在 Word 中运行。',
} as const;

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
  if (isLegacyRuntime()) return { ok: false, reason: HOST_MESSAGES.oldRuntime };
  if (typeof Office === 'undefined' || typeof Word === 'undefined') return { ok: false, reason: HOST_MESSAGES.notWord };
  if (!isSetSupported('WordApi', MIN_WORD_API)) return { ok: false, reason: HOST_MESSAGES.oldApi };
  return { ok: true, events: isSetSupported('WordApi', EVENTS_WORD_API) };
}

/** Resolves when Office.js has initialised; rejects outside Word. */
export function whenOfficeReady(): Promise<void> {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') {
    return Promise.reject(new Error(HOST_MESSAGES.notWord));
  }
  return Office.onReady().then((info) => {
    if (info.host !== Office.HostType.Word) throw new Error(HOST_MESSAGES.notWord);
  });
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
