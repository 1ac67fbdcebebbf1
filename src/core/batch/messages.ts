/**
 * Messages of the batch rules, zh-CN first and English second. Rules report
 * `{ messageId, data }`; `formatBatchMessage` renders the text. Placeholders are `{name}`.
 * Kept beside the batch rules (the case catalogue lives in src/core/messages).
 */
import type { DiagnosticData } from '../report';
import { SEVERITY_WORDS } from '../severity';

export type Locale = 'zh-CN' | 'en';

type Catalogue = Record<string, Record<string, string>>;

export const BATCH_MESSAGES: Record<Locale, Catalogue> = {
  'zh-CN': {
    'unit-quota': {
      over: '申报单位“{unit}”报送了 {count} 项案例，超过每个分党委（直属党总支）限报 {max} 项的规定。',
      'over-spellings': '申报单位“{unit}”报送了 {count} 项案例（封面分别写作{spellings}），超过每个分党委（直属党总支）限报 {max} 项的规定。',
      'unit-unknown': '未能在文件中找到申报单位（封面“申报单位（盖章）”栏为空或缺失），无法核对限报数量，请人工确认。',
    },
    'unit-levels': {
      'same-level': '申报单位“{unit}”的 {count} 项案例都属于“{category}”类别；报 2 项的应为不同层级党组织实施推动的案例。',
      'level-unknown': '申报单位“{unit}”报送了多项案例，但有案例未标明类别，无法核对是否为不同层级。',
    },
    resubmission: {
      similar:
        '与往年案例《{priorTitle}》（{priorSource}）高度相似（相似度 {percent}%，依据：{basis}）；上两个年度申报案例（含内容相关的案例）原则上本年度不再受理。',
    },
    'unit-name': {
      similar: '申报单位“{unit}”与“{other}”可能是同一单位（写法不同），目前按两个单位计数；如是同一单位，合计 {count} 项案例。请核对，或载入单位名单以归并写法。',
      'similar-roster': '申报单位“{unit}”不在单位名单中，可能是名单中的“{other}”；目前单独计数，请核对，或在名单中补充这一写法。',
      unlisted: '申报单位“{unit}”不在单位名单（{roster}）中，目前单独计数；请核对单位名称，或在名单中补充这一写法。',
      'not-submitted': '单位名单中有 {count} 个单位没有报送案例：{units}。',
    },
    'scan-missing': {
      unit: '申报单位“{unit}”的 {count} 项案例没有找到首页盖章扫描件；通知要求提交纸质版首页加盖分党委公章后的扫描件。',
      case: '没有找到“{file}”的首页盖章扫描件（申报单位“{unit}”的扫描件各自对应其他案例）；通知要求提交纸质版首页加盖分党委公章后的扫描件。',
      unpaired: '扫描件“{file}”无法对应到申报单位或案例（文件名和所在文件夹都没有线索），请人工核对。',
    },
    'file-format': {
      doc: '“{file}”是旧版 Word 97-2003 文档（.doc），需在 Word 中“另存为” .docx 后再提交。',
      wps: '“{file}”是 WPS 文字文档（.wps），需在 WPS 中“另存为” Word 文档（.docx）后再提交。',
      pdf: '“{file}”是 PDF 文件，通知要求提交 Word 版电子文档（.docx）。',
      rtf: '“{file}”是 RTF 文档，请另存为 Word 文档（.docx）。',
      encrypted: '“{file}”设置了打开密码（已加密），无法读取；需去掉密码后重新保存为 .docx 再提交（审核时请向报送单位索取无密码的版本）。',
      empty: '“{file}”是空文件（0 字节），可能在上传或复制时出错；请重新获取原文件（审核时请向报送单位重新索取）。',
      corrupt: '“{file}”已损坏，无法作为 .docx 读取：{detail}',
      'zip-bomb': '“{file}”解压后体积异常（疑似压缩炸弹），已拒绝读取：{detail}',
      'unsafe-xml': '“{file}”含有 DTD 或实体声明（正常的 Word 文档不会包含，可能是恶意构造的文件），出于安全考虑拒绝读取。',
      'too-large': '“{file}”过大（{sizeMb} MB，上限 {maxMb} MB），已跳过；正常的案例连同图片只有几 MB。',
      limit: '“{file}”超出检查上限，已停止读取：{detail}',
      timeout: '检查“{file}”超过 {seconds} 秒仍未完成，已停止（正常的案例不到 1 秒）；文件可能已损坏或是恶意构造的。',
      crashed: '检查“{file}”时出错（{detail}），已跳过这个文件；其余文件照常检查。',
      'not-docx': '“{file}”不是 Word 文档（.docx）：{detail}',
      'lock-file': '“{file}”是 Word 打开文档时留下的临时锁定文件（~$ 开头），不是案例文件。',
      'unlisted-folder': '文件夹“{path}”无法打开（{detail}），其中的文件都没有检查；请检查权限后重新运行。',
      unreadable: '“{file}”无法读取：{detail}',
    },
  },
  en: {
    'unit-quota': {
      over: 'Unit "{unit}" submitted {count} cases; each unit may submit at most {max}.',
      'over-spellings': 'Unit "{unit}" submitted {count} cases (its covers spell it {spellings}); each unit may submit at most {max}.',
      'unit-unknown': 'No submitting unit found in this file (the cover field is empty or missing); the quota cannot be checked.',
    },
    'unit-levels': {
      'same-level': 'The {count} cases of unit "{unit}" are all of category "{category}"; two cases must come from different levels.',
      'level-unknown': 'Unit "{unit}" submitted several cases, but some declare no category; levels cannot be checked.',
    },
    resubmission: {
      similar:
        'Very similar to the earlier case "{priorTitle}" ({priorSource}): {percent}% by {basisId}. Cases submitted in the last 2 years are not accepted again.',
    },
    'unit-name': {
      similar: 'Units "{unit}" and "{other}" are probably one unit spelled two ways; they are counted apart ({count} cases together). Check, or load a unit roster.',
      'similar-roster': 'Unit "{unit}" is not in the roster; it is probably "{other}". Counted apart: check, or add this spelling to the roster.',
      unlisted: 'Unit "{unit}" is not in the roster ({roster}); counted apart. Check the name, or add this spelling to the roster.',
      'not-submitted': '{count} units of the roster sent no case: {units}.',
    },
    'scan-missing': {
      unit: 'No stamped first-page scan found for the {count} cases of unit "{unit}".',
      case: 'No stamped first-page scan found for "{file}" (the scans of unit "{unit}" name other cases).',
      unpaired: 'The scan "{file}" cannot be matched to a unit or case (neither its name nor its folder tells).',
    },
    'file-format': {
      doc: '"{file}" is a legacy Word 97-2003 document (.doc); ask for it saved as .docx.',
      wps: '"{file}" is a WPS Writer document (.wps); ask for it saved as a Word document (.docx).',
      pdf: '"{file}" is a PDF; the notice asks for a Word document (.docx).',
      rtf: '"{file}" is an RTF document; save it as .docx.',
      encrypted: '"{file}" is password-protected (encrypted) and cannot be read; ask for a copy without the password.',
      empty: '"{file}" is empty (0 bytes); ask for the file again.',
      corrupt: '"{file}" is damaged and cannot be read as .docx: {detail}',
      'zip-bomb': '"{file}" inflates to an abnormal size (a zip bomb?) and was refused: {detail}',
      'unsafe-xml': '"{file}" contains a DTD or entity declarations (never in a normal Word document) and was refused.',
      'too-large': '"{file}" is too large ({sizeMb} MB, limit {maxMb} MB) and was skipped.',
      limit: '"{file}" exceeds a limit of the checker and was not read: {detail}',
      timeout: 'Checking "{file}" took more than {seconds} s and was stopped; the file may be damaged or crafted.',
      crashed: 'Checking "{file}" failed ({detail}); the file was skipped, the others were checked.',
      'not-docx': '"{file}" is not a Word document (.docx): {detail}',
      'lock-file': '"{file}" is a Word lock file (~$…), not a case.',
      'unlisted-folder': 'The folder "{path}" could not be opened ({detail}); none of its files were checked.',
      unreadable: '"{file}" cannot be read: {detail}',
    },
  },
};

