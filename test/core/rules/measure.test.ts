/**
 * StoryMeasure's prefix sums, read directly: ranges that start past the first paragraph,
 * ranges that reach outside the story, and the helpers that add and take away counts.
 * Every expected value is counted by hand from the paragraph texts below.
 */
import { addCounts, NO_LENGTH, StoryMeasure, subtractCounts } from '../../../src/core/rules/measure';
import type { CaseDocument } from '../../../src/core/model/types';

// 中文 a: 3 words, 3 chars (4 with the space), 2 East Asian, 1 non-Asian. ab cd: 2 words, 4 chars (5 with the space), 2 non-Asian.
// 一二 x: 3 words, 3 chars (4 with the space), 2 East Asian, 1 non-Asian.
const doc: CaseDocument = {
  paragraphs: ['中文 a', 'ab cd', '一二 x'].map((text, index) => ({ index, text })) as CaseDocument['paragraphs'],
  stories: [],
  source: 'text',
};

describe('StoryMeasure', () => {
  const m = new StoryMeasure(doc);

  test('Word statistics of paragraphs 2 and 3 leave out the first paragraph', () => {
    expect(m.wordCounts(1, 3)).toEqual({ words: 5, charsNoSpaces: 7, charsWithSpaces: 9, paragraphs: 2, eastAsianChars: 2, nonAsianWords: 3 });
  });

  test('a range reaching before the first or past the last paragraph counts the whole story', () => {
    expect(m.range(-2, 99)).toEqual({ words: 8, charsNoSpaces: 10, charsWithSpaces: 13 });
    expect(m.wordCounts(-1, 7)).toEqual({ words: 8, charsNoSpaces: 10, charsWithSpaces: 13, paragraphs: 3, eastAsianChars: 4, nonAsianWords: 4 });
  });
});

describe('length arithmetic', () => {
  test('adding and taking away counts works on every field', () => {
    expect(addCounts({ words: 5, charsNoSpaces: 7, charsWithSpaces: 9 }, { words: 2, charsNoSpaces: 3, charsWithSpaces: 4 })).toEqual({ words: 7, charsNoSpaces: 10, charsWithSpaces: 13 });
    expect(subtractCounts({ words: 5, charsNoSpaces: 7, charsWithSpaces: 9 }, { words: 2, charsNoSpaces: 3, charsWithSpaces: 4 })).toEqual({ words: 3, charsNoSpaces: 4, charsWithSpaces: 5 });
  });

  test('NO_LENGTH is zero words and zero characters', () => {
    expect({ ...NO_LENGTH }).toEqual({ words: 0, charsNoSpaces: 0, charsWithSpaces: 0 });
  });
});
