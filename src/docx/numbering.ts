/**
 * word/numbering.xml: the labels Word shows for automatically numbered paragraphs
 * (`一、`, `（一）`, `1.`, `①`, bullets). They count in Word's 字数, so they must be exact.
 *
 * Word semantics implemented here:
 * - A paragraph's w:numPr (direct, or from its style chain) names a w:num; the w:num points
 *   to a w:abstractNum (possibly through w:numStyleLink → a numbering style → another w:num).
 * - Counters belong to the abstract numbering: two w:num sharing an abstractNum continue one
 *   sequence. A w:lvlOverride/w:startOverride restarts its level the first time that w:num
 *   numbers a paragraph at that level.
 * - When a level advances, deeper levels restart (w:lvlRestart can say after which level,
 *   or 0 for never).
 * - w:lvlText replaces %1..%9 by the counters of those levels, each in its level's w:numFmt
 *   (or in decimal when the level is w:isLgl). `bullet` shows w:lvlText as written
 *   (a Symbol-font bullet is U+F0B7). w:numId 0 means "no numbering".
 *
 * Bounds (a 5 KB file must not build labels of millions of characters): Word keeps a
 * level's text to at most 31 characters after the %n are replaced ([MS-OI29500] 2.1.283,
 * on §17.9.11 lvlText), so every label is cut there, and each piece is built no longer than
 * that; its dialog takes start values from 0 to 32767, so w:start and w:startOverride are
 * clamped to that range (10^15 would otherwise become a string of 4·10^13 letters).
 */
import type { ListSuffix } from '../core/model/types';
import type { Styles } from './styles';
import { onOff, Tok, XmlScanner } from './xml';

export interface LevelDef {
  start: number;
  fmt: string;
  /** w:format of a `custom` w:numFmt, e.g. `001, 002, 003, ...`. */
  custom?: string;
  text?: string;
  /** w:lvlRestart: the 1-based level after which this level restarts; 0 = never. */
  restart?: number;
  isLgl: boolean;
  suffix: ListSuffix;
  pStyle?: string;
}

interface AbstractNum {
  id: string;
  levels: (LevelDef | undefined)[];
  numStyleLink?: string;
}

interface Override {
  start?: number;
  level?: LevelDef;
}

interface Num {
  id: string;
  abstractId?: string;
  overrides: Map<number, Override>;
}

function int(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = parseInt(v, 10);
  return Number.isFinite(n) ? n : undefined;
}

/** Word: at most 31 characters of level text once the %n are replaced. */
export const MAX_LABEL = 31;
/** Word's numbering dialog: "Start at" 0 to 32767. */
export const MAX_START = 32767;
/** Raw w:lvlText and w:format kept: far more than can survive the 31-character cut. */
const MAX_RAW = 256;

function startValue(v: string | undefined): number | undefined {
  const n = int(v);
  return n === undefined ? undefined : Math.max(0, Math.min(MAX_START, n));
}

function readLevel(x: XmlScanner): { ilvl: number; level: LevelDef } {
  const ilvl = int(x.attr('w:ilvl')) ?? 0;
  const level: LevelDef = { start: 1, fmt: 'decimal', isLgl: false, suffix: 'tab' };
  let fmtSeen = false;
  let depth = 0;
  const readChildren = (): void => {
    for (;;) {
      const t = x.next();
      if (t === Tok.End || t === Tok.Close) return;
      if (t !== Tok.Open) continue;
      switch (x.tag()) {
        case 'w:start':
          level.start = startValue(x.attr('w:val')) ?? 1;
          break;
        case 'w:numFmt':
          // Inside mc:AlternateContent the first branch read wins (Choice before Fallback).
          if (!fmtSeen) {
            level.fmt = x.attr('w:val') ?? 'decimal';
            level.custom = x.attr('w:format')?.slice(0, MAX_RAW);
            fmtSeen = true;
          }
          break;
        case 'w:lvlText':
          level.text = (x.attr('w:val') ?? '').slice(0, MAX_RAW);
          break;
        case 'w:lvlRestart':
          level.restart = int(x.attr('w:val'));
          break;
        case 'w:isLgl':
          level.isLgl = onOff(x.attr('w:val'));
          break;
        case 'w:suff': {
          const v = x.attr('w:val');
          level.suffix = v === 'space' ? 'space' : v === 'nothing' ? 'nothing' : 'tab';
          break;
        }
        case 'w:pStyle':
          level.pStyle = x.attr('w:val');
          break;
        case 'mc:AlternateContent':
        case 'mc:Choice':
        case 'mc:Fallback':
          if (x.selfClosing) continue;
          if (depth > 8) {
            x.skip();
            continue;
          }
          depth++;
          readChildren();
          depth--;
          continue;
      }
      x.skip();
    }
  };
  if (!x.selfClosing) readChildren();
  return { ilvl, level };
}

