/**
 * Issue 12 on the page, component by component (React Testing Library): the reviewer's
 * decisions in the drawer (a dismissal cannot be saved without its reason), the board's
 * lines and their letter buttons, and the review table's verdict line.
 */
import { fireEvent, render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { decideCase, emptyReview, feedbackLetters, reviewItems, reviewState, rowDecisions, submissionBoard } from '../../src/core/review';
import { ReviewDecisions } from '../../src/web/ReviewDecisions';
import { SubmissionBoard } from '../../src/web/SubmissionBoard';
import { ReviewTable } from '../../src/web/ReviewTable';
import { batchOf, PROFILE, ROSTER, round1 } from '../core/review/helpers';

const wrap = (ui: React.ReactElement) => render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);
const batch = batchOf(round1());
const FIRST = '2024/冶金学院/冶金铸魂工程（分党委）.docx';

describe('ReviewDecisions', () => {
  it('asks for the reason before a dismissal is saved, and gives the case’s verdict with its note', () => {
    const state = reviewState(batch, PROFILE);
    const problems = state.problems.filter((p) => p.files.includes(FIRST));
    const onProblem = jest.fn();
    const onCase = jest.fn();
    wrap(<ReviewDecisions reviewCase={state.cases[0]} problems={problems} onCase={onCase} onProblem={onProblem} />);
    const items = screen.getAllByTestId('decision-problem');
    expect(items.map((i) => i.getAttribute('data-rule'))).toEqual(['caption-length', 'placeholder-left', 'placeholder-left', 'unit-quota', 'scan-missing']);
    const caption = items[0];
    fireEvent.click(within(caption).getByTestId('dismiss'));
    const save = within(caption).getByTestId('reason-save') as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    fireEvent.change(within(caption).getByTestId('reason-input'), { target: { value: '说明实为 18 字' } });
    fireEvent.click(within(caption).getByTestId('reason-save'));
    fireEvent.click(within(items[3]).getByTestId('confirm'));
    expect(onProblem.mock.calls.map(([p, v, r]) => [p.ruleId, v, r])).toEqual([
      ['caption-length', 'dismissed', '说明实为 18 字'],
      ['unit-quota', 'confirmed', undefined],
    ]);
    fireEvent.change(screen.getByTestId('verdict-note'), { target: { value: '请压缩图片说明' } });
    fireEvent.click(screen.getByTestId('verdict-revise'));
    expect(onCase.mock.calls).toEqual([['revise', '请压缩图片说明']]);
  });
});

describe('SubmissionBoard', () => {
  it('has a line per unit with its letter button, and one button for all letters', () => {
    const state = reviewState(batch, PROFILE);
    const board = submissionBoard(batch, PROFILE, state, ROSTER);
    const letters = feedbackLetters(batch, PROFILE, state, board, { date: '2024-12-01' });
    const onLetter = jest.fn();
    const onAll = jest.fn();
    wrap(<SubmissionBoard board={board} letters={letters} settings={{ deadline: '2024-12-04', contact: 'x' }} onSettings={() => undefined} onLetter={onLetter} onAllLetters={onAll} />);
    const rows = screen.getAllByTestId('board-row');
    expect(rows.map((r) => [r.getAttribute('data-unit'), r.getAttribute('data-status')])).toEqual([
      ['冶金学院党委', 'over'],
      ['信息科学与工程学院党委', 'ok'],
      ['外国语学院党委', 'none'],
    ]);
    fireEvent.click(within(rows[2]).getByTestId('letter-download'));
    fireEvent.click(screen.getByTestId('letters-zip'));
    expect(onLetter.mock.calls.map(([l]) => l.fileName)).toEqual(['形式审查反馈单-外国语学院党委.docx']);
    expect(onAll).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId('letters-zip').textContent).toBe('下载全部反馈单（.zip，3 份）');
  });
});

describe('ReviewTable with decisions', () => {
  it('shows the verdict under the problems of its row, and counts what is still open', () => {
    const review = decideCase(emptyReview(PROFILE), reviewItems(batch, PROFILE).cases[0], 'reject', '与往年重复', '2024-12-01T00:00:00Z');
    wrap(<ReviewTable batch={batch} profile={PROFILE} decisions={rowDecisions(reviewState(batch, PROFILE, review))} onSelect={() => undefined} />);
    const row = screen.getAllByTestId('review-row').find((r) => r.getAttribute('data-file') === FIRST)!;
    expect(within(row).getByTestId('decision-cell').textContent).toBe('审核：不予受理：与往年重复');
  });
});
