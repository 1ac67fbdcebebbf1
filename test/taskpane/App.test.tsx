import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App } from '../../src/taskpane/App';
import type { Early } from '../../src/taskpane/early';
import type { CaseDocument, CaseSettings } from '../../src/core/model/types';
import { DocumentSourceProvider } from '../../src/taskpane/DocumentSourceContext';
import { guidanceFor } from '../../src/taskpane/components/GuidanceTab';
import { formatDeadline } from '../../src/taskpane/strings';
import { NEU_2024 } from '../../src/core/profile';
import { templateBlocks } from '../../src/template';
import { DocumentSourceError } from '../../src/word/types';
import { caseDoc, han, validBranchCase } from '../helpers/case-doc';
import { FakeSource } from './fake-source';
import { fluentInJsdom } from '../helpers/jsdom-fluent';


fluentInJsdom();

/**
 * Fluent's Dialog keeps its surface aria-hidden until its open motion ends, which jsdom
 * never runs; the end-to-end test checks the real dialog in Chromium.
 */
const inDialog = { hidden: true } as const;

function renderPane(source: FakeSource, action?: 'insertTemplate') {
  return render(
    <FluentProvider theme={webLightTheme}>
      <DocumentSourceProvider source={source}>
        <App profile={NEU_2024} action={action} />
      </DocumentSourceProvider>
    </FluentProvider>,
  );
}

/**
 * The pane with a first read and settings load handed over by the entry. The source itself
 * holds another document and category (学生党支部), so that using it instead would show; the
 * early settings' category (分党委, 2000 字以内) differs from what the early document's cover
 * declares (党支部（教师党支部）, 1000 字左右), so that ignoring them would show too.
 */
function renderWithEarly(initialRead: Early<CaseDocument>, initialSettings: Early<CaseSettings>) {
  const source = new FakeSource(caseDoc().para('x').build());
  source.settings = { category: 'branch.student' };
  const loadSettings = jest.spyOn(source, 'loadSettings');
  render(
    <FluentProvider theme={webLightTheme}>
      <DocumentSourceProvider source={source}>
        <App profile={NEU_2024} initialRead={initialRead} initialSettings={initialSettings} />
      </DocumentSourceProvider>
    </FluentProvider>,
  );
  return { source, loadSettings };
}