export class Numbering {
  private readonly abstracts = new Map<string, AbstractNum>();
  private readonly nums = new Map<string, Num>();

  constructor(private readonly styles: Styles) {}

  static parse(xml: string, styles: Styles): Numbering {
    const nb = new Numbering(styles);
    const x = new XmlScanner(xml);
    for (;;) {
      const t = x.next();
      if (t === Tok.End) break;
      if (t !== Tok.Open) continue;
      if (x.tag() === 'w:abstractNum') nb.readAbstract(x);
      else if (x.tag() === 'w:num') nb.readNum(x);
    }
    return nb;
  }

  private readAbstract(x: XmlScanner): void {
    const a: AbstractNum = { id: x.attr('w:abstractNumId') ?? '', levels: [] };
    if (!x.selfClosing) {
      for (;;) {
        const t = x.next();
        if (t === Tok.End || t === Tok.Close) break;
        if (t !== Tok.Open) continue;
        if (x.tag() === 'w:lvl') {
          const { ilvl, level } = readLevel(x);
          if (ilvl >= 0 && ilvl <= 8) a.levels[ilvl] = level;
          continue;
        }
        if (x.tag() === 'w:numStyleLink') a.numStyleLink = x.attr('w:val');
        x.skip();
      }
    }
    if (!this.abstracts.has(a.id)) this.abstracts.set(a.id, a);
  }

  private readNum(x: XmlScanner): void {
    const n: Num = { id: x.attr('w:numId') ?? '', overrides: new Map() };
    if (!x.selfClosing) {
      for (;;) {
        const t = x.next();
        if (t === Tok.End || t === Tok.Close) break;
        if (t !== Tok.Open) continue;
        if (x.tag() === 'w:abstractNumId') n.abstractId = x.attr('w:val');
        else if (x.tag() === 'w:lvlOverride') {
          const ilvl = int(x.attr('w:ilvl')) ?? 0;
          const o: Override = {};
          if (!x.selfClosing) {
            for (;;) {
              const u = x.next();
              if (u === Tok.End || u === Tok.Close) break;
              if (u !== Tok.Open) continue;
              if (x.tag() === 'w:startOverride') o.start = startValue(x.attr('w:val'));
              else if (x.tag() === 'w:lvl') {
                o.level = readLevel(x).level;
                continue;
              }
              x.skip();
            }
          }
          if (ilvl >= 0 && ilvl <= 8) n.overrides.set(ilvl, o);
          continue;
        }
        x.skip();
      }
    }
    if (!this.nums.has(n.id)) this.nums.set(n.id, n);
  }

  /** The abstract numbering behind a w:num, following w:numStyleLink. */
  abstractOf(numId: string): AbstractNum | undefined {
    let num = this.nums.get(numId);
    for (let hop = 0; num && hop < 4; hop++) {
      const a = num.abstractId !== undefined ? this.abstracts.get(num.abstractId) : undefined;
      if (!a) return undefined;
      if (!a.numStyleLink) return a;
      const linked = this.styles.numIdOfStyle(a.numStyleLink);
      if (linked === undefined || linked === num.id) return a;
      num = this.nums.get(linked);
    }
    return undefined;
  }

  num(numId: string): Num | undefined {
    return this.nums.get(numId);
  }

  level(num: Num, abs: AbstractNum, ilvl: number): LevelDef | undefined {
    return num.overrides.get(ilvl)?.level ?? abs.levels[ilvl];
  }

  /** Fresh counters: one set per story (main text, text boxes, each header...). */
  counters(): ListCounters {
    return new ListCounters(this);
  }
}

