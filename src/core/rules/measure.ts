/**
 * Lengths of the main story, counted once: one Counter walks the paragraphs and its running
 * totals are kept as prefix sums, so any paragraph range costs two array reads. This is
 * what keeps checkCase linear however many parts and rules look at the same text.
 */
import { Counter, type WordCounts } from '../count';
import type { CaseDocument } from '../model/types';
import type { LengthCounts } from '../report';
import type { Measure } from './types';

export class StoryMeasure implements Measure {
  private readonly words: Float64Array;
  private readonly noSpaces: Float64Array;
  private readonly withSpaces: Float64Array;
  private readonly paras: Float64Array;
  private readonly eastAsian: Float64Array;
  private readonly nonAsian: Float64Array;
  readonly length: number;

  constructor(doc: CaseDocument) {
    const n = doc.paragraphs.length;
    this.length = n;
    this.words = new Float64Array(n + 1);
    this.noSpaces = new Float64Array(n + 1);
    this.withSpaces = new Float64Array(n + 1);
    this.paras = new Float64Array(n + 1);
    this.eastAsian = new Float64Array(n + 1);
    this.nonAsian = new Float64Array(n + 1);
    const c = new Counter();
    for (let i = 0; i < n; i++) {
      const p = doc.paragraphs[i];
      c.paragraph(p.text, p.listLabel, p.listSuffix);
      this.words[i + 1] = c.words;
      this.noSpaces[i + 1] = c.charsNoSpaces;
      this.withSpaces[i + 1] = c.charsWithSpaces;
      this.paras[i + 1] = c.paragraphs;
      this.eastAsian[i + 1] = c.eastAsianChars;
      this.nonAsian[i + 1] = c.nonAsianWords;
    }
  }

  private clamp(i: number): number {
    return i < 0 ? 0 : i > this.length ? this.length : i;
  }

  range(start: number, end: number): LengthCounts {
    const s = this.clamp(start);
    const e = Math.max(s, this.clamp(end));
    return {
      words: this.words[e] - this.words[s],
      charsNoSpaces: this.noSpaces[e] - this.noSpaces[s],
      charsWithSpaces: this.withSpaces[e] - this.withSpaces[s],
    };
  }

  paragraph(index: number): LengthCounts {
    return this.range(index, index + 1);
  }

  /** Word's six statistics for paragraphs `start` to `end` (exclusive). */
  wordCounts(start = 0, end = this.length): WordCounts {
    const s = this.clamp(start);
    const e = Math.max(s, this.clamp(end));
    return {
      words: this.words[e] - this.words[s],
      charsNoSpaces: this.noSpaces[e] - this.noSpaces[s],
      charsWithSpaces: this.withSpaces[e] - this.withSpaces[s],
      paragraphs: this.paras[e] - this.paras[s],
      eastAsianChars: this.eastAsian[e] - this.eastAsian[s],
      nonAsianWords: this.nonAsian[e] - this.nonAsian[s],
    };
  }
}

export function addCounts(a: LengthCounts, b: LengthCounts): LengthCounts {
  return {
    words: a.words + b.words,
    charsNoSpaces: a.charsNoSpaces + b.charsNoSpaces,
    charsWithSpaces: a.charsWithSpaces + b.charsWithSpaces,
  };
}

export function subtractCounts(a: LengthCounts, b: LengthCounts): LengthCounts {
  return {
    words: a.words - b.words,
    charsNoSpaces: a.charsNoSpaces - b.charsNoSpaces,
    charsWithSpaces: a.charsWithSpaces - b.charsWithSpaces,
  };
}

export const NO_LENGTH: Readonly<LengthCounts> = Object.freeze({ words: 0, charsNoSpaces: 0, charsWithSpaces: 0 });