describe('task pane', () => {
  it('shows the overview and diagnostics of the document', async () => {
    const source = new FakeSource(validBranchCase().build());
    renderPane(source);
    const body = await screen.findByRole('progressbar', { name: /案例正文/ });
    expect(body.getAttribute('aria-valuetext')).toMatch(/^\d+ 字 \/ 1000 字左右 · /);
    expect(screen.getByRole('status').textContent).toMatch(/^错误 \d+ 项/);
  });

  it('uses the read and settings the entry started before rendering and still waits for, instead of its own', async () => {
    const { source, loadSettings } = renderWithEarly(
      { settled: 'pending', promise: Promise.resolve(validBranchCase().build()) },
      { settled: 'pending', promise: Promise.resolve({ category: 'committee' }) },
    );
    await screen.findByRole('progressbar', { name: /案例正文/ });
    await waitFor(() => expect((screen.getByRole('radio', { name: '分党委（直属党总支）' }) as HTMLInputElement).checked).toBe(true));
    expect(screen.getByRole('progressbar', { name: /案例正文/ }).getAttribute('aria-valuetext')).toMatch(/ \/ 2000 字以内 · /);
    expect(screen.queryByRole('radio', { name: '学生党支部' })).toBeNull();
    expect(source.reads).toBe(0);
    expect(loadSettings).not.toHaveBeenCalled();
  });

  it('renders the report for the saved category at once when the entry already has the read and settings', () => {
    const { source, loadSettings } = renderWithEarly(
      { settled: 'fulfilled', value: validBranchCase().build() },
      { settled: 'fulfilled', value: { category: 'committee' } },
    );
    // Synchronously, in the first render: the saved category's limit (not the cover's 1000 字左右), and it ticked.
    const body = screen.getByRole('progressbar', { name: /案例正文/ });
    expect(body.getAttribute('aria-valuetext')).toMatch(/ \/ 2000 字以内 · /);
    expect((screen.getByRole('radio', { name: '分党委（直属党总支）' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('radio', { name: '党支部' }) as HTMLInputElement).checked).toBe(false);
    expect(source.reads).toBe(0);
    expect(loadSettings).not.toHaveBeenCalled();
  });

  it('a diagnostic button selects its place in the document', async () => {
    // The summary is far too short: summary-length points at the summary part.
    const doc = caseDoc().title('题').unit('单位').category('党支部').summary(han(40)).background(han(300)).practice(han(400)).lessons(han(270)).build();
    const source = new FakeSource(doc);
    renderPane(source);
    const button = await screen.findByRole('button', { name: /案例简介/ });
    fireEvent.click(button);
    await waitFor(() => expect(source.selects).toHaveLength(1));
    // Paragraphs: 0 案例名称, 1 申报单位, 2 类别, 3 the heading 案例简介, 4 its text. The problem has
    // no span, so the place is where the part starts: its heading (locateDiagnostic).
    expect(doc.paragraphs.slice(3, 5).map((p) => p.text)).toEqual(['案例简介', han(40)]);
    expect(source.selects).toEqual([expect.objectContaining({ paragraph: 3 })]);
  });

  it('a failed selection shows a MessageBar, not a console log', async () => {
    const doc = caseDoc().title('题').unit('单位').category('党支部').summary(han(40)).background(han(300)).practice(han(400)).lessons(han(270)).build();
    const source = new FakeSource(doc);
    source.failSelect = new DocumentSourceError('not-found', '无法定位：文档中已没有第 9 段，请稍候重新检查。');
    renderPane(source);
    fireEvent.click(await screen.findByRole('button', { name: /案例简介/ }));
    expect(await screen.findByText(/无法定位：文档中已没有第 9 段/)).toBeTruthy();
  });

  it('a failed read shows the error bar with the gateway’s message until a read succeeds', async () => {
    const source = new FakeSource(validBranchCase().build());
    source.manual = true;
    renderPane(source);
    await waitFor(() => expect(source.pending).toHaveLength(1));
    act(() => source.pending[0].reject(new DocumentSourceError('read', '无法读取文档：Word 没有响应，请稍后点“重新检查”。')));
    const bar = (await screen.findByText('操作未完成')).closest('[role=alert]') as HTMLElement;
    expect(bar.textContent).toBe('操作未完成无法读取文档：Word 没有响应，请稍后点“重新检查”。');
    // A read failure has no 关闭: it stays until the document can be read again.
    expect(within(bar).queryByRole('button')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '重新检查' }));
    await waitFor(() => expect(source.pending).toHaveLength(2));
    await act(async () => source.pending[1].resolve(validBranchCase().build()));
    await waitFor(() => expect(screen.queryByText('操作未完成')).toBeNull());
    expect(screen.getByRole('progressbar', { name: /案例正文/ })).toBeTruthy();
  });

  it('an action’s error bar goes when 关闭 is clicked', async () => {
    const doc = caseDoc().title('题').unit('单位').category('党支部').summary(han(40)).background(han(300)).practice(han(400)).lessons(han(270)).build();
    const source = new FakeSource(doc);
    source.failSelect = new DocumentSourceError('not-found', '无法定位：文档中已没有第 9 段，请稍候重新检查。');
    renderPane(source);
    fireEvent.click(await screen.findByRole('button', { name: /案例简介/ }));
    const bar = (await screen.findByText('操作未完成')).closest('[role=alert]') as HTMLElement;
    expect(bar.textContent).toBe('操作未完成无法定位：文档中已没有第 9 段，请稍候重新检查。关闭');
    fireEvent.click(within(bar).getByRole('button', { name: '关闭' }));
    await waitFor(() => expect(screen.queryByText('操作未完成')).toBeNull());
    expect(screen.queryByText(/无法定位/)).toBeNull();
  });

  it('saves the chosen category and its subtype in the document', async () => {
    const source = new FakeSource(caseDoc().para('x').build());
    renderPane(source);
    fireEvent.click(await screen.findByRole('radio', { name: '党支部' }));
    fireEvent.click(await screen.findByRole('radio', { name: '学生党支部' }));
    await waitFor(() => expect(source.settings).toEqual({ category: 'branch.student' }));
    expect(source.saved.map((x) => x.category)).toEqual(['branch', 'branch.student']);
  });

  it('restores the category saved in the document', async () => {
    const source = new FakeSource(caseDoc().para('x').build());
    source.settings = { category: 'committee' };
    renderPane(source);
    await waitFor(() => expect((screen.getByRole('radio', { name: '分党委（直属党总支）' }) as HTMLInputElement).checked).toBe(true));
    expect(screen.queryByRole('radio', { name: '学生党支部' })).toBeNull();
  });

  it('指引 shows the category guidance, the self-check saved in the document, and the deadline without weekday', async () => {
    const source = new FakeSource(caseDoc().para('x').build());
    source.settings = { category: 'branch.teacher', selfCheck: { authenticity: true } };
    renderPane(source);
    await waitFor(() => expect((screen.getByRole('radio', { name: '教师党支部' }) as HTMLInputElement).checked).toBe(true));
    fireEvent.click(screen.getByRole('tab', { name: '指引' }));
    const panel = screen.getByRole('tabpanel', { name: '指引' });
    const teacher = NEU_2024.categories.find((c) => c.id === 'branch.teacher')!;
    // The tab's content is loaded on demand: wait for it.
    expect((await within(panel).findByRole('blockquote', { name: '教师党支部' })).textContent).toContain(teacher.guidance);
    expect((within(panel).getByRole('checkbox', { name: '真实性' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(within(panel).getByRole('checkbox', { name: '创新性' }));
    await waitFor(() =>
      expect(source.settings).toEqual({ category: 'branch.teacher', selfCheck: { authenticity: true, innovation: true } }),
    );
    const deadline = within(panel).getByTestId('deadline').textContent ?? '';
    expect(deadline).toBe('报送截止时间：2024年11月27日');
    expect(deadline).not.toMatch(/星期|周[一二三四五六日]/);
    for (const item of NEU_2024.checklist) expect(panel.textContent).toContain(item);
  });

  it('inserts the template straight into an empty document when the category is known', async () => {
    const source = new FakeSource(caseDoc().para('').build());
    source.settings = { category: 'committee' };
    renderPane(source);
    await waitFor(() => expect((screen.getByRole('radio', { name: '分党委（直属党总支）' }) as HTMLInputElement).checked).toBe(true));
    fireEvent.click(screen.getByRole('button', { name: '插入案例模板' }));
    await waitFor(() => expect(source.inserts).toHaveLength(1));
    expect(source.inserts[0].mode).toBe('replace-empty');
    expect(source.inserts[0].blocks).toEqual(templateBlocks(NEU_2024, 'committee'));
    expect(await screen.findByText('已插入案例模板。')).toBeTruthy();
  });

  it('asks before appending to a document with content: 取消 writes nothing, 插入到文末 appends', async () => {
    const source = new FakeSource(validBranchCase().build());
    source.empty = false;
    source.settings = { category: 'branch' };
    renderPane(source);
    await waitFor(() => expect((screen.getByRole('radio', { name: '党支部' }) as HTMLInputElement).checked).toBe(true));
    fireEvent.click(screen.getByRole('button', { name: '插入案例模板' }));
    const dialog = await screen.findByRole('dialog', inDialog);
    expect(within(dialog).getByText('文档中已有内容')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: '取消', ...inDialog }));
    await waitFor(() => expect(screen.queryByRole('dialog', inDialog)).toBeNull());
    expect(source.inserts).toHaveLength(0);

    fireEvent.click(screen.getByRole('button', { name: '插入案例模板' }));
    fireEvent.click(within(await screen.findByRole('dialog', inDialog)).getByRole('button', { name: '插入到文末', ...inDialog }));
    await waitFor(() => expect(source.inserts).toHaveLength(1));
    expect(source.inserts[0].mode).toBe('append');
  });

  it('opened from the ribbon with ?action=insertTemplate it asks for the category, then inserts', async () => {
    const source = new FakeSource(caseDoc().para('').build());
    renderPane(source, 'insertTemplate');
    const dialog = await screen.findByRole('dialog', inDialog);
    const confirm = within(dialog).getByRole('button', { name: '插入', ...inDialog });
    expect((confirm as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(within(dialog).getByRole('radio', { name: '党支部', ...inDialog }));
    fireEvent.click(within(dialog).getByRole('button', { name: '插入', ...inDialog }));
    await waitFor(() => expect(source.inserts).toHaveLength(1));
    expect(source.inserts[0].mode).toBe('replace-empty');
    await waitFor(() => expect(source.settings.category).toBe('branch'));
  });

  it('shows an insertion failure in a MessageBar', async () => {
    const source = new FakeSource(caseDoc().para('').build());
    source.settings = { category: 'branch' };
    source.failInsert = new DocumentSourceError('insert', '插入案例模板失败（GeneralException）');
    renderPane(source);
    await waitFor(() => expect((screen.getByRole('radio', { name: '党支部' }) as HTMLInputElement).checked).toBe(true));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '插入案例模板' }));
    });
    expect(await screen.findByText(/插入案例模板失败（GeneralException）/)).toBeTruthy();
  });
});

