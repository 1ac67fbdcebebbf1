/** One file through the shared pipeline: guards, the reader's errors refined by sniffing, never a throw. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkFileBytes, documentText, fileFormatReason, formatError, preflight, priorFromBytes, sniffBytes, type FileCheckDeps } from '../../../src/core/batch';
import { checkCase } from '../../../src/core/engine';
import type { PartReport, Report } from '../../../src/core/report';
import { readDocx, sniffFormat } from '../../../src/docx';
import { caseDoc } from '../../helpers/case-doc';
import { writeZip } from '../../helpers/zip-writer';
import { fakeReport, PROFILE } from './helpers';

const CASES = path.resolve(__dirname, '../../fixtures/batch/cases');
const bytes = (rel: string) => new Uint8Array(fs.readFileSync(path.join(CASES, rel)));
const REAL: FileCheckDeps = { readDocx, checkCase, sniffFormat };

describe('checkFileBytes', () => {
  it('checks a readable case and keeps a fingerprint', () => {
    const item = checkFileBytes('机械学院/案例二（教师党支部）.docx', bytes('机械学院/案例二（教师党支部）.docx'), PROFILE, REAL);
    expect(item.error).toBeUndefined();
    expect(item.report?.parts.unit?.value).toBe('机械工程与自动化学院党委');
    expect(item.report?.category).toBe('branch.teacher');
    expect(item.fingerprint?.length).toBeGreaterThan(500);
  });

  it.each([
    ['文法学院/旧版文档案例.doc', 'doc'],
    ['文法学院/WPS 文档案例.wps', 'wps'],
    ['扫描件/首页盖章扫描件.pdf', 'pdf'],
    ['文法学院/加密的案例.docx', 'encrypted'],
    ['文法学院/空白文件.docx', 'empty'],
    ['文法学院/损坏的案例.docx', 'corrupt'],
    ['文法学院/压缩炸弹.docx', 'zip-bomb'],
    ['文法学院/实体扩展.docx', 'unsafe-xml'],
  ])('%s → %s', (rel, reason) => {
    const item = checkFileBytes(rel, bytes(rel), PROFILE, REAL);
    expect(item.report).toBeUndefined();
    expect(fileFormatReason(item.error?.code ?? '')).toBe(reason);
  });

  it('tells a .doc renamed .docx by its bytes, also without the reader\'s sniffing', () => {
    const doc = bytes('文法学院/旧版文档案例.doc');
    expect(fileFormatReason(checkFileBytes('x.docx', doc, PROFILE, REAL).error?.code ?? '')).toBe('doc');
    expect(fileFormatReason(checkFileBytes('x.docx', doc, PROFILE, { readDocx, checkCase }).error?.code ?? '')).toBe('doc');
    expect(sniffBytes(bytes('文法学院/加密的案例.docx'))).toBe('encrypted');
  });

  it('refuses a lock file and a file over the cap before reading, and a non-.docx name without reading it', () => {
    const readDocxSpy = jest.fn(readDocx);
    const deps = { readDocx: readDocxSpy, checkCase };
    expect(checkFileBytes('a/~$案例.docx', new Uint8Array(10), PROFILE, deps).error?.code).toBe('lock-file');
    expect(checkFileBytes('big.docx', new Uint8Array(11), PROFILE, deps, { maxBytes: 10 }).error).toMatchObject({ code: 'too-large', data: { maxMb: '0.0', readerCode: 'file-too-large' } });
    expect(checkFileBytes('说明.txt', new TextEncoder().encode('你好'), PROFILE, deps).error?.code).toBe('not-docx');
    expect(readDocxSpy).not.toHaveBeenCalled();
    expect(preflight('x.docx', 0)?.code).toBe('empty');
  });

  it('turns an engine crash into a crashed item instead of throwing', () => {
    const deps: FileCheckDeps = {
      readDocx,
      checkCase: () => {
        throw new Error('boom');
      },
    };
    const item = checkFileBytes('机械学院/案例二（教师党支部）.docx', bytes('机械学院/案例二（教师党支部）.docx'), PROFILE, deps);
    expect(item.error).toMatchObject({ code: 'crashed', message: '检查“案例二（教师党支部）.docx”时出错（Error：boom），已跳过这个文件；其余文件照常检查。' });
  });
});

describe('documentText', () => {
  it('takes the summary and the sections, not the cover', () => {
    const file = '机械学院/案例二（教师党支部）.docx';
    const read = readDocx(bytes(file));
    if (!read.ok) throw new Error(read.error.message);
    const report = checkCase(read.doc, PROFILE);
    const text = documentText(read.doc, report);
    expect(text).not.toContain('申报单位');
    expect(text).toContain('实施背景');
    expect(text.length).toBeGreaterThan(900);
    expect(documentText(read.doc)).toContain('申报单位');
  });
});

const CASE_TWO = '机械学院/案例二（教师党支部）.docx';
const MIB = 1024 * 1024;
const text = (s: string) => new TextEncoder().encode(s);
/** The words every front end's readDocx gives a file cut short (src/docx/errors.ts: truncated). */
const TRUNCATED = '文件不完整（可能在下载、复制或解压时中断）。Word 也无法正常打开这样的文件；请重新获取原文件（向报送单位重新索取，或重新下载、复制），不要只是另存为。';

