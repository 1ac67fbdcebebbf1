/** The review table and the batch problems, rendered with React Testing Library. */
import { fireEvent, render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { checkBatch } from '../../src/core/batch';
import { BatchProblems } from '../../src/web/BatchProblems';
import { ReviewTable } from '../../src/web/ReviewTable';
import { filesFromInput } from '../../src/web/files';
import { bad, item, PROFILE } from '../core/batch/helpers';

const batch = checkBatch(
  [
    item('甲/一.docx', { unit: '甲学院党委', title: '案例一', category: 'committee', summaryWords: 200, bodyWords: 1800 }),
    item('甲/二.docx', { unit: '甲学院党委', title: '案例二', category: 'committee', summaryWords: 200, bodyWords: 1700 }),
    item('乙/一.docx', { unit: '乙学院党委', title: '案例三', category: 'branch.student', summaryWords: 180, bodyWords: 990 }),
    bad('乙/旧.doc', 'legacy-doc'),
  ],
  PROFILE,
);

const wrap = (ui: React.ReactElement) => render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);

describe('ReviewTable', () => {
  it('shows one row per file and opens a row', () => {
    const onSelect = jest.fn();
    wrap(<ReviewTable batch={batch} profile={PROFILE} onSelect={onSelect} />);
    const rows = screen.getAllByTestId('review-row');
    expect(rows.map((r) => r.getAttribute('data-file'))).toEqual(['甲/一.docx', '甲/二.docx', '乙/一.docx', '乙/旧.doc']);
    const cells = within(rows[2]).getAllByRole('cell').map((c) => c.textContent);
    expect(cells.slice(0, 6)).toEqual(['乙/一.docx', '乙学院党委', '案例三', '学生党支部', '180', '990']);
    expect(within(rows[0]).getByText('同一单位案例层级相同')).toBeTruthy();
    expect(within(rows[3]).getByText('无法读取')).toBeTruthy();
    fireEvent.click(rows[1]);
    fireEvent.keyDown(rows[3], { key: 'Enter' });
    expect(onSelect.mock.calls).toEqual([['甲/二.docx'], ['乙/旧.doc']]);
    expect(screen.getByTestId('row-count').textContent).toBe('显示 4 / 4 行');
  });
});

describe('BatchProblems', () => {
  it('lists rule problems with their files and folds unreadable files', () => {
    const onSelectFile = jest.fn();
    wrap(<BatchProblems batch={batch} onSelectFile={onSelectFile} />);
    const levels = screen.getByText('同一单位案例层级相同').closest('[data-rule]') as HTMLElement;
    expect(levels.getAttribute('data-rule')).toBe('unit-levels');
    fireEvent.click(within(levels).getByText('甲/二.docx'));
    expect(onSelectFile).toHaveBeenCalledWith('甲/二.docx');
    const format = screen.getByText('1 个文件无法作为 Word 文档（.docx）读取').closest('[data-rule]') as HTMLElement;
    expect(within(format).queryByText(/97-2003/)).toBeNull();
    fireEvent.click(within(format).getByText('查看原因'));
    expect(within(format).getByText(/97-2003/)).toBeTruthy();
  });
});

describe('filesFromInput', () => {
  it('keeps folder-relative paths and skips hidden files', () => {
    const f = (name: string, rel: string) => Object.assign(new File(['x'], name), { webkitRelativePath: rel }) as File;
    const list = [f('b.docx', 'cases/乙/b.docx'), f('.DS_Store', 'cases/.DS_Store'), f('a.docx', 'cases/甲/a.docx'), f('x.docx', 'cases/.git/x.docx')];
    const named = filesFromInput(list as unknown as FileList);
    expect(named.map((n) => n.name)).toEqual(['cases/乙/b.docx', 'cases/甲/a.docx'].sort());
  });
});
