/**
 * Issue 11, point 2, the rendered front ends: the task pane's result view, the checker
 * page's severity filter, its review table, its batch problems and its detail drawer all
 * label a problem with 错误 / 警告 / 提示 for error / warning / info. (The Node outputs —
 * single-file and batch CLI, .csv, .xlsx — are scanned in test/core/severity.test.ts.)
 */
import { fireEvent, render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { ReportView } from '../../src/ui';
import { BatchProblems } from '../../src/web/BatchProblems';
import { CaseDrawer } from '../../src/web/CaseDrawer';
import { ReviewTable } from '../../src/web/ReviewTable';
import type { Severity } from '../../src/core/report';
import { fakeReport, PROFILE } from '../core/batch/helpers';
import { expectedWords, FILE_DIAGS, severityBatch, WORD } from '../helpers/severity-batch';

const wrap = (ui: React.ReactElement) => render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);
const batch = severityBatch();
const expected = expectedWords(batch);
const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

/** In a report view, each message sits in the group whose heading is its severity's word. */
function expectGrouped(root: HTMLElement) {
  for (const s of SEVERITIES) {
    const group = [...root.querySelectorAll(`[data-severity="${s}"]`)].find((g) => g.querySelector(':scope > h3')) as HTMLElement;
    expect([s, group?.querySelector('h3')?.textContent?.replace(/\d+$/, '')]).toEqual([s, WORD[s]]);
    for (const d of FILE_DIAGS.filter((x) => x.severity === s)) expect(within(group).getByText(d.message)).toBeTruthy();
  }
}

describe('one severity vocabulary in the pane and on the page', () => {
  it('the task pane’s result view groups problems under 错误 / 警告 / 提示 and counts them in the same words', () => {
    const report = fakeReport({ diagnostics: FILE_DIAGS, summaryWords: 200, bodyWords: 1000 });
    const { container } = wrap(<ReportView report={report} captionMax={20} />);
    expectGrouped(container);
    expect(container.textContent).toContain('错误 1 项，警告 1 项，提示 1 项');
    // The accessible name of each item starts with its word, too.
    for (const d of FILE_DIAGS) expect(container.querySelector(`[data-rule="${d.ruleId}"]`)?.textContent).toContain(d.message);
  });

  it('the page’s severity filter says 错误 / 警告 / 提示', async () => {
    wrap(<ReviewTable batch={batch} profile={PROFILE} onSelect={() => {}} />);
    fireEvent.click(screen.getByTestId('filter-severity'));
    const options = (await screen.findAllByRole('option')).map((o) => o.textContent);
    expect(options.slice(1, 5)).toEqual(['有错误', '有警告（无错误）', '只有提示', '没有错误和警告']);
    fireEvent.click(screen.getByRole('option', { name: '只有提示' }));
    // 信息/四.docx and 五.docx have the unit-name hint (提示) but also a missing scan (警告): not “only 提示”.
    expect(screen.queryAllByTestId('review-row')).toHaveLength(0);
    fireEvent.click(screen.getByTestId('filter-severity'));
    fireEvent.click(await screen.findByRole('option', { name: '有警告（无错误）' }));
    expect(screen.getAllByTestId('review-row').map((r) => r.getAttribute('data-file'))).toEqual(['2024/信息/四.docx', '2024/信息/五.docx']);
  });

  it('the review table’s count columns are 错误 and 警告', () => {
    wrap(<ReviewTable batch={batch} profile={PROFILE} onSelect={() => {}} />);
    const headers = screen.getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers.slice(9, 11)).toEqual(['错误', '警告']);
  });

  it('the page’s batch problems are titled with their word', () => {
    const { container } = wrap(<BatchProblems batch={batch} onSelectFile={() => {}} />);
    const bars = [...container.querySelectorAll('[data-rule][data-severity]')] as HTMLElement[];
    expect(bars.length).toBe(batch.diagnostics.length);
    for (const x of expected.filter((e) => batch.diagnostics.some((d) => d.message === e.message))) {
      const bar = bars.find((b) => b.textContent?.includes(x.message)) as HTMLElement;
      expect([x.ruleId, bar.textContent?.slice(0, 2)]).toEqual([x.ruleId, WORD[x.severity]]);
    }
  });

  it('the drawer titles its batch problems with their word and groups the file’s own under the same words', () => {
    const file = batch.files[0];
    wrap(<CaseDrawer file={file} batch={batch} profile={PROFILE} onClose={() => {}} />);
    const drawer = screen.getByRole('dialog');
    const mine = batch.diagnostics.filter((d) => d.files.includes(file.file));
    expect(mine.map((d) => d.severity).sort()).toEqual(['error', 'warning']);
    for (const d of mine) {
      const bar = drawer.querySelector(`[data-severity="${d.severity}"]`) as HTMLElement;
      expect(bar.textContent?.startsWith(`${WORD[d.severity]} · `)).toBe(true);
      expect(within(drawer).getByText(d.message)).toBeTruthy();
    }
    expectGrouped(drawer);
  });
});
