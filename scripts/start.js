#!/usr/bin/env node
// npm start: serves the task pane, the ribbon's FunctionFile and the checker page on
// https://localhost:3000 (webpack-dev-server, development build, live reload), with a
// locally generated certificate, and sideloads manifest.xml into Word desktop where
// the platform allows it.
//
//   npm start                      serve + sideload
//   npm start -- --no-sideload     serve only
//   npm start -- --port 3443       another port (the manifest's addresses stay on 3000)
'use strict';

const path = require('node:path');
const { Worker } = require('node:worker_threads');
const webpack = require('webpack');
const WebpackDevServer = require('webpack-dev-server');
const makeConfig = require('../webpack.config');
const { ensureDevCerts, trustInstructions } = require('./dev-certs');
const { sideload, webInstructions } = require('./sideload');

const ROOT = path.join(__dirname, '..');

/**
 * Starts the development server and resolves once it listens. The first compilation may
 * still be running: requests wait for it. `stop()` on the result shuts it down.
 */
async function startDevServer({ port = makeConfig.DEV_PORT, certDir, silent = false } = {}) {
  const certs = await ensureDevCerts(certDir ? { dir: certDir } : undefined);
  const config = makeConfig({ port, https: { key: certs.key, cert: certs.cert } }, { mode: 'development' });
  if (silent) {
    config.stats = 'none';
    config.infrastructureLogging = { level: 'none' };
  }
  const compiler = webpack(config);
  const server = new WebpackDevServer(config.devServer, compiler);
  await server.start();
  return { server, certs, port, stop: () => server.stop() };
}

/**
 * Calls `onGone` once the process that started this one has gone. `npm start` runs this
 * script under `sh -c`: a SIGTERM to npm ends npm and the shell, but not this process,
 * which would go on listening on the port with nobody to stop it. Its parent then
 * changes (to init or a subreaper), which is what this watches for.
 *
 * The watch runs on its own thread. webpack's compilation holds the main thread for
 * seconds at a time (far longer on a busy machine), and a timer on the main thread would
 * wait for it. The thread tells the main thread, which stops the server as soon as it
 * can; if the main thread has not left `graceMs` later, the thread ends the process
 * itself, so the port is free within a few seconds whatever webpack is doing.
 */
function whenParentGone(onGone, { everyMs = 1000, graceMs = 3000 } = {}) {
  const watcher = new Worker(
    `const { parentPort, workerData } = require('node:worker_threads');
     const timer = setInterval(() => {
       if (process.ppid === workerData.parent) return;
       clearInterval(timer);
       parentPort.postMessage('gone');
       setTimeout(() => process.kill(workerData.pid, 'SIGKILL'), workerData.graceMs);
     }, workerData.everyMs);`,
    { eval: true, workerData: { parent: process.ppid, pid: process.pid, everyMs, graceMs } },
  );
  watcher.once('message', onGone);
  watcher.unref();
  return watcher;
}

async function main() {
  const args = process.argv.slice(2);
  const portAt = args.indexOf('--port');
  const port = portAt >= 0 ? Number(args[portAt + 1]) : makeConfig.DEV_PORT;
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new Error(`--port 需要一个端口号（1–65535），收到“${args[portAt + 1]}”。`);
  const { certs, stop } = await startDevServer({ port });
  const base = `https://localhost:${port}`;
  const manifestPath = path.join(ROOT, 'manifest.xml');

  console.log('');
  console.log('案例助手开发服务器已启动：');
  console.log(`  首页             ${base}/`);
  console.log(`  Word 任务窗格   ${base}/taskpane.html`);
  console.log(`  案例检查页面     ${base}/checker.html   （部门使用的网页版，可直接在浏览器中打开）`);
  console.log(`  加载项清单       ${manifestPath}`);
  console.log(`  开发证书         ${certs.dir}${certs.created ? '（刚刚生成）' : ''}`);
  console.log('');
  if (certs.created) {
    console.log(trustInstructions(certs.caPath));
    console.log('');
  }
  if (args.includes('--no-sideload')) {
    console.log('已跳过旁加载（--no-sideload）。');
  } else {
    try {
      console.log(sideload(manifestPath).message);
    } catch (error) {
      console.log(`旁加载到 Word 桌面版失败：${error.message}`);
    }
  }
  console.log(webInstructions(manifestPath));
  console.log('');
  console.log('按 Ctrl+C 停止服务器。移除旁加载：npm run sideload -- --remove');

  let stopping = false;
  const shutdown = () => {
    if (stopping) return;
    stopping = true;
    // The server stops listening at once; a compilation still running can hold stop() up,
    // so the process leaves after a short grace period whatever it is doing.
    setTimeout(() => process.exit(0), 3000).unref();
    stop().finally(() => process.exit(0));
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
  process.on('SIGHUP', shutdown);
  whenParentGone(shutdown);
}

if (require.main === module) {
  main().catch((error) => {
    if (error && error.code === 'EADDRINUSE') {
      console.error('端口已被占用：可能已有一个 npm start 在运行。清单中的地址固定为 https://localhost:3000，请先关闭占用该端口的程序。');
    } else {
      console.error(`启动失败：${error && error.message ? error.message : error}`);
    }
    process.exit(1);
  });
}

module.exports = { startDevServer, whenParentGone };
