/**
 * The explained survivors of `npm run mutate`: every ./survivors/*.json (one per area of the
 * scope, so that work on different folders does not collide), each `{ survivors: [...] }` of
 * `{ file, original, replacement, why }` (an equivalent mutant: it changes nothing the product
 * does) or `{ file, original, replacement, killedBy }` (a test added after the measured run
 * kills it; ./verify.js makes the change by hand to check). Matched by file, the mutated code
 * and its replacement, not the line, which moves; an entry may add `line` where the same change
 * at two places needs two different answers, or `at` (the record's exact place) where both are on one line.
 */
const fs = require('node:fs');
const path = require('node:path');

const DIR = path.join(__dirname, 'survivors');

function explainedSurvivors() {
  const out = [];
  for (const name of fs.readdirSync(DIR).filter((f) => f.endsWith('.json')).sort()) {
    const list = JSON.parse(fs.readFileSync(path.join(DIR, name), 'utf8')).survivors ?? [];
    for (const e of list) out.push({ ...e, from: `test/mutation/survivors/${name}` });
  }
  return out;
}

/** Code with its white space folded, as docs/mutation.json records it and as entries are matched. */
const squash = (s) => s.replace(/\s+/g, ' ').trim();

/** A survivor's `original` or `replacement` as docs/mutation.json records it: folded, at most 160 characters. */
const recorded = (code) => squash(code).slice(0, 160);

/** The source text a mutant replaces; lines and columns 1-based, as in Stryker's reports and docs/mutation.json. */
function originalText(source, { start, end }) {
  const lines = source.split('\n');
  if (start.line === end.line) return lines[start.line - 1].slice(start.column - 1, end.column - 1);
  const parts = [lines[start.line - 1].slice(start.column - 1)];
  for (let l = start.line; l < end.line - 1; l++) parts.push(lines[l]);
  parts.push(lines[end.line - 1].slice(0, end.column - 1));
  return parts.join('\n');
}

/** Whether the explanation `e` is about the recorded survivor `s` (compared as recorded: a long original is cut at 160 characters). */
function sameMutant(e, s) {
  return (
    recorded(e.original) === recorded(s.original) &&
    recorded(e.replacement) === recorded(s.replacement) &&
    (e.line === undefined || e.line === s.line) &&
    (e.at === undefined || (Array.isArray(s.at) && e.at.join() === s.at.join()))
  );
}

module.exports = { explainedSurvivors, sameMutant, squash, recorded, originalText, SURVIVORS_DIR: DIR };
