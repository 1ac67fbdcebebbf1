/**
 * The one vocabulary for severities, shared by every front end (the task pane, the
 * checker page, its drawer and filters, the CLI's single-file and folder output, and the
 * .csv/.xlsx review tables). 提示 is *info* everywhere: a likely resubmission, which the
 * notice says is 原则上不再受理, is a 警告, never a 提示. Front ends take their words from
 * here instead of keeping their own copies, so that they cannot drift apart again.
 */
import type { Severity } from './report';

export type SeverityLocale = 'zh-CN' | 'en';

export const SEVERITY_WORDS: Record<SeverityLocale, Readonly<Record<Severity, string>>> = {
  'zh-CN': { error: '错误', warning: '警告', info: '提示' },
  en: { error: 'Error', warning: 'Warning', info: 'Info' },
};

export function severityWord(severity: Severity, locale: SeverityLocale = 'zh-CN'): string {
  return (SEVERITY_WORDS[locale] ?? SEVERITY_WORDS['zh-CN'])[severity];
}
