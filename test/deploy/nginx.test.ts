/**
 * Issue 15, point 2: the README's nginx example against the files a real build writes. Which
 * files are content-hashed is webpack's word (the `immutable` flag of each asset in the build's
 * stats), not this test's: every such file may be cached for a year, no page or manifest is
 * cached without asking the server, no file without a hash is cached for long (an icon or
 * help.html replaced on the server must reach the authors), and every level that adds headers
 * keeps nosniff (nginx drops the outer add_header lines in a location that has its own).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { builtDist, TEST_BUILD_URL } from '../helpers/built-dist';
import { headerLevels, NGINX_MIME_TYPES, parseNginx, readmeNginxExample, serve, type Directive } from './nginx';

const SUB_PATH = new URL(TEST_BUILD_URL).pathname + '/';
const LONG = 'public, max-age=31536000, immutable';

let dir: string;
let immutable: Set<string>;
let listed: Set<string>;
let files: string[];
let config: Directive[];

function walk(root: string, rel = ''): string[] {
  return fs.readdirSync(path.join(root, rel), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(root, path.posix.join(rel, e.name)) : [path.posix.join(rel, e.name)],
  );
}

beforeAll(async () => {
  const built = await builtDist();
  dir = built.dir;
  const assets = (built.stats.assets ?? []) as { name: string; info: { immutable?: boolean } }[];
  immutable = new Set(assets.filter((a) => a.info.immutable).map((a) => a.name));
  listed = new Set(assets.map((a) => a.name));
  files = walk(dir);
  config = parseNginx(readmeNginxExample());
}, 900_000);

test('the example serves the build from the same sub-path as the manifest\'s URLs', () => {
  expect(SUB_PATH).toBe('/addin/');
  const xml = fs.readFileSync(path.join(dir, 'manifest.xml'), 'utf8');
  const urls = [...xml.matchAll(/DefaultValue="(https:\/\/[^"]+)"/g)].map((m) => new URL(m[1]));
  expect(urls.length).toBeGreaterThan(5);
  for (const url of urls) expect({ url: url.href, served: serve(config, url.pathname) !== undefined }).toEqual({ url: url.href, served: true });
});

test('every content-hashed file of the build is cached for a year; the rest are not', () => {
  expect(immutable.size).toBeGreaterThan(5);
  const rows = files.map((file) => {
    const cache = serve(config, SUB_PATH + file)?.headers['cache-control'];
    // Files webpack did not list are the LICENSE banners it writes beside a hashed script.
    const hashed = immutable.has(file) || (!listed.has(file) && [...immutable].some((a) => file.startsWith(`${a}.`)));
    return { file, hashed, long: cache === LONG };
  });
  expect(rows.filter((r) => r.hashed !== r.long)).toEqual([]);
  // Both kinds are there: the Griffel stylesheet among the hashed, the icons among the others.
  expect(rows.find((r) => /^griffel\.[0-9a-f]{8}\.css$/.test(r.file))?.long).toBe(true);
  expect(rows.find((r) => r.file === 'assets/icon-32.png')?.long).toBe(false);
});

test('the pages and the manifest are revalidated every time', () => {
  for (const file of ['taskpane.html', 'checker.html', 'commands.html', 'manifest.xml', 'assets/help.html']) {
    expect({ file, cache: serve(config, SUB_PATH + file)?.headers['cache-control'] }).toEqual({ file, cache: 'no-cache' });
  }
});

test('every level that adds headers says nosniff', () => {
  const levels = headerLevels(config);
  expect(levels.length).toBeGreaterThanOrEqual(3);
  for (const { where, headers } of levels) expect({ where, nosniff: headers['x-content-type-options'] }).toEqual({ where, nosniff: 'nosniff' });
});

test('every kind of file in the build has its MIME type in nginx\'s own mime.types; the stylesheet is text/css', () => {
  const unknown = files.filter((f) => !f.startsWith('deploy/') && NGINX_MIME_TYPES[path.extname(f)] === undefined);
  expect(unknown).toEqual([]);
  const sheets = files.filter((f) => f.endsWith('.css'));
  expect(sheets.length).toBeGreaterThan(0);
  for (const sheet of sheets) expect(NGINX_MIME_TYPES[path.extname(sheet)]).toBe('text/css');
  // charset utf-8 reaches the text types the pages load (Chinese in scripts and the manifest).
  const server = config.find((d) => d.name === 'server')!.block!;
  expect(server.find((d) => d.name === 'charset')?.args).toEqual(['utf-8']);
  expect(server.find((d) => d.name === 'charset_types')?.args).toEqual(expect.arrayContaining(['text/css', 'text/xml', 'application/javascript']));
});
