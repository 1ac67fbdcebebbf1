/**
 * 简体中文消息：写给案例作者看。每条消息说出是哪一部分（用配置文件中的名称，如“案例简介”）、
 * 实际数字和要求，必要时说明怎么改。占位符 `{name}` 取自诊断的 data。
 */
import type { Catalogue, MessageData } from './types';

const around = (more: boolean, far: boolean) => (d: MessageData, u: string) =>
  `${d.partLabel}共 ${d.actual} ${u}，${far ? '明显' : ''}${more ? '多于' : '少于'}${d.categoryLabel ? `${d.categoryLabel}案例` : ''}“${d.limit} ${u}左右”的要求（${more ? '多' : '少'} ${d.diff} ${u}；宜在 ${d.low}～${d.high} ${u}之间）。`;

/** A part against its own limit (summary-length and part-length say it alike). */
const partLengthMessages = {
  over: (d: MessageData, u: string) => `${d.partLabel}共 ${d.actual} ${u}，超过“${d.limit} ${u}以内”的要求（多 ${d.diff} ${u}）。`,
  near: (d: MessageData, u: string) => `${d.partLabel}共 ${d.actual} ${u}，接近“${d.limit} ${u}以内”的上限（还可写 ${d.diff} ${u}）。`,
  short: around(false, false),
  long: around(true, false),
  'far-short': around(false, true),
  'far-long': around(true, true),
};

/** `2022 年 12 月`, `2022 年`: numbers set off by spaces, as in every other message. */
function yearMonth(year: unknown, month: unknown): string {
  return typeof month === 'number' ? `${year} 年 ${month} 月` : `${year} 年`;
}

/** `2024-11-27` → `2024 年 11 月 27 日`. */
function isoDate(value: unknown): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(value));
  return m ? `${Number(m[1])} 年 ${Number(m[2])} 月 ${Number(m[3])} 日` : String(value);
}

