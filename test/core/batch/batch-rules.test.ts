import { checkBatch, textFingerprint, type BatchItem, type BatchRule } from '../../../src/core/batch';
import { fileFormat, resubmission, scanMissing, unitLevels, unitQuota } from '../../../src/core/batch/rules';
import type { PriorCase } from '../../../src/core/batch';
import { han } from '../../helpers/case-doc';
import { bad, item, PROFILE, profileWith } from './helpers';

function run(rule: BatchRule, items: BatchItem[], prior: PriorCase[] = [], profile = PROFILE) {
  return checkBatch(items, profile, { prior }, [rule]).diagnostics;
}

describe('unit-quota', () => {
  const U = '信息科学与工程学院党委';
  const max = PROFILE.batch.maxCasesPerUnit;
  const n = (k: number, unit = U) => Array.from({ length: k }, (_, i) => item(`${unit}/${i}.docx`, { unit, category: i % 2 ? 'committee' : 'branch' }));

  it.each([
    [max - 1, 0],
    [max, 0],
    [max + 1, 1],
    [max + 3, 1],
  ])('%i cases of one unit → %i diagnostics', (k, expected) => {
    const d = run(unitQuota, n(k));
    expect(d).toHaveLength(expected);
    if (expected) {
      expect(d[0]).toMatchObject({ ruleId: 'unit-quota', messageId: 'over', severity: 'error', data: { unit: U, count: k, max } });
      expect(d[0].files).toHaveLength(k);
      expect(d[0].message).toContain(U);
    }
  });

  it('takes the limit from the profile', () => {
    expect(run(unitQuota, n(2), [], profileWith({ maxCasesPerUnit: 1 }))).toHaveLength(1);
    expect(run(unitQuota, n(3), [], profileWith({ maxCasesPerUnit: 3 }))).toHaveLength(0);
  });

  it('groups spellings that differ only in width, spaces and stamp notes', () => {
    const items = [
      item('a.docx', { unit: '机械工程与自动化学院党委' }),
      item('b.docx', { unit: '机械工程与自动化学院党委（盖章）' }),
      item('c.docx', { unit: ' 机械工程与自动化学院 党委 (盖章)' }),
    ];
    const d = run(unitQuota, items);
    expect(d).toHaveLength(1);
    expect(d[0].files).toEqual(['a.docx', 'b.docx', 'c.docx']);
  });

  it('does not merge different units', () => {
    const items = [item('a.docx', { unit: '冶金学院党委' }), item('b.docx', { unit: '材料学院分党委' }), item('c.docx', { unit: '冶金学院党委' })];
    expect(run(unitQuota, items)).toHaveLength(0);
  });

  it('reports a readable file without a unit instead of guessing', () => {
    const d = run(unitQuota, [item('无单位.docx', { title: 'x' }), item('blank.docx', { unit: '（盖章）' })]);
    expect(d.map((x) => [x.messageId, x.severity, x.files])).toEqual([
      ['unit-unknown', 'warning', ['无单位.docx']],
      ['unit-unknown', 'warning', ['blank.docx']],
    ]);
  });

  it('leaves unreadable files to file-format', () => {
    expect(run(unitQuota, [bad('x.doc', 'doc'), bad('y.pdf', 'pdf'), bad('z.docx', 'corrupt')])).toHaveLength(0);
  });
});

