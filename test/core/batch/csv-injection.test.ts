/** Issue 10, point 7: the CSV writer shared by the CLI and the page never writes a cell a spreadsheet runs as a formula. */
import { csvField, parseCsv, priorFromCsv, toCsv } from '../../../src/core/batch';

describe('csvField', () => {
  test.each([
    ['=HYPERLINK("http://x","点")', `"'=HYPERLINK(""http://x"",""点"")"`],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', `"'\r=1"`],
    ['党建=引领', '党建=引领'],
    ['普通标题', '普通标题'],
  ])('%j → %s', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  test('numbers are written as numbers, negative ones too', () => {
    expect(csvField(-3)).toBe('-3');
    expect(csvField(2000)).toBe('2000');
  });
});

test('what the writer escaped, the reader (prior lists) reads back as written', () => {
  const csv = toCsv([
    ['案例名称', '申报单位', '年度'],
    ['=cmd|/c calc', '+学院', '2023'],
  ]);
  expect(parseCsv(csv)).toEqual([
    ['案例名称', '申报单位', '年度'],
    ['=cmd|/c calc', '+学院', '2023'],
  ]);
  expect(priorFromCsv(csv)).toMatchObject([{ title: '=cmd|/c calc', unit: '+学院', year: '2023' }]);
});
