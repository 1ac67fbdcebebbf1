// @ts-check
/**
 * A Stryker reporter that writes each surviving (or uncovered) mutant as soon as it is known,
 * one JSON line in .tmp/mutation/live.jsonl: `{ file, line, at, mutator, original, replacement,
 * status }`, the fields docs/mutation.json keeps (./report.js) once the run ends. A run of a
 * folder takes half an hour or more; with this, survivors can be read (`node
 * test/mutation/live.js`) and taken on while it runs.
 */
const fs = require('node:fs');
const path = require('node:path');
const { recorded, originalText } = require('./survivors');

/** The live file lives in the repository, not in the sandbox Stryker runs the tests in. */
const ROOT = path.resolve(__dirname, '../..');
const LIVE = process.env.MUTATION_LIVE ?? path.join(ROOT, '.tmp', 'mutation', 'live.jsonl');

class LiveReporter {
  static inject = /** @type {const} */ ([]);

  constructor() {
    fs.mkdirSync(path.dirname(LIVE), { recursive: true });
    fs.writeFileSync(LIVE, '');
    /** @type {Map<string, string>} */
    this.sources = new Map();
  }

  /** @param {Readonly<import('@stryker-mutator/api/core').MutantResult>} m */
  onMutantTested(m) {
    if (m.status !== 'Survived' && m.status !== 'NoCoverage') return;
    const file = path.relative(ROOT, path.resolve(ROOT, m.fileName)).split(path.sep).join('/').replace(/^\.stryker-tmp\/sandbox-[^/]+\//, '');
    let source = this.sources.get(file);
    if (source === undefined) {
      source = fs.readFileSync(path.join(ROOT, file), 'utf8');
      this.sources.set(file, source);
    }
    // Lines and columns 1-based, as in Stryker's JSON report (the reporter API passes the report's
    // mutant results, not the instrumenter's 0-based locations) and docs/mutation.json.
    const { start, end } = m.location;
    const row = {
      file,
      line: start.line,
      at: [start.line, start.column, end.line, end.column],
      code: m.replacement ?? '',
      mutator: m.mutatorName,
      original: recorded(originalText(source, m.location)),
      replacement: recorded(m.replacement ?? ''),
      status: m.status,
    };
    fs.appendFileSync(LIVE, JSON.stringify(row) + '\n');
  }
}

// What declareClassPlugin(PluginKind.Reporter, 'live', LiveReporter) of @stryker-mutator/api/plugin
// returns: that package is ES modules only, which Node 20 cannot require() from this CommonJS file.
// Stryker import()s plugins: a named export that Node's CommonJS lexer sees (a literal object with an array value it does not).
exports.strykerPlugins = [{ kind: 'Reporter', name: 'live', injectableClass: LiveReporter }];