describe('unit-levels', () => {
  const U = '材料科学与工程学院党委';
  it.each([
    [['committee', 'branch'], []],
    [['committee', 'branch.student'], []],
    [['branch.teacher', 'branch.student'], ['same-level']],
    [['committee', 'committee'], ['same-level']],
    [['branch', 'branch.staff'], ['same-level']],
    [['committee'], []],
    [['committee', undefined], ['level-unknown']],
    [[undefined], []],
    [[undefined, undefined], ['level-unknown']],
  ] as [(string | undefined)[], string[]][])('%j → %j', (cats, expected) => {
    const items = cats.map((c, i) => item(`${i}.docx`, { unit: U, category: c }));
    const d = run(unitLevels, items);
    expect(d.map((x) => x.messageId)).toEqual(expected);
    if (expected[0] === 'same-level') expect(d[0]).toMatchObject({ severity: 'error', data: { unit: U, count: 2 } });
  });

  it('names the level and its files when three cases share two levels', () => {
    const items = [item('a.docx', { unit: U, category: 'committee' }), item('b.docx', { unit: U, category: 'branch.student' }), item('c.docx', { unit: U, category: 'branch.teacher' })];
    const d = run(unitLevels, items);
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ data: { level: 'branch', category: '党支部' }, files: ['b.docx', 'c.docx'] });
  });

  it('says which unit cannot be checked for a case without a category, as a warning on all its files', () => {
    const items = [item('a.docx', { unit: U, category: 'committee' }), item('b.docx', { unit: U }), item('c.docx', { unit: U, category: 'branch' })];
    const d = run(unitLevels, items);
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ messageId: 'level-unknown', severity: 'warning', data: { unit: U, count: 3 }, files: ['a.docx', 'b.docx', 'c.docx'] });
    expect(d[0].message).toBe('申报单位“材料科学与工程学院党委”报送了多项案例，但有案例未标明类别，无法核对是否为不同层级。');
  });

  it('names a level the profile does not list by its id (lab.a, lab.b → lab)', () => {
    const d = run(unitLevels, [item('a.docx', { unit: U, category: 'lab.a' }), item('b.docx', { unit: U, category: 'lab.b' })]);
    expect(d.map((x) => [x.messageId, x.data.level, x.data.category])).toEqual([['same-level', 'lab', 'lab']]);
  });

  it('is off when the profile does not ask for distinct levels', () => {
    const items = [item('a.docx', { unit: U, category: 'committee' }), item('b.docx', { unit: U, category: 'committee' })];
    expect(run(unitLevels, items, [], profileWith({ distinctLevels: false }))).toHaveLength(0);
  });
});

