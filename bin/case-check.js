#!/usr/bin/env node
'use strict';
// Compiled by `npm ci` (the `prepare` script) into lib/.
const path = require('node:path');
const fs = require('node:fs');
const main = path.join(__dirname, '..', 'lib', 'cli', 'main.js');
if (!fs.existsSync(main)) {
  process.stderr.write('case-check：尚未编译，请先运行 npm ci（或 npm run build:cli）。\n');
  process.exit(2);
}
require(main).run(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => { process.stderr.write(`case-check：内部错误：${err && err.stack ? err.stack : err}\n`); process.exitCode = 2; },
);