export interface ListLabel {
  label: string;
  suffix: ListSuffix;
}

export class ListCounters {
  private readonly values = new Map<string, (number | undefined)[]>();
  /** (numId, level) pairs whose startOverride has been applied. */
  private readonly overridden = new Set<string>();

  constructor(private readonly numbering: Numbering) {}

  /**
   * Number one paragraph: advances the counters and returns its label, or undefined when
   * the paragraph is not numbered (numId 0, unknown numbering, empty label).
   */
  next(numId: string, ilvl: number | undefined, styleIds: readonly string[]): ListLabel | undefined {
    if (numId === '0' || numId === '') return undefined;
    const nb = this.numbering;
    const num = nb.num(numId);
    if (!num) return undefined;
    const abs = nb.abstractOf(numId);
    if (!abs) return undefined;
    let lvl = ilvl;
    if (lvl === undefined) {
      // A numbered style without w:ilvl: the level that names the paragraph's style, else the one naming the style its numbering comes from (styleIds in that order), else 0.
      lvl = 0;
      search: for (const id of styleIds) {
        for (let i = 0; i < 9; i++) {
          if (nb.level(num, abs, i)?.pStyle !== id) continue;
          lvl = i;
          break search;
        }
      }
    }
    if (lvl < 0 || lvl > 8) lvl = Math.max(0, Math.min(8, lvl));
    const def = nb.level(num, abs, lvl);
    if (!def) return undefined;

    let counters = this.values.get(abs.id);
    if (!counters) {
      counters = [];
      this.values.set(abs.id, counters);
    }
    const override = num.overrides.get(lvl);
    const key = numId + '/' + lvl;
    if (override?.start !== undefined && !this.overridden.has(key)) {
      this.overridden.add(key);
      counters[lvl] = override.start;
    } else {
      const cur = counters[lvl];
      counters[lvl] = cur === undefined ? def.start : cur + 1;
    }
    for (let k = lvl + 1; k < 9; k++) {
      const deeper = nb.level(num, abs, k);
      const restartAfter = deeper?.restart ?? k; // default: after any shallower level
      if (restartAfter !== 0 && lvl < restartAfter) counters[k] = undefined;
    }

    let label: string;
    if (def.fmt === 'bullet') label = (def.text ?? '').slice(0, MAX_LABEL);
    else {
      const text = def.text ?? '';
      label = text.replace(/%([1-9])/g, (_, d: string) => {
        const k = Number(d) - 1;
        const lv = k === lvl ? def : nb.level(num, abs, k);
        if (!lv) return '';
        const value = counters[k] ?? lv.start;
        const fmt = def.isLgl && lv.fmt !== 'none' && lv.fmt !== 'bullet' ? 'decimal' : lv.fmt;
        return formatNumber(value, fmt, lv.custom);
      });
      if (label.length > MAX_LABEL) label = label.slice(0, MAX_LABEL);
    }
    if (label === '') return undefined;
    return { label, suffix: def.suffix };
  }
}

const ROMAN: [number, string][] = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  let out = '';
  for (const [v, s] of ROMAN) {
    while (n >= v) {
      out += s;
      n -= v;
    }
  }
  return out;
}

function letter(n: number): string {
  if (n <= 0) return String(n);
  const ch = String.fromCharCode(0x41 + ((n - 1) % 26));
  return ch.repeat(Math.min(MAX_LABEL, Math.floor((n - 1) / 26) + 1));
}

const HAN_DIGITS = '〇一二三四五六七八九';
const LEGAL_SIMPLIFIED = '零壹贰叁肆伍陆柒捌玖';
const LEGAL_TRADITIONAL = '零壹貳參肆伍陸柒捌玖';

/**
 * Chinese counting numerals below 10000: 十一, 二十, 一百零五, 一千零一十.
 * `units` are the words for 10, 100, 1000; `zero` the digit used for gaps.
 */
