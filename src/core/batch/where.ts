/**
 * Where a problem is, in words a reviewer finds in Word: the part's name (实施背景), the
 * picture group with its caption (主要做法 · 第 2 组图片的配图说明“图2 平台数据看板”), the
 * paragraph counted from the heading above it (主要做法 · 第 3 段), the cover field
 * (封面 · 申报单位（盖章）). Never an internal id (`document`, `caption`) and never an index
 * into the reader's paragraph list (the 第 23 段 of the whole file, which no one can count).
 */
import type { Diagnostic, PartReport, Report } from '../report';
import { reportContainerIds, reportCoverIds } from '../report-parts';
import type { BatchDiagnostic } from './types';
import type { Locale } from './messages';


const WORDS = {
  'zh-CN': {
    cover: '封面',
    sep: ' · ',
    paragraph: (n: number) => `第 ${n} 段`,
    group: (n: number) => `第 ${n} 组图片`,
    caption: (n: number) => `第 ${n} 组图片的配图说明`,
    quote: (s: string) => `“${s}”`,
    missing: (label: string) => `${label}（未找到）`,
    whole: '全文',
    wholeFile: '整个文件',
    unitField: '封面 · 申报单位（盖章）',
    scan: '首页盖章扫描件',
  },
  en: {
    cover: 'Cover',
    sep: ' · ',
    paragraph: (n: number) => `paragraph ${n}`,
    group: (n: number) => `picture group ${n}`,
    caption: (n: number) => `caption of picture group ${n}`,
    quote: (s: string) => ` "${s}"`,
    missing: (label: string) => `${label} (not found)`,
    whole: 'whole document',
    wholeFile: 'whole file',
    unitField: 'Cover · submitting unit',
    scan: 'stamped first-page scan',
  },
} as const;

function clip(s: string, max: number): string {
  const chars = [...s.trim()];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : chars.join('');
}

function label(report: Report, id: string): string {
  return report.parts[id as keyof Report['parts']]?.label ?? id;
}

/** The paragraph's place below its part's heading (the heading itself is 0). */
function within(part: PartReport, paragraph: number): number | undefined {
  if (part.start === undefined || paragraph <= part.start) return undefined;
  if (part.end !== undefined && paragraph >= part.end) return undefined;
  return paragraph - part.start;
}

export function describeWhere(d: Pick<Diagnostic, 'target' | 'span'>, report: Report, locale: Locale = 'zh-CN'): string {
  const w = WORDS[locale] ?? WORDS['zh-CN'];
  const t = d.target;
  if ((t.part === 'caption' || t.part === 'picture') && t.group !== undefined) {
    const g = report.pictures.find((p) => p.index === t.group);
    const section = g?.part ? label(report, g.part) + w.sep : '';
    const caption = g?.caption ? w.quote(clip(g.caption, 18)) : '';
    return section + (t.part === 'caption' ? w.caption(t.group) : w.group(t.group)) + caption;
  }
  const paragraph = d.span?.paragraph ?? t.paragraph;
  if (t.part !== 'document' && t.part !== 'caption' && t.part !== 'picture') {
    const part = report.parts[t.part];
    const name = label(report, t.part);
    if (reportCoverIds(report).includes(t.part)) return part?.found === false ? w.missing(`${w.cover}${w.sep}${name}`) : `${w.cover}${w.sep}${name}`;
    if (!part?.found) return w.missing(name);
    const k = paragraph !== undefined ? within(part, paragraph) : undefined;
    return k ? `${name}${w.sep}${w.paragraph(k)}` : name;
  }
  if (paragraph !== undefined) {
    // Parts a paragraph can sit in, innermost first (`body` spans the sections).
    const containers = reportContainerIds(report);
    for (const id of containers) {
      const part = report.parts[id];
      if (!part?.found) continue;
      const k = within(part, paragraph);
      if (k) return `${label(report, id)}${w.sep}${w.paragraph(k)}`;
    }
    const first = containers.map((id) => report.parts[id]?.start).filter((s): s is number => s !== undefined);
    if (first.length && paragraph < Math.min(...first)) return w.cover;
  }
  return w.whole;
}

/** Where a batch problem is: the cover's unit field, the whole text, the scan, the file. */
export function describeBatchWhere(d: Pick<BatchDiagnostic, 'ruleId'>, locale: Locale = 'zh-CN'): string {
  const w = WORDS[locale] ?? WORDS['zh-CN'];
  switch (d.ruleId) {
    case 'unit-quota':
    case 'unit-levels':
    case 'unit-name':
      return w.unitField;
    case 'scan-missing':
      return w.scan;
    case 'resubmission':
      return w.whole;
    default:
      return w.wholeFile;
  }
}
