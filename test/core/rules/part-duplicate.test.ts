import { caseDoc, han, problems } from './harness';

const RULE = 'part-duplicate';

function base() {
  return caseDoc().title('案例').unit('某学院党委').category('分党委').summary(han(200));
}

test('valid: each section once', () => {
  expect(problems(base().background(han(300)).practice(han(300)).lessons(han(300)), RULE)).toEqual([]);
});

test('invalid: a section heading written twice is reported at the second, with its label', () => {
  const doc = base().background(han(300)).practice(han(300)).lessons(han(300)).background(han(100), '四、工作背景');
  const found = problems(doc, RULE);
  expect(found).toEqual([
    expect.objectContaining({ messageId: 'duplicate', severity: 'warning', data: expect.objectContaining({ part: 'background', label: '四、工作背景' }) }),
  ]);
  const d = doc.build();
  expect(d.paragraphs[found[0].target.paragraph!].text).toBe('四、工作背景');
});
