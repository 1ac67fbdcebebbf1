/** Reports and items for batch rule tables: only what batch rules read. */
import neu from '../../../src/profiles/neu-2024.json';
import type { Profile } from '../../../src/core/profile/types';
import type { Diagnostic, PartReport, Report } from '../../../src/core/report';
import type { BatchItem } from '../../../src/core/batch';
import { ZERO_COUNTS } from '../../../src/core/count';

export const PROFILE = neu as unknown as Profile;

/** The review table's headers (issue 11: 联系人, 联系电话, 首页扫描件; 错误 and 警告), written out by hand. */
export const REVIEW_HEADERS = ['文件', '申报单位', '案例名称', '类别', '联系人', '联系电话', '简介字数', '正文字数', '图片组数', '首页扫描件', '错误', '警告', '主要问题', '批次问题'];

export function profileWith(batch: Partial<Profile['batch']>): Profile {
  return { ...PROFILE, batch: { ...PROFILE.batch, ...batch } };
}

function field(id: 'unit' | 'title' | 'contact' | 'phone', label: string, value: string | undefined): PartReport {
  return {
    id,
    label,
    found: value !== undefined,
    value,
    counts: { words: 0, charsNoSpaces: 0, charsWithSpaces: 0 },
  };
}

export function fakeReport(
  o: { unit?: string; title?: string; category?: string; contact?: string; phone?: string; diagnostics?: Diagnostic[]; summaryWords?: number; bodyWords?: number; pictures?: number } = {},
): Report {
  const diags = o.diagnostics ?? [];
  const c = (words: number) => ({ words, charsNoSpaces: words, charsWithSpaces: words });
  const parts: Report['parts'] = { unit: field('unit', '申报单位（盖章）', o.unit), title: field('title', '案例名称', o.title) };
  if (o.contact !== undefined) parts.contact = field('contact', '联系人', o.contact);
  if (o.phone !== undefined) parts.phone = field('phone', '联系电话', o.phone);
  if (o.summaryWords !== undefined) parts.summary = { id: 'summary', label: '案例简介', found: true, counts: c(o.summaryWords) };
  if (o.bodyWords !== undefined) parts.body = { id: 'body', label: '案例正文', found: true, counts: c(o.bodyWords) };
  return {
    profile: PROFILE.id,
    metric: 'words',
    category: o.category,
    parts,
    pictures: Array.from({ length: o.pictures ?? 0 }, (_, i) => ({ index: i + 1, paragraphs: [i], pictureCount: 1 })),
    diagnostics: diags,
    counts: { ...ZERO_COUNTS },
    summary: {
      errors: diags.filter((d) => d.severity === 'error').length,
      warnings: diags.filter((d) => d.severity === 'warning').length,
      infos: diags.filter((d) => d.severity === 'info').length,
    },
  };
}

export function item(file: string, o: Parameters<typeof fakeReport>[0] & { text?: string } = {}): BatchItem {
  return { file, report: fakeReport(o), text: o.text };
}

export function bad(file: string, code: string, message = '无法读取'): BatchItem {
  return { file, error: { code, message } };
}
