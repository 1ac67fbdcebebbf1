/**
 * Every script the built pages ship parses in the oldest webview Word may run them in.
 * Word 2016/2019 retail and Microsoft 365 builds without WebView2 use EdgeHTML 18, which
 * parses ES2017 at most (webpack.config.js, SYNTAX_FLOOR); Fluent v9 and tabster ship
 * ES2022 (class static blocks, `??=`) and must be compiled too. A real parser (acorn) at
 * ES2017 reads each script, regular expressions included (EdgeHTML has no lookbehind,
 * no `\p{…}`, no named groups).
 *
 * The inline scripts of the HTML pages must be ES5: the start-up guard has to run in
 * Internet Explorer itself to tell its users that the pane cannot.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as acorn from 'acorn';
import { builtDist } from '../helpers/built-dist';

/* eslint-disable @typescript-eslint/no-require-imports */
const { SYNTAX_FLOOR } = require('../../webpack.config') as { SYNTAX_FLOOR: string };
/* eslint-enable @typescript-eslint/no-require-imports */

let dir: string;

beforeAll(async () => {
  ({ dir } = await builtDist());
}, 900_000);

/** Where a script stops parsing at `ecmaVersion`, with the code around it; undefined when it parses. */
function parseError(source: string, ecmaVersion: 5 | 2017): string | undefined {
  try {
    acorn.parse(source, { ecmaVersion, sourceType: 'script' });
    return undefined;
  } catch (e) {
    const pos = (e as { pos?: number }).pos ?? 0;
    return `${(e as Error).message} near «${source.slice(Math.max(0, pos - 40), pos + 40)}»`;
  }
}

function scriptsOf(html: string): { src?: string; inline?: string }[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].map((m) => {
    const src = /\ssrc=["']?([^"'\s>]+)/.exec(m[1])?.[1];
    return src ? { src } : { inline: m[2] };
  });
}

test('the floor is ES2017', () => {
  expect(SYNTAX_FLOOR).toBe('es2017');
});

test('every script in dist parses as ES2017 (the pane, its on-demand chunks, the checker and its worker)', () => {
  const scripts = fs.readdirSync(dir).filter((f) => f.endsWith('.js'));
  // The pane, the checker and several on-demand chunks.
  expect(scripts.length).toBeGreaterThan(5);
  const failures = scripts.map((f) => ({ file: f, error: parseError(fs.readFileSync(path.join(dir, f), 'utf8'), 2017) })).filter((r) => r.error);
  expect(failures).toEqual([]);
});

test.each(['taskpane.html', 'commands.html'])('%s loads only ES2017 scripts, and its inline scripts are ES5', (page) => {
  const html = fs.readFileSync(path.join(dir, page), 'utf8');
  const scripts = scriptsOf(html);
  expect(scripts.some((s) => s.inline !== undefined)).toBe(true);
  for (const s of scripts) {
    if (s.inline !== undefined) expect({ page, error: parseError(s.inline, 5) }).toEqual({ page, error: undefined });
    else if (!/^https?:/.test(s.src!)) expect({ src: s.src, error: parseError(fs.readFileSync(path.join(dir, s.src!), 'utf8'), 2017) }).toEqual({ src: s.src, error: undefined });
  }
});

test('the parser is strict enough to catch what broke EdgeHTML', () => {
  // What the old build shipped: each must fail at ES2017.
  for (const code of ['class A { static { } }', 'a ??= b', 'a?.b', 'try {} catch {}', 'x = { ...y }', '/(?<!\\d)1/', '/\\p{Script=Han}/u']) {
    expect({ code, fails: parseError(code, 2017) !== undefined }).toEqual({ code, fails: true });
  }
});
