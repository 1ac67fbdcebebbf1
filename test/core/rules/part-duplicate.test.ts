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

/** n controls with one title, as LibreOffice 7.4 saves a block-level control (structure/repeats.ts). */
function sameTitle(title: string, n: number) {
  return Array.from({ length: n }, (_, i) => ({ title, id: String(100 + i) }));
}

describe('text saved several times over', () => {
  test('one error names each part once, the largest number of copies and the first damaged paragraph outside any part', () => {
    // paragraph 0: a contact line before the cover, W·W W·W in 3 controls (4 copies);
    // paragraphs 5 and 6: two damaged summary paragraphs (4 copies each) — 案例简介 named once;
    // paragraph 8: 2021年9月 saved in 5 controls (5 copies), in 实施背景.
    const doc = caseDoc()
      .para('张三张三张三张三', { controls: sameTitle('联系人', 3) })
      .title('案例')
      .unit('某学院党委')
      .category('分党委')
      .heading('案例简介')
      .para('本案例本案例本案例本案例', { controls: sameTitle('案例简介', 3) })
      .para('好好好好', { controls: sameTitle('案例简介', 3) })
      .heading('一、实施背景')
      .para('2021年9月年2021年9月92021年9月月2021年9月2021年9月', { controls: sameTitle('实施背景', 5) })
      .practice(han(300))
      .lessons(han(300));
    expect(problems(doc, RULE)).toEqual([
      {
        ruleId: RULE,
        messageId: 'repeated',
        severity: 'error',
        data: { paragraphs: 4, copies: 5, parts: '联系人、案例简介、实施背景', firstParagraph: 0 },
        target: { part: 'document', paragraph: 0 },
      },
    ]);
  });

  test('the error points at the part of the first damaged paragraph', () => {
    const doc = base()
      .background(han(300))
      .para('背景背景背景背景', { controls: sameTitle('实施背景', 3) })
      .practice(han(300))
      .lessons(han(300));
    const found = problems(doc, RULE);
    expect(found).toEqual([
      expect.objectContaining({ messageId: 'repeated', data: { paragraphs: 1, copies: 4, parts: '实施背景', firstParagraph: 7 }, target: { part: 'background', paragraph: 7 } }),
    ]);
  });
});

describe('the label of a repeated section', () => {
  test('an inline label is named as written, not the whole paragraph', () => {
    const doc = base().background(han(300)).practice(han(300)).lessons(han(300)).para('【案例简介】再写一遍');
    expect(problems(doc, RULE)).toEqual([
      expect.objectContaining({ messageId: 'duplicate', data: expect.objectContaining({ part: 'summary', label: '【案例简介】' }), target: { part: 'summary', paragraph: 11 } }),
    ]);
  });

  test('a second tagged control without a heading is named by its text, trimmed', () => {
    const doc = base()
      .para(han(300), { controls: [{ tag: 'case.background', id: '6' }] })
      .practice(han(300))
      .lessons(han(300))
      .para(' 补充的背景 ', { controls: [{ tag: 'case.background', id: '7' }] });
    expect(problems(doc, RULE)).toEqual([
      expect.objectContaining({ messageId: 'duplicate', data: expect.objectContaining({ part: 'background', label: '补充的背景', firstParagraph: 5 }), target: { part: 'background', paragraph: 10 } }),
    ]);
  });
});
