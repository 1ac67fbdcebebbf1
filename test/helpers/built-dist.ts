/**
 * One production build for every test that needs the built pages (the build checks and the
 * two browser suites). A production build takes minutes on two cores, so it is made once per
 * state of the sources and reused: the output lives in .tmp/test-dist/<key>, where the key
 * hashes everything the build reads (src, scripts, assets, manifest, webpack config, lock
 * file). Jest workers that ask at the same time wait for the first one (a lock folder).
 *
 * `TEST_DIST=<folder>` uses an existing build instead (it must have been built with
 * TEST_BUILD_URL for the manifest checks to hold).
 */
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import type { StatsCompilation } from 'webpack';

/* eslint-disable @typescript-eslint/no-require-imports */
const webpack = require('webpack') as typeof import('webpack');
const makeConfig = require('../../webpack.config') as (env: Record<string, unknown>, argv: Record<string, unknown>) => import('webpack').Configuration;
/* eslint-enable @typescript-eslint/no-require-imports */

/** The production URL the shared test build is made for. */
export const TEST_BUILD_URL = 'https://case.example.edu.cn/addin';
/** The network share the shared test build writes its catalog files for (dist/deploy/, issue 15). */
export const TEST_BUILD_CATALOG = '\\\\fileserver\\addins';

const ROOT = path.resolve(__dirname, '../..');
const CACHE = path.join(ROOT, '.tmp', 'test-dist');
const INPUTS = ['src', 'scripts', 'assets', 'manifest.xml', 'webpack.config.js', 'package-lock.json', 'tsconfig.json'];
const WAIT_MS = 15 * 60_000;

export interface BuiltDist {
  dir: string;
  /** Entry points with their assets, as webpack reported them. */
  stats: StatsCompilation;
}

function hashInputs(): string {
  const h = crypto.createHash('sha1');
  const walk = (p: string): void => {
    if (!fs.existsSync(p)) return;
    const st = fs.statSync(p);
    if (st.isDirectory()) {
      for (const name of fs.readdirSync(p).sort()) walk(path.join(p, name));
    } else {
      h.update(path.relative(ROOT, p));
      h.update(fs.readFileSync(p));
    }
  };
  for (const input of INPUTS) walk(path.join(ROOT, input));
  h.update(JSON.stringify(buildEnv()));
  return h.digest('hex').slice(0, 16);
}

function buildEnv(): Record<string, string> {
  return { url: TEST_BUILD_URL + '/', catalog: TEST_BUILD_CATALOG };
}

function build(outDir: string): Promise<StatsCompilation> {
  const config = makeConfig({ ...buildEnv(), outDir }, { mode: 'production' });
  return new Promise((resolve, reject) => {
    webpack(config, (error, result) => {
      if (error) return reject(error);
      if (!result) return reject(new Error('webpack gave no stats'));
      const json = result.toJson({ all: false, errors: true, entrypoints: true, assets: true, chunkGroupChildren: true });
      if (result.hasErrors()) return reject(new Error(JSON.stringify(json.errors?.slice(0, 3), null, 2)));
      resolve(json);
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let memo: Promise<BuiltDist> | undefined;

/** The shared production build, made if needed. */
export function builtDist(): Promise<BuiltDist> {
  memo ??= make();
  return memo;
}

async function make(): Promise<BuiltDist> {
  if (process.env.TEST_DIST) {
    const dir = path.resolve(process.env.TEST_DIST);
    const statsFile = path.join(dir, '..', `${path.basename(dir)}.stats.json`);
    const stats = fs.existsSync(statsFile) ? (JSON.parse(fs.readFileSync(statsFile, 'utf8')) as StatsCompilation) : {};
    return { dir, stats };
  }
  const key = hashInputs();
  const dir = path.join(CACHE, key);
  const done = path.join(CACHE, `${key}.stats.json`);
  const lock = path.join(CACHE, `${key}.lock`);
  fs.mkdirSync(CACHE, { recursive: true });
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    if (fs.existsSync(done)) return { dir, stats: JSON.parse(fs.readFileSync(done, 'utf8')) as StatsCompilation };
    try {
      fs.mkdirSync(lock);
    } catch {
      // Another worker is building; a lock older than the wait limit was left by a killed run.
      if (Date.now() - fs.statSync(lock).mtimeMs > WAIT_MS) fs.rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`timed out waiting for the shared build (${lock})`);
      await sleep(500);
      continue;
    }
    try {
      // Older builds are of no further use.
      for (const name of fs.readdirSync(CACHE)) {
        if (!name.startsWith(key)) fs.rmSync(path.join(CACHE, name), { recursive: true, force: true });
      }
      fs.rmSync(dir, { recursive: true, force: true });
      const stats = await build(dir);
      fs.writeFileSync(done, JSON.stringify(stats));
      return { dir, stats };
    } finally {
      fs.rmSync(lock, { recursive: true, force: true });
    }
  }
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves a folder on 127.0.0.1 (a random port), as a static host would. */
export function serveStatic(dir: string): Promise<StaticServer> {
  const root = path.resolve(dir);
  const server = http.createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const file = path.join(root, rel);
    if (!file.startsWith(root) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404);
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        close: () => new Promise<void>((r) => server.close(() => r())),
      }),
    ),
  );
}

/** A request a page of ours may make: to the test server itself, or to a data: or blob: URL. Anything else leaves the machine. */
export function isLocalRequest(url: string, origin: string): boolean {
  return url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:');
}

/** Debian's Chromium, headless, kept off the network (never a downloaded browser). */
export const CHROMIUM_LAUNCH = {
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};

/**
 * Where browser tests save their screenshots: the README's docs/screenshots when
 * UPDATE_SCREENSHOTS=1, else .tmp/screenshots (so that a test run leaves the tree clean).
 */
export function screenshotDir(): string {
  const dir = process.env.UPDATE_SCREENSHOTS ? path.join(ROOT, 'docs', 'screenshots') : path.join(ROOT, '.tmp', 'screenshots');
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}
