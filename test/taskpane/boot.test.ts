/**
 * @jest-environment jsdom
 *
 * The task pane page's inline start-up guard (src/taskpane/boot.js), exactly as the build
 * inlines it (scripts/boot-script.js), run in jsdom: every cause of a pane that never
 * starts gets its own message instead of 正在读取文档… forever.
 */
import * as acorn from 'acorn';
import messages from '../../src/taskpane/startup-messages.json';

/* eslint-disable @typescript-eslint/no-require-imports */
const { bootScript, WATCHDOG_MS } = require('../../scripts/boot-script') as { bootScript(o?: { watchdogMs?: number }): string; WATCHDOG_MS: number };
/* eslint-enable @typescript-eslint/no-require-imports */

interface Boot {
  stage: string;
  blocked: string | null;
  shown: string | null;
  detail: string | null;
  at(stage: string): void;
  ready(): void;
}

const boot = () => (window as unknown as { __caBoot: Boot }).__caBoot;
const shownText = () => document.querySelector('[role=alert]')?.textContent ?? '';
const UA = navigator.userAgent;

function setUserAgent(ua: string) {
  Object.defineProperty(window.navigator, 'userAgent', { value: ua, configurable: true });
}

function start() {
  document.body.innerHTML = '<div id="root"><p class="boot" role="status">正在读取文档…</p></div>';
  (0, eval)(bootScript());
}

beforeEach(() => {
  // The guard of the previous test stays subscribed to this window: retire it.
  (window as unknown as { __caBoot?: Partial<Boot> }).__caBoot?.ready?.();
  jest.useFakeTimers();
  delete (window as unknown as Record<string, unknown>).Office;
  setUserAgent(UA);
  // jsdom has no CSS engine: a webview with CSS variables, as every one Word uses but Trident.
  (window as unknown as { CSS: unknown }).CSS = { supports: (p: string, v: string) => p === 'color' && v.startsWith('var(') };
});

afterEach(() => {
  jest.useRealTimers();
});

test('the guard is plain ES5, so that Internet Explorer itself can run it', () => {
  expect(() => acorn.parse(bootScript(), { ecmaVersion: 5 })).not.toThrow();
  expect(WATCHDOG_MS).toBe(20_000);
});

test('Internet Explorer (Trident) is told so at once, and the pane is told not to start', () => {
  setUserAgent('Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko');
  start();
  expect(boot().blocked).toBe('oldRuntime');
  expect(shownText()).toContain(messages.kinds.oldRuntime.title);
  expect(shownText()).toContain(messages.checkerLink);
  expect(document.querySelector('a')?.getAttribute('href')).toBe('checker.html');
});

test('a webview without CSS variables is told what it lacks', () => {
  (window as unknown as { CSS: unknown }).CSS = undefined;
  start();
  expect(boot().blocked).toBe('script');
  expect(shownText()).toContain('CSS variables');
});

test('an engine without ES2017 syntax is told what it lacks', () => {
  const realFunction = window.Function;
  (window as unknown as { Function: unknown }).Function = function () {
    throw new SyntaxError('Unexpected token function');
  };
  try {
    start();
  } finally {
    (window as unknown as { Function: unknown }).Function = realFunction;
  }
  expect(boot().blocked).toBe('script');
  expect(shownText()).toContain(messages.kinds.script.title);
  expect(shownText()).toContain('ES2017');
});

test('Office.js that fails to load (no network, a campus proxy) is named, not called an old Word', () => {
  start();
  const script = document.createElement('script');
  script.src = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
  document.head.appendChild(script);
  script.dispatchEvent(new Event('error'));
  expect(boot().shown).toBe('officeJs');
  expect(shownText()).toContain(messages.kinds.officeJs.title);
  expect(shownText()).not.toContain(messages.kinds.oldRuntime.title);
});

test('a SyntaxError in the pane\'s own script shows the script message with the error', () => {
  start();
  window.dispatchEvent(new ErrorEvent('error', { message: 'SyntaxError: Unexpected token \'?\'', filename: `${location.origin}/taskpane.3c2d.js` }));
  expect(boot().shown).toBe('script');
  expect(shownText()).toContain("Unexpected token '?'");
});

test('errors of other origins\' scripts are not the pane failing', () => {
  start();
  window.dispatchEvent(new ErrorEvent('error', { message: 'Script error.', filename: '' }));
  expect(boot().shown).toBeNull();
});

test('a rejected start-up promise before the first render shows the script message', () => {
  start();
  const event = new Event('unhandledrejection') as Event & { reason: unknown };
  event.reason = new TypeError('Object.fromEntries is not a function');
  window.dispatchEvent(event);
  expect(boot().shown).toBe('script');
  expect(shownText()).toContain('Object.fromEntries is not a function');
});

describe('the watchdog, when nothing has rendered in time', () => {
  test('Office still undefined: Office.js did not load', () => {
    start();
    jest.advanceTimersByTime(WATCHDOG_MS - 1);
    expect(shownText()).toBe('');
    expect(document.querySelector('.boot')?.textContent).toBe('正在读取文档…');
    jest.advanceTimersByTime(1);
    expect(boot().shown).toBe('officeJs');
  });

  test('Office there but the pane never started: the script did not run', () => {
    start();
    (window as unknown as { Office: unknown }).Office = {};
    jest.advanceTimersByTime(WATCHDOG_MS);
    expect(boot().shown).toBe('script');
  });

  test('the pane waiting for Word: Word did not answer, with a reload button', () => {
    start();
    (window as unknown as { Office: unknown }).Office = {};
    boot().at('reading');
    jest.advanceTimersByTime(WATCHDOG_MS);
    expect(boot().shown).toBe('noAnswer');
    expect(shownText()).toContain(messages.kinds.noAnswer.title);
    expect(document.querySelector('button')?.textContent).toBe(messages.reload);
  });

  test('a pane that rendered in time is left alone, whatever happens later', () => {
    start();
    (window as unknown as { Office: unknown }).Office = {};
    boot().ready();
    jest.advanceTimersByTime(WATCHDOG_MS * 2);
    window.dispatchEvent(new ErrorEvent('error', { message: 'SyntaxError: late', filename: `${location.origin}/x.js` }));
    expect(boot().shown).toBeNull();
    expect(shownText()).toBe('');
  });
});
