import neu2024 from '../../../src/profiles/neu-2024.json';
import { getBuiltinProfile, loadProfile, NEU_2024, BUILTIN_PROFILE_IDS } from '../../../src/core/profile';
import type { Profile } from '../../../src/core/profile/types';

function clone(): Profile & Record<string, unknown> {
  return JSON.parse(JSON.stringify(neu2024));
}

function errorsOf(p: unknown): { path: string; message: string }[] {
  const r = loadProfile(p);
  if (r.ok) throw new Error('expected errors, got a profile');
  return r.errors;
}

describe('the built-in profile', () => {
  test('neu-2024.json validates against the schema and the semantic checks', () => {
    const r = loadProfile(neu2024);
    expect(r.ok ? [] : r.errors).toEqual([]);
  });

  test('getBuiltinProfile and NEU_2024 are the file’s content, without $schema', () => {
    expect(getBuiltinProfile('neu-2024')).toBe(NEU_2024);
    expect(BUILTIN_PROFILE_IDS).toContain('neu-2024');
    const { $schema, ...rest } = clone();
    expect($schema).toBeDefined();
    expect(NEU_2024).toEqual(rest);
    expect(getBuiltinProfile('nope')).toBeUndefined();
    expect(getBuiltinProfile('toString')).toBeUndefined();
  });

  test('the notice’s numbers are in it (RULES.md)', () => {
    const cat = (id: string) => NEU_2024.categories.find((c) => c.id === id);
    expect(cat('committee')?.bodyLimit).toMatchObject({ kind: 'max', value: 2000 });
    expect(cat('branch')?.bodyLimit).toMatchObject({ kind: 'around', value: 1000 });
    expect(NEU_2024.parts.find((p) => p.id === 'summary')?.limit).toMatchObject({ kind: 'around', value: 200 });
    expect(NEU_2024.pictures).toMatchObject({ maxGroups: 5, caption: { kind: 'max', value: 20 } });
    expect(NEU_2024.parts.filter((p) => p.pictures).map((p) => p.id)).toEqual(['practice']);
    expect(NEU_2024.parts.filter((p) => p.kind === 'section').map((p) => p.id)).toEqual(['background', 'practice', 'lessons', 'body']);
    expect(NEU_2024.period).toMatchObject({ withinYears: 5, minYearsRunning: 2 });
    expect(NEU_2024.notice).toMatchObject({ year: 2024, deadline: '2024-11-27' });
    expect(NEU_2024.tolerances).toMatchObject({ nearMax: 0.95, around: { warning: 0.2, error: 0.5 } });
  });
});

describe('schema errors name the JSON path', () => {
  test.each<[string, (p: Profile & Record<string, unknown>) => void, string]>([
    ['a limit value of the wrong type', (p) => ((p.parts[8].limit as unknown as Record<string, unknown>).value = '200'), '$.parts[8].limit.value'],
    ['a negative limit', (p) => (p.categories[0].bodyLimit!.value = -1), '$.categories[0].bodyLimit.value'],
    ['a limit without its source', (p) => delete (p.categories[1].bodyLimit as Partial<Profile['categories'][0]['bodyLimit']>)!.source, '$.categories[1].bodyLimit.source'],
    ['an unknown limit kind', (p) => ((p.parts[8].limit as unknown as Record<string, unknown>).kind = 'about'), '$.parts[8].limit.kind'],
    ['an unknown key at the top', (p) => (p.colour = 'red'), '$.colour'],
    ['an unknown key deep down', (p) => ((p.pictures as unknown as Record<string, unknown>).maxPictures = 5), '$.pictures.maxPictures'],
    ['a missing required key', (p) => delete (p as Partial<Profile>).period, '$.period'],
    ['a missing source', (p) => delete (p.pictures as Partial<Profile['pictures']>).source, '$.pictures.source'],
    ['a bad metric', (p) => ((p as Record<string, unknown>).metric = 'letters'), '$.metric'],
    ['a bad deadline shape', (p) => (p.notice.deadline = '2024/11/27'), '$.notice.deadline'],
    ['an alias that is not a string', (p) => ((p.parts[3].aliases as unknown[])[1] = 7), '$.parts[3].aliases[1]'],
    ['a share over 1', (p) => (p.listing.minShare = 1.5), '$.listing.minShare'],
    ['a fractional picture count', (p) => (p.pictures.maxGroups = 2.5), '$.pictures.maxGroups'],
    ['a part id that is no id', (p) => ((p.parts[0] as unknown as Record<string, unknown>).id = '案例 名称'), '$.parts[0].id'],
    ['a caption limit of an unknown kind', (p) => ((p.pictures.caption as unknown as Record<string, unknown>).kind = 'about'), '$.pictures.caption.kind'],
    ['the old single picture section', (p) => ((p.pictures as unknown as Record<string, unknown>).section = 'practice'), '$.pictures.section'],
    ['a section that says pictures with a string', (p) => ((p.parts[10] as unknown as Record<string, unknown>).pictures = 'yes'), '$.parts[10].pictures'],
    ['an empty category list', (p) => (p.categories = []), '$.categories'],
  ])('%s → %s', (_name, breakIt, path) => {
    const p = clone();
    breakIt(p);
    const errors = errorsOf(p);
    expect(errors.map((e) => e.path)).toContain(path);
    for (const e of errors) expect(e.message).toMatch(/[\u4e00-\u9fff]/);
  });

  test('not an object, not JSON', () => {
    expect(errorsOf(42)[0].path).toBe('$');
    expect(errorsOf(null)[0].path).toBe('$');
    expect(errorsOf('{ not json')[0].path).toBe('$');
  });

  test('JSON text is accepted', () => {
    expect(loadProfile(JSON.stringify(neu2024)).ok).toBe(true);
  });
});