function hanCounting(n: number, digits: string, units: string, zero: string, omitLeadingOneTen: boolean): string {
  if (n <= 0 || n >= 10000) return String(n);
  const parts = [Math.floor(n / 1000), Math.floor(n / 100) % 10, Math.floor(n / 10) % 10, n % 10];
  let out = '';
  let pendingZero = false;
  for (let i = 0; i < 4; i++) {
    const d = parts[i];
    const unit = i < 3 ? units[2 - i] : '';
    if (d === 0) {
      if (out) pendingZero = true;
      continue;
    }
    if (pendingZero) {
      out += zero;
      pendingZero = false;
    }
    out += digits[d] + unit;
  }
  if (omitLeadingOneTen && n >= 10 && n < 20) out = out.slice(1);
  return out;
}

function japaneseCounting(n: number): string {
  if (n <= 0 || n >= 10000) return String(n);
  const parts = [Math.floor(n / 1000), Math.floor(n / 100) % 10, Math.floor(n / 10) % 10, n % 10];
  const units = ['千', '百', '十', ''];
  let out = '';
  for (let i = 0; i < 4; i++) {
    const d = parts[i];
    if (d === 0) continue;
    out += (d === 1 && i < 3 ? '' : HAN_DIGITS[d]) + units[i];
  }
  return out;
}

const ENGLISH_ONES = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const ENGLISH_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

function cardinalText(n: number): string {
  if (n <= 0 || n >= 100) return String(n);
  const w = n < 20 ? ENGLISH_ONES[n] : ENGLISH_TENS[Math.floor(n / 10)] + (n % 10 ? '-' + ENGLISH_ONES[n % 10] : '');
  return w.charAt(0).toUpperCase() + w.slice(1);
}

function ordinalSuffix(n: number): string {
  const t = n % 100;
  if (t >= 11 && t <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}

function enclosed(n: number, base: number, max: number): string {
  return n >= 1 && n <= max ? String.fromCharCode(base + n - 1) : String(n);
}

/** One counter value in one of Word's w:numFmt formats. */
export function formatNumber(n: number, fmt: string, custom?: string): string {
  switch (fmt) {
    case 'decimal':
    case 'decimalHalfWidth':
      return String(n);
    case 'decimalZero':
      return n >= 0 && n < 10 ? '0' + n : String(n);
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperLetter':
      return letter(n);
    case 'lowerLetter':
      return letter(n).toLowerCase();
    case 'ordinal':
      return n + ordinalSuffix(n);
    case 'cardinalText':
      return cardinalText(n);
    case 'chineseCountingThousand':
    case 'taiwaneseCountingThousand':
    case 'japaneseLegal':
      return hanCounting(n, HAN_DIGITS, '十百千', '零', true);
    case 'chineseCounting':
    case 'taiwaneseCounting':
      if (n >= 100) return String(n).replace(/[0-9]/g, (d) => HAN_DIGITS[Number(d)]);
      return hanCounting(n, HAN_DIGITS, '十百千', '零', true);
    case 'ideographDigital':
    case 'taiwaneseDigital':
    case 'japaneseDigitalTenThousand':
      return String(n).replace(/[0-9]/g, (d) => HAN_DIGITS[Number(d)]);
    case 'japaneseCounting':
      return japaneseCounting(n);
    case 'chineseLegalSimplified':
      return hanCounting(n, LEGAL_SIMPLIFIED, '拾佰仟', '零', false);
    case 'ideographLegalTraditional':
      return hanCounting(n, LEGAL_TRADITIONAL, '拾佰仟', '零', false);
    case 'ideographTraditional':
      return n >= 1 ? '甲乙丙丁戊己庚辛壬癸'[(n - 1) % 10] : String(n);
    case 'ideographZodiac':
      return n >= 1 ? '子丑寅卯辰巳午未申酉戌亥'[(n - 1) % 12] : String(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return enclosed(n, 0x2460, 20);
    case 'decimalEnclosedFullstop':
      return enclosed(n, 0x2488, 20);
    case 'decimalEnclosedParen':
      return enclosed(n, 0x2474, 20);
    case 'ideographEnclosedCircle':
      return enclosed(n, 0x3220, 10);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'none':
      return '';
    case 'custom': {
      // Word 2010+ custom formats, e.g. `001, 002, 003, ...`: zero-padded decimal.
      const first = /^\s*(\d+)/.exec(custom ?? '');
      if (first) return String(n).padStart(Math.min(MAX_LABEL, first[1].length), '0');
      return String(n);
    }
    default:
      return String(n);
  }
}
