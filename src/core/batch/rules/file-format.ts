/**
 * file-format — “材料包括Word版电子文档”.
 *
 * Every file that could not be read as a .docx is one error saying why: a legacy .doc, a
 * WPS .wps, a PDF, an encrypted (password) document, an empty or corrupt file, a zip
 * bomb, a file over the size cap, or simply not a Word file. The reason comes from the
 * front end's reading step (readDocx's error code, refined by sniffing the bytes); this
 * rule only names it.
 *
 * Edge cases: a stamped scan (a .pdf or image whose name says 扫描, 盖章 or 首页: the
 * notice asks for it) and a file Word or Windows leaves behind (~$ lock files, Thumbs.db)
 * are not cases (see attachments.ts): they are listed as such, never as wrong files.
 */
import { baseName } from '../check-file';
import type { BatchRule, FileFormatReason } from '../types';

const REASONS: readonly FileFormatReason[] = [
  'doc',
  'wps',
  'pdf',
  'rtf',
  'encrypted',
  'empty',
  'corrupt',
  'zip-bomb',
  'unsafe-xml',
  'too-large',
  'not-docx',
  'unreadable',
];

/** readDocx's codes (src/docx/errors.ts) and the front ends' own, where the name alone is not the reason. */
const ALIASES: Record<string, FileFormatReason> = {
  'legacy-doc': 'doc',
  'not-zip': 'corrupt',
  truncated: 'corrupt',
  'xml-malformed': 'corrupt',
  // readDocx's too-large: a part inflates beyond its cap (a zip bomb).
  'too-large': 'zip-bomb',
  // The front ends' size cap, checked before reading.
  'file-too-large': 'too-large',
  'xml-entities': 'unsafe-xml',
  html: 'not-docx',
  text: 'not-docx',
  internal: 'unreadable',
};

/** Map a reader's error code (readDocx's names or the front end's) to a reason. */
export function fileFormatReason(code: string): FileFormatReason {
  const c = code.toLowerCase();
  if (ALIASES[c]) return ALIASES[c];
  if ((REASONS as readonly string[]).includes(c)) return c as FileFormatReason;
  if (/encrypt|password|protected/.test(c)) return 'encrypted';
  if (/bomb|too-?big|inflat|ratio|limit/.test(c)) return 'zip-bomb';
  if (/wps/.test(c)) return 'wps';
  if (/pdf/.test(c)) return 'pdf';
  if (/rtf/.test(c)) return 'rtf';
  if (/\bdoc\b|legacy|ole|cfb|word97/.test(c)) return 'doc';
  if (/empty/.test(c)) return 'empty';
  if (/size|large/.test(c)) return 'too-large';
  if (/zip|corrupt|xml|malformed|missing|invalid|entity|dtd/.test(c)) return 'corrupt';
  return 'unreadable';
}

export const fileFormat: BatchRule = {
  id: 'file-format',
  meta: {
    severity: 'error',
    scope: 'batch',
    messageIds: REASONS,
    clause: '材料包括Word版电子文档、纸质版首页加盖分党委公章后的扫描件',
    description: 'A file is not a readable .docx (legacy .doc, .wps, .pdf, encrypted, empty, corrupt, zip bomb, too large).',
  },
  check(ctx, report) {
    for (const f of ctx.files) {
      if (f.kind !== 'case' || f.ok || !f.error) continue;
      const reason = fileFormatReason(f.error.code);
      report({
        messageId: reason,
        data: { ...f.error.data, file: baseName(f.file), path: f.file, code: f.error.code, detail: f.error.message },
        files: [f.file],
      });
    }
  },
};
