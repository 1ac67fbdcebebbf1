/**
 * How an explanation in ./survivors/*.json is matched to a survivor of docs/mutation.json: by
 * the mutated code and its replacement as the record keeps them (white space folded, cut at
 * 160 characters), and by line when the entry names one.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { sameMutant } = require('./survivors') as { sameMutant(e: object, s: object): boolean };

const long = `/^(?:${'一二三四五六七八九十'.repeat(20)})/`;
const cut = long.slice(0, 160);

test('an original longer than 160 characters matches the record’s cut copy of it', () => {
  expect(long.length).toBeGreaterThan(160);
  expect(sameMutant({ original: long, replacement: '/(?:)/' }, { original: cut, replacement: '/(?:)/', line: 3 })).toBe(true);
  // The same first 160 characters with another replacement is another mutant.
  expect(sameMutant({ original: long, replacement: '/x/' }, { original: cut, replacement: '/(?:)/', line: 3 })).toBe(false);
});

test('white space is folded, and a line, when given, must agree', () => {
  expect(sameMutant({ original: 'a  &&\n b', replacement: 'true' }, { original: 'a && b', replacement: 'true', line: 7 })).toBe(true);
  expect(sameMutant({ original: 'a && b', replacement: 'true', line: 8 }, { original: 'a && b', replacement: 'true', line: 7 })).toBe(false);
});
