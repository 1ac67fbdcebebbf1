/**
 * word/styles.xml: the few style properties the case checker needs, resolved through
 * `w:basedOn` chains.
 *
 * Built-in styles are recognised by their *name* (`heading 1`, `Title`, `caption`,
 * `List Paragraph`, `Normal`), case-insensitively, because style ids are localised:
 * Chinese Word writes ids such as `1`, `2`, `a3` for the same built-in styles. Names
 * localised by other editors (WPS writes `标题 1`) are recognised too.
 */
import type { BuiltinStyle } from '../core/model/types';
import { onOff, Tok, XmlScanner } from './xml';

export interface NumPr {
  numId?: string;
  ilvl?: number;
}

interface RawStyle {
  id: string;
  type: string;
  name?: string;
  basedOn?: string;
  outlineLvl?: number;
  numPr?: NumPr;
  jc?: string;
  bold?: boolean;
  hidden?: boolean;
}

export interface ResolvedParagraphStyle {
  builtin: BuiltinStyle;
  outlineLevel?: number;
  numPr?: NumPr;
  /** The id of the style in the chain that carries the numbering, for w:lvl/w:pStyle links. */
  numStyleId?: string;
  centered: boolean;
  bold: boolean;
  hidden: boolean;
}

export interface ResolvedRunStyle {
  bold?: boolean;
  hidden?: boolean;
}

const BUILTIN_BY_NAME: Record<string, BuiltinStyle> = {
  normal: 'Normal',
  正文: 'Normal',
  title: 'Title',
  标题: 'Title',
  subtitle: 'Subtitle',
  副标题: 'Subtitle',
  caption: 'Caption',
  题注: 'Caption',
  'list paragraph': 'ListParagraph',
  列出段落: 'ListParagraph',
  列表段落: 'ListParagraph',
};

export function builtinFromName(name: string | undefined): BuiltinStyle | undefined {
  if (!name) return undefined;
  const n = name.trim().toLowerCase().replace(/\s+/g, ' ');
  const h = /^(?:heading|标题) ?([1-9])$/.exec(n);
  if (h) return ('Heading' + h[1]) as BuiltinStyle;
  return BUILTIN_BY_NAME[n];
}

function int(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = parseInt(v, 10);
  return Number.isFinite(n) ? n : undefined;
}

/** Read the children of a w:rPr we care about; leaves the scanner after its close. */
export function readRunProps(x: XmlScanner, into: { bold?: boolean; hidden?: boolean; rStyle?: string }): void {
  if (x.selfClosing) return;
  let specVanish = false;
  for (;;) {
    const t = x.next();
    if (t === Tok.End || t === Tok.Close) {
      if (specVanish) into.hidden = true;
      return;
    }
    if (t !== Tok.Open) continue;
    switch (x.tag()) {
      case 'w:b':
        into.bold = onOff(x.attr('w:val'));
        break;
      case 'w:vanish':
        into.hidden = onOff(x.attr('w:val'));
        break;
      case 'w:specVanish':
        // "Always hidden" (the style separator's paragraph mark). It can hide, never un-hide:
        // `<w:specVanish w:val="0"/>` says nothing about w:vanish.
        if (onOff(x.attr('w:val'))) specVanish = true;
        break;
      case 'w:rStyle':
        into.rStyle = x.attr('w:val');
        break;
    }
    x.skip();
  }
}

/** Read the children of a w:pPr we care about (the paragraph's, a style's or a numbering level's). */
export function readParaProps(
  x: XmlScanner,
  into: { pStyle?: string; numPr?: NumPr; outlineLvl?: number; jc?: string; markHidden?: boolean },
): void {
  if (x.selfClosing) return;
  for (;;) {
    const t = x.next();
    if (t === Tok.End || t === Tok.Close) return;
    if (t !== Tok.Open) continue;
    switch (x.tag()) {
      case 'w:pStyle':
        into.pStyle = x.attr('w:val');
        break;
      case 'w:outlineLvl':
        into.outlineLvl = int(x.attr('w:val'));
        break;
      case 'w:jc':
        into.jc = x.attr('w:val');
        break;
      case 'w:numPr': {
        const numPr: NumPr = {};
        if (!x.selfClosing) {
          for (;;) {
            const u = x.next();
            if (u === Tok.End || u === Tok.Close) break;
            if (u !== Tok.Open) continue;
            if (x.tag() === 'w:numId') numPr.numId = x.attr('w:val');
            else if (x.tag() === 'w:ilvl') numPr.ilvl = int(x.attr('w:val'));
            x.skip();
          }
        }
        into.numPr = numPr;
        continue;
      }
      case 'w:rPr': {
        const r: { hidden?: boolean } = {};
        readRunProps(x, r);
        if (r.hidden) into.markHidden = true;
        continue;
      }
    }
    x.skip(); // including w:pPrChange: the properties before a tracked change are not in force
  }
}

export class Styles {
  private readonly byId = new Map<string, RawStyle>();
  private defaultParagraph?: string;
  private defaultBold = false;
  private defaultHidden = false;
  private readonly paraCache = new Map<string, ResolvedParagraphStyle>();
  private readonly runCache = new Map<string, ResolvedRunStyle>();

  static empty(): Styles {
    return new Styles();
  }