describe('resubmission', () => {
  // A realistic body: varied text (han() repeats a 30-character cycle, useless for n-grams).
  const earlier =
    '学院党委坚持以高质量党建引领高质量发展，围绕立德树人根本任务，构建“党建+学科”融合机制。' +
    '通过组建党员攻关团队，推动教师党支部与科研团队深度融合，先后承担国家重点研发计划项目三项，' +
    '培养研究生党员骨干四十余名。支部书记带头讲授专题党课，定期组织主题党日活动，把组织生活开到实验室、' +
    '开到企业生产一线，形成了“支部建在团队上”的工作模式。两年来，学院获批省级样板支部两个，' +
    '学生就业质量明显提升，服务地方企业技术攻关二十余项，取得了良好的社会效益和育人成效。';
  const prior: PriorCase[] = [
    { title: '“支部建在团队上”党建与科研融合实践', unit: '某学院党委', year: '2023', source: '2023/a.docx', text: earlier },
    { title: '网格化管理服务学生社区建设', unit: '某学院党委', year: '2022', source: 'list.csv:3' },
  ].map((p) => ({ ...p, fingerprint: p.text ? textFingerprint(p.text) : undefined }));

  it('flags a lightly reworded copy with the closest earlier case and its score', () => {
    const reworded = earlier
      .replace('先后承担', '累计承担')
      .replace('四十余名', '40 余名')
      .replace('两年来', '近两年来')
      .replace('取得了良好的社会效益和育人成效', '社会效益和育人成效显著');
    const d = run(resubmission, [item('new.docx', { unit: 'U', title: '党建引领科研团队建设的探索', text: reworded })], prior);
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ severity: 'warning', messageId: 'similar', data: { priorSource: '2023/a.docx', basisId: 'text' }, files: ['new.docx'] });
    expect(d[0].data.score as number).toBeGreaterThanOrEqual(PROFILE.batch.resubmissionThreshold);
    expect(d[0].data.score as number).toBeLessThan(1);
  });

  it('flags a case that keeps an earlier text and adds new paragraphs (containment)', () => {
    const extended = earlier + '在此基础上，支部进一步拓展校地合作平台，新建实践基地三个，组织志愿服务活动五十余次，受益群众逾千人。';
    const d = run(resubmission, [item('ext.docx', { text: extended, title: '新标题' })], prior);
    expect(d).toHaveLength(1);
    expect(d[0].data.textScore).toBe(1);
  });

  it('flags a near-identical title from a CSV list (no text)', () => {
    const d = run(resubmission, [item('t.docx', { title: '网格化管理服务学生社区建设', text: '完全不同的正文内容，讲述另一件事情。' })], prior);
    expect(d).toHaveLength(1);
    expect(d[0].data).toMatchObject({ basisId: 'title', titleScore: 1, priorSource: 'list.csv:3' });
  });

  it('does not flag an unrelated case', () => {
    const other = '机关第三党支部聚焦管理服务效能提升，推行“首问负责、限时办结”制度，梳理办事流程三十项，' + '建立党员责任区和示范岗，开展“我为师生办实事”活动，解决师生急难愁盼问题百余件，群众满意度持续提高。';
    const d = run(resubmission, [item('o.docx', { title: '“首问负责”提升机关服务效能', text: other })], prior);
    expect(d).toHaveLength(0);
  });

  it('uses the profile threshold', () => {
    const half = earlier.slice(0, Math.floor(earlier.length / 2)) + han(200);
    const items = [item('h.docx', { title: '无关', text: half })];
    const strict = run(resubmission, items, prior, profileWith({ resubmissionThreshold: 0.99 }));
    const lax = run(resubmission, items, prior, profileWith({ resubmissionThreshold: 0.3 }));
    expect(strict).toHaveLength(0);
    expect(lax).toHaveLength(1);
  });

  it('flags a score exactly at the threshold (0.8: “at or above”), not one just below', () => {
    expect(PROFILE.batch.resubmissionThreshold).toBe(0.8);
    // Bigrams: 党建 建引 引领 领发 发展 against 党建 建引 引领 领发 发力: Dice = 2·4 / (5 + 5) = 0.8.
    const list: PriorCase[] = [{ title: '党建引领发展', source: 'list.csv:2' }];
    const at = run(resubmission, [item('at.docx', { title: '党建引领发力', text: '另一件事情的正文。' })], list);
    expect(at).toHaveLength(1);
    expect(at[0].data).toMatchObject({ score: 0.8, titleScore: 0.8, percent: 80, threshold: 0.8, basisId: 'title' });
    // 党建 建引 引领 领发 against 党建 建引 引领 领导 导力: 2·3 / (4 + 5) = 0.667.
    expect(run(resubmission, [item('below.docx', { title: '党建引领导力', text: '另一件事情的正文。' })], [{ title: '党建引领发', source: 'list.csv:2' }])).toEqual([]);
  });

  it('says 正文 as the basis of a text match, in the whole message', () => {
    const extended = earlier + '在此基础上，支部进一步拓展校地合作平台，新建实践基地三个，组织志愿服务活动五十余次，受益群众逾千人。';
    const d = run(resubmission, [item('ext.docx', { text: extended, title: '新标题' })], prior);
    expect(d.map((x) => x.message)).toEqual([
      '与往年案例《“支部建在团队上”党建与科研融合实践》（2023/a.docx）高度相似（相似度 100%，依据：正文）；上两个年度申报案例（含内容相关的案例）原则上本年度不再受理。',
    ]);
  });

  it('names the first listed of two equally close earlier cases', () => {
    const list: PriorCase[] = [
      { title: '党建引领发展', source: 'list.csv:2', year: '2022' },
      { title: '党建引领发展', source: 'list.csv:3', year: '2023' },
    ];
    const d = run(resubmission, [item('a.docx', { title: '党建引领发展', text: '另一件事情的正文。' })], list);
    expect(d).toHaveLength(1);
    expect(d[0].data).toMatchObject({ priorSource: 'list.csv:2', priorYear: '2022', score: 1 });
  });

  it('names the earlier case’s unit and year, and the case’s own title, in its data', () => {
    const extended = earlier + '在此基础上，支部进一步拓展校地合作平台，新建实践基地三个，组织志愿服务活动五十余次，受益群众逾千人。';
    const d = run(resubmission, [item('ext.docx', { text: extended, title: '新标题' })], prior);
    expect(d[0].data).toMatchObject({ title: '新标题', priorTitle: '“支部建在团队上”党建与科研融合实践', priorUnit: '某学院党委', priorYear: '2023', priorSource: '2023/a.docx' });
  });

  it('names an earlier .docx without a title by its file, and compares a case without a title by its text', () => {
    const list: PriorCase[] = [{ title: '', source: '2023/b.docx', fingerprint: textFingerprint(earlier) }];
    const d = run(resubmission, [item('n.docx', { text: earlier })], list);
    expect(d).toHaveLength(1);
    expect(d[0].data).toMatchObject({ title: null, priorTitle: '2023/b.docx', priorUnit: null, priorYear: null, textScore: 1, titleScore: 0, basisId: 'text' });
  });

  it('says 正文 when title and text are equally close, and 标题 when the title is closer', () => {
    const list: PriorCase[] = [{ title: '党建引领发展', source: '2023/c.docx', fingerprint: textFingerprint(earlier) }];
    const both = run(resubmission, [item('both.docx', { title: '党建引领发展', text: earlier })], list);
    expect(both.map((x) => [x.data.basisId, x.data.basis])).toEqual([['text', '正文']]);
    const title = run(resubmission, [item('title.docx', { title: '党建引领发展', text: '另一件事情的正文。' })], list);
    expect(title.map((x) => x.message)).toEqual(['与往年案例《党建引领发展》（2023/c.docx）高度相似（相似度 100%，依据：标题）；上两个年度申报案例（含内容相关的案例）原则上本年度不再受理。']);
  });

  it('compares a case without a title with a titled earlier case by its text only', () => {
    const d = run(resubmission, [item('n.docx', { text: earlier })], prior);
    expect(d.map((x) => [x.data.priorSource, x.data.titleScore, x.data.textScore])).toEqual([['2023/a.docx', 0, 1]]);
  });

  it('looks only at readable cases, even with a threshold of 0', () => {
    const list: PriorCase[] = [{ title: '党建引领发展', source: 'list.csv:2' }];
    const d = run(resubmission, [item('a.docx', { title: '无关', text: '另一件事情的正文。' }), bad('b.doc', 'doc'), { file: '首页盖章扫描件.pdf' }], list, profileWith({ resubmissionThreshold: 0 }));
    expect(d.map((x) => x.files)).toEqual([['a.docx']]);
  });

  it('does nothing without earlier cases', () => {
    expect(run(resubmission, [item('x.docx', { title: 'a', text: earlier })])).toHaveLength(0);
  });
});

