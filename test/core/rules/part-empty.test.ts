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
