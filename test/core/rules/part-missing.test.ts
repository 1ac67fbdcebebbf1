import { caseDoc, han, P, problems, HEADINGS } from './harness';

const RULE = 'part-missing';

type Step = 'title' | 'unit' | 'summary' | 'background' | 'practice' | 'lessons';
const ALL: Step[] = ['title', 'unit', 'summary', 'background', 'practice', 'lessons'];

function without(...skip: Step[]) {
  let b = caseDoc();
  if (!skip.includes('title')) b = b.title('党建引领“双创”实践育人');
  if (!skip.includes('unit')) b = b.unit('信息科学与工程学院党委');
  b = b.category('分党委');
  if (!skip.includes('summary')) b = b.summary(han(200));
  if (!skip.includes('background')) b = b.background(han(300), HEADINGS.background);
  if (!skip.includes('practice')) b = b.practice(han(300), HEADINGS.practice);
  if (!skip.includes('lessons')) b = b.lessons(han(300), HEADINGS.lessons);
  return b;
}

test('valid: every required part present', () => {
  expect(problems(without(), RULE)).toEqual([]);
});

test('the required parts are the profile’s', () => {
  expect(P.parts.filter((p) => p.required).map((p) => p.id).sort()).toEqual([...ALL].sort());
});

test.each(ALL)('invalid: no %s', (id) => {
  const spec = P.parts.find((p) => p.id === id)!;
  const messageId = spec.kind === 'cover' ? 'field' : spec.kind;
  const found = problems(without(id), RULE);
  expect(found).toEqual([
    expect.objectContaining({ messageId, severity: 'error', data: expect.objectContaining({ part: id, partLabel: spec.label }), target: expect.objectContaining({ part: id }) }),
  ]);
});

test('optional parts (org, period, contact) are never reported', () => {
  const ids = problems(without(), RULE).map((p) => p.data.part);
  expect(ids).not.toContain('org');
  expect(problems(without('background', 'lessons'), RULE).map((p) => p.data.part)).toEqual(['background', 'lessons']);
});

test('invalid: a heading where the missing section would stand is named, and a rename suggested', () => {
  const doc = caseDoc()
    .title('党建引领“双创”实践育人')
    .unit('信息科学与工程学院党委')
    .category('分党委')
    .summary(han(200))
    .background(han(300), HEADINGS.background)
    .practice(han(300), '二、实施方法和过程')
    .lessons(han(300), HEADINGS.lessons);
  expect(problems(doc, RULE)).toEqual([
    expect.objectContaining({
      messageId: 'section-candidate',
      data: expect.objectContaining({ part: 'practice', seen: '二、实施方法和过程', suggested: '二、主要做法' }),
    }),
  ]);
});

test('a heading after every present section is not offered to a section missing before them', () => {
  const doc = without('background').para('四、下一步打算', { style: 'Heading1' }).para(han(100));
  expect(problems(doc, RULE).map((p) => p.messageId)).toEqual(['section']);
});

test('the message names the sections the notice asks for, in its order', () => {
  expect(problems(without('lessons'), RULE)).toEqual([
    {
      ruleId: RULE,
      messageId: 'section',
      severity: 'error',
      data: { part: 'lessons', partLabel: '经验启示', sections: '实施背景、主要做法、经验启示' },
      target: { part: 'lessons' },
    },
  ]);
});

test('the body as a whole is never reported missing, even where a profile marks it required', () => {
  const bodyRequired = { ...P, parts: P.parts.map((p) => (p.id === 'body' ? { ...p, required: true } : p)) };
  expect(problems(without('background', 'practice', 'lessons'), RULE, {}, bodyRequired).map((p) => p.data.part)).toEqual(['background', 'practice', 'lessons']);
});

test('an unlabelled start of the body counts its non-blank paragraphs and points at the first', () => {
  // cover 0–2, 案例简介 3, its text 4; then 5–8 run on without a heading (one blank, one only spaces)
  const doc = caseDoc()
    .title('党建引领')
    .unit('信息学院党委')
    .category('分党委')
    .summary(han(197))
    .para(han(100))
    .para('')
    .para('\u3000 ')
    .para(han(79))
    .practice(han(400), '一、主要做法')
    .lessons(han(250), '二、经验启示');
  expect(problems(doc, RULE)).toEqual([
    {
      ruleId: RULE,
      messageId: 'section-unlabelled',
      severity: 'error',
      data: { part: 'background', partLabel: '实施背景', sections: '实施背景、主要做法、经验启示', paragraphs: 2, words: 179, metric: 'words' },
      target: { part: 'background', paragraph: 5 },
    },
  ]);
});
