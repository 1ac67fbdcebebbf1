/**
 * file-format — “材料包括Word版电子文档”.
 *
 * Every file that could not be read as a .docx is one error saying why: a legacy .doc, a
 * WPS .wps, a PDF, an encrypted (password) document, an empty or corrupt file, a zip
 * bomb, a file over the size cap or over a cap on its content, a file whose check was
 * stopped (too slow) or failed, a folder that could not be listed, or simply not a Word
 * file. The reason comes from the front end's reading step (readDocx's error code, refined
 * by sniffing the bytes, made into a FileError by ./file-error.ts); this rule only names it.
 *
 * Edge cases: a stamped scan (a .pdf or image whose name says 扫描, 盖章 or 首页: the
 * notice asks for it) and a file Word or Windows leaves behind (~$ lock files, Thumbs.db)
 * are not cases (see attachments.ts): they are listed as such, never as wrong files.
 */
import { printableName } from '../../limits';
import { baseName, FILE_FORMAT_REASONS, reasonOf } from '../file-error';
import type { BatchRule } from '../types';

export { fileFormatReason } from '../file-error';

export const fileFormat: BatchRule = {
  id: 'file-format',
  meta: {
    severity: 'error',
    scope: 'batch',
    messageIds: FILE_FORMAT_REASONS,
    clause: '材料包括Word版电子文档、纸质版首页加盖分党委公章后的扫描件',
    description: 'A file is not a readable .docx (legacy .doc, .wps, .pdf, encrypted, empty, corrupt, zip bomb, too large).',
  },
  check(ctx, report) {
    for (const f of ctx.files) {
      // batchFile gives an error only to a case file it could not read.
      if (!f.error) continue;
      const reason = reasonOf(f.error);
      // A FileError made by fileError() carries its data (the reader's reason as `detail`);
      // one built by hand has only its message.
      const data = { file: printableName(baseName(f.file)), path: f.file, detail: f.error.message, ...f.error.data, code: f.error.code };
      report({ messageId: reason, data, files: [f.file] });
    }
  },
};
