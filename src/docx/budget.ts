/**
 * What one document may cost the reader: paragraphs, runs and characters, all stories
 * together, against the caps of src/core/limits.ts. A few KB of XML can describe millions
 * of empty paragraphs or runs; the reader stops at the cap and refuses the file, instead
 * of building them all.
 */
import { LIMITS, type LimitName } from '../core/limits';

export class LimitExceeded extends Error {
  constructor(readonly limit: LimitName) {
    super(`over the ${limit} limit`);
    this.name = 'LimitExceeded';
  }
}

export class Budget {
  private paragraphsLeft: number = LIMITS.paragraphs;
  private runsLeft: number = LIMITS.runs;
  private charsLeft: number = LIMITS.textChars;

  /** One more paragraph (or story: a text box with no paragraph still costs one). */
  paragraph(): void {
    if (--this.paragraphsLeft < 0) throw new LimitExceeded('paragraphs');
  }

  /** One more run or drawing. */
  run(): void {
    if (--this.runsLeft < 0) throw new LimitExceeded('runs');
  }

  /** `n` more characters of text (list labels included). */
  text(n: number): void {
    if ((this.charsLeft -= n) < 0) throw new LimitExceeded('textChars');
  }
}
