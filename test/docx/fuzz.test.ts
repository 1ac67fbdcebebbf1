/**
 * Fuzz-ish: truncations, byte flips and XML mangling of real files never make readDocx throw,
 * and every failure carries a known code and a message naming the file. Deterministic (seeded).
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import * as fs from 'fs';
import * as path from 'path';
import { readDocx, type ReadErrorCode } from '../../src/docx';
import { docxFixture } from '../helpers/docx-fixture';

const DIR = path.resolve(__dirname, '../../../shared/wordcount/docx');
const FILES = ['en-short-word12-mac.docx', 'zh-exam-notes-word16-win.docx'];
const CODES: ReadErrorCode[] = ['empty', 'not-zip', 'truncated', 'corrupt', 'not-docx', 'encrypted', 'legacy-doc', 'wps', 'pdf', 'rtf', 'html', 'text', 'too-large', 'xml-entities', 'xml-malformed', 'internal'];

/** mulberry32 */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function check(bytes: Uint8Array): void {
  let result: ReturnType<typeof readDocx> | undefined;
  expect(() => {
    result = readDocx(bytes, { fileName: 'f.docx' });
  }).not.toThrow();
  if (result && !result.ok) {
    expect(CODES).toContain(result.error.code);
    expect(result.error.message).toContain('「f.docx」');
    // Damage to a real file is damage, never an internal error.
    expect(result.error.code).not.toBe('internal');
  }
}

describe.each(FILES)('%s', (file) => {
  const real = new Uint8Array(fs.readFileSync(path.join(DIR, file)));
  const random = rng(file.length * 7919);

  test('truncations at 200 offsets', () => {
    for (let k = 0; k < 200; k++) check(real.subarray(0, Math.floor(random() * real.length)));
  });

  test('100 copies with 1–20 random bytes changed', () => {
    for (let k = 0; k < 100; k++) {
      const b = real.slice();
      const n = 1 + Math.floor(random() * 20);
      for (let i = 0; i < n; i++) b[Math.floor(random() * b.length)] = Math.floor(random() * 256);
      check(b);
    }
  });

  test('60 copies with the main XML mangled (cut, spliced, tags broken), re-zipped', () => {
    const parts = unzipSync(real);
    const xml = strFromU8(parts['word/document.xml']);
    for (let k = 0; k < 60; k++) {
      let s = xml;
      const ops = 1 + Math.floor(random() * 5);
      for (let i = 0; i < ops; i++) {
        const at = Math.floor(random() * s.length);
        const len = Math.floor(random() * 200);
        switch (Math.floor(random() * 4)) {
          case 0:
            s = s.slice(0, at) + s.slice(at + len);
            break;
          case 1:
            s = s.slice(0, at) + '<' + s.slice(at);
            break;
          case 2:
            s = s.slice(0, at) + s.slice(Math.floor(random() * s.length), Math.floor(random() * s.length)) + s.slice(at);
            break;
          default:
            s = s.slice(0, at) + ['"', '>', '&', ']]>', '<!--', '<![CDATA[', '</w:p>', '<w:p>'][k % 8] + s.slice(at);
        }
      }
      check(zipSync({ ...parts, 'word/document.xml': strToU8(s) }, { level: 0 }));
    }
  });
});

describe('hostile nesting', () => {
  const deep = (open: string, close: string, inner: string, n: number): string => open.repeat(n) + inner + close.repeat(n);
  const read = (documentXml: string) => readDocx(docxFixture({ documentXml }), { fileName: 'f.docx' });
  test.each([
    ['paragraph wrappers', deep('<w:customXml>', '</w:customXml>', '<w:r><w:t>x</w:t></w:r>', 20000)],
    ['block wrappers', deep('<w:sdt><w:sdtContent>', '</w:sdtContent></w:sdt>', '<w:p/>', 20000)],
    ['AlternateContent in a run', '<w:p><w:r>' + deep('<mc:AlternateContent><mc:Choice Requires="w14">', '</mc:Choice></mc:AlternateContent>', '<w:t>x</w:t>', 20000) + '</w:r></w:p>'],
    ['nested tables', deep('<w:tbl><w:tr><w:tc>', '</w:tc></w:tr></w:tbl>', '<w:p/>', 20000)],
    ['drawings', '<w:p><w:r><w:drawing>' + deep('<wpg:grpSp>', '</wpg:grpSp>', '<pic:pic/>', 20000) + '</w:drawing></w:r></w:p>'],
  ])('%s 20,000 deep: read (deep content dropped), no stack overflow', (_name, xml) => {
    const r = read(xml);
    expect(r.ok).toBe(true);
  });
});
