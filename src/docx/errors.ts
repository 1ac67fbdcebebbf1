/**
 * Why a file could not be read, with a stable code and a zh-CN message naming the file.
 *
 * The advice fits the failure (issue 11): a file cut short or damaged cannot be opened in
 * Word either, so "save it again" would not help: the only cure is to get the file again
 * (from the unit that sent it, or from where it was downloaded). A file in another format
 * can be saved as .docx in Word or WPS; an encrypted one must be sent without its password.
 */
import { printableName } from '../core/limits';

export type ReadErrorCode =
  | 'empty'
  | 'not-zip'
  | 'truncated'
  | 'corrupt'
  | 'not-docx'
  | 'encrypted'
  | 'legacy-doc'
  | 'wps'
  | 'pdf'
  | 'rtf'
  | 'html'
  | 'text'
  | 'too-large'
  | 'limit'
  | 'xml-entities'
  | 'xml-malformed'
  | 'internal';

export interface ReadError {
  code: ReadErrorCode;
  /** The whole sentence, naming the file. */
  message: string;
  /** The reason alone, without the file's name (for messages that name the file themselves). */
  reason: string;
}

const SAVE_AS = '请在 Word 中打开后“另存为”Word 文档（.docx）。';
/** For files that Word cannot open either. */
const GET_AGAIN = 'Word 也无法正常打开这样的文件；请重新获取原文件（向报送单位重新索取，或重新下载、复制），不要只是另存为。';

/** Why each code is not a readable .docx; `{part}`, `{mb}`, `{kind}`, `{detail}` are filled in. */
const REASONS: Record<ReadErrorCode, string> = {
  empty: '文件是空的（0 字节），可能在上传或复制时出错；请重新获取原文件。',
  'not-zip': '无法识别文件格式，' + SAVE_AS,
  truncated: '文件不完整（可能在下载、复制或解压时中断）。' + GET_AGAIN,
  corrupt: '文件已损坏（{detail}）。' + GET_AGAIN,
  'not-docx': '{kind}，' + SAVE_AS,
  encrypted: '文件设置了打开密码（已加密），无法读取；请提供去掉密码后的版本（Word：文件 → 信息 → 保护文档 → 用密码进行加密，清空密码后保存）。',
  'legacy-doc': '这是旧版 Word 97-2003 文档（.doc），' + SAVE_AS,
  wps: '这是 WPS 文字文档（.wps），请在 WPS 或 Word 中另存为 Word 文档（.docx）。',
  pdf: '这是 PDF 文件，请提交 Word 版（.docx）电子文档。',
  rtf: '这是 RTF 格式文件，' + SAVE_AS,
  html: '这是网页（HTML）文件，' + SAVE_AS,
  text: '这是纯文本文件，' + SAVE_AS,
  'too-large': '{part} 解压后超过上限 {mb} MB（正常的案例解压后只有几 MB），文件可能已损坏或是恶意构造的（压缩炸弹），已停止读取。',
  limit: '{detail}',
  'xml-entities': '{part} 含有 DTD 或实体声明，正常的 Word 文档不会包含这些内容，出于安全考虑拒绝读取。',
  'xml-malformed': '{part} 不是完整有效的 Word XML（{detail}）。' + GET_AGAIN,
  internal: '读取时发生意外错误（{detail}）。请重新获取原文件再试；如仍出错，请把文件交给管理员。',
};

/** Codes for which the file is simply not a .docx (the message says so). */
const NOT_DOCX = new Set<ReadErrorCode>(['not-zip', 'not-docx', 'encrypted', 'legacy-doc', 'wps', 'pdf', 'rtf', 'html', 'text']);

export interface ReadErrorData {
  part?: string;
  mb?: number;
  kind?: string;
  detail?: string;
}

export function readError(code: ReadErrorCode, fileName: string | undefined, data: ReadErrorData = {}): ReadError {
  const who = fileName ? `「${printableName(fileName)}」` : '该文件';
  const reason = REASONS[code]
    .replace('{part}', data.part ?? '文档内容')
    .replace('{mb}', String(data.mb ?? ''))
    .replace('{kind}', data.kind ?? '这不是 Word 文档')
    .replace('{detail}', data.detail ?? '内容无法解析');
  const message = NOT_DOCX.has(code) ? `${who}不是 Word 文档（.docx）：${reason}` : `${who}无法读取：${reason}`;
  return { code, message, reason };
}
