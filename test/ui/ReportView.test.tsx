import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { ReportView, locateDiagnostic } from '../../src/ui';
import type { Diagnostic } from '../../src/core/report';
import { sampleReport } from './sample-report';

function renderView(onSelect?: (d: Diagnostic) => void, theme = webLightTheme, locale?: 'zh-CN' | 'en') {
  return render(
    <FluentProvider theme={theme}>
      <ReportView report={sampleReport()} onSelectDiagnostic={onSelect} captionMax={20} locale={locale} />
    </FluentProvider>,
  );
}

describe('ReportView', () => {
  it('shows each part with its length against its limit and its state', () => {
    renderView();
    const summary = screen.getByRole('progressbar', { name: /案例简介/ });
    expect(summary.getAttribute('aria-valuetext')).toBe('120 字 / 200 字左右 · 明显过短');
    const body = screen.getByRole('progressbar', { name: /案例正文/ });
    expect(body.getAttribute('aria-valuetext')).toBe('1040 字 / 1000 字左右 · 合适');
    expect(body.getAttribute('aria-valuenow')).toBe('1000');
    expect(body.getAttribute('aria-valuemax')).toBe('1000');
  });

  it('breaks the body total down by section', () => {
    renderView();
    const breakdown = screen.getByRole('list', { name: /案例正文：实施背景、主要做法、经验启示/ });
    const items = within(breakdown).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual(['实施背景306 字', '主要做法455 字', '经验启示279 字']);
  });

  it('marks cover fields found or missing', () => {
    const { container } = renderView();
    expect(container.querySelector('[data-part="title"]')?.textContent).toBe('案例名称：党建引领实践育人已填写');
    expect(container.querySelector('[data-part="unit"]')?.textContent).toBe('申报单位（盖章）未找到');
  });

  it('with the required parts known, an absent optional field is optional, a required one missing', () => {
    const report = sampleReport();
    report.parts.org = { id: 'org', label: '实施党组织', found: false, counts: { words: 0, charsNoSpaces: 0, charsWithSpaces: 0 } };
    const { container } = render(
      <FluentProvider theme={webLightTheme}>
        <ReportView report={report} requiredParts={['title', 'unit', 'summary']} />
      </FluentProvider>,
    );
    expect(container.querySelector('[data-part="org"]')?.textContent).toBe('实施党组织未填写（选填）');
    expect(container.querySelector('[data-part="unit"]')?.textContent).toBe('申报单位（盖章）未找到');
  });

  it('lists picture groups with caption lengths, flagging a long or missing caption', () => {
    renderView();
    const long = screen.getByRole('progressbar', { name: /第 2 组/ });
    expect(long.getAttribute('aria-valuetext')).toBe('23 字 / 20 字以内');
    expect(screen.getByRole('progressbar', { name: /第 1 组/ }).getAttribute('aria-valuetext')).toBe('6 字 / 20 字以内');
    expect(screen.getByText('第 3 组（1 张）').closest('li')?.textContent).toContain('缺少配图说明');
  });

  it('groups diagnostics by severity, errors first', () => {
    const { container } = renderView(() => undefined);
    const groups = [...container.querySelectorAll('[data-severity]')].map((g) => [
      g.getAttribute('data-severity'),
      g.querySelectorAll('li').length,
    ]);
    expect(groups).toEqual([
      ['error', 4],
      ['warning', 1],
    ]);
    expect(screen.getByRole('status').textContent).toBe('错误 4 项，警告 1 项，提示 0 项');
  });

  it('calls onSelect with the diagnostic when its button is clicked', () => {
    const selected: Diagnostic[] = [];
    renderView((d) => selected.push(d));
    fireEvent.click(screen.getByRole('button', { name: /配图说明 23 字/ }));
    expect(selected.map((d) => d.ruleId)).toEqual(['caption-length']);
  });

  it('is keyboard operable: Tab reaches the items and Enter selects', async () => {
    const selected: string[] = [];
    renderView((d) => selected.push(d.ruleId));
    const user = userEvent.setup();
    await user.tab();
    expect(document.activeElement?.getAttribute('aria-label')).toMatch(/^错误：/);
    await user.keyboard('{Enter}');
    await user.tab();
    await user.keyboard(' ');
    expect(selected).toEqual(['caption-length', 'summary-length']);
  });

  it('an item that selects its place says so before it is clicked (定位), and a read-only item does not', () => {
    const { container } = renderView(() => undefined);
    const button = screen.getByRole('button', { name: /配图说明 23 字/ });
    expect(button.textContent).toMatch(/定位 ›$/);
    const note = screen.getByRole('note', { name: /缺少“申报单位（盖章）”/ });
    expect(note.textContent).not.toContain('定位');
    expect(container.querySelectorAll('[data-rule] button').length).toBe(screen.getAllByText('定位 ›').length);
  });

  it('does not offer a button for a problem with no place (a missing part)', () => {
    renderView(() => undefined);
    expect(screen.queryByRole('button', { name: /申报单位/ })).toBeNull();
    expect(screen.getByRole('note', { name: /缺少“申报单位（盖章）”/ })).toBeTruthy();
  });

  it('renders read-only (no buttons) without onSelect, and in the dark theme and English', () => {
    renderView(undefined, webDarkTheme, 'en');
    expect(screen.queryAllByRole('button')).toHaveLength(0);
    expect(screen.getByRole('status').textContent).toBe('4 errors, 1 warning, 0 notes');
    expect(screen.getByRole('progressbar', { name: /案例简介/ }).getAttribute('aria-valuetext')).toBe(
      '120 words / about 200 words · far too short',
    );
  });
});

describe('locateDiagnostic', () => {
  const report = sampleReport();
  const byRule = (id: string) => report.diagnostics.find((d) => d.ruleId === id)!;
  it('prefers the span, then the caption paragraph, then the part start', () => {
    expect(locateDiagnostic(byRule('placeholder-left'), report)).toEqual({ paragraph: 7, start: 2, end: 6 });
    expect(locateDiagnostic(byRule('caption-length'), report)).toEqual({ part: 'caption', group: 2, paragraph: 10 });
    expect(locateDiagnostic(byRule('picture-outside-practice'), report)).toEqual({ part: 'picture', group: 3, paragraph: 11 });
    expect(locateDiagnostic(byRule('summary-length'), report)).toEqual({ part: 'summary', paragraph: 2 });
    expect(locateDiagnostic(byRule('part-missing'), report)).toBeUndefined();
  });
});