describe('semantic errors', () => {
  test.each<[string, (p: Profile) => void, string]>([
    ['a category parent that does not exist', (p) => (p.categories[2].parent = 'cell'), '$.categories[2].parent'],
    ['a duplicate category id', (p) => (p.categories[3].id = 'branch.teacher'), '$.categories[3].id'],
    ['a parent cycle', (p) => (p.categories[1].parent = 'branch.teacher'), '$.categories[1].parent'],
    ['a duplicate part id', (p) => (p.parts[1].id = 'title'), '$.parts[1].id'],
    ['a warning band wider than the error band', (p) => (p.tolerances.around.warning = 0.6), '$.tolerances.around.error'],
    ['a zero warning band', (p) => (p.tolerances.around.warning = 0), '$.tolerances.around.warning'],
    ['a zero near-maximum share', (p) => (p.tolerances.nearMax = 0), '$.tolerances.nearMax'],
    ['an impossible deadline', (p) => (p.notice.deadline = '2024-02-30'), '$.notice.deadline'],
    ['a duplicate control tag', (p) => (p.parts[2].tag = 'case.title'), '$.parts[2].tag'],
  ])('%s → %s', (_name, breakIt, path) => {
    const p = clone();
    breakIt(p);
    expect(errorsOf(p).map((e) => e.path)).toContain(path);
  });

  // A profile's own parts (issue 14): the error's path and what it says.
  test.each<[string, (p: Profile) => void, string, RegExp]>([
    ['no body section at all', (p) => (p.parts = p.parts.filter((x) => x.kind !== 'section' || x.id === 'body')), '$.parts', /至少应有一个正文部分/],
    ['the summary declared as a section', (p) => (p.parts.find((x) => x.id === 'summary')!.kind = 'section'), '$.parts[8].kind', /应为“summary”/],
    ['a summary under another id', (p) => (p.parts.find((x) => x.id === 'background')!.kind = 'summary'), '$.parts[9].kind', /id 应为“summary”/],
    ['a known cover field declared as a section', (p) => (p.parts.find((x) => x.id === 'unit')!.kind = 'section'), '$.parts[1].kind', /应为“cover”/],
    ['pictures allowed but no section for them', (p) => delete p.parts.find((x) => x.id === 'practice')!.pictures, '$.parts', /没有哪个正文部分标明 "pictures": true/],
    ['pictures in a cover field', (p) => (p.parts.find((x) => x.id === 'title')!.pictures = true), '$.parts[0].pictures', /只有正文的部分可以放图片/],
    ['more pictures required than allowed', (p) => (p.pictures.minGroups = 6), '$.pictures.minGroups', /不应大于 maxGroups（5）/],
    ['a listing section that is absent', (p) => (p.listing.section = 'lessons-learnt'), '$.listing.section', /不是正文的部分/],
  ])('%s → %s', (_name, breakIt, path, message) => {
    const p = clone();
    breakIt(p);
    const at = errorsOf(p).filter((e) => e.path === path);
    expect(at.map((e) => e.message)).toEqual(expect.arrayContaining([expect.stringMatching(message)]));
  });

  test('a profile of its own parts: four sections, no summary, a cover field of its own', () => {
    const p = clone();
    p.parts = p.parts.filter((x) => !['summary', 'background', 'practice', 'lessons'].includes(x.id));
    p.parts.push(
      { id: 'leader', label: '负责人', kind: 'cover', required: false, tag: 'case.leader', aliases: ['负责人'] },
      { id: 'theme', label: '活动主题与思路', kind: 'section', required: true, tag: 'case.theme', aliases: ['活动主题与思路'] },
      { id: 'process', label: '实施方法与过程', kind: 'section', required: true, tag: 'case.process', aliases: ['实施方法与过程'], pictures: true },
      { id: 'results', label: '所取得主要成效', kind: 'section', required: true, tag: 'case.results', aliases: ['主要成效'] },
      { id: 'lessons', label: '经验与启示', kind: 'section', required: true, tag: 'case.lessons', aliases: ['经验与启示'] },
    );
    p.listing.section = 'process';
    const r = loadProfile(p);
    expect(r.ok ? [] : r.errors).toEqual([]);
  });

  // Garbage in: an error list (never a throw), each error with its JSON path and a message in Chinese.
  test.each<[string, unknown, { path: string; message: string }[]]>([
    ['undefined', undefined, [{ path: '$', message: '应为对象，实为undefined' }]],
    ['an array', [], [{ path: '$', message: '应为对象，实为数组' }]],
    ['JSON text of an array', '[]', [{ path: '$', message: '应为对象，实为数组' }]],
    ['parts that are a string', { parts: 'x' }, [{ path: '$.id', message: '缺少必填项' }, { path: '$.parts', message: '应为数组，实为字符串' }]],
    [
      'an empty category',
      { categories: [{}] },
      [
        { path: '$.parts', message: '缺少必填项' },
        { path: '$.categories[0].id', message: '缺少必填项' },
        { path: '$.categories[0].label', message: '缺少必填项' },
        { path: '$.categories[0].aliases', message: '缺少必填项' },
      ],
    ],
    ['a Date (an object with no keys)', new Date(), [{ path: '$.id', message: '缺少必填项' }, { path: '$.categories', message: '缺少必填项' }]],
  ])('garbage: %s', (_name, value, expected) => {
    const errors = errorsOf(value);
    expect(errors).toEqual(expect.arrayContaining(expected));
    if (expected[0].path === '$') expect(errors).toEqual(expected);
    for (const e of errors) {
      expect(e.path).toMatch(/^\$(\.[a-zA-Z]+|\[\d+\])*$/);
      expect(e.message).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
