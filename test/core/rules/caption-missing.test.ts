import { cover, P, problems, han } from './harness';

const RULE = 'caption-missing';

function practice(build: (b: ReturnType<typeof cover>) => ReturnType<typeof cover>) {
  return build(cover('分党委').background(han(300)).practice(han(300))).lessons(han(300));
}

test('valid: every group has a caption (题注 style, or a 图… line right after)', () => {
  expect(problems(practice((b) => b.picture({ caption: '图1 党员志愿服务' }).picture({ caption: '图2 主题党日', captionStyle: 'Normal' })), RULE)).toEqual([]);
});

test('valid: a 组图 (several pictures, one caption) needs one caption', () => {
  expect(problems(practice((b) => b.picture({ count: 3, caption: '组图1 支部活动' })), RULE)).toEqual([]);
});

test('invalid: a picture with nothing after it', () => {
  expect(problems(practice((b) => b.picture()), RULE)).toEqual([
    expect.objectContaining({
      messageId: 'missing',
      severity: 'error',
      data: expect.objectContaining({ group: 1, max: P.pictures.caption.value }),
      target: expect.objectContaining({ part: 'caption', group: 1 }),
    }),
  ]);
});

test('invalid: a caption that is only a label', () => {
  expect(problems(practice((b) => b.picture({ caption: '图1' })), RULE)).toEqual([
    expect.objectContaining({ messageId: 'empty', data: expect.objectContaining({ group: 1, label: '图1' }) }),
  ]);
});

test('invalid: only the groups without captions are reported, by number', () => {
  const doc = practice((b) => b.picture({ caption: '图1 理论学习' }).para(han(30)).picture().para(han(200)).picture({ caption: '图3 志愿服务' }));
  expect(problems(doc, RULE).map((p) => p.data.group)).toEqual([2]);
});

describe('what is reported, exactly', () => {
  // cover 0–5, 一、实施背景 6–7, 二、主要做法 8–9: pictures from paragraph 10
  test('a group of two picture paragraphs without a caption is reported at its last picture', () => {
    expect(problems(practice((b) => b.picture().picture()), RULE)).toEqual([
      {
        ruleId: RULE,
        messageId: 'missing',
        severity: 'error',
        data: { group: 1, max: 20, metric: 'words' },
        target: { part: 'caption', group: 1, paragraph: 11 },
      },
    ]);
  });

  test('a label followed only by spaces is a caption without text, reported at the caption with the group’s number', () => {
    expect(problems(practice((b) => b.picture({ caption: '图1 学习' }).para(han(30)).picture({ caption: '图2\u3000 ' })), RULE)).toEqual([
      {
        ruleId: RULE,
        messageId: 'empty',
        severity: 'error',
        data: { group: 2, max: 20, metric: 'words', label: '图2' },
        target: { part: 'caption', group: 2, paragraph: 14 },
      },
    ]);
  });

  test('a "左右" caption limit says so in the data', () => {
    const around = { ...P, pictures: { ...P.pictures, caption: { ...P.pictures.caption, kind: 'around' as const } } };
    expect(problems(practice((b) => b.picture()), RULE, {}, around)[0].data).toEqual({ group: 1, max: 20, metric: 'words', kind: 'around' });
  });
});
