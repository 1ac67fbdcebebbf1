/**
 * The author in control, in the pane (jsdom, with a recording DocumentSource): 忽略此处 and
 * 恢复, 上一个 / 下一个 (buttons and Alt+↑ / Alt+↓), 插入此部分, 选中说明文字, and the style
 * hints switched off. Nothing is written unless the author clicks.
 */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App } from '../../src/taskpane/App';
import { DocumentSourceProvider } from '../../src/taskpane/DocumentSourceContext';
import { NEU_2024 } from '../../src/core/profile';
import { checkCase } from '../../src/core/engine';
import { DocumentSourceError } from '../../src/word/types';
import { han, validBranchCase } from '../helpers/case-doc';
import { listingCase, warningAndHintCase } from '../helpers/author-cases';
import { FakeSource } from './fake-source';
import { fluentInJsdom } from '../helpers/jsdom-fluent';


fluentInJsdom();

function renderPane(source: FakeSource) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <DocumentSourceProvider source={source}>
        <App profile={NEU_2024} />
      </DocumentSourceProvider>
    </FluentProvider>,
  );
}

/** The summary has 150 字 (a warning), 实施背景 names 2015 (a hint). */
const sample = warningAndHintCase;

const SUMMARY_TEXT = 5 + 1; // 案例名称 … 实施起始时间 (5 lines), 案例简介, then its text
const item = (rule: string) => document.querySelector(`li[data-rule="${rule}"]`) as HTMLElement | null;
const summaryLine = () => screen.getAllByText(/^错误 \d+ 项/)[0].textContent;

describe('忽略此处', () => {
  it('a warning is dismissed at once, saved in the document, counted apart, and brought back with 恢复', async () => {
    const source = new FakeSource(sample());
    renderPane(source);
    await waitFor(() => expect(item('summary-length')).not.toBeNull());
    expect(summaryLine()).toBe('错误 0 项，警告 1 项，提示 1 项');
    const fp = checkCase(sample(), NEU_2024).diagnostics.find((d) => d.ruleId === 'summary-length')!.fingerprint!;

    fireEvent.click(within(item('summary-length')!).getByRole('button', { name: '忽略此处' }));
    expect(source.dismissedSaves).toEqual([[fp]]);
    await waitFor(() => expect(summaryLine()).toBe('错误 0 项，警告 0 项，提示 1 项（已忽略 1 项）'));
    const dismissed = screen.getByTestId('dismissed');
    expect(within(dismissed).getByText('已忽略 1 项')).toBeTruthy();
    // Folded until asked for; then each with 恢复.
    fireEvent.click(within(dismissed).getByRole('button', { name: '显示' }));
    fireEvent.click(within(dismissed).getByRole('button', { name: /^恢复：/ }));
    expect(source.dismissedSaves.at(-1)).toEqual([]);
    await waitFor(() => expect(summaryLine()).toBe('错误 0 项，警告 1 项，提示 1 项'));
    expect(item('summary-length')).not.toBeNull();
  });

  it('a failed save puts the problem back and says so', async () => {
    const source = new FakeSource(sample());
    source.saveDismissed = () => Promise.reject(new DocumentSourceError('settings', '无法把“忽略此处”保存到文档中'));
    renderPane(source);
    await waitFor(() => expect(item('period-years')).not.toBeNull());
    fireEvent.click(within(item('period-years')!).getByRole('button', { name: '忽略此处' }));
    await screen.findByText('无法把“忽略此处”保存到文档中');
    await waitFor(() => expect(item('period-years')).not.toBeNull());
    expect(screen.queryByTestId('dismissed')).toBeNull();
  });

  it('errors cannot be dismissed; the warning beside them can', async () => {
    const doc = sample();
    const at = doc.paragraphs.findIndex((p) => p.text === '三、经验启示');
    renderPane(new FakeSource({ ...doc, paragraphs: doc.paragraphs.slice(0, at) }));
    await waitFor(() => expect(item('part-missing')).not.toBeNull());
    expect(within(item('part-missing')!).queryByRole('button', { name: '忽略此处' })).toBeNull();
    expect(within(item('summary-length')!).getByRole('button', { name: '忽略此处' })).toBeTruthy();
  });

  it('the dismissals saved in the document apply from the first report', async () => {
    const source = new FakeSource(sample());
    const fp = checkCase(sample(), NEU_2024).diagnostics.find((d) => d.ruleId === 'period-years')!.fingerprint!;
    source.settings = { dismissed: [fp] };
    renderPane(source);
    await waitFor(() => expect(summaryLine()).toBe('错误 0 项，警告 1 项，提示 0 项（已忽略 1 项）'));
    fireEvent.click(within(screen.getByTestId('dismissed')).getByRole('button', { name: '全部恢复' }));
    expect(source.dismissedSaves).toEqual([[]]);
  });
});