/** Render a batch message; unknown ids fall back to the id itself so that nothing is silently blank. */
export function formatBatchMessage(ruleId: string, messageId: string, data: DiagnosticData, locale: Locale = 'zh-CN'): string {
  const template = BATCH_MESSAGES[locale]?.[ruleId]?.[messageId] ?? BATCH_MESSAGES['zh-CN'][ruleId]?.[messageId];
  if (template === undefined) return `${ruleId}/${messageId}`;
  return template.replace(/\{(\w+)\}/g, (m, key: string) => {
    const v = data[key];
    return v === undefined || v === null ? m : String(v);
  });
}

/** Column headers and labels shared by the review table, the CSV/XLSX exports and the page. Severity words come from src/core/severity.ts. */
export const TABLE_LABELS: Record<Locale, Record<string, string>> = {
  'zh-CN': {
    file: '文件',
    unit: '申报单位',
    title: '案例名称',
    category: '类别',
    contact: '联系人',
    phone: '联系电话',
    summaryWords: '简介字数',
    bodyWords: '正文字数',
    pictureGroups: '图片组数',
    scans: '首页扫描件',
    errors: SEVERITY_WORDS['zh-CN'].error,
    warnings: SEVERITY_WORDS['zh-CN'].warning,
    problems: '主要问题',
    batchProblems: '批次问题',
    decision: '审核结论',
    opinion: '审核意见',
    ruleId: '规则',
    severity: '级别',
    where: '位置',
    message: '说明',
    'severity.error': SEVERITY_WORDS['zh-CN'].error,
    'severity.warning': SEVERITY_WORDS['zh-CN'].warning,
    'severity.info': SEVERITY_WORDS['zh-CN'].info,
    unreadable: '无法读取',
    'kind.scan': '盖章扫描件',
    'kind.ignored': '已忽略',
    'ignored.lock-file': 'Word 打开文档时留下的临时锁定文件（~$ 开头），不是案例，已忽略。',
    'ignored.system-file': 'Windows 自动生成的系统文件，不是案例，已忽略。',
    'scan.case': '对应案例：{file}',
    'scan.unit': '对应申报单位：{unit}',
    'scan.none': '未能对应到申报单位',
    noScan: '无',
  },
  en: {
    file: 'File',
    unit: 'Unit',
    title: 'Title',
    category: 'Category',
    contact: 'Contact',
    phone: 'Phone',
    summaryWords: 'Summary words',
    bodyWords: 'Body words',
    pictureGroups: 'Picture groups',
    scans: 'Stamped scan',
    errors: 'Errors',
    warnings: 'Warnings',
    problems: 'First problems',
    batchProblems: 'Batch problems',
    decision: 'Review decision',
    opinion: 'Reviewer',
    ruleId: 'Rule',
    severity: 'Severity',
    where: 'Where',
    message: 'Message',
    'severity.error': SEVERITY_WORDS.en.error,
    'severity.warning': SEVERITY_WORDS.en.warning,
    'severity.info': SEVERITY_WORDS.en.info,
    unreadable: 'unreadable',
    'kind.scan': 'stamped scan',
    'kind.ignored': 'ignored',
    'ignored.lock-file': 'A Word lock file (~$…), not a case; ignored.',
    'ignored.system-file': 'A file Windows leaves in folders, not a case; ignored.',
    'scan.case': 'For case: {file}',
    'scan.unit': 'For unit: {unit}',
    'scan.none': 'Not matched to a unit',
    noScan: 'none',
  },
};
