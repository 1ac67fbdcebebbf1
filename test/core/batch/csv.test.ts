/**
 * The CSV reader and the list of earlier cases (往届案例名单) read from it: headers found in any
 * spelling the department uses, the headerless fallback, and cells as a reviewer typed them
 * (spaces, short rows, empty lines). Expected values are the cells of the hand-written text.
 */
import { csvField, parseCsv, priorFromCsv, toCsv } from '../../../src/core/batch';

describe('csvField and toCsv', () => {
  it('writes an empty cell for undefined and null', () => {
    expect(csvField(undefined)).toBe('');
    expect(csvField(null)).toBe('');
    expect(toCsv([['甲', undefined, null, '乙']])).toBe('\ufeff甲,,,乙\r\n');
  });
});

describe('parseCsv', () => {
  it('keeps a quote inside an unquoted field as a character', () => {
    expect(parseCsv('“支部”建在"团队"上,甲学院\n')).toEqual([['“支部”建在"团队"上', '甲学院']]);
  });

  it('reads the last record without a final newline', () => {
    expect(parseCsv('案例名称,申报单位\r\n支部建在团队上,甲学院')).toEqual([
      ['案例名称', '申报单位'],
      ['支部建在团队上', '甲学院'],
    ]);
  });

  it('reads a last record of one field, or ending in an empty field, without a final newline', () => {
    expect(parseCsv('支部建在团队上')).toEqual([['支部建在团队上']]);
    expect(parseCsv('案例名称,申报单位\n支部建在团队上,')).toEqual([
      ['案例名称', '申报单位'],
      ['支部建在团队上', ''],
    ]);
  });

  it('ends a record at a bare CR (old Mac files) or an LF followed by a CR, losing no character of the next line', () => {
    expect(parseCsv('甲学院党委,2023\r乙学院党委,2022\r')).toEqual([
      ['甲学院党委', '2023'],
      ['乙学院党委', '2022'],
    ]);
    expect(parseCsv('甲学院党委\n\r乙学院党委\n\r')).toEqual([['甲学院党委'], ['乙学院党委']]);
  });

  it('drops blank lines and lines of only commas and spaces', () => {
    expect(parseCsv('甲\r\n\r\n  ,  \r\n,\n乙\n\n')).toEqual([['甲'], ['乙']]);
  });

  it('reads nothing from an empty text', () => {
    expect(parseCsv('')).toEqual([]);
    expect(parseCsv('\ufeff')).toEqual([]);
  });
});

describe('priorFromCsv: headers', () => {
  it('reads nothing, and does not fail, on an empty file', () => {
    expect(priorFromCsv('')).toEqual([]);
    expect(priorFromCsv('\ufeff\r\n\r\n')).toEqual([]);
  });

  it('finds English headers in any letter case', () => {
    expect(priorFromCsv('Year,UNIT,Title\n2023,甲学院党委,支部建在团队上\n')).toEqual([{ title: '支部建在团队上', unit: '甲学院党委', year: '2023', source: 'prior.csv:2' }]);
  });

  it('finds headers written with spaces around them', () => {
    expect(priorFromCsv(' 年度 , 申报单位 , 案例名称 \n2023,甲学院党委,支部建在团队上\n')).toEqual([
      { title: '支部建在团队上', unit: '甲学院党委', year: '2023', source: 'prior.csv:2' },
    ]);
  });

  it('finds a header by a later name of its list (题目, 所在单位, 年份)', () => {
    expect(priorFromCsv('年份,所在单位,题目\n2022,乙学院党委,网格化管理服务学生社区\n')).toEqual([
      { title: '网格化管理服务学生社区', unit: '乙学院党委', year: '2022', source: 'prior.csv:2' },
    ]);
  });

  it('with only a title header, reads no unit and no year, whatever the other columns hold', () => {
    expect(priorFromCsv('案例名称,备注,说明\n支部建在团队上,甲学院党委,2023\n')).toEqual([{ title: '支部建在团队上', source: 'prior.csv:2' }]);
  });

  it('reads a unit and a year from their headers at the first column, beside a title header', () => {
    expect(priorFromCsv('申报单位,案例名称\n甲学院党委,支部建在团队上\n')).toEqual([{ title: '支部建在团队上', unit: '甲学院党委', source: 'prior.csv:2' }]);
    expect(priorFromCsv('年度,案例名称\n2023,支部建在团队上\n')).toEqual([{ title: '支部建在团队上', year: '2023', source: 'prior.csv:2' }]);
  });
});

describe('priorFromCsv: without a title header', () => {
  it('takes the first column as the title and the unit and year from their headers, skipping the header row', () => {
    expect(priorFromCsv('案例,年度,申报单位\n支部建在团队上,2023,甲学院党委\n')).toEqual([{ title: '支部建在团队上', unit: '甲学院党委', year: '2023', source: 'prior.csv:2' }]);
  });

  it('takes a unit header at the first column as a header row, not as a case', () => {
    const list = priorFromCsv('申报单位,备注,年度\n甲学院党委,二级党校,2023\n');
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ unit: '甲学院党委', year: '2023', source: 'prior.csv:2' });
  });

  it('takes a year header at the first column as a header row, not as a case', () => {
    const list = priorFromCsv('年度,备注,申报单位\n2023,二级党校,甲学院党委\n');
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ unit: '甲学院党委', year: '2023', source: 'prior.csv:2' });
  });

  it('reads a headerless list from its first line, as title, unit, year', () => {
    expect(priorFromCsv('支部建在团队上,甲学院党委,2023\n网格化管理,乙学院党委,2022\n')).toEqual([
      { title: '支部建在团队上', unit: '甲学院党委', year: '2023', source: 'prior.csv:1' },
      { title: '网格化管理', unit: '乙学院党委', year: '2022', source: 'prior.csv:2' },
    ]);
  });
});

