/**
 * Issue 10, the reader's side: tiny crafted files that used to cost minutes or gigabytes,
 * damage that used to be read as whole, text the reader used to lose, and the words of its
 * refusals. Every input is generated here (no opaque blobs); figures are counted by hand.
 */
import { strToU8, unzipSync, zipSync } from 'fflate';
import * as fs from 'fs';
import * as path from 'path';
import { countParagraphs, countText } from '../../src/core/count';
import { LIMITS } from '../../src/core/limits';
import { readDocx, type DocxResult } from '../../src/docx';
import { DEPTH_WARNING } from '../../src/docx/story';
import { docxFixture, documentPart, NS, para } from '../helpers/docx-fixture';
import { slowCrc32, wordEntries, writeZip, type RawEntry } from '../helpers/zip-writer';

const REAL = path.resolve(__dirname, '../../../shared/wordcount/docx/zh-exam-notes-word16-win.docx');

function ok(r: DocxResult) {
  if (!r.ok) throw new Error(`expected a document, got ${r.error.code}: ${r.error.message}`);
  return r;
}

function failed(r: DocxResult) {
  if (r.ok) throw new Error('expected a refusal');
  return r.error;
}

const texts = (r: DocxResult) => ok(r).doc.paragraphs.map((p) => p.text);

/** A numbered paragraph (numId 1, level 0) with some text. */
const numbered = (text: string) => `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;

function numberedDoc(lvl: string, paragraphs: number): Uint8Array {
  return docxFixture({
    documentXml: numbered('项').repeat(paragraphs),
    numberingXml: `<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0">${lvl}</w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`,
  });
}

const labels = (r: DocxResult) => ok(r).doc.paragraphs.map((p) => p.listLabel);

describe('1. numbering labels are bounded as Word bounds them', () => {
  test('upperLetter starting near 2·10⁹: the start is clamped to 32767 (Word\'s dialog), the label to 31 characters', () => {
    const r = readDocx(numberedDoc('<w:start w:val="2000000000"/><w:numFmt w:val="upperLetter"/><w:lvlText w:val="%1."/>', 3));
    // 32767 = 26·1260 + 7: the 7th letter, G, 1261 times, cut to 31 characters; then 32768 → H, 32769 → I.
    expect(labels(r)).toEqual(['G'.repeat(31), 'H'.repeat(31), 'I'.repeat(31)]);
  });

  test('a start of 10¹⁵ is no RangeError (decimal: 32767, 32768)', () => {
    const r = readDocx(numberedDoc('<w:start w:val="1000000000000000"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1、"/>', 2));
    expect(labels(r)).toEqual(['32767、', '32768、']);
  });

  test('a custom format of a million zeros pads to at most 31 digits', () => {
    const zeros = '0'.repeat(1_000_000);
    const r = readDocx(numberedDoc(`<w:start w:val="7"/><w:numFmt w:val="custom" w:format="${zeros}, ..."/><w:lvlText w:val="%1"/>`, 100));
    const l = labels(r);
    expect(l[0]).toBe('0'.repeat(30) + '7');
    expect(l[99]).toBe('0'.repeat(28) + '106');
  });

  test('a bullet of a million characters shows 31 of them', () => {
    const r = readDocx(numberedDoc(`<w:numFmt w:val="bullet"/><w:lvlText w:val="${'●'.repeat(1_000_000)}"/>`, 100));
    expect(new Set(labels(r))).toEqual(new Set(['●'.repeat(31)]));
  });

  test('%1 repeated a million times is cut to 31 characters', () => {
    const r = readDocx(numberedDoc(`<w:numFmt w:val="decimal"/><w:lvlText w:val="${'%1'.repeat(1_000_000)}"/>`, 100));
    expect(labels(r)[0]).toBe('1'.repeat(31));
    expect(labels(r)[9]).toBe('10'.repeat(15) + '1');
  });
});