describe('上一个 / 下一个', () => {
  it('walk the problems in document order, selecting each, wrapping round, with 「第 i / n 项」; Alt+↓ and Alt+↑ too', async () => {
    const source = new FakeSource(sample());
    renderPane(source);
    const position = await screen.findByTestId('nav-position');
    await waitFor(() => expect(position.textContent).toBe('共 2 项'));
    const next = screen.getByRole('button', { name: '下一个' });
    const prev = screen.getByRole('button', { name: '上一个' });

    fireEvent.click(next);
    expect(position.textContent).toBe('第 1 / 2 项');
    // The summary first (it comes first in the document), at its heading.
    expect(source.selects.at(-1)).toMatchObject({ paragraph: SUMMARY_TEXT - 1 });
    expect(item('summary-length')!.getAttribute('aria-current')).toBe('true');
    fireEvent.click(next);
    expect(position.textContent).toBe('第 2 / 2 项');
    // The year, as a span of 实施背景's text: "早在2015年" → offsets 2 to 6.
    expect(source.selects.at(-1)).toEqual({ paragraph: SUMMARY_TEXT + 2, start: 2, end: 6 });
    fireEvent.click(next);
    expect(position.textContent).toBe('第 1 / 2 项');

    act(() => void fireEvent.keyDown(window, { key: 'ArrowUp', altKey: true }));
    expect(position.textContent).toBe('第 2 / 2 项');
    act(() => void fireEvent.keyDown(window, { key: 'ArrowDown', altKey: true }));
    expect(position.textContent).toBe('第 1 / 2 项');
    fireEvent.click(prev);
    expect(position.textContent).toBe('第 2 / 2 项');
    expect(source.selects).toHaveLength(6);
  });

  it('after the current problem is dismissed, 下一个 goes on from where it was', async () => {
    const source = new FakeSource(sample());
    renderPane(source);
    const position = await screen.findByTestId('nav-position');
    await waitFor(() => expect(position.textContent).toBe('共 2 项'));
    fireEvent.click(screen.getByRole('button', { name: '下一个' }));
    fireEvent.click(within(item('summary-length')!).getByRole('button', { name: '忽略此处' }));
    await waitFor(() => expect(position.textContent).toBe('共 1 项'));
    fireEvent.click(screen.getByRole('button', { name: '下一个' }));
    expect(position.textContent).toBe('第 1 / 1 项');
    expect(source.selects.at(-1)).toEqual({ paragraph: SUMMARY_TEXT + 2, start: 2, end: 6 });
  });
});

describe('fixes on request', () => {
  it('插入此部分 hands the gateway the template\'s heading and prompt after 主要做法, once per click, then re-reads', async () => {
    const doc = validBranchCase().build();
    const at = doc.paragraphs.findIndex((p) => p.text === '三、经验启示');
    const without = { ...doc, paragraphs: doc.paragraphs.slice(0, at) };
    const source = new FakeSource(without);
    renderPane(source);
    await waitFor(() => expect(item('part-missing')).not.toBeNull());
    const readsBefore = source.reads;
    expect(source.partInserts).toEqual([]);
    fireEvent.click(within(item('part-missing')!).getByRole('button', { name: '插入此部分' }));
    await waitFor(() => expect(source.partInserts).toHaveLength(1));
    const plan = source.partInserts[0];
    expect(plan.anchor).toEqual({ paragraph: at - 1, text: '图1 支部书记讲党课', where: 'After' });
    expect(plan.blocks).toEqual([
      { style: 'Heading1', text: '三、经验启示' },
      { style: 'Normal', text: '【提炼可复制、可推广的经验和启示，说明对同类型党组织的借鉴意义】' },
    ]);
    await screen.findByText(/^已插入“经验启示”的标题和提示文字/);
    await waitFor(() => expect(source.reads).toBeGreaterThan(readsBefore));
  });

  it('选中说明文字 selects the caption without its label and says how many 字 to cut', async () => {
    const doc = validBranchCase().build();
    const at = doc.paragraphs.findIndex((p) => p.text === '图1 支部书记讲党课');
    doc.paragraphs[at].text = `图1 ${han(23)}`;
    const source = new FakeSource(doc);
    renderPane(source);
    await waitFor(() => expect(item('caption-length')).not.toBeNull());
    fireEvent.click(within(item('caption-length')!).getByRole('button', { name: '选中说明文字' }));
    await within(item('caption-length')!).findByText('已选中：需删去 3 字（现 23 字，上限 20 字）。');
    expect(source.selects.at(-1)).toEqual({ paragraph: at, start: 3, end: 26 });
  });

  it('如何删减 shows how much each section must lose, on request', async () => {
    const doc = validBranchCase().build();
    const practice = doc.paragraphs.findIndex((p) => p.text === '二、主要做法') + 1;
    doc.paragraphs[practice].text = han(900);
    renderPane(new FakeSource(doc));
    await waitFor(() => expect(item('body-length')).not.toBeNull());
    expect(screen.queryByTestId('cut-plan')).toBeNull();
    fireEvent.click(within(item('body-length')!).getByRole('button', { name: '如何删减' }));
    const plan = screen.getByTestId('cut-plan');
    // 1506 − 1200: 306 字 over. Sections 306 + 906 + 276 (with headings); caption in 主要做法.
    expect(plan.textContent).toMatch(/^正文共 \d+ 字，需删去 \d+ 字。/);
    expect(within(plan).getAllByRole('listitem')[0].textContent).toMatch(/^主要做法：删去约 \d+ 字/);
  });
});

describe('style hints switched off', () => {
  const listing = listingCase;

  it('不再提示此类 saves the switch with the settings; the switch turns it back on', async () => {
    const source = new FakeSource(listing());
    source.settings = { category: 'branch.teacher' };
    renderPane(source);
    await waitFor(() => expect(item('listing-heavy')).not.toBeNull());
    fireEvent.click(within(item('listing-heavy')!).getByRole('button', { name: '不再提示此类' }));
    expect(source.saved.at(-1)).toEqual({ category: 'branch.teacher', hintsOff: ['listing-heavy'] });
    await waitFor(() => expect(item('listing-heavy')).toBeNull());
    expect(screen.getByTestId('hints-off').textContent).toBe('本文档已关闭的提示：“简单罗列”');
    const toggle = screen.getByRole('switch', { name: '提示“简单罗列”' }) as HTMLInputElement;
    expect(toggle.checked).toBe(false);
    fireEvent.click(toggle);
    expect(source.saved.at(-1)).toEqual({ category: 'branch.teacher', hintsOff: undefined });
    await waitFor(() => expect(item('listing-heavy')).not.toBeNull());
  });
});
