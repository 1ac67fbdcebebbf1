/**
 * The shared result view (checker page, drawer, pane) shows what the author dismissed and
 * switched off: 已忽略 N 项 beside the summary and as a folded list, and the hints that are
 * off. Read-only where the host cannot write the document (no 恢复 on the page).
 */
import { fireEvent, render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { ReportView } from '../../src/ui';
import { checkCase } from '../../src/core/engine';
import { NEU_2024 } from '../../src/core/profile';
import type { CaseDocument } from '../../src/core/model/types';
import { warningAndHintCase } from '../helpers/author-cases';

/** Summary of 150 字 (a warning), 2015 named in 实施背景 (a hint). */
const doc = warningAndHintCase;

function renderReport(settings: CaseDocument['settings'], onRestore?: (f?: string[]) => void, locale: 'zh-CN' | 'en' = 'zh-CN') {
  const report = checkCase({ ...doc(), settings }, NEU_2024, { locale });
  render(
    <FluentProvider theme={webLightTheme}>
      <ReportView report={report} locale={locale} onRestore={onRestore} />
    </FluentProvider>,
  );
  return report;
}

const fingerprintOf = (rule: string) => checkCase(doc(), NEU_2024).diagnostics.find((d) => d.ruleId === rule)!.fingerprint!;

describe('dismissed problems in the shared view', () => {
  it('the page: 已忽略 1 项 beside the counts, the list folded, no 恢复', () => {
    renderReport({ dismissed: [fingerprintOf('summary-length')] });
    expect(screen.getByRole('status').textContent).toBe('错误 0 项，警告 0 项，提示 1 项（已忽略 1 项）');
    const box = screen.getByTestId('dismissed');
    expect(within(box).queryByText(/^警告：/)).toBeNull();
    fireEvent.click(within(box).getByRole('button', { name: '显示' }));
    expect(within(box).getByText(/^警告：案例简介共 150 字/)).toBeTruthy();
    expect(within(box).getByText('案例简介')).toBeTruthy();
    expect(within(box).queryByRole('button', { name: /恢复/ })).toBeNull();
    expect(document.querySelector('li[data-rule="summary-length"]')?.closest('[data-testid=dismissed]')).toBe(box);
  });

  it('the pane: 恢复 one, or 全部恢复', () => {
    const restore = jest.fn();
    const fp = fingerprintOf('period-years');
    renderReport({ dismissed: [fp] }, restore);
    const box = screen.getByTestId('dismissed');
    fireEvent.click(within(box).getByRole('button', { name: '全部恢复' }));
    expect(restore).toHaveBeenLastCalledWith();
    fireEvent.click(within(box).getByRole('button', { name: '显示' }));
    fireEvent.click(within(box).getByRole('button', { name: /^恢复：正文提到 2015 年/ }));
    expect(restore).toHaveBeenLastCalledWith([fp]);
  });


  it('names the style hints switched off', () => {
    renderReport({ hintsOff: ['integration-weak', 'listing-heavy'] });
    expect(screen.getByTestId('hints-off').textContent).toBe('本文档已关闭的提示：“简单罗列”、“就党建谈党建”');
  });

  it('in English', () => {
    renderReport({ hintsOff: ['listing-heavy'], dismissed: [fingerprintOf('summary-length')] }, undefined, 'en');
    expect(screen.getByRole('status').textContent).toBe('0 errors, 0 warnings, 1 note (1 dismissed)');
    expect(screen.getByTestId('hints-off').textContent).toBe('Notes switched off in this document: “listing results”');
  });
});