describe('2. paragraph, run and text caps', () => {
  test('a million empty paragraphs inside 30 content controls are refused at the paragraph cap, in Chinese', () => {
    const open = '<w:sdt><w:sdtPr><w:tag w:val="t"/></w:sdtPr><w:sdtContent>'.repeat(30);
    const close = '</w:sdtContent></w:sdt>'.repeat(30);
    const bytes = docxFixture({ documentXml: open + '<w:p/>'.repeat(1_000_000) + close });
    expect(bytes.length).toBeLessThan(200_000);
    const e = failed(readDocx(bytes, { fileName: '放大.docx' }));
    expect(e.code).toBe('limit');
    expect(e.message).toBe('「放大.docx」无法读取：段落数超过上限 200,000（正常的案例只有几百段），文件可能已损坏或是恶意构造的，已停止读取。');
  });

  test('paragraphs inside the same controls share one array of controls', () => {
    const open = '<w:sdt><w:sdtPr><w:tag w:val="a"/></w:sdtPr><w:sdtContent><w:sdt><w:sdtPr><w:tag w:val="b"/></w:sdtPr><w:sdtContent>';
    const r = ok(readDocx(docxFixture({ documentXml: open + para('一') + para('二') + '</w:sdtContent></w:sdt></w:sdtContent></w:sdt>' + para('三') })));
    const [one, two, three] = r.doc.paragraphs;
    expect(one.controls).toEqual([{ tag: 'a' }, { tag: 'b' }]);
    expect(two.controls).toBe(one.controls);
    expect(three.controls).toEqual([]);
  });

  test('just under the paragraph cap is read', () => {
    const r = ok(readDocx(docxFixture({ documentXml: '<w:p/>'.repeat(LIMITS.paragraphs) })));
    expect(r.doc.paragraphs).toHaveLength(200_000);
  });

  test('runs: more than 2,000,000 in one paragraph are refused', () => {
    const e = failed(readDocx(docxFixture({ documentXml: `<w:p>${'<w:r/>'.repeat(LIMITS.runs + 1)}</w:p>` })));
    expect(e.code).toBe('limit');
    expect(e.reason).toContain('文字块（w:r）数超过上限 2,000,000');
  });

  test('text: more than 20,000,000 characters are refused', () => {
    const chunk = `<w:r><w:t>${'字'.repeat(10_000)}</w:t></w:r>`;
    const e = failed(readDocx(docxFixture({ documentXml: `<w:p>${chunk.repeat(2001)}</w:p>` })));
    expect(e.code).toBe('limit');
    expect(e.reason).toContain('文字总量（字符）超过上限 20,000,000');
  });
});