describe('unit-quota: a file without a unit', () => {
  it('names the file in its data', () => {
    const d = run(unitQuota, [item('无单位.docx', { category: 'committee' })]);
    expect(d.map((x) => [x.messageId, x.severity, x.data.file, x.files])).toEqual([['unit-unknown', 'warning', '无单位.docx', ['无单位.docx']]]);
  });
});

describe('scan-missing', () => {
  const cases = [item('冶金/案例一.docx', { unit: '冶金学院', title: '案例一', category: 'committee' }), item('冶金/案例二.docx', { unit: '冶金学院', title: '案例二', category: 'branch' })];

  it('is content when one of a unit’s scans names no case (it covers the unit), though another names one', () => {
    const r = checkBatch([...cases, { file: '冶金/案例一-盖章扫描件.pdf' }, { file: '冶金/首页盖章扫描件.pdf' }], PROFILE, {}, [scanMissing]);
    expect(r.files.map((f) => [f.file, f.scanOf?.file ?? null])).toEqual([
      ['冶金/案例一.docx', null],
      ['冶金/案例二.docx', null],
      ['冶金/案例一-盖章扫描件.pdf', '冶金/案例一.docx'],
      ['冶金/首页盖章扫描件.pdf', null],
    ]);
    expect(r.diagnostics).toEqual([]);
  });

  it('names a scan that pairs with nothing in its message', () => {
    const r = checkBatch([...cases, { file: '扫描/扫描001.pdf' }], PROFILE, {}, [scanMissing]);
    const unpaired = r.diagnostics.filter((d) => d.messageId === 'unpaired');
    expect(unpaired.map((d) => [d.message, d.data.path])).toEqual([['扫描件“扫描001.pdf”无法对应到申报单位或案例（文件名和所在文件夹都没有线索），请人工核对。', '扫描/扫描001.pdf']]);
  });
});