describe('checkFileBytes: guards before reading', () => {
  it('reads a file exactly at the size cap and refuses one byte more', () => {
    expect(preflight('案例.docx', 50 * MIB)).toBeUndefined();
    expect(preflight('案例.docx', 10, 10)).toBeUndefined();
    expect(preflight('案例.docx', 50 * MIB + 1)).toMatchObject({
      code: 'too-large',
      message: '“案例.docx”过大（50.0 MB，上限 50.0 MB），已跳过；正常的案例连同图片只有几 MB。',
    });
    const item = checkFileBytes(CASE_TWO, bytes(CASE_TWO), PROFILE, REAL, { maxBytes: bytes(CASE_TWO).length });
    expect(item.error).toBeUndefined();
    expect(item.report?.parts.unit?.value).toBe('机械工程与自动化学院党委');
  });

  it('takes a name as .docx only when it ends so: "案例.docx.txt" is not read', () => {
    const readDocxSpy = jest.fn(readDocx);
    const item = checkFileBytes('案例.docx.txt', text('申报单位：机械学院'), PROFILE, { readDocx: readDocxSpy, checkCase, sniffFormat });
    expect(readDocxSpy).not.toHaveBeenCalled();
    expect(item.error).toMatchObject({ code: 'not-docx', message: '“案例.docx.txt”不是 Word 文档（.docx）：这是纯文本文件，通知要求提交 Word 版电子文档（.docx）。' });
  });
});

