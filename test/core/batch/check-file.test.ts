/** One file through the shared pipeline: guards, the reader's errors refined by sniffing, never a throw. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkFileBytes, documentText, fileFormatReason, preflight, sniffBytes, type FileCheckDeps } from '../../../src/core/batch';
import { checkCase } from '../../../src/core/engine';
import { readDocx, sniffFormat } from '../../../src/docx';
import { PROFILE } from './helpers';

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
