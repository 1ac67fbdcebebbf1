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
    expect(cells.slice(0, 8)).toEqual(['乙/一.docx', '乙学院党委', '案例三', '学生党支部', '—', '—', '180', '990']);
    expect(within(rows[0]).getByText('同一单位案例层级相同')).toBeTruthy();
    expect(within(rows[3]).getByText('无法读取')).toBeTruthy();
    fireEvent.click(rows[1]);
    fireEvent.keyDown(rows[3], { key: 'Enter' });
    expect(onSelect.mock.calls).toEqual([['甲/二.docx'], ['乙/旧.doc']]);
    expect(screen.getByTestId('row-count').textContent).toBe('显示 4 / 4 行');
  });
});

describe('ReviewTable: a reviewer’s folder', () => {
  const folder = checkBatch(
    [
      item('2024年案例/冶金学院/冶金铸魂（分党委）.docx', { unit: '冶金学院党委', title: '冶金铸魂', category: 'committee', contact: '王晓东', phone: '024-83681234' }),
      item('2024年案例/冶金学院/团队支部（教师党支部）.docx', { unit: '冶金学院', title: '团队支部', category: 'branch.teacher' }),
      item('2024年案例/冶金学院/学风共同体（学生党支部）.docx', { unit: '冶金学院分党委', title: '学风共同体', category: 'branch.student' }),
      bad('2024年案例/冶金学院/冶金学院首页盖章扫描件.pdf', 'pdf'),
      bad('2024年案例/冶金学院/~$金铸魂（分党委）.docx', 'lock-file'),
      item('2024年案例/机械学院/ZhiBuJianZaiTuanDuiShang-final-v3.docx', { unit: '机械工程与自动化学院党委', title: '支部建在团队上', category: 'branch.teacher' }),
    ],
    PROFILE,
  );

  it('shows the common folder once and each file below it, its extension in one piece', () => {
    wrap(<ReviewTable batch={folder} profile={PROFILE} onSelect={() => {}} />);
    expect(screen.getByTestId('review-folder').textContent).toBe('文件夹：2024年案例/');
    const cells = screen.getAllByTestId('file-cell').map((c) => c.textContent);
    expect(cells).toEqual([
      '冶金学院/冶金铸魂（分党委）.docx',
      '冶金学院/团队支部（教师党支部）.docx',
      '冶金学院/学风共同体（学生党支部）.docx',
      '冶金学院/冶金学院首页盖章扫描件.pdf',
      '冶金学院/~$金铸魂（分党委）.docx',
      '机械学院/ZhiBuJianZaiTuanDuiShang-final-v3.docx',
    ]);
    expect(screen.getAllByTestId('file-ext').map((e) => e.textContent)).toEqual(['.docx', '.docx', '.docx', '.pdf', '.docx', '.docx']);
  });

  it('shows one unit however its covers spell it, with the cover’s spelling below', () => {
    wrap(<ReviewTable batch={folder} profile={PROFILE} onSelect={() => {}} />);
    const rows = screen.getAllByTestId('review-row');
    const unitCell = (i: number) => within(rows[i]).getAllByRole('cell')[1].textContent;
    expect([0, 1, 2].map(unitCell)).toEqual(['冶金学院党委', '冶金学院党委封面：冶金学院', '冶金学院党委封面：冶金学院分党委']);
    // The scan is its unit's; the lock file is ignored; neither is unreadable.
    expect(rows.map((r) => [r.getAttribute('data-kind'), within(r).getAllByRole('cell')[3].textContent])).toEqual([
      ['case', '分党委（直属党总支）'],
      ['case', '教师党支部'],
      ['case', '学生党支部'],
      ['scan', '盖章扫描件'],
      ['ignored', '已忽略'],
      ['case', '教师党支部'],
    ]);
    expect(unitCell(3)).toBe('冶金学院党委');
    // Contact and phone columns; batch problems counted in the rows (quota + levels).
    expect(within(rows[0]).getAllByRole('cell').map((c) => c.textContent).slice(4, 6)).toEqual(['王晓东', '024-83681234']);
    expect(within(rows[1]).getAllByRole('cell')[9].textContent).toBe('2');
  });

  it('offers the units once each and the severity filter in the shared words', async () => {
    wrap(<ReviewTable batch={folder} profile={PROFILE} onSelect={() => {}} />);
    fireEvent.click(screen.getByTestId('filter-unit'));
    expect((await screen.findAllByRole('option')).map((o) => o.textContent)).toEqual(['全部单位', '机械工程与自动化学院党委', '冶金学院党委']);
    fireEvent.click(screen.getByRole('option', { name: '冶金学院党委' }));
    expect(screen.getAllByTestId('review-row')).toHaveLength(4);
    fireEvent.click(screen.getByTestId('filter-unit'));
    fireEvent.click(await screen.findByRole('option', { name: '全部单位' }));
    fireEvent.click(screen.getByTestId('filter-severity'));
    expect((await screen.findAllByRole('option')).map((o) => o.textContent)).toEqual(['全部', '有错误', '有警告（无错误）', '只有提示', '没有错误和警告', '无法读取', '扫描件和已忽略的文件']);
    fireEvent.click(screen.getByRole('option', { name: '扫描件和已忽略的文件' }));
    expect(screen.getAllByTestId('review-row').map((r) => r.getAttribute('data-kind'))).toEqual(['scan', 'ignored']);
  });
});

describe('BatchProblems', () => {
  it('lists rule problems with their files and folds unreadable files', () => {
    const onSelectFile = jest.fn();
    wrap(<BatchProblems batch={batch} onSelectFile={onSelectFile} />);
    const levels = screen.getByText('错误 · 同一单位案例层级相同').closest('[data-rule]') as HTMLElement;
    expect(levels.getAttribute('data-rule')).toBe('unit-levels');
    fireEvent.click(within(levels).getByText('甲/二.docx'));
    expect(onSelectFile).toHaveBeenCalledWith('甲/二.docx');
    const format = screen.getByText('错误 · 1 个文件无法作为 Word 文档（.docx）读取').closest('[data-rule]') as HTMLElement;
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