describe('checkFileBytes: what a file that is not a .docx is', () => {
  it('says what the reader\'s sniffing found: text, or a Word document under another name', () => {
    expect(checkFileBytes('说明.txt', text('你好'), PROFILE, REAL).error).toMatchObject({
      code: 'not-docx',
      message: '“说明.txt”不是 Word 文档（.docx）：这是纯文本文件，通知要求提交 Word 版电子文档（.docx）。',
    });
    expect(checkFileBytes('机械学院/案例二.doc', bytes(CASE_TWO), PROFILE, REAL).error).toMatchObject({
      code: 'not-docx',
      message: '“案例二.doc”不是 Word 文档（.docx）：内容是 Word 文档，但文件名不以 .docx 结尾；请改回 .docx 后重新提交。',
    });
  });

  const ASK = '通知要求提交 Word 版电子文档（.docx）。';
  it.each([
    ['成绩.xlsx', writeZip([{ name: '[Content_Types].xml', data: '<Types/>' }, { name: 'xl/workbook.xml', data: '<workbook/>' }]), 'not-docx', `“成绩.xlsx”不是 Word 文档（.docx）：这是 Excel 工作簿（.xlsx），${ASK}`],
    ['汇报.pptx', writeZip([{ name: 'ppt/presentation.xml', data: '<presentation/>' }]), 'not-docx', `“汇报.pptx”不是 Word 文档（.docx）：这是 PowerPoint 演示文稿（.pptx），${ASK}`],
    ['案例.odt', writeZip([{ name: 'mimetype', data: 'application/vnd.oasis.opendocument.text', method: 0 }, { name: 'content.xml', data: '<office:document-content/>' }]), 'not-docx', '“案例.odt”不是 Word 文档（.docx）：这是 OpenDocument 文档（如 .odt），请另存为 Word 文档（.docx）。'],
    ['材料.zip', writeZip([{ name: '案例.docx', data: 'PK' }]), 'not-docx', '“材料.zip”不是 Word 文档（.docx）：这是一个压缩包；请解压后检查其中的 .docx。'],
    ['案例.html', text('<!DOCTYPE html><html><body><p>案例</p></body></html>'), 'not-docx', '“案例.html”不是 Word 文档（.docx）：这是网页（HTML）文件，请另存为 Word 文档（.docx）。'],
    ['案例.xml', text('<?xml version="1.0"?><案例/>'), 'not-docx', '“案例.xml”不是 Word 文档（.docx）：这是 XML 文件，请另存为 Word 文档（.docx）。'],
    ['说明.txt', text('申报单位：机械学院'), 'not-docx', `“说明.txt”不是 Word 文档（.docx）：这是纯文本文件，${ASK}`],
    ['数据.bin', new Uint8Array([0x01, 0x00, 0x02, 0x00, 0x03]), 'not-docx', `“数据.bin”不是 Word 文档（.docx）：${ASK}`],
    ['案例.rtf', text('{\\rtf1\\ansi 案例}'), 'rtf', '“案例.rtf”是 RTF 文档，请另存为 Word 文档（.docx）。'],
    ['旧版文档案例.doc', bytes('文法学院/旧版文档案例.doc'), 'doc', '“旧版文档案例.doc”是旧版 Word 97-2003 文档（.doc），需在 Word 中“另存为” .docx 后再提交。'],
  ])('names each kind the reader can tell: %s', (file, b, code, message) => {
    expect(checkFileBytes(file, b, PROFILE, REAL).error).toMatchObject({ code, message });
  });

  it('calls an OLE file named .wps a WPS document also without the reader\'s sniffing', () => {
    expect(checkFileBytes('文法学院/WPS 文档案例.wps', bytes('文法学院/WPS 文档案例.wps'), PROFILE, { readDocx, checkCase }).error).toMatchObject({
      code: 'wps',
      message: '“WPS 文档案例.wps”是 WPS 文字文档（.wps），需在 WPS 中“另存为” Word 文档（.docx）后再提交。',
    });
  });

  it('calls any OLE file named .wps a WPS document, also one without a WordDocument stream', () => {
    const ole = new Uint8Array(2048);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(sniffFormat(ole)).toBe('ole');
    expect(checkFileBytes('旧版/案例.wps', ole, PROFILE, REAL).error?.code).toBe('wps');
  });

  it('calls an OLE file without a WordDocument stream (an old .xls or .ppt) an old Office file, not a Word document', () => {
    // The directory entry of an Excel 97-2003 workbook: "Workbook" in UTF-16LE.
    const xls = new Uint8Array(2048);
    xls.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    xls.set(Array.from('Workbook').flatMap((c) => [c.charCodeAt(0), 0]), 1024);
    expect(sniffFormat(xls)).toBe('ole');
    for (const name of ['统计表.xls', '汇报.ppt', '案例.doc']) {
      expect(checkFileBytes(name, xls, PROFILE, REAL).error).toMatchObject({
        code: 'not-docx',
        message: `“${name}”不是 Word 文档（.docx）：这是旧版 Office 文件（如 Excel 的 .xls、PowerPoint 的 .ppt），不是 Word 文档；通知要求提交 Word 版电子文档（.docx）。`,
      });
    }
  });
  it('keeps the reader\'s words for such a file named .docx', () => {
    const xls = new Uint8Array(2048);
    xls.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(checkFileBytes('案例.docx', xls, PROFILE, REAL).error).toMatchObject({ code: 'not-docx', message: '“案例.docx”不是 Word 文档（.docx）：这是旧版 Office 文件，但不是 Word 文档，请在 Word 中打开后“另存为”Word 文档（.docx）。' });
  });

  it('calls empty bytes an empty file when asked directly', () => {
    expect(formatError('文法学院/空白文件.docx', new Uint8Array(0), { sniffFormat }).code).toBe('empty');
  });

  it('falls back to the notice\'s words when nobody can tell what the file is', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    expect(checkFileBytes('照片.png', png, PROFILE, { readDocx, checkCase }).error).toMatchObject({
      code: 'not-docx',
      message: '“照片.png”不是 Word 文档（.docx）：通知要求提交 Word 版电子文档（.docx）。',
    });
  });

  it('uses its own sniffing when the reader has none, or when the reader\'s throws', () => {
    const pdf = bytes('扫描件/首页盖章扫描件.pdf');
    const words = '“首页盖章扫描件.pdf”是 PDF 文件，通知要求提交 Word 版电子文档（.docx）。';
    expect(checkFileBytes('扫描件/首页盖章扫描件.pdf', pdf, PROFILE, { readDocx, checkCase }).error).toMatchObject({ code: 'pdf', message: words });
    const throwing: FileCheckDeps = {
      readDocx,
      checkCase,
      sniffFormat: () => {
        throw new Error('sniffing failed');
      },
    };
    expect(checkFileBytes('扫描件/首页盖章扫描件.pdf', pdf, PROFILE, throwing).error).toMatchObject({ code: 'pdf', message: words });
  });

  it('takes the reader\'s answer also when it comes as { format }', () => {
    const deps: FileCheckDeps = { readDocx, checkCase, sniffFormat: () => ({ format: 'pdf' }) };
    expect(checkFileBytes('首页.bin', text('扫描件'), PROFILE, deps).error?.code).toBe('pdf');
  });

  it('calls an OLE file .wps only by a name ending in .wps, and never a PDF', () => {
    expect(checkFileBytes('首页.wps', bytes('扫描件/首页盖章扫描件.pdf'), PROFILE, REAL).error?.code).toBe('pdf');
    expect(checkFileBytes('案例.wps.doc', bytes('文法学院/旧版文档案例.doc'), PROFILE, REAL).error?.code).toBe('doc');
  });

  it('gives the reader\'s own words and code for a file it could not read', () => {
    expect(checkFileBytes('文法学院/损坏的案例.docx', bytes('文法学院/损坏的案例.docx'), PROFILE, REAL).error).toEqual({
      code: 'corrupt',
      message: `“损坏的案例.docx”已损坏，无法作为 .docx 读取：${TRUNCATED}`,
      data: { readerCode: 'truncated', file: '损坏的案例.docx', path: '文法学院/损坏的案例.docx', detail: TRUNCATED },
    });
    expect(checkFileBytes('x.docx', bytes('文法学院/旧版文档案例.doc'), PROFILE, REAL).error?.data?.readerCode).toBe('legacy-doc');
  });

  it('gives the reader\'s whole sentence, naming the file, when the reader gives no reason apart', () => {
    const noReason: FileCheckDeps = {
      readDocx: (b, o) => {
        const r = readDocx(b, o);
        return r.ok ? r : { ok: false, error: { code: r.error.code, message: r.error.message } };
      },
      checkCase,
      sniffFormat,
    };
    expect(checkFileBytes('文法学院/损坏的案例.docx', bytes('文法学院/损坏的案例.docx'), PROFILE, noReason).error?.message).toBe(
      `“损坏的案例.docx”已损坏，无法作为 .docx 读取：「损坏的案例.docx」无法读取：${TRUNCATED}`,
    );
  });
});

