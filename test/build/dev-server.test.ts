// The development server's options (from webpack.config.js) serve HTTPS with the locally
// generated certificate. To stay fast, the compiler here builds a one-line entry instead of
// the whole app; the server options, certificates and copied files are the real ones.
import * as fs from 'node:fs';
import * as https from 'node:https';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';

/* eslint-disable @typescript-eslint/no-require-imports */
const webpack = require('webpack') as typeof import('webpack');
const WebpackDevServer = require('webpack-dev-server') as typeof import('webpack-dev-server');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const makeConfig = require('../../webpack.config') as ((env: Record<string, unknown>, argv: Record<string, unknown>) => import('webpack').Configuration) & {
  devServerOptions(options: { port: number; https: unknown }): import('webpack-dev-server').Configuration;
};
const { ensureDevCerts } = require('../../scripts/dev-certs') as {
  ensureDevCerts(options: { dir: string }): Promise<{ key: Buffer; cert: Buffer; ca: Buffer; created: boolean }>;
};
/* eslint-enable @typescript-eslint/no-require-imports */

let tmp: string;
let server: import('webpack-dev-server') | undefined;
let port: number;
let ca: Buffer;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port: p } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(p));
    });
  });
}

function get(pathname: string, options: https.RequestOptions = {}): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = https.get({ host: 'localhost', port, path: pathname, ...options }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
  });
}

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'case-assistant-dev-'));
  const certs = await ensureDevCerts({ dir: path.join(tmp, 'certs') });
  ca = certs.ca;
  port = await freePort();
  fs.writeFileSync(path.join(tmp, 'entry.js'), 'document.title = "dev";\n');
  const full = makeConfig({ port, https: { key: certs.key, cert: certs.cert } }, { mode: 'development' });
  const compiler = webpack({
    ...full,
    entry: { checker: path.join(tmp, 'entry.js') },
    plugins: (full.plugins ?? []).filter((p) => p instanceof CopyWebpackPlugin),
    stats: 'none',
    infrastructureLogging: { level: 'none' },
  });
  server = new WebpackDevServer(full.devServer as import('webpack-dev-server').Configuration, compiler);
  await server.start();
}, 60_000);

afterAll(async () => {
  await server?.stop();
  fs.rmSync(tmp, { recursive: true, force: true });
});

test('the dev server options ask for HTTPS on localhost', () => {
  const options = makeConfig.devServerOptions({ port: 3000, https: {} });
  expect(options.server).toMatchObject({ type: 'https' });
  expect(options.port).toBe(3000);
});

test('serves HTTPS with a certificate that our development CA signed', async () => {
  const res = await get('/manifest.xml', { ca });
  expect(res.status).toBe(200);
  expect(res.body.toString('utf8')).toContain('<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>');
  expect(res.headers['access-control-allow-origin']).toBe('*');
});

test('serves the icons', async () => {
  const res = await get('/assets/icon-32.png', { rejectUnauthorized: false });
  expect(res.status).toBe(200);
  expect(res.body.subarray(1, 4).toString('ascii')).toBe('PNG');
});

test('is refused by a client that does not trust the development CA', async () => {
  await expect(get('/manifest.xml')).rejects.toThrow(/certificate/i);
});