  static parse(xml: string): Styles {
    const s = new Styles();
    const x = new XmlScanner(xml);
    for (;;) {
      const t = x.next();
      if (t === Tok.End) break;
      if (t !== Tok.Open) continue;
      if (x.tag() === 'w:style') s.readStyle(x);
      else if (x.tag() === 'w:rPrDefault') {
        for (;;) {
          const u = x.next();
          if (u === Tok.End || u === Tok.Close) break;
          if (u === Tok.Open && x.tag() === 'w:rPr') {
            const r: { bold?: boolean; hidden?: boolean } = {};
            readRunProps(x, r);
            s.defaultBold = !!r.bold;
            s.defaultHidden = !!r.hidden;
          } else if (u === Tok.Open) x.skip();
        }
      }
    }
    return s;
  }

  private readStyle(x: XmlScanner): void {
    const style: RawStyle = { id: x.attr('w:styleId') ?? '', type: x.attr('w:type') ?? 'paragraph' };
    if (style.type === 'paragraph' && onOff(x.attr('w:default') ?? 'false')) this.defaultParagraph = style.id;
    if (!x.selfClosing) {
      for (;;) {
        const t = x.next();
        if (t === Tok.End || t === Tok.Close) break;
        if (t !== Tok.Open) continue;
        switch (x.tag()) {
          case 'w:name':
            style.name = x.attr('w:val');
            break;
          case 'w:basedOn':
            style.basedOn = x.attr('w:val');
            break;
          case 'w:pPr': {
            const p: { numPr?: NumPr; outlineLvl?: number; jc?: string } = {};
            readParaProps(x, p);
            style.numPr = p.numPr;
            style.outlineLvl = p.outlineLvl;
            style.jc = p.jc;
            continue;
          }
          case 'w:rPr': {
            const r: { bold?: boolean; hidden?: boolean } = {};
            readRunProps(x, r);
            style.bold = r.bold;
            style.hidden = r.hidden;
            continue;
          }
        }
        x.skip();
      }
    }
    if (style.id && !this.byId.has(style.id)) this.byId.set(style.id, style);
  }

  /** The style id a paragraph without w:pStyle has. */
  get defaultParagraphStyleId(): string | undefined {
    return this.defaultParagraph;
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  /** The chain from `id` up through basedOn (cycles and absurd depths cut). */
  private chain(id: string | undefined): RawStyle[] {
    const out: RawStyle[] = [];
    const seen = new Set<string>();
    while (id !== undefined && !seen.has(id) && out.length < 32) {
      seen.add(id);
      const s = this.byId.get(id);
      if (!s) break;
      out.push(s);
      id = s.basedOn;
    }
    return out;
  }

  paragraph(id: string | undefined): ResolvedParagraphStyle {
    const key = id ?? '';
    const cached = this.paraCache.get(key);
    if (cached) return cached;
    const chain = this.chain(id !== undefined && this.byId.has(id) ? id : this.defaultParagraph);
    let builtin: BuiltinStyle | undefined;
    let outlineLevel: number | undefined;
    let numPr: NumPr | undefined;
    let numStyleId: string | undefined;
    let jc: string | undefined;
    let bold: boolean | undefined;
    let hidden: boolean | undefined;
    let headingLevel: number | undefined;
    for (const s of chain) {
      const b = builtinFromName(s.name);
      if (b && builtin === undefined) {
        builtin = b;
        if (b.startsWith('Heading')) headingLevel = Number(b.slice(7)) - 1;
      }
      if (outlineLevel === undefined && s.outlineLvl !== undefined) outlineLevel = s.outlineLvl;
      if (s.numPr) {
        if (numPr === undefined) {
          numPr = { ...s.numPr };
          numStyleId = s.id;
        } else if (numPr.ilvl === undefined && s.numPr.ilvl !== undefined) numPr.ilvl = s.numPr.ilvl;
        if (numPr.numId === undefined && s.numPr.numId !== undefined) numPr.numId = s.numPr.numId;
      }
      if (jc === undefined && s.jc !== undefined) jc = s.jc;
      if (bold === undefined && s.bold !== undefined) bold = s.bold;
      if (hidden === undefined && s.hidden !== undefined) hidden = s.hidden;
    }
    if (outlineLevel === undefined) outlineLevel = headingLevel;
    const resolved: ResolvedParagraphStyle = {
      builtin: builtin ?? (chain.length ? 'Other' : 'Normal'),
      outlineLevel: outlineLevel !== undefined && outlineLevel >= 0 && outlineLevel <= 8 ? outlineLevel : undefined,
      numPr,
      numStyleId,
      centered: jc === 'center',
      bold: bold ?? this.defaultBold,
      hidden: hidden ?? this.defaultHidden,
    };
    this.paraCache.set(key, resolved);
    return resolved;
  }

  /** Bold and hidden from a character style chain (undefined when the chain does not say). */
  run(id: string): ResolvedRunStyle {
    const cached = this.runCache.get(id);
    if (cached) return cached;
    const r: ResolvedRunStyle = {};
    for (const s of this.chain(id)) {
      if (r.bold === undefined && s.bold !== undefined) r.bold = s.bold;
      if (r.hidden === undefined && s.hidden !== undefined) r.hidden = s.hidden;
    }
    this.runCache.set(id, r);
    return r;
  }

  /** The numbering a numbering style (w:numStyleLink target) points to. */
  numIdOfStyle(id: string): string | undefined {
    for (const s of this.chain(id)) if (s.numPr?.numId !== undefined) return s.numPr.numId;
    return undefined;
  }
}
