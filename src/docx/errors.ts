/** Why a file could not be read, with a stable code and a zh-CN message naming the file. */

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
  | 'xml-entities'
  | 'xml-malformed'
  | 'internal';

export interface ReadError {
  code: ReadErrorCode;
  message: string;
}

const SAVE_AS = '请在 Word 中打开后“另存为”Word 文档（.docx）。';

/** Why each code is not a readable .docx; `{part}` and `{mb}` are filled in. */
const REASONS: Record<ReadErrorCode, string> = {
  empty: '文件是空的（0 字节），请重新保存或重新上传。',
  'not-zip': '无法识别文件格式，' + SAVE_AS,
  truncated: '文件不完整（可能在下载或复制时中断），' + SAVE_AS,
  corrupt: '文件已损坏，无法读取其中的内容，' + SAVE_AS,
  'not-docx': '{kind}，' + SAVE_AS,
  encrypted: '文件是加密的，请在 Word 中取消密码后另存为 .docx。',
  'legacy-doc': '这是旧版 Word 97-2003 文档（.doc），' + SAVE_AS,
  wps: '这是 WPS 文字文档（.wps），请在 WPS 或 Word 中另存为 Word 文档（.docx）。',
  pdf: '这是 PDF 文件，请提交 Word 版（.docx）电子文档。',
  rtf: '这是 RTF 格式文件，' + SAVE_AS,
  html: '这是网页（HTML）文件，' + SAVE_AS,
  text: '这是纯文本文件，' + SAVE_AS,
  'too-large': '{part} 解压后超过 {mb} MB，文件可能已损坏或是恶意构造的，已停止读取。',
  'xml-entities': '{part} 含有 DTD 或实体声明，正常的 Word 文档不会包含这些内容，出于安全考虑拒绝读取。',
  'xml-malformed': '{part} 不是有效的 XML，无法读取，' + SAVE_AS,
  internal: '读取时发生意外错误（{detail}），' + SAVE_AS,
};

/** Codes for which the file is simply not a .docx (the message says so). */
const NOT_DOCX = new Set<ReadErrorCode>(['not-zip', 'not-docx', 'encrypted', 'legacy-doc', 'wps', 'pdf', 'rtf', 'html', 'text']);

export function readError(
  code: ReadErrorCode,
  fileName: string | undefined,
  data: { part?: string; mb?: number; kind?: string; detail?: string } = {},
): ReadError {
  const who = fileName ? `「${fileName}」` : '该文件';
  const reason = REASONS[code]
    .replace('{part}', data.part ?? '文档内容')
    .replace('{mb}', String(data.mb ?? ''))
    .replace('{kind}', data.kind ?? '这不是 Word 文档')
    .replace('{detail}', data.detail ?? '');
  const message = NOT_DOCX.has(code) ? `${who}不是 Word 文档（.docx）：${reason}` : `${who}无法读取：${reason}`;
  return { code, message };
}
