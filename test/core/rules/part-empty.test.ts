import { caseDoc, han, problems } from './harness';

const RULE = 'part-empty';

function base() {
  return caseDoc().title('党建引领“双创”实践育人').unit('信息科学与工程学院党委').category('分党委').summary(han(200));
}

test('valid: every part has text', () => {
  expect(problems(base().background(han(300)).practice(han(300)).lessons(han(300)), RULE)).toEqual([]);
});

test.each([
  ['background', () => base().heading('一、实施背景').practice(han(300)).lessons(han(300))],
  ['practice', () => base().background(han(300)).heading('二、主要做法').lessons(han(300))],
  ['lessons', () => base().background(han(300)).practice(han(300)).heading('三、经验启示')],
])('invalid: %s holds only its heading', (id, build) => {
  expect(problems(build(), RULE)).toEqual([
    expect.objectContaining({ messageId: 'part', severity: 'error', data: expect.objectContaining({ part: id }), target: expect.objectContaining({ part: id }) }),
  ]);
});

test('invalid: a section holding only a picture and its caption has no text of its own', () => {
  const doc = base().background(han(300)).heading('二、主要做法').picture({ caption: '图1 主题党日' }).lessons(han(300));
  expect(problems(doc, RULE).map((p) => p.data.part)).toEqual(['practice']);
});

test('valid: one character of text is text', () => {
  expect(problems(base().background('略').practice(han(300)).lessons(han(300)), RULE)).toEqual([]);
});

test('invalid: all three sections hold only their headings: each is reported, the body as a whole is not', () => {
  const doc = base().heading('一、实施背景').heading('二、主要做法').heading('三、经验启示');
  expect(problems(doc, RULE).map((p) => p.data.part)).toEqual(['background', 'practice', 'lessons']);
});

test('invalid: a required cover field with a label and no value is an empty field, an error, at its paragraph', () => {
  // 案例名称 0, 申报单位 1
  const doc = caseDoc().unit('信息科学与工程学院党委').para('案例名称：').category('分党委').summary(han(200)).background(han(300)).practice(han(300)).lessons(han(300));
  expect(problems(doc, RULE)).toEqual([
    { ruleId: RULE, messageId: 'field', severity: 'error', data: { part: 'title', partLabel: '案例名称' }, target: { part: 'title', paragraph: 1 } },
  ]);
});

test('an optional field left empty (实施党组织) is only a warning', () => {
  const doc = base().org('').background(han(300)).practice(han(300)).lessons(han(300));
  expect(problems(doc, RULE)).toEqual([
    { ruleId: RULE, messageId: 'field', severity: 'warning', data: { part: 'org', partLabel: '实施党组织' }, target: { part: 'org', paragraph: 5 } },
  ]);
});

test('an empty 案例正文 control (the template’s) is not reported as an empty part: its missing sections are part-missing’s', () => {
  const doc = base().para('', { controls: [{ tag: 'case.body', id: '9' }] });
  expect(problems(doc, RULE)).toEqual([]);
  expect(problems(doc, 'part-missing').map((p) => p.data.part)).toEqual(['background', 'practice', 'lessons']);
});