describe('guidanceFor and formatDeadline', () => {
  it('a subtype gets its parent lead-in then its own; a branch gets all its subtypes', () => {
    expect(guidanceFor(NEU_2024, 'branch.student').map((g) => g.label)).toEqual(['党支部', '学生党支部']);
    expect(guidanceFor(NEU_2024, 'branch').map((g) => g.label)).toEqual([
      '党支部',
      '教师党支部',
      '机关、直属、后勤、科产、离退休党支部',
      '学生党支部',
    ]);
    expect(guidanceFor(NEU_2024, undefined)).toEqual([]);
  });
  it('a lead-in the notice continues with the subtypes ends with a colon, not a comma that reads as cut off', () => {
    // The profile keeps the notice's words: 「党支部应重点围绕师生党支部的具体职责，」.
    expect(NEU_2024.categories.find((c) => c.id === 'branch')!.guidance).toBe('党支部应重点围绕师生党支部的具体职责，');
    for (const id of ['branch', 'branch.teacher']) {
      expect(guidanceFor(NEU_2024, id)[0].text).toBe('党支部应重点围绕师生党支部的具体职责：');
    }
    // A category's own guidance is quoted as it is.
    const committee = guidanceFor(NEU_2024, 'committee')[0].text;
    expect(committee).toBe(NEU_2024.categories.find((c) => c.id === 'committee')!.guidance);
  });
  it('formats a date without weekday', () => {
    expect(formatDeadline('2024-11-27')).toBe('2024年11月27日');
    expect(formatDeadline('2024-01-05')).toBe('2024年1月5日');
  });
});