export const zhCN: Catalogue = {
  locale: 'zh-CN',
  units: { words: '字', charsNoSpaces: '个字符', charsWithSpaces: '个字符（计空格）' },
  // The notice's own words: 避免对工作成果的简单总结和罗列；避免就党建谈党建.
  hintNames: { 'listing-heavy': '简单罗列', 'integration-weak': '就党建谈党建' },
  messages: {
    'category-missing': {
      missing: '尚未确定案例类别：请在封面“{fieldLabel}”一栏写明“{choices}”之一，或在检查时选择类别。不同类别的正文字数要求不同。',
      unknown: '无法识别案例类别“{value}”：请写明“{choices}”之一。',
    },
    'category-mismatch': {
      mismatch: '实施党组织“{org}”是{orgCategoryLabel}，但案例类别为“{categoryLabel}”。请核对案例类别或实施党组织。',
    },
    'branch-subtype-missing': {
      missing: '{categoryLabel}案例请注明党支部类型（{subtypes}），各类党支部的总结重点不同。',
      unticked: '封面“{fieldLabel}”一栏尚未勾选：请勾选一项（{subtypes}），各类党支部的总结重点不同。',
    },
    'part-missing': {
      field: '封面缺少“{partLabel}”一栏。',
      summary: '缺少“{partLabel}”：请在正文前写一段案例简介，阐述案例的基本内容、亮点特色和主要成效。',
      section: '案例正文缺少“{partLabel}”部分。正文应包括{sections}。',
      'section-candidate': '案例正文缺少“{partLabel}”部分。找到了标题“{seen}”：它是不是{partLabel}？如果是，请把标题改为“{suggested}”。',
      'section-unlabelled':
        '案例正文缺少“{partLabel}”部分。正文开头有 {paragraphs} 段没有标题的文字（{words} {unit}）：如果这是{partLabel}，请在它前面加上标题“{partLabel}”。',
    },
    'part-empty': {
      field: '封面“{partLabel}”一栏尚未填写。',
      part: '“{partLabel}”部分还没有内容。',
    },
    'placeholder-left': {
      placeholder: (d) => `${d.partLabel ? `“${d.partLabel}”中` : '文档中'}还留有模板提示文字“${d.text}”，请替换为案例内容或删除。`,
    },
    'part-order': {
      order: '正文各部分的顺序应为 {expected}，当前为 {actual}。',
      'extra-section': (d, u) =>
        `正文中的“${d.label}”（${d.words} ${u}）不属于${d.sections}中的任何一部分：正文总字数计入了它，各部分的字数都没有计入。${d.practiceLabel ? `通知规定“${d.practiceLabel}”中可以包含成果成效，` : ''}请把这部分内容并入相应部分，或把标题改为其中之一。`,
    },
    'part-duplicate': {
      duplicate: '“{partLabel}”出现了不止一次（“{label}”处再次出现），请合并为一处。',
      repeated:
        '文件中有 {paragraphs} 段文字被重复保存了多遍（最多 {copies} 遍），涉及{parts}。用 LibreOffice 或 WPS 保存带内容控件的旧版模板时会出现这种情况。以上字数已按每段只写一遍计算；请删去重复的文字（或把内容复制到新下载的模板中）后重新保存。',
    },
    'summary-length': {
      ...partLengthMessages,
      'boundary-guess':
        '案例简介与正文之间没有标题，已把前 {paragraphs} 段（{words} {unit}）算作案例简介，其后 {restParagraphs} 段（{restWords} {unit}）算作正文的开头。如果分得不对，请在正文开始处加上标题（如“{sectionLabel}”）。',
    },
    'part-length': partLengthMessages,
    'body-length': {
      over: (d, u) =>
        `${d.partLabel}共 ${d.actual} ${u}，超过${d.categoryLabel ? `${d.categoryLabel}案例` : ''}“${d.limit} ${u}以内”的要求（多 ${d.diff} ${u}）。`,
      near: (d, u) =>
        `${d.partLabel}共 ${d.actual} ${u}，接近${d.categoryLabel ? `${d.categoryLabel}案例` : ''}“${d.limit} ${u}以内”的上限（还可写 ${d.diff} ${u}）。`,
      short: around(false, false),
      long: around(true, false),
      'far-short': around(false, true),
      'far-long': around(true, true),
    },
    'picture-count': {
      'too-many': '图片共 {actual} 组，超过“{sectionLabel}”部分“{max} 张以内”的要求（多 {diff} 组）。相同类型的图片可合并为组图。',
      'too-few': (d) => `图片共 ${d.actual} 组，少于要求的 ${d.min} 张（组）（少 ${d.diff} 组）：请在“${d.sectionLabel}”部分补充图片，并注明配图内容。`,
    },
    'picture-outside-practice': {
      outside: '第 {group} 组图片位于“{partLabel}”，图片应配在“{sectionLabel}”部分。',
      'outside-body': '第 {group} 组图片不在案例正文的任何部分中，图片应配在“{sectionLabel}”部分。',
    },
    'caption-missing': {
      missing: (d, u) => `第 ${d.group} 组图片没有配图说明，请用 ${d.max} ${u}${d.kind === 'around' ? '左右' : '以内'}的文字注明配图内容。`,
      empty: (d, u) => `第 ${d.group} 组图片的说明只有编号“${d.label}”，请用 ${d.max} ${u}${d.kind === 'around' ? '左右' : '以内'}的文字注明配图内容。`,
    },
    'caption-length': {
      'too-long': '第 {group} 组图片的说明有 {actual} {unit}，超过 {max} {unit}。',
      long: (d, u) => `第 ${d.group} 组图片的说明有 ${d.actual} ${u}，多于“${d.limit} ${u}左右”的要求（宜在 ${d.low}～${d.high} ${u}之间）。`,
      'far-long': (d, u) => `第 ${d.group} 组图片的说明有 ${d.actual} ${u}，明显多于“${d.limit} ${u}左右”的要求（宜在 ${d.low}～${d.high} ${u}之间）。`,
    },
    'period-range': {
      'too-old': (d) => `实施起始时间为 ${yearMonth(d.year, d.month)}，早于 ${d.earliestYear} 年，不符合“近 ${d.withinYears} 年内组织开展”的要求。`,
      'too-recent': (d) =>
        `实施起始时间为 ${yearMonth(d.year, d.month)}，到截止日期（${isoDate(d.deadline)}）实施不满 ${d.minYears} 年；应不晚于 ${yearMonth(d.latestYear, d.latestMonth)}开始。`,
      unreadable: '无法识别实施起始时间“{value}”，请写成“2021年9月”这样的年月。',
    },
    'period-years': {
      'early-year': (d) =>
        `正文提到 ${String(d.years ?? d.year)
          .split(',')
          .join('、')} 年，早于 ${d.earliestYear} 年。主体工作应为近 ${d.withinYears} 年内组织开展，请确认。`,
    },
    'listing-heavy': {
      listing: '“{partLabel}”的 {lines} 段中有 {short} 段是简短的条目（{share}%），读来像成果罗列。建议把主要做法展开写清楚，避免简单总结和罗列。',
    },
    'integration-weak': {
      weak: '正文中党建相关的表述共 {mentions} 处，只有 {met} 处（{share}%）同时写到教学、科研、育人、服务等中心工作。建议写清党建如何融入本单位中心工作，避免就党建谈党建。',
    },
  },
};