describe('file-format', () => {
  it.each([
    ['a.doc', 'doc', 'doc'],
    ['b.wps', 'wps', 'wps'],
    ['c.pdf', 'pdf', 'pdf'],
    ['d.docx', 'encrypted', 'encrypted'],
    ['e.docx', 'empty', 'empty'],
    ['f.docx', 'zip-corrupt', 'corrupt'],
    ['g.docx', 'zip-bomb', 'zip-bomb'],
    ['g2.docx', 'too-large', 'zip-bomb'],
    ['h.docx', 'xml-entities', 'unsafe-xml'],
    ['h2.docx', 'xml-malformed', 'corrupt'],
    ['h3.docx', 'legacy-doc', 'doc'],
    ['h4.docx', 'truncated', 'corrupt'],
    ['big.docx', 'file-too-large', 'too-large'],
    ['i.txt', 'not-docx', 'not-docx'],
    ['j.docx', 'something-else', 'unreadable'],
  ])('%s (%s) → %s', (file, code, messageId) => {
    const d = run(fileFormat, [bad(file, code, '细节')]);
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ ruleId: 'file-format', messageId, severity: 'error', files: [file], data: { file, code } });
    expect(d[0].message).toContain(file);
  });

  it('says nothing about readable files', () => {
    expect(run(fileFormat, [item('ok.docx', { unit: 'U' })])).toHaveLength(0);
  });

  it('puts the size and the cap into the too-large message', () => {
    const d = run(fileFormat, [{ file: 'big.docx', error: { code: 'file-too-large', message: 'x', data: { sizeMb: '61.0', maxMb: '50.0' } } }]);
    expect(d[0].message).toContain('61.0');
    expect(d[0].message).toContain('50.0');
  });
});

describe('checkBatch', () => {
  it('runs every rule, keeps files in order and counts', () => {
    const items = [
      item('1.docx', { unit: 'A学院党委', category: 'committee' }),
      item('2.docx', { unit: 'A学院党委', category: 'committee' }),
      item('3.docx', { unit: 'A学院党委', category: 'branch' }),
      bad('4.doc', 'doc'),
    ];
    const r = checkBatch(items, PROFILE);
    expect(r.files.map((f) => [f.file, f.ok])).toEqual([
      ['1.docx', true],
      ['2.docx', true],
      ['3.docx', true],
      ['4.doc', false],
    ]);
    expect(r.diagnostics.map((d) => d.ruleId).sort()).toEqual(['file-format', 'scan-missing', 'unit-levels', 'unit-quota']);
    expect(r.summary).toMatchObject({ files: 4, checked: 3, unreadable: 1, scans: 0, ignored: 0, units: 1, errors: 3, warnings: 1 });
  });

  it('renders English messages on request', () => {
    const r = checkBatch([bad('x.pdf', 'pdf')], PROFILE, { locale: 'en' });
    expect(r.diagnostics[0].message).toMatch(/is a PDF/);
  });
});
