/**
 * Issue 11, point 2: one severity vocabulary, 错误 / 警告 / 提示 for error / warning / info,
 * in every front end. This file scans the outputs Node produces: the single-file CLI (run
 * for real, its JSON telling which severity each message has), the batch CLI text, the
 * review table, the .csv and the .xlsx read back. The pane, the page's filter, its batch
 * problems and its drawer are scanned in test/ui/severity-words.test.tsx. Issue 12 adds the
 * feedback letters (each problem of a unit labelled with its word) and the board's columns.
 *
 * For every message shown, the severity word next to it must be the one its severity
 * names, and no other severity word may label it. 信息 is never a severity word.
 */
import ExcelJS from 'exceljs';
import { diagnosticTable, reviewHeaders, reviewTable, toCsv } from '../../src/core/batch';
import { renderBatch } from '../../src/cli/batch/output';
import { run } from '../../src/cli/main';
import { makeStyle } from '../../src/cli/render/terminal';
import { buildReviewXlsx } from '../../src/export/xlsx';
import { boardHeaders, feedbackLetters, letterBlocks, reviewState, submissionBoard } from '../../src/core/review';
import type { Severity } from '../../src/core/report';
import { captureIO } from '../cli/helpers';
import { PROFILE } from './batch/helpers';
import { expectedWords, severityBatch, WORD } from '../helpers/severity-batch';

const OTHERS = (s: Severity) => (Object.keys(WORD) as Severity[]).filter((x) => x !== s).map((x) => WORD[x]);

/** The line that shows `message` carries `word` before it and no other severity word. */
function expectLabelled(text: string, message: string, severity: Severity) {
  const line = text.split('\n').find((l) => l.includes(message));
  expect([message, line !== undefined]).toEqual([message, true]);
  const before = (line as string).slice(0, (line as string).indexOf(message));
  expect([message, before.includes(WORD[severity]), OTHERS(severity).filter((w) => before.includes(w))]).toEqual([message, true, []]);
}

const CASE_TEXT = [
  '案例名称：党建引领科研团队建设',
  '申报单位（盖章）：测试学院党委',
  '类别：党支部（教师党支部）',
  '实施起始时间：2021年9月',
  '案例简介',
  '本支部坚持党建引领。',
  '一、实施背景',
  '2015年以来，支部围绕学科建设开展工作，团结带领教师党员落实立德树人根本任务。',
  '二、经验启示',
  '坚持党建与业务深度融合。',
  '三、主要做法',
  '支部组织党员教师开展科研攻关。',
].join('\n');

describe('one severity vocabulary: 错误 / 警告 / 提示', () => {
  const batch = severityBatch();
  const expected = expectedWords(batch);

  it('the single-file CLI labels each message with its severity’s word', async () => {
    const json = captureIO({ stdin: CASE_TEXT });
    await run(['--format', 'json', '-'], json.io);
    const diags = (JSON.parse(json.stdout()) as { files: { diagnostics: { severity: Severity; message: string }[] }[] }).files[0].diagnostics;
    expect(new Set(diags.map((x) => x.severity))).toEqual(new Set(['error', 'warning', 'info']));
    const text = captureIO({ stdin: CASE_TEXT });
    await run(['-'], text.io);
    for (const x of diags) expectLabelled(text.stdout(), x.message, x.severity);
    expect(text.stdout()).toMatch(/问题（2 个错误，1 个警告，1 条提示）/);
  });

  it('the batch CLI text labels each batch problem with its word, and its columns and total use the same words', async () => {
    const text = (await renderBatch(batch, PROFILE, 'text', makeStyle(false))) as string;
    for (const x of expected.filter((e) => batch.diagnostics.some((d) => d.message === e.message))) expectLabelled(text, x.message, x.severity);
    const header = text.split('\n').find((l) => l.startsWith('文件'));
    expect(header?.split(/\s+/)).toEqual(['文件', '申报单位', '类别', '简介', '正文', '图', '错误', '警告']);
    const { errors, warnings, infos } = batch.summary;
    expect(text).toContain(`批次问题 ${errors} 个错误、${warnings} 个警告、${infos} 条提示。`);
    // The old vocabulary's 信息 never labels a problem (信息学院 is a unit's name).
    expect(text).not.toMatch(/^\s+信息 \[/m);
  });

  it('the review table, its .csv and its diagnostics list use the same words', () => {
    expect(reviewHeaders()).toContain('警告');
    expect(reviewHeaders()).not.toContain('提示');
    const csvHeader = toCsv(reviewTable(batch, PROFILE)).slice(1).split('\r\n')[0];
    expect(csvHeader).toBe('文件,申报单位,案例名称,类别,联系人,联系电话,简介字数,正文字数,图片组数,首页扫描件,错误,警告,主要问题,批次问题');
    const rows = diagnosticTable(batch).slice(1);
    for (const x of expected) {
      const row = rows.find((r) => r[4] === x.message);
      expect([x.message, row?.[2]]).toEqual([x.message, WORD[x.severity]]);
    }
  });

  it('the .xlsx, read back, uses the same words in its headers and its severity column', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await buildReviewXlsx(ExcelJS, batch, PROFILE)) as unknown as ArrayBuffer);
    const [review, diags] = wb.worksheets;
    const header = (review.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(10, 12)).toEqual(['错误', '警告']);
    const seen = new Map<string, string>();
    diags.eachRow((r, i) => i > 1 && seen.set(String(r.getCell(5).value), String(r.getCell(3).value)));
    for (const x of expected) expect([x.message, seen.get(x.message)]).toEqual([x.message, WORD[x.severity]]);
    expect([...seen.values()].some((w) => w === '信息')).toBe(false);
  });

  it('the feedback letters label each problem they carry with its word, and the board’s columns use the same words', () => {
    const state = reviewState(batch, PROFILE);
    const board = submissionBoard(batch, PROFILE, state);
    const text = feedbackLetters(batch, PROFILE, state, board, { date: '2024-12-01' })
      .flatMap((l) => letterBlocks(l).map((b) => b.text))
      .join('\n');
    // Letters carry the errors and warnings a unit must act on (the department's unit-name hints stay out).
    const carried = expected.filter((x) => x.severity !== 'info' && x.ruleId !== 'unit-name');
    expect(carried.length).toBeGreaterThan(3);
    for (const x of carried) expectLabelled(text, x.message, x.severity);
    expect(boardHeaders().slice(4, 6)).toEqual(['错误', '警告']);
  });

  it('a likely resubmission is a 警告 everywhere, never a 提示', () => {
    const resub = batch.diagnostics.find((x) => x.ruleId === 'resubmission');
    expect(resub?.severity).toBe('warning');
    expect(diagnosticTable(batch).find((r) => r[1] === 'resubmission')?.[2]).toBe('警告');
  });
});