describe('9. damaged files are refused or warned about, never read as whole in silence', () => {
  test('a changed byte in a stored part fails its CRC', () => {
    const b = docxFixture({ documentXml: para('党建引领发展'), store: true });
    const at = Buffer.from(b).indexOf(Buffer.from('党建引领发展'));
    b[at + 1] ^= 0x01;
    const e = failed(readDocx(b, { fileName: '改.docx' }));
    expect(e.code).toBe('corrupt');
    expect(e.message).toContain('校验和（CRC）不符');
    expect(e.message).toContain('请重新获取原文件');
  });

  test('300 one-byte mutants of a Word file: each is refused, warned about, or counts as the original', () => {
    const real = new Uint8Array(fs.readFileSync(REAL));
    const original = countParagraphs(ok(readDocx(real)).doc.paragraphs).words;
    // Mutate where it matters: the headers and data up to the end of word/document.xml, and the central directory.
    const dv = new DataView(real.buffer, real.byteOffset);
    const eocd = real.length - 22;
    const cdOffset = dv.getUint32(eocd + 16, true);
    const docEnd = Buffer.from(real).indexOf(Buffer.from('word/theme/theme1.xml')); // the local header after document.xml's data
    let seed = 12345;
    const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296);
    const silent: string[] = [];
    for (let k = 0; k < 300; k++) {
      const inCd = k % 4 === 3;
      const at = inCd ? cdOffset + Math.floor(rand() * (real.length - cdOffset)) : Math.floor(rand() * docEnd);
      const b = real.slice();
      b[at] = (b[at] + 1 + Math.floor(rand() * 255)) & 0xff;
      const r = readDocx(b, { fileName: 'm.docx' });
      if (!r.ok) {
        expect(r.error.code).not.toBe('internal');
        continue;
      }
      const words = countParagraphs(r.doc.paragraphs).words;
      if (words !== original && r.warnings.length === 0) silent.push(`byte ${at}: ${original} → ${words}`);
    }
    expect(silent).toEqual([]);
  });

  test('a document.xml cut in half is refused, not counted as half', () => {
    const xml = documentPart(Array.from({ length: 20 }, (_, i) => para(`第${i + 1}段文字。`)).join(''));
    const e = failed(readDocx(zipSync({ ...unzipSync(docxFixture({ documentXml: para('x') })), 'word/document.xml': strToU8(xml.slice(0, Math.floor(xml.length * 0.75))) })));
    expect(e.code).toBe('xml-malformed');
    expect(e.reason).toContain('内容在中途中断');
  });

  test('a document.xml cut inside a tag is refused too', () => {
    const xml = documentPart(para('第一段') + para('第二段'));
    const cut = xml.slice(0, xml.lastIndexOf('<w:t') + 6); // `<w:t x` and nothing after
    const e = failed(readDocx(zipSync({ ...unzipSync(docxFixture({ documentXml: para('x') })), 'word/document.xml': strToU8(cut) })));
    expect(e.code).toBe('xml-malformed');
  });

  test('a package without [Content_Types].xml is read with a warning', () => {
    const r = ok(readDocx(writeZip(wordEntries('<w:p><w:r><w:t>正文</w:t></w:r></w:p>', { contentTypes: false }))));
    expect(r.doc.paragraphs[0].text).toBe('正文');
    expect(r.warnings.join()).toContain('缺少 [Content_Types].xml');
    expect(r.warnings.join()).toContain('字数可能与 Word 显示的不同');
  });

  test('`w` bound to a foreign namespace is not WordprocessingML: refused', () => {
    const xml = '<?xml version="1.0"?><w:document xmlns:w="http://example.com/not-word"><w:body><w:p><w:r><w:t>假</w:t></w:r></w:p></w:body></w:document>';
    const e = failed(readDocx(writeZip(wordEntries('', { documentXml: xml }))));
    expect(e.code).toBe('xml-malformed');
    expect(e.reason).toContain('http://example.com/not-word');
  });

  test('duplicate zip entries: the last one is read (as Word and LibreOffice do), with a warning', () => {
    const entries = wordEntries('<w:p><w:r><w:t>第一份</w:t></w:r></w:p>');
    const doc = entries.find((e) => e.name === 'word/document.xml') as RawEntry;
    const last: RawEntry = { ...doc, data: String(doc.data).replace('第一份', '最后一份') };
    const r = ok(readDocx(writeZip([...entries, last])));
    expect(r.doc.paragraphs.map((p) => p.text)).toEqual(['最后一份']);
    expect(r.warnings.join()).toContain('重名的部件（word/document.xml）');
  });

  test.each([
    ['GBK', [181, 179, 189, 168, 210, 253, 193, 236], '党建引领'],
    ['Big5', [196, 210, 171, 216, 164, 222, 187, 226], '黨建引領'],
  ])('XML declared as %s is decoded as declared, with a warning', (encoding, bytes, expected) => {
    const head = strToU8(`<?xml version="1.0" encoding="${encoding}"?><w:document ${NS}><w:body><w:p><w:r><w:t>`);
    const tail = strToU8('</w:t></w:r></w:p></w:body></w:document>');
    const xml = new Uint8Array([...head, ...bytes, ...tail]);
    const r = ok(readDocx(writeZip(wordEntries('', { documentXml: '' }).map((e) => (e.name === 'word/document.xml' ? { ...e, data: xml } : e)))));
    expect(r.doc.paragraphs[0].text).toBe(expected);
    expect(r.warnings.join()).toContain(`声明为 ${encoding.toUpperCase()} 编码`);
  });

  test('text nested deeper than the depth guard is dropped with a warning', () => {
    const deep = '<w:customXml>'.repeat(250) + '<w:r><w:t>深</w:t></w:r>' + '</w:customXml>'.repeat(250);
    const r = ok(readDocx(docxFixture({ documentXml: `<w:p>${deep}</w:p>` + para('浅') })));
    expect(r.doc.paragraphs.map((p) => p.text)).toEqual(['', '浅']);
    expect(r.warnings).toContain(DEPTH_WARNING);
  });

  test('a part named by a relationship but missing from the package is a warning', () => {
    const r = ok(readDocx(docxFixture({ documentXml: para('正文'), documentRels: [{ type: 'styles', target: 'styles.xml' }] })));
    expect(r.warnings.join()).toContain('样式（word/styles.xml）在文件中不存在');
  });
});

describe('10. text the reader used to lose', () => {
  test('an empty inline content control keeps the rest of its paragraph and the next one', () => {
    const r = readDocx(docxFixture({ documentXml: '<w:p><w:r><w:t>前</w:t></w:r><w:sdt><w:sdtPr/><w:sdtContent/></w:sdt><w:r><w:t>后</w:t></w:r></w:p>' + para('下一段') }));
    expect(texts(r)).toEqual(['前后', '下一段']);
  });

  test('an empty block-level content control keeps the rest of the document', () => {
    const r = readDocx(docxFixture({ documentXml: para('甲') + '<w:sdt><w:sdtPr><w:tag w:val="x"/></w:sdtPr><w:sdtContent/></w:sdt>' + para('乙') + para('丙') }));
    expect(texts(r)).toEqual(['甲', '乙', '丙']);
    expect(ok(r).doc.paragraphs[1].controls).toEqual([]);
  });

  test('an empty ruby base keeps the rest of its paragraph', () => {
    const ruby = '<w:r><w:ruby><w:rubyPr/><w:rt><w:r><w:t>dǎng</w:t></w:r></w:rt><w:rubyBase/></w:ruby></w:r>';
    const r = readDocx(docxFixture({ documentXml: `<w:p><w:r><w:t>前</w:t></w:r>${ruby}<w:r><w:t>后</w:t></w:r></w:p>` + para('下一段') }));
    expect(texts(r)).toEqual(['前后', '下一段']);
  });

  test('<w:specVanish w:val="0"/> does not un-hide hidden text', () => {
    const r = readDocx(docxFixture({ documentXml: '<w:p><w:r><w:rPr><w:vanish/><w:specVanish w:val="0"/></w:rPr><w:t>隐藏</w:t></w:r><w:r><w:t>可见</w:t></w:r></w:p>' }));
    expect(texts(r)).toEqual(['可见']);
  });

  test('zero-width joiner and non-joiner count as characters, as in Word (foo\\u200dbar: 1 字, 7 字符)', () => {
    const r = ok(readDocx(docxFixture({ documentXml: para('foo\u200dbar') })));
    const c = countParagraphs(r.doc.paragraphs);
    expect([c.words, c.charsNoSpaces, c.charsWithSpaces]).toEqual([1, 7, 7]);
    expect(countText('a\u200cb').charsNoSpaces).toBe(3);
  });
});