describe('priorFromCsv: cells', () => {
  it('trims the title, unit and year, and leaves out an empty unit or year', () => {
    expect(priorFromCsv('案例名称,申报单位,年度\n  支部建在团队上 , 甲学院党委 , 2023 \n网格化管理,  ,\n')).toEqual([
      { title: '支部建在团队上', unit: '甲学院党委', year: '2023', source: 'prior.csv:2' },
      { title: '网格化管理', source: 'prior.csv:3' },
    ]);
  });

  it('skips a row with neither a title nor a text, and a row too short to reach the title', () => {
    expect(priorFromCsv('申报单位,年度,案例名称\n甲学院党委,2023,   \n乙学院党委\n丙学院党委,2022,课程思政\n')).toEqual([
      { title: '课程思政', unit: '丙学院党委', year: '2022', source: 'prior.csv:4' },
    ]);
  });

  it('reads a row too short to reach the unit or year column as having none', () => {
    expect(priorFromCsv('案例名称,申报单位,年度\n支部建在团队上\n')).toEqual([{ title: '支部建在团队上', source: 'prior.csv:2' }]);
  });
});

describe('priorFromCsv: the case text (正文, 简介)', () => {
  it('keeps a fingerprint of the text, also for a row without a title', () => {
    const list = priorFromCsv('案例名称,正文\n支部建在团队上,学院党委坚持把支部建在科研团队上，推动党建与科研深度融合。\n,以网格化管理服务学生社区，党员亮身份、作表率。\n');
    expect(list).toHaveLength(2);
    expect(list[0]).toMatchObject({ title: '支部建在团队上', source: 'prior.csv:2' });
    expect(list[0].fingerprint).toBeDefined();
    expect(list[1]).toMatchObject({ title: '', source: 'prior.csv:3' });
    expect(list[1].fingerprint).toBeDefined();
  });

  it('finds the text column at the first column too', () => {
    const list = priorFromCsv('简介,案例名称\n学院党委坚持把支部建在科研团队上。,支部建在团队上\n');
    expect(list).toHaveLength(1);
    expect(list[0].title).toBe('支部建在团队上');
    expect(list[0].fingerprint).toBeDefined();
  });

  it('has no fingerprint for an empty or missing text, and skips a row whose only text is blank', () => {
    const list = priorFromCsv('案例名称,申报单位,正文\n支部建在团队上,甲学院党委\n网格化管理,乙学院党委,   \n,丙学院党委,   \n');
    expect(list).toEqual([
      { title: '支部建在团队上', unit: '甲学院党委', source: 'prior.csv:2' },
      { title: '网格化管理', unit: '乙学院党委', source: 'prior.csv:3' },
    ]);
  });

  it('has no fingerprint without a text column', () => {
    const [p] = priorFromCsv('案例名称,申报单位\n支部建在团队上,甲学院党委\n');
    expect(p).toEqual({ title: '支部建在团队上', unit: '甲学院党委', source: 'prior.csv:2' });
    expect('fingerprint' in p).toBe(false);
  });
});

describe('priorFromCsv: every header name of the lists', () => {
  it.each(['案例名称', '案例题目', '案例标题', '项目名称', '名称', '题目', '标题', 'title', 'Name'])('title header %s', (header) => {
    expect(priorFromCsv(`申报单位,${header}\n甲学院党委,支部建在团队上\n`)).toEqual([{ title: '支部建在团队上', unit: '甲学院党委', source: 'prior.csv:2' }]);
  });

  it.each(['申报单位', '单位', '申报单位（盖章）', '所在单位', 'Unit'])('unit header %s', (header) => {
    expect(priorFromCsv(`案例名称,${header}\n支部建在团队上,甲学院党委\n`)).toEqual([{ title: '支部建在团队上', unit: '甲学院党委', source: 'prior.csv:2' }]);
  });

  it.each(['年度', '年份', '申报年度', 'Year'])('year header %s', (header) => {
    expect(priorFromCsv(`案例名称,${header}\n支部建在团队上,2023\n`)).toEqual([{ title: '支部建在团队上', year: '2023', source: 'prior.csv:2' }]);
  });

  it.each(['正文', '案例正文', '简介', '案例简介', '内容', 'Text', 'Summary'])('text header %s', (header) => {
    const [p] = priorFromCsv(`案例名称,${header}\n支部建在团队上,学院党委坚持把支部建在科研团队上，推动党建与科研深度融合。\n`);
    expect(p.title).toBe('支部建在团队上');
    expect(p.fingerprint).toBeDefined();
  });
});
