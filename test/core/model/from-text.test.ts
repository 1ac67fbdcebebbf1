import { documentFromText, pictureMarkers } from '../../../src/core/model';

describe('documentFromText', () => {
  test('one paragraph per line, empty lines kept, any line ending', () => {
    const doc = documentFromText('案例名称：甲\r\n\r\n一、实施背景\r近年来……\n');
    expect(doc.source).toBe('text');
    expect(doc.stories).toEqual([]);
    expect(doc.paragraphs.map((p) => [p.index, p.text])).toEqual([
      [0, '案例名称：甲'],
      [1, ''],
      [2, '一、实施背景'],
      [3, '近年来……'],
    ]);
  });

  test('no styles, no list labels, nothing recognised', () => {
    const [p] = documentFromText('一、实施背景').paragraphs;
    expect(p).toEqual({ index: 0, text: '一、实施背景', pictures: [], controls: [] });
  });

  test('a byte order mark is dropped; tabs and spaces are kept', () => {
    expect(documentFromText('\ufeff\t案例简介 ').paragraphs[0].text).toBe('\t案例简介 ');
  });

  test('an empty text is one empty paragraph', () => {
    expect(documentFromText('').paragraphs).toEqual([{ index: 0, text: '', pictures: [], controls: [] }]);
  });

  test('picture marker lines become picture paragraphs with empty text', () => {
    const doc = documentFromText('[图片]\n图1 讲党课\n【图片】 ［图片］\n<图片>\n＜图片＞\n![党员示范窗口](a/b.jpg)');
    expect(doc.paragraphs.map((p) => [p.text, p.pictures.length])).toEqual([
      ['', 1],
      ['图1 讲党课', 0],
      ['', 2],
      ['', 1],
      ['', 1],
      ['', 1],
    ]);
    expect(doc.paragraphs[5].pictures[0]).toEqual({ kind: 'inline', description: '党员示范窗口' });
  });
});

describe('pictureMarkers', () => {
  test.each([
    ['[图片]', 1],
    ['  【图片】　', 1],
    ['[图片][图片][图片]', 3],
    ['![](x.png) ![图](y.png)', 2],
  ])('%s → %i pictures', (line, n) => {
    expect(pictureMarkers(line)).toHaveLength(n);
  });

  test.each(['', '图片', '[图片] 支部书记讲党课', '见[图片]', '[图表]', '【图片', '![alt](x.png', '[图片]】'])('%s is not a marker line', (line) => {
    expect(pictureMarkers(line)).toBeUndefined();
  });
});