describe('11. the words of a refusal', () => {
  const xlsx = () =>
    zipSync({
      '[Content_Types].xml': strToU8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
      '_rels/.rels': strToU8(
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
      ),
      'xl/workbook.xml': strToU8('<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>'),
    });
  const pptx = () =>
    zipSync({
      '[Content_Types].xml': strToU8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
      '_rels/.rels': strToU8(
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="ppt/presentation.xml"/></Relationships>',
      ),
      'ppt/presentation.xml': strToU8('<p:presentation xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"/>'),
    });

  test('a renamed .xlsx says it is an Excel workbook, not that its XML is invalid', () => {
    const e = failed(readDocx(xlsx(), { fileName: '案例.docx' }));
    expect(e.code).toBe('not-docx');
    expect(e.message).toBe('「案例.docx」不是 Word 文档（.docx）：这是 Excel 工作簿（.xlsx），请在 Word 中打开后“另存为”Word 文档（.docx）。');
  });

  test('a renamed .pptx says it is a PowerPoint presentation', () => {
    expect(failed(readDocx(pptx(), { fileName: '案例.docx' })).reason).toContain('PowerPoint 演示文稿');
  });

  test('a bomb in an optional part names its real limit (16 MB)', () => {
    const styles = `<w:styles ${NS}>` + ' '.repeat(17 * 1024 * 1024) + '</w:styles>';
    const e = failed(readDocx(docxFixture({ documentXml: para('x'), stylesXml: styles }), { fileName: '炸弹.docx' }));
    expect(e.code).toBe('too-large');
    expect(e.message).toContain('word/styles.xml 解压后超过上限 16 MB');
  });

  test('control characters in the file name are escaped in the message', () => {
    const e = failed(readDocx(new Uint8Array(0), { fileName: '案例\u001b[2J\r伪造.docx' }));
    expect(e.message).toBe('「案例\\x1b[2J\\x0d伪造.docx」无法读取：文件是空的（0 字节），可能在上传或复制时出错；请重新获取原文件。');
  });

  test('a truncated zip asks for the file again instead of “save as”', () => {
    const real = new Uint8Array(fs.readFileSync(REAL));
    const e = failed(readDocx(real.subarray(0, 1000), { fileName: '半截.docx' }));
    expect(e.code).toBe('truncated');
    expect(e.reason).toContain('Word 也无法正常打开');
    expect(e.reason).not.toContain('另存为”Word');
  });
});

describe('the zip layer (from issue 16\'s audit)', () => {
  test('a ZIP64 archive (ZIP64 end record, locator and extra fields) is read', () => {
    const r = ok(readDocx(writeZip(wordEntries('<w:p><w:r><w:t>六十四位</w:t></w:r></w:p>'), { zip64: true })));
    expect(r.doc.paragraphs.map((p) => p.text)).toEqual(['六十四位']);
  });

  test('a stored part over the cap is refused by its length, whatever size its header declares', () => {
    const big = `<w:styles ${NS}>${' '.repeat(17 * 1024 * 1024)}</w:styles>`;
    const entries = wordEntries('<w:p><w:r><w:t>x</w:t></w:r></w:p>');
    entries.push({ name: 'word/styles.xml', data: big, method: 0, declaredSize: 10, crc: slowCrc32(strToU8(big)) });
    const e = failed(readDocx(writeZip(entries)));
    expect(e.code).toBe('too-large');
    expect(e.message).toContain('16 MB');
  });

  test('a stored part whose header lies about its size is damage', () => {
    const entries = wordEntries('<w:p><w:r><w:t>x</w:t></w:r></w:p>').map((e) => (e.name === 'word/document.xml' ? { ...e, method: 0 as const, declaredSize: 10 } : e));
    expect(failed(readDocx(writeZip(entries))).code).toBe('corrupt');
  });
});
