// The task pane's inline start-up guard (src/taskpane/boot.js) with its messages and
// watchdog time filled in: inlined into taskpane.html by webpack.config.js, and evaluated
// as-is by the tests (test/taskpane/boot.test.ts).
'use strict';

const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');

/**
 * How long the page waits for the pane's first render before it says why there is none.
 * Office.js comes from Microsoft's CDN and Word can take seconds to answer on a slow
 * machine: long enough not to cry wolf, short enough that nobody stares at 正在读取文档….
 */
const WATCHDOG_MS = 20_000;

function bootScript({ watchdogMs = WATCHDOG_MS } = {}) {
  const messages = JSON.parse(fs.readFileSync(path.join(ROOT, 'src/taskpane/startup-messages.json'), 'utf8'));
  delete messages.$comment;
  const source = fs.readFileSync(path.join(ROOT, 'src/taskpane/boot.js'), 'utf8');
  const filled = source
    .replace('/*MESSAGES*/ { kinds: {} }', () => JSON.stringify(messages))
    .replace('/*WATCHDOG_MS*/ 20000', () => String(watchdogMs));
  if (filled.includes('/*MESSAGES*/') || filled.includes('/*WATCHDOG_MS*/')) throw new Error('boot.js: placeholders not found');
  // Inlined into a <script> element: a literal </script> would end it.
  return filled.replace(/<\/script/gi, '<\\/script');
}

module.exports = { bootScript, WATCHDOG_MS };
