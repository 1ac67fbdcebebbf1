/**
 * `npm start` as a developer runs it, and stops it: a SIGTERM to npm (what a terminal
 * closing, a process manager or `kill <npm's pid>` sends) must stop the whole tree, so
 * that nothing keeps listening on the port. npm runs the script under `sh -c`, which
 * does not pass the signal on; scripts/start.js watches for its parent going away.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, 'localhost');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Resolves with what `child` printed once its output holds `marker`; rejects if it exits first. */
function untilPrinted(child: ChildProcess, marker: string): Promise<string> {
  let out = '';
  let err = '';
  child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes(marker)) resolve(out);
    });
    child.once('exit', (code) => reject(new Error(`exited (${code}) before printing ${marker}:\n${out}${err}`)));
  });
}

/** SIGTERM to `child` alone, resolved once it has exited. */
async function terminate(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/** Whether the port is still taken after polling it every half second, `tries` times. */
async function stillListening(port: number, tries: number): Promise<boolean> {
  let open = true;
  for (let i = 0; i < tries && open; i++) {
    await new Promise((r) => setTimeout(r, 500));
    open = await listening(port);
  }
  return open;
}

test('a SIGTERM to `npm start` stops the server: the port is free again', async () => {
  const port = await freePort();
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'case-start-'));
  const npm = spawn('npm', ['start', '--', '--no-sideload', '--port', String(port)], {
    cwd: ROOT,
    env: { ...process.env, HOME: home, CASE_ASSISTANT_CERT_DIR: path.join(home, 'certs') },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group: npm passes signals on to its group, which must not reach the
    // other jest workers (Playwright closes their browsers on SIGTERM).
    detached: true,
  });
  try {
    // The whole banner: the line with the pane's address comes after the heading.
    const out = await untilPrinted(npm, '/taskpane.html');
    expect(out).toContain(`https://localhost:${port}/taskpane.html`);
    expect(await listening(port)).toBe(true);

    await terminate(npm);
    // The server stops within a few seconds of its parent going away (it checks every second).
    expect(await stillListening(port, 60)).toBe(false);
  } finally {
    try {
      process.kill(-npm.pid!, 'SIGKILL');
    } catch {
      // Already gone.
    }
    fs.rmSync(home, { recursive: true, force: true });
  }
}, 180_000);

test('the server leaves when its parent goes even while its main thread is held (a long webpack compilation)', async () => {
  const port = await freePort();
  // A stand-in for start.js mid-compilation: it listens, starts the watch, then holds its
  // main thread for good, as a synchronous compilation step does for seconds. A timer on
  // the main thread would never fire; `; true` keeps sh from replacing itself with node.
  const child = [
    `const net = require('node:net');`,
    `const { whenParentGone } = require(${JSON.stringify(path.join(ROOT, 'scripts/start.js'))});`,
    `net.createServer().listen(${port}, '127.0.0.1', () => {`,
    `  whenParentGone(() => {}, { everyMs: 200, graceMs: 500 });`,
    `  console.log('ready');`,
    `  for (;;);`,
    `});`,
  ].join(' ');
  const sh = spawn('sh', ['-c', `node -e "$CHILD"; true`], {
    env: { ...process.env, CHILD: child },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  try {
    await untilPrinted(sh, 'ready');
    expect(await listening(port)).toBe(true);
    await terminate(sh);
    expect(await stillListening(port, 120)).toBe(false);
  } finally {
    try {
      process.kill(-sh.pid!, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
}, 180_000);
