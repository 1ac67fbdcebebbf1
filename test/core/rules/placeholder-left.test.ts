import { cover, han, P, problems } from './harness';

const RULE = 'placeholder-left';

const prompt = '【请在此处简述实施背景】';
const profile = { ...P, placeholders: [prompt, '【请填写】', '请填写'] };

test('valid: no prompt text left', () => {
  expect(problems(cover('分党委').background(han(300)).practice(han(300)).lessons(han(300)), RULE, {}, profile)).toEqual([]);
});

test('invalid: a prompt left in a section, with its span', () => {
  const text = `${han(10)}${prompt}${han(5)}`;
  const doc = cover('分党委').background(text).practice(han(300)).lessons(han(300));
  const found = problems(doc, RULE, {}, profile);
  const paragraph = doc.build().paragraphs.findIndex((p) => p.text === text);
  expect(found).toEqual([
    {
      ruleId: RULE,
      messageId: 'placeholder',
      severity: 'error',
      data: expect.objectContaining({ text: prompt, part: 'background' }),
      target: expect.objectContaining({ part: 'background', paragraph }),
      span: { paragraph, start: 10, end: 10 + prompt.length },
    },
  ]);
});

test('every occurrence is reported; a shorter prompt inside a longer one only once', () => {
  const doc = cover('分党委').background(han(300)).practice(`【请填写】${han(3)}【请填写】`).lessons(han(300));
  const found = problems(doc, RULE, {}, profile);
  expect(found.map((p) => [p.data.text, p.span?.start])).toEqual([
    ['【请填写】', 0],
    ['【请填写】', 8],
  ]);
});

test('an empty list checks nothing', () => {
  const doc = cover('分党委').background(prompt).practice(han(300)).lessons(han(300));
  expect(problems(doc, RULE, {}, { ...P, placeholders: [] })).toEqual([]);
});

test('the built-in profile’s own prompts are found (the template’s text)', () => {
  expect(P.placeholders.length).toBeGreaterThan(0);
  const builtin = P.placeholders[0];
  const doc = cover('分党委').background(han(300)).practice(builtin).lessons(han(300));
  expect(problems(doc, RULE).map((p) => p.data.text)).toContain(builtin);
});

test('the template’s unticked 党支部类型 row is not prompt text to replace (branch-subtype-missing asks to tick one)', () => {
  const row = '□教师党支部\u3000□机关、直属、后勤、科产、离退休党支部\u3000□学生党支部';
  expect(P.placeholders).toContain(row);
  const doc = cover('党支部').field('党支部类型', row).background(han(300)).practice(han(300)).lessons(han(300));
  expect(problems(doc, RULE)).toEqual([]);
});

describe('overlapping, adjacent and blank prompts', () => {
  const long = '【请在此处简述实施背景】';

  test.each([
    ['short first', ['请填写', '【请填写】']],
    ['long first', ['【请填写】', '请填写']],
    ['three, shortest first', ['填写', '请填写', '【请填写】']],
  ])('a prompt inside a longer one is reported as the longer, whatever the profile’s order (%s)', (_name, placeholders) => {
    const doc = cover('分党委').background(han(300)).practice(`${han(2)}【请填写】`).lessons(han(300));
    expect(problems(doc, RULE, {}, { ...P, placeholders }).map((p) => [p.data.text, p.span?.start, p.span?.end])).toEqual([['【请填写】', 2, 7]]);
  });

  test('the same prompt twice in a row is reported twice', () => {
    const doc = cover('分党委').background(han(300)).practice('【请填写】【请填写】').lessons(han(300));
    expect(problems(doc, RULE, {}, { ...P, placeholders: ['【请填写】'] }).map((p) => [p.span?.start, p.span?.end])).toEqual([
      [0, 5],
      [5, 10],
    ]);
  });

  test('a shorter prompt right before a longer one is reported too', () => {
    const doc = cover('分党委').background(`【请填写】${long}`).practice(han(300)).lessons(han(300));
    expect(problems(doc, RULE, {}, { ...P, placeholders: [long, '【请填写】'] }).map((p) => [p.data.text, p.span?.start, p.span?.end])).toEqual([
      [long, 5, 17],
      ['【请填写】', 0, 5],
    ]);
  });

  test('a blank prompt in the profile matches nothing', () => {
    const doc = cover('分党委').background(`${han(3)}  ${han(3)}`).practice(han(300)).lessons(han(300));
    expect(problems(doc, RULE, {}, { ...P, placeholders: ['  ', '\u3000'] })).toEqual([]);
  });

  test('a prompt outside every part is reported at the document', () => {
    const doc = cover('分党委').background(han(300)).practice(han(300)).lessons(han(300));
    const d = doc.build();
    d.paragraphs.unshift({ ...d.paragraphs[0], text: '【请填写】' });
    d.paragraphs.forEach((p, i) => (p.index = i));
    expect(problems(d, RULE, {}, { ...P, placeholders: ['【请填写】'] })).toEqual([
      expect.objectContaining({ data: { text: '【请填写】', part: null, partLabel: null }, target: { part: 'document', paragraph: 0 } }),
    ]);
  });
});