describe('checkFileBytes: a reader that fails in its own way', () => {
  const withReader = (readDocxFake: FileCheckDeps['readDocx']): FileCheckDeps => ({ readDocx: readDocxFake, checkCase, sniffFormat });

  it('turns a reader\'s exception into an unreadable item naming the exception', () => {
    const item = checkFileBytes(CASE_TWO, bytes(CASE_TWO), PROFILE, withReader(() => {
      throw new TypeError('bad state');
    }));
    expect(item.report).toBeUndefined();
    expect(item.error).toMatchObject({
      code: 'unreadable',
      message: '“案例二（教师党支部）.docx”无法读取：读取时出错（TypeError：bad state）',
      data: { readerCode: 'unreadable' },
    });
  });

  it('words a RangeError as memory or stack', () => {
    const item = checkFileBytes(CASE_TWO, bytes(CASE_TWO), PROFILE, withReader(() => {
      throw new RangeError('Maximum call stack size exceeded');
    }));
    expect(item.error?.message).toBe('“案例二（教师党支部）.docx”无法读取：读取时出错（内存或栈不足：Maximum call stack size exceeded）');
  });

  it('treats a result without a document as unreadable, for a reason unknown', () => {
    for (const result of [{ ok: true }, { ok: false }]) {
      const item = checkFileBytes(CASE_TWO, bytes(CASE_TWO), PROFILE, withReader(() => result));
      expect(item.error).toMatchObject({ code: 'unreadable', message: '“案例二（教师党支部）.docx”无法读取：原因不明', data: { readerCode: 'unreadable' } });
    }
  });
});

describe('checkFileBytes: a readable file', () => {
  it('checks with the category it was given', () => {
    const item = checkFileBytes(CASE_TWO, bytes(CASE_TWO), PROFILE, REAL, { category: 'committee' });
    // The cover declares 教师党支部; the category given wins.
    expect(item.report?.category).toBe('committee');
  });

  it('keeps the reader\'s warnings, and none when it gave none', () => {
    const W = '文件缺少 [Content_Types].xml（正常保存的 Word 文档都有），可能已损坏或不是 Word 保存的；内容已读取，但字数可能与 Word 显示的不同。';
    const withWarnings = (warnings?: string[]): FileCheckDeps => ({
      readDocx: (b, o) => {
        const r = readDocx(b, o);
        if (!r.ok) return r;
        return warnings ? { ok: true, doc: r.doc, warnings } : { ok: true, doc: r.doc };
      },
      checkCase,
    });
    expect(checkFileBytes(CASE_TWO, bytes(CASE_TWO), PROFILE, withWarnings([W])).warnings).toEqual([W]);
    expect(checkFileBytes(CASE_TWO, bytes(CASE_TWO), PROFILE, withWarnings()).warnings).toEqual([]);
  });
});

