/**
 * The task pane in headless Chromium (Debian's, via playwright-core), for the end-to-end
 * suites: the production build of taskpane.html served from 127.0.0.1, with the Office.js
 * URL routed to the scripted Office/Word double (fake-office.js, a fixture, never shipped),
 * or to whatever a test wants Office.js to be (missing, a proxy's login page). Any other
 * request leaving the machine is refused and recorded.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser, BrowserContextOptions, Page, Route } from 'playwright-core';
import type { FakeOfficeOptions, FakeParagraph, FakeState } from './fake-office';
import type { CaseDocument } from '../../src/core/model/types';
import { builtDist, CHROMIUM_LAUNCH, serveStatic, type StaticServer, isLocalRequest } from '../helpers/built-dist';

/* eslint-disable @typescript-eslint/no-require-imports */
const { chromium } = require('playwright-core') as typeof import('playwright-core');
/* eslint-enable @typescript-eslint/no-require-imports */

export const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
export const FAKE_OFFICE = fs.readFileSync(path.join(__dirname, 'fake-office.js'), 'utf8');

export interface PaneHarness {
  browser: Browser;
  server: StaticServer;
  base: string;
  /** Requests that tried to leave the machine. */
  external: string[];
  close(): Promise<void>;
}

export async function startPaneHarness(): Promise<PaneHarness> {
  const server = await serveStatic((await builtDist()).dir);
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  return {
    browser,
    server,
    base: server.origin,
    external: [],
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

export interface OpenPaneOptions {
  query?: string;
  viewport?: { width: number; height: number };
  userAgent?: string;
  /** Runs in the page before any of its scripts, with `arg`. */
  init?: { script: (arg: never) => void; arg?: unknown };
  /** What the Office.js URL answers: the double (default), a refusal, or a page of the test's. */
  officeJs?: 'fake' | 'abort' | ((route: Route) => Promise<void>);
  /**
   * Install Playwright's fake clock, paused, before the page loads: the page's timers (the
   * start-up watchdog, the gateway's time limits) fire only when the test runs the clock,
   * however long the machine takes meanwhile.
   */
  clock?: boolean;
}

export async function openPane(h: PaneHarness, fake: FakeOfficeOptions, o: OpenPaneOptions = {}): Promise<{ page: Page; errors: string[] }> {
  const contextOptions: BrowserContextOptions = { viewport: o.viewport ?? { width: 380, height: 1100 } };
  if (o.userAgent) contextOptions.userAgent = o.userAgent;
  const context = await h.browser.newContext(contextOptions);
  const page = await context.newPage();
  // Closing the page closes its context; by then the browser may be closing too (afterAll).
  page.on('close', () => context.close().catch(() => undefined));
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  if (o.clock) {
    // The installed clock runs in real time until paused, and pausing may not go back: the
    // pause is a minute after the install (no page timer exists yet), however slow the machine.
    const start = new Date('2026-11-01T08:00:00+08:00');
    await page.clock.install({ time: start });
    await page.clock.pauseAt(new Date(start.getTime() + 60_000));
  }
  await page.addInitScript((opts) => {
    (window as unknown as { __FAKE_OFFICE_OPTIONS__: unknown }).__FAKE_OFFICE_OPTIONS__ = opts;
  }, fake as unknown as Record<string, unknown>);
  if (o.init) await page.addInitScript(o.init.script as (arg: unknown) => void, o.init.arg);
  const answer = (route: Route): Promise<void> => {
    const url = route.request().url();
    if (url === OFFICE_JS) {
      const officeJs = o.officeJs ?? 'fake';
      if (officeJs === 'fake') return route.fulfill({ status: 200, contentType: 'text/javascript', body: FAKE_OFFICE });
      if (officeJs === 'abort') return route.abort('internetdisconnected');
      return officeJs(route);
    }
    if (isLocalRequest(url, h.base)) return route.continue();
    h.external.push(url);
    return route.abort();
  };
  // A test closes its page while the pane may still be fetching (a lazy chunk, the worker):
  // answering that request then fails with "Target page, context or browser has been
  // closed", an unhandled rejection that jest pins on whichever test runs next. A request
  // of a closed page needs no answer; any other failure still fails the test.
  await page.route('**/*', (route) =>
    answer(route).catch((e: Error) => {
      if (!page.isClosed()) throw e;
    }),
  );
  await page.goto(`${h.base}/taskpane.html${o.query ?? ''}`);
  return { page, errors };
}

/** A model document as the double's recorded paragraphs (what Word would report). */
export function toFake(doc: CaseDocument): FakeParagraph[] {
  return doc.paragraphs.map((p) => ({
    text: p.text,
    styleBuiltIn: p.builtinStyle ?? 'Normal',
    outlineLevel: p.outlineLevel !== undefined ? p.outlineLevel + 1 : 10,
    pictures: p.pictures.map(() => ''),
    bold: p.bold,
  }));
}

export function fakeState(page: Page): Promise<Pick<FakeState, 'selections' | 'properties' | 'runs' | 'responses' | 'loads'> & { texts: string[]; styles: string[]; tags: string[][] }> {
  return page.evaluate(() => {
    const fake = (window as unknown as { __fakeWord: { state: FakeState } }).__fakeWord;
    return {
      selections: fake.state.selections,
      properties: fake.state.properties,
      runs: fake.state.runs,
      responses: fake.state.responses,
      loads: fake.state.loads,
      texts: fake.state.paragraphs.map((p) => p.text),
      styles: fake.state.paragraphs.map((p) => p.styleBuiltIn),
      tags: fake.state.paragraphs.map((p) => p.controls.map((c) => c.tag)),
    };
  });
}

/** The 字 of a part's progress bar (`案例正文`, `主要做法`…). */
export async function partCount(page: Page, label: string): Promise<number> {
  const text = (await page.getByRole('progressbar', { name: new RegExp(`^${label}`) }).getAttribute('aria-valuetext')) ?? '';
  return Number(/^(\d+) 字/.exec(text)?.[1]);
}
