/** A reader's or a front end's error code as a file-format reason, and the FileError made of it. */
import { baseName, fileError, fileFormatReason, preflight, reasonOf } from '../../../src/core/batch';

describe('fileFormatReason', () => {
  it.each([
    // Codes other readers and front ends use: the reason is read from the words in them.
    ['password-protected', 'encrypted'],
    ['EncryptionUnsupported', 'encrypted'],
    ['zip-bomb-suspected', 'zip-bomb'],
    ['entry-toobig', 'zip-bomb'],
    ['entry-too-big', 'zip-bomb'],
    ['compression-ratio', 'zip-bomb'],
    ['wps-document', 'wps'],
    ['pdf-document', 'pdf'],
    ['rtf-document', 'rtf'],
    ['word97-binary', 'doc'],
    ['ole-compound', 'doc'],
    ['empty-file', 'empty'],
    ['size-exceeded', 'too-large'],
    ['zip-invalid', 'corrupt'],
    ['something-else', 'unreadable'],
    // readDocx's codes (src/docx/errors.ts) and the front ends' own.
    ['truncated', 'corrupt'],
    ['html', 'not-docx'],
    ['text', 'not-docx'],
    ['folder-unreadable', 'unlisted-folder'],
    ['limit', 'limit'],
    ['timeout', 'timeout'],
    ['unlisted-folder', 'unlisted-folder'],
  ])('%s → %s', (code, reason) => {
    expect(fileFormatReason(code)).toBe(reason);
  });
});

describe('fileError', () => {
  it('words an encrypted file by the catalogue, whatever the reader called it', () => {
    expect(fileError('文法学院/加密的案例.docx', 'password-protected')).toEqual({
      code: 'encrypted',
      message: '“加密的案例.docx”设置了打开密码（已加密），无法读取；需去掉密码后重新保存为 .docx 再提交（审核时请向报送单位索取无密码的版本）。',
      data: { readerCode: 'password-protected', file: '加密的案例.docx', path: '文法学院/加密的案例.docx' },
    });
  });

  it('keeps a detail given in the data when the detail argument is left out', () => {
    const e = fileError('a/案例.docx', 'unreadable', undefined, { detail: '磁盘读取失败' });
    expect(e.message).toBe('“案例.docx”无法读取：磁盘读取失败');
    expect(e.data?.detail).toBe('磁盘读取失败');
  });

  it('has no detail key when none was given (the batch rule then takes the message as the detail)', () => {
    expect(Object.keys(fileError('a/空白文件.docx', 'empty').data ?? {}).sort()).toEqual(['file', 'path', 'readerCode']);
  });
});

describe('reasonOf', () => {
  it('keeps too-large as the size cap for an error fileError made, and reads a bare too-large as readDocx\'s zip bomb', () => {
    const capped = preflight('大文件.docx', 60 * 1024 * 1024);
    expect(capped?.code).toBe('too-large');
    expect(reasonOf(capped!)).toBe('too-large');
    expect(reasonOf({ code: 'too-large' })).toBe('zip-bomb');
  });
});

describe('baseName', () => {
  it('takes the name after the last separator of either kind, also the first character', () => {
    expect(baseName('/案例.docx')).toBe('案例.docx');
    expect(baseName('\\案例.docx')).toBe('案例.docx');
    expect(baseName('机械学院\\案例二.docx')).toBe('案例二.docx');
    expect(baseName('案例.docx')).toBe('案例.docx');
  });
});