describe('documentText: which paragraphs', () => {
  const doc = caseDoc().para('案例名称：红色引擎').para('简介第一段').para('简介第二段').para('背景段').para('做法段').para('启示段').build();
  const part = (id: string, kind: PartReport['kind'], found: boolean, start?: number, end?: number): PartReport => ({
    id,
    label: id,
    kind,
    found,
    start,
    end,
    counts: { words: 0, charsNoSpaces: 0, charsWithSpaces: 0 },
  });
  const report = (parts: PartReport[]): Report => ({ ...fakeReport(), parts: Object.fromEntries(parts.map((p) => [p.id, p])) });

  it('joins the located paragraphs with line breaks', () => {
    expect(documentText(doc, report([part('summary', 'summary', true, 1, 3)]))).toBe('简介第一段\n简介第二段');
  });

  it('takes only the parts located with both ends', () => {
    const r = report([
      part('title', 'cover', true, 0, 1),
      part('summary', 'summary', true, 1, 3),
      // Not found, though a place was left on it: skipped.
      part('background', 'section', false, 0, 6),
      // Found without a start, or without an end: skipped.
      part('practice', 'section', true, undefined, 5),
      part('lessons', 'section', true, 4, undefined),
    ]);
    expect(documentText(doc, r)).toBe('简介第一段\n简介第二段');
  });

  it('takes the whole document when no part was located', () => {
    expect(documentText(doc, report([part('summary', 'summary', false), part('background', 'section', false)]))).toBe(
      '案例名称：红色引擎\n简介第一段\n简介第二段\n背景段\n做法段\n启示段',
    );
  });
});

describe('priorFromBytes', () => {
  /** The real reader with an engine that reports the given cover. */
  const withReport = (r: Report): FileCheckDeps => ({ readDocx, checkCase: () => r, sniffFormat });

  it('takes the title and the unit from the cover, and the file as the source', () => {
    const prior = priorFromBytes(CASE_TWO, bytes(CASE_TWO), PROFILE, REAL);
    expect(prior).toMatchObject({ title: '教师党支部“双带头人”引领科研攻关', unit: '机械工程与自动化学院党委', source: CASE_TWO });
    expect('fingerprint' in prior ? prior.fingerprint?.length : 0).toBeGreaterThan(500);
  });

  it('trims the title, and takes the file\'s name (without .docx at its end) when the cover has none', () => {
    expect(priorFromBytes(CASE_TWO, bytes(CASE_TWO), PROFILE, withReport(fakeReport({ title: '  红色引擎  ', unit: '信息学院党委' })))).toMatchObject({
      title: '红色引擎',
      unit: '信息学院党委',
    });
    expect(priorFromBytes('旧案例/红色引擎.docx备份.docx', bytes(CASE_TWO), PROFILE, withReport(fakeReport({ title: '   ' })))).toMatchObject({ title: '红色引擎.docx备份' });
    expect(priorFromBytes('旧案例/红色引擎.DOCX', bytes(CASE_TWO), PROFILE, withReport(fakeReport({})))).toMatchObject({ title: '红色引擎', unit: undefined });
  });

  it('reads a report without title or unit parts', () => {
    const bare: Report = { ...fakeReport(), parts: {} };
    const prior = priorFromBytes('旧案例/支部建在团队上（修改稿）.docx', bytes(CASE_TWO), PROFILE, withReport(bare));
    expect(prior).toMatchObject({ title: '支部建在团队上（修改稿）', source: '旧案例/支部建在团队上（修改稿）.docx' });
    expect('unit' in prior && prior.unit).toBeUndefined();
  });

  it('gives the file\'s error for a file that is not a readable .docx', () => {
    expect(priorFromBytes('扫描件/首页盖章扫描件.pdf', bytes('扫描件/首页盖章扫描件.pdf'), PROFILE, REAL)).toMatchObject({
      code: 'pdf',
      message: '“首页盖章扫描件.pdf”是 PDF 文件，通知要求提交 Word 版电子文档（.docx）。',
    });
  });
});
