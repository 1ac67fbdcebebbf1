/**
 * Symbol-font characters (U+F0xx) as Word counts them, from the reference documents in
 * shared/wordcount: the Symbol bullet U+F0B7 is a character but no word (en-report, 28
 * bullets), Wingdings bullets U+F0D8 and U+F0F0 are a character and a word each
 * (zh-exam-notes: four such bullets make 224 非中文单词 rather than 220).
 */
import { countParagraphs } from '../../../src/core/count';

describe('Symbol and Wingdings bullets', () => {
  test('U+F0B7 (Symbol •) is a character, not a word', () => {
    const c = countParagraphs([{ text: '要点', listLabel: '\uf0b7', listSuffix: 'tab' }]);
    expect(c).toMatchObject({ words: 2, charsNoSpaces: 3, nonAsianWords: 0 });
  });
  test.each(['\uf0d8', '\uf0f0', '\uf06c'])('%s (Wingdings) is a character and a word', (bullet) => {
    const c = countParagraphs([{ text: '构建', listLabel: bullet, listSuffix: 'tab' }]);
    expect(c).toMatchObject({ words: 3, charsNoSpaces: 3, nonAsianWords: 1, charsWithSpaces: 4 });
  });
});
