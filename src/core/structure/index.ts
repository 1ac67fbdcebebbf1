/**
 * Finding the parts of a case: `findStructure(doc, profile)`.
 *
 * Evidence, most reliable first:
 * 1. Content controls tagged with a part's tag (the template's): exact, win over the rest.
 * 2. Headings naming a part by one of its aliases: heading styles, outline levels,
 *    numbered shapes (heading.ts), `【…】`, a bare alias, `alias：inline content` (match.ts).
 * 3. Cover fields: `label：value` lines, several per line, label/value table cells (cover.ts).
 * 4. The title, when no 案例名称 field exists: a Title-styled paragraph, else the first
 *    short centred or bold paragraph before the summary, else a short first line.
 * 5. The declared category (category.ts) and picture groups (pictures.ts).
 *
 * Ranges: a part runs from its heading (or field, or control) to the next recognised part
 * of any kind, or to an unrecognised heading at the same or a higher level than its own
 * (`四、下一步打算` ends a part headed `三、经验启示`; `（一）强化政治引领` does not), or to the end.
 * A part heading that is deeper than the section it sits in is a sub-heading of that
 * section, not a new part. The body runs from 案例正文 (when there is such a heading) or
 * the first section's heading to the end of the last section, headings and captions included.
 *
 * Every paragraph is analysed once (a bounded compact prefix), and every range is scanned
 * once: the whole is linear in the size of the document.
 */
import type { CaseDocument, Paragraph } from '../model/types';
import type { PartId, PartSpec, Profile, SectionId } from '../profile/types';
import { sectionIds } from '../profile/types';
import type { CaseStructure, FoundPart, OtherSection, PictureGroup } from './types';
import { countText } from '../count';
import { profileTables, type ProfileTables } from './aliases';
import { analyse, deeper, endsLevel, levelOf, type HeadingLevel, type ParaInfo } from './heading';
import { matchPart } from './match';
import { controlRuns } from './controls';
import { cellBelow, nextCell, rangeValue, splitFields } from './cover';
import { categoryFromValue, combineCategory } from './category';
import { findPictureGroups } from './pictures';

export * from './types';
export { findRepeats, withoutRepeats, type RepeatedText } from './repeats';
export { categoryFromValue, isUntickedChoice, tickedText } from './category';

/** Lines longer than this are not split into several cover fields. */
const MAX_FIELD_LINE = 500;
/** A title found without a 案例名称 field has this many non-blank characters at most ... */
const TITLE_MAX_CHARS = 60;
/** ... and at least this many (`附件2` is not a title). */
const TITLE_MIN_CHARS = 5;
/** A colon this early in a line makes it a `label：value` line, not a title. */
const FIELD_LABEL_CHARS = 10;
/** How far below a bare cover label (`案例名称` alone on its line) its value may be. */
const VALUE_LOOKAHEAD = 2;
/** An other section without a heading is labelled with this many characters of its text. */
const LABEL_CHARS = 20;
/** A line ending like a sentence is not a heading. */
const SENTENCE_END = /[。；;，,:！!？?]$/;

const BODY: PartId = 'body';

interface Candidate {
  part: FoundPart;
  spec: PartSpec;
  /** The level of the part's heading, when it has one. */
  level?: HeadingLevel;
  /** For a part found by its control: one past the control's last paragraph. */
  controlEnd?: number;
  /** The heading is the part's name and nothing else (no inline content, no extra words). */
  bare?: boolean;
}


class Finder {
  readonly paras: readonly Paragraph[];
  readonly infos: ParaInfo[];
  readonly t: ProfileTables;
  /** Paragraphs taken by a control, a heading next to a control, or a cover value. */
  readonly claimed: Uint8Array;
  /** Paragraphs that are recognised headings, fields or values: never captions or titles. */
  readonly recognised: Uint8Array;
  readonly candidates: Candidate[] = [];
  /** The body's sections in the profile's order. */
  readonly sections: readonly SectionId[];

  constructor(
    readonly doc: CaseDocument,
    readonly profile: Profile,
  ) {
    this.paras = doc.paragraphs;
    this.infos = this.paras.map(analyse);
    this.t = profileTables(profile);
    this.sections = sectionIds(profile);
    this.claimed = new Uint8Array(this.paras.length);
    this.recognised = new Uint8Array(this.paras.length);
  }

  isSection(id: PartId): boolean {
    return this.sections.includes(id);
  }

  match(i: number) {
    if (i < 0 || i >= this.paras.length || this.infos[i].empty) return undefined;
    return matchPart(this.paras[i], this.infos[i], this.t.parts);
  }

  fromControls(): void {
    for (const run of controlRuns(this.paras, this.t.byTag)) {
      for (let k = run.start; k < run.end; k++) this.claimed[k] = 1;
      const { spec } = run;
      if (spec.kind === 'cover') {
        // The control holds the value; it may also hold the label (`案例名称：[…]`).
        const m = run.end - run.start === 1 ? this.match(run.start) : undefined;
        let value = rangeValue(this.paras, run.start, run.end);
        let label: string | undefined;
        if (m && m.spec === spec && (m.bare || m.inline)) {
          label = m.label;
          value = m.inline ?? { text: '', offset: this.paras[run.start].text.length };
        }
        const part: FoundPart = {
          id: spec.id,
          start: run.start,
          contentStart: run.start,
          end: run.end,
          via: 'control',
          value: value.text,
        };
        if (!label) label = this.labelLeft(run.start, spec);
        if (label) part.label = label;
        if (run.end - run.start === 1) part.inline = { paragraph: run.start, text: value.text, offset: value.offset };
        this.recognised[run.start] = 1;
        this.candidates.push({ part, spec, controlEnd: run.end });
        continue;
      }
      const part: FoundPart = { id: spec.id, start: run.start, contentStart: run.start, end: run.end, via: 'control' };
      let level: HeadingLevel | undefined;
      // The template puts the heading just before the control; a control may also wrap it.
      const before = run.start - 1;
      const mb = before >= 0 && !this.claimed[before] ? this.match(before) : undefined;
      const mi = this.match(run.start);
      if (mb && mb.spec === spec) {
        this.claimed[before] = 1;
        this.recognised[before] = 1;
        part.start = before;
        part.heading = before;
        part.label = mb.label;
        if (mb.inline) part.inline = { paragraph: before, ...mb.inline };
        level = levelOf(this.infos[before]);
      } else if (mi && mi.spec === spec) {
        this.recognised[run.start] = 1;
        part.heading = run.start;
        part.label = mi.label;
        if (mi.inline) part.inline = { paragraph: run.start, ...mi.inline };
        else part.contentStart = run.start + 1;
        level = levelOf(this.infos[run.start]);
      }
      this.candidates.push({ part, spec, level, controlEnd: run.end });
    }
  }

  fromText(): void {
    const n = this.paras.length;
    for (let i = 0; i < n; i++) {
      if (this.claimed[i]) continue;
      const m = this.match(i);
      if (!m) continue;
      const p = this.paras[i];
      const { spec } = m;
      if (spec.kind !== 'cover') {
        this.recognised[i] = 1;
        const part: FoundPart = {
          id: spec.id,
          start: i,
          contentStart: m.inline ? i : i + 1,
          end: n,
          via: m.via,
          heading: i,
          label: m.label,
        };
        if (m.inline) part.inline = { paragraph: i, ...m.inline };
        this.candidates.push({ part, spec, level: levelOf(this.infos[i]), bare: m.bare });
        continue;
      }
      if (m.inline && m.delimited) {
        this.recognised[i] = 1;
        const fields =
          p.text.length <= MAX_FIELD_LINE
            ? splitFields(p, { spec, label: m.label, offset: m.inline.offset }, this.t.parts)
            : [{ spec, label: m.label, text: m.inline.text, offset: m.inline.offset }];
        for (const f of fields) {
          this.candidates.push({
            spec: f.spec,
            part: {
              id: f.spec.id,
              start: i,
              contentStart: i,
              end: i + 1,
              via: 'field',
              label: f.label,
              inline: { paragraph: i, text: f.text, offset: f.offset },
              value: f.text,
            },
          });
        }
      } else if (m.bare) {
        this.recognised[i] = 1;
        const part: FoundPart = { id: spec.id, start: i, contentStart: i + 1, end: i + 1, via: 'field', label: m.label, value: '' };
        let cell = nextCell(this.paras, i);
        if (!cell) {
          const below = cellBelow(this.paras, i);
          if (below && !this.match(below[0])) cell = below;
        }
        const below = p.table ? undefined : this.valueBelow(i);
        const range = cell ?? (below !== undefined ? ([below, below + 1] as [number, number]) : undefined);
        if (range) {
          part.contentStart = range[0];
          part.end = range[1];
          part.value = rangeValue(this.paras, range[0], range[1]).text;
          for (let k = range[0]; k < range[1]; k++) {
            this.claimed[k] = 1;
            this.recognised[k] = 1;
          }
        }
        this.candidates.push({ part, spec });
      }
    }
  }

  /** The label of a cover value in a table: the cell on its left naming the same part. */
  private labelLeft(i: number, spec: PartSpec): string | undefined {
    const t = this.paras[i].table;
    if (!t || t.cell === 0) return undefined;
    for (let k = i - 1; k >= 0; k--) {
      const q = this.paras[k].table;
      if (!q || q.table !== t.table || q.row !== t.row) return undefined;
      if (q.cell !== t.cell - 1 || this.infos[k].empty) continue;
      const m = this.match(k);
      return m && m.spec === spec && m.bare ? m.label : undefined;
    }
    return undefined;
  }

  /** The value of a bare cover label written on the line below it, if that line is one. */
  private valueBelow(i: number): number | undefined {
    for (let k = i + 1; k <= i + 1 + VALUE_LOOKAHEAD && k < this.paras.length; k++) {
      const info = this.infos[k];
      if (info.empty && this.paras[k].pictures.length === 0) continue;
      if (this.paras[k].pictures.length > 0 || this.paras[k].table || !info.c.complete) return undefined;
      if (info.c.s.length > TITLE_MAX_CHARS * 2 || this.match(k)) return undefined;
      return k;
    }
    return undefined;
  }

  /** Accept candidates in document order: first occurrences, duplicates, sub-headings. */
  accept(): { parts: Partial<Record<PartId, FoundPart>>; duplicates: FoundPart[]; accepted: Candidate[] } {
    const cands = this.candidates.sort((a, b) => a.part.start - b.part.start);
    const byControl = new Map<PartId, Candidate>();
    for (const c of cands) if (c.part.via === 'control' && !byControl.has(c.spec.id)) byControl.set(c.spec.id, c);
    const parts: Partial<Record<PartId, FoundPart>> = {};
    const duplicates: FoundPart[] = [];
    const accepted: Candidate[] = [];
    let section: Candidate | undefined;
    for (const c of cands) {
      const id = c.spec.id;
      const owner = byControl.get(id);
      if (c.spec.kind === 'cover') {
        if (parts[id] || (owner && owner !== c)) continue;
        parts[id] = c.part;
        accepted.push(c);
        continue;
      }
      if (c.part.via !== 'control' && section && c.level) {
        if (this.isSubHeading(c, section)) {
          this.recognised[c.part.start] = 0;
          continue;
        }
      }
      if (!parts[id] && (!owner || owner === c)) parts[id] = c.part;
      else if (id !== BODY) duplicates.push(c.part);
      accepted.push(c);
      section = this.isSection(id) ? c : undefined;
    }
    return { parts, duplicates, accepted };
  }

  /**
   * A heading inside a section that is deeper than the section's own heading is one of its
   * sub-headings (`（三）经验做法` under `二、主要做法`), and so is an item of a list that
   * restarts its numbering (`1. 具体做法：……` under `2. 主要做法`). When the two levels cannot be
   * compared (a numbered line under a styled heading), a heading naming the same section
   * again is taken as a sub-heading too: a true repeat looks like the first.
   */
  private isSubHeading(c: Candidate, section: Candidate): boolean {
    const inner = c.level!;
    const outer = section.level;
    if (!outer) return false;
    if (deeper(inner, outer)) return true;
    // An item with more than a name (`1. 具体做法：……`) numbered no further than the section
    // it sits in (`2. 主要做法`) belongs to a list inside it. A bare `一、实施背景` after
    // `二、主要做法` stays a heading: sections out of order are for part-order to report.
    const a = inner.shape;
    const b = outer.shape;
    if (!c.bare && a && b && a.kind === b.kind && a.kind !== 'bracket' && a.number <= b.number && inner.outline === outer.outline) return true;
    if (c.spec.id !== section.spec.id) return false;
    const comparable =
      (inner.outline !== undefined && outer.outline !== undefined) ||
      (inner.outline === undefined && outer.outline === undefined && (inner.shape === undefined) === (outer.shape === undefined));
    return !comparable;
  }

  /** Where each part with content ends (see the header comment). */
  setEnds(accepted: Candidate[]): void {
    const n = this.paras.length;
    for (let a = 0; a < accepted.length; a++) {
      const c = accepted[a];
      if (c.spec.kind === 'cover') continue;
      let next = n;
      for (let b = a + 1; b < accepted.length; b++) {
        if (accepted[b].part.start > c.part.start) {
          next = accepted[b].part.start;
          break;
        }
      }
      const from = c.controlEnd ?? (c.part.contentStart === c.part.start ? c.part.start + 1 : c.part.contentStart);
      let end = next;
      if (c.level) {
        for (let q = from; q < next; q++) {
          if (!this.claimed[q] && endsLevel(c.level, this.infos[q])) {
            end = q;
            break;
          }
        }
      }
      c.part.end = Math.max(end, c.controlEnd ?? 0, c.part.contentStart);
    }
  }

  body(parts: Partial<Record<PartId, FoundPart>>, duplicates: FoundPart[], others: readonly OtherSection[]): void {
    const sections = this.sections.map((id) => parts[id]).filter((p): p is FoundPart => p !== undefined);
    const heading = parts.body;
    if (sections.length === 0) return;
    let first = sections[0];
    let last = 0;
    for (const s of sections) if (s.start < first.start) first = s;
    for (const s of [...sections, ...duplicates.filter((d) => this.isSection(d.id))]) last = Math.max(last, s.end);
    for (const o of others) last = Math.max(last, o.end);
    const lead = others.find((o) => o.start < first.start);
    if (lead && !(heading && heading.start <= lead.start)) {
      const body: FoundPart = { id: BODY, start: lead.start, contentStart: lead.start, end: last, via: first.via };
      if (lead.heading !== undefined) {
        body.heading = lead.heading;
        body.label = lead.label;
      }
      parts.body = body;
      return;
    }
    if (heading && heading.start <= first.start) {
      heading.end = Math.max(last, heading.end);
      return;
    }
    const body: FoundPart = { id: BODY, start: first.start, contentStart: first.start, end: last, via: first.via };
    if (first.heading !== undefined) body.heading = first.heading;
    if (first.label !== undefined) body.label = first.label;
    parts.body = body;
  }

  /** A short line that looks like a heading: numbered, styled, bold or centred, and not a sentence. */
  private headingLike(i: number): boolean {
    const p = this.paras[i];
    const info = this.infos[i];
    if (info.empty || !info.short || p.table || p.pictures.length > 0 || SENTENCE_END.test(info.c.s)) return false;
    return info.outline !== undefined || info.shape !== undefined || p.bold === true || p.centered === true;
  }

  /** A heading at the level of one of the recognised sections' headings (`三、工作成效` beside `二、主要做法`). */
  private atSectionLevel(i: number, levels: readonly HeadingLevel[]): boolean {
    const info = this.infos[i];
    if (info.empty || this.paras[i].table || SENTENCE_END.test(info.c.s)) return false;
    for (const h of levels) {
      if (h.outline !== undefined && info.outline !== undefined) {
        if (h.outline === info.outline) return true;
      } else if (h.shape && info.shape && info.short && h.shape.kind === info.shape.kind) return true;
    }
    return false;
  }

  /**
   * Where the summary ends when no recognised part ends it first. The body plainly starts at
   * the first heading-like line after the summary's first paragraph (the case title again,
   * `一、工作缘起`). Without one, when 实施背景 is missing and a body section follows the
   * summary, paragraphs beyond a plausible summary length (the "左右" warning bound, or the
   * "以内" maximum) are the body's unlabelled opening: the summary ends before them, and the
   * guess is recorded (`summaryGuess`) for the summary-length rule to say so.
   * Returns the old end when the summary was shortened.
   */
  summaryEnd(parts: Partial<Record<PartId, FoundPart>>, accepted: Candidate[]): { from: number; to: number } | undefined {
    const c = accepted.find((x) => x.spec.kind === 'summary' && parts[x.spec.id] === x.part);
    if (!c || c.part.via === 'control') return undefined;
    const fp = c.part;
    const oldEnd = fp.end;
    let first = fp.inline ? fp.start : -1;
    for (let i = fp.contentStart; first < 0 && i < oldEnd; i++) if (!this.infos[i].empty || this.paras[i].pictures.length > 0) first = i;
    if (first < 0) return undefined;
    for (let i = first + 1; i < oldEnd; i++) {
      if (!this.claimed[i] && this.headingLike(i)) {
        fp.end = i;
        return { from: i, to: oldEnd };
      }
    }
    const limit = c.spec.limit;
    const next = accepted.find((x) => x.part.start === oldEnd && x !== c);
    if ((this.sections.length > 0 && parts[this.sections[0]]) || !limit || !next || !this.isSection(next.spec.id) || next.spec.id === BODY) return undefined;
    const high = limit.kind === 'around' ? limit.value * (1 + this.profile.tolerances.around.warning) : limit.value;
    const metric = this.profile.metric;
    const texts: { index: number; words: number }[] = [];
    for (let i = first; i < oldEnd; i++) {
      const p = this.paras[i];
      if (this.infos[i].empty) continue;
      const text = i === fp.inline?.paragraph ? fp.inline.text : p.text;
      texts.push({ index: i, words: countText(p.listLabel ? p.listLabel + text : text)[metric] });
    }
    if (texts.length < 2 || texts.reduce((sum, t) => sum + t.words, 0) <= high) return undefined;
    let sum = texts[0].words;
    let k = 1;
    while (k < texts.length && sum + texts[k].words <= high) sum += texts[k++].words;
    if (k >= texts.length) return undefined;
    fp.end = texts[k].index;
    this.summaryGuess = { paragraph: fp.end };
    return { from: fp.end, to: oldEnd };
  }

  summaryGuess?: { paragraph: number };

  /**
   * The body's stretches outside every part (see OtherSection). Pieces of free paragraphs
   * after the summary (or the first section) are cut at headings of the sections' level.
   * A piece that opens with such a heading, or the opening cut off the summary, is body;
   * so is every piece between the body's first and last paragraph, so that the body's total
   * equals the sum of its breakdown. Each missing required section is offered the first
   * such piece where it would stand (between the sections around it in the notice's order).
   */
  others(parts: Partial<Record<PartId, FoundPart>>, accepted: Candidate[], cut: { from: number; to: number } | undefined): OtherSection[] {
    const n = this.paras.length;
    const occupied = new Uint8Array(n);
    let scanFrom = n;
    let first = n;
    let last = -1;
    const levels: HeadingLevel[] = [];
    for (const c of accepted) {
      for (let k = c.part.start; k < Math.max(c.part.end, c.part.start + 1) && k < n; k++) occupied[k] = 1;
      if (c.spec.kind === 'summary' && parts[c.spec.id] === c.part) scanFrom = Math.min(scanFrom, c.part.start);
      if (this.isSection(c.spec.id)) {
        scanFrom = Math.min(scanFrom, c.part.start);
        first = Math.min(first, c.part.start);
        last = Math.max(last, c.part.end);
        if (c.level) levels.push(c.level);
      }
    }
    for (let k = 0; k < n; k++) if (this.claimed[k]) occupied[k] = 1;
    interface Piece { start: number; end: number; heading?: number; sectionLevel: boolean; content: boolean }
    const pieces: Piece[] = [];
    let piece: Piece | undefined;
    for (let i = scanFrom; i <= n; i++) {
      const free = i < n && !occupied[i];
      const split = free && this.atSectionLevel(i, levels);
      if (piece && (!free || split)) {
        piece.end = i;
        pieces.push(piece);
        piece = undefined;
      }
      if (!free) continue;
      const empty = this.infos[i].empty && this.paras[i].pictures.length === 0;
      if (!piece) {
        if (empty) continue;
        piece = { start: i, end: i + 1, sectionLevel: split, content: false };
        if (split || this.headingLike(i)) {
          piece.heading = i;
          continue;
        }
      }
      if (!empty) piece.content = true;
    }
    // The body: the sections, pieces that open with a section-level heading, the opening cut off the summary.
    let bodyStart = first;
    let bodyEnd = last;
    for (const p of pieces) {
      const anchor = p.content && (p.sectionLevel || (cut !== undefined && p.start >= cut.from && p.start < cut.to));
      if (!anchor) continue;
      bodyStart = Math.min(bodyStart, p.start);
      bodyEnd = Math.max(bodyEnd, p.end);
    }
    const out: OtherSection[] = [];
    for (const p of pieces) {
      if (p.start < bodyStart || p.end > bodyEnd) continue;
      const at = p.heading ?? p.start;
      const text = this.paras[at].text.trim();
      const label = p.heading !== undefined || text.length <= LABEL_CHARS ? text : `${text.slice(0, LABEL_CHARS)}…`;
      const o: OtherSection = { start: p.start, end: p.end, label };
      if (p.heading !== undefined) {
        o.heading = p.heading;
        this.recognised[p.heading] = 1;
      }
      out.push(o);
    }
    this.offerCandidates(parts, out);
    return out;
  }

  /** Gives each missing required section the first other section standing where it would. */
  private offerCandidates(parts: Partial<Record<PartId, FoundPart>>, others: OtherSection[]): void {
    const sections = this.sections;
    sections.forEach((id, k) => {
      if (parts[id] || !this.t.spec.get(id)?.required) return;
      let after = -1;
      let before = Infinity;
      for (let j = k - 1; j >= 0 && after < 0; j--) after = parts[sections[j]]?.start ?? -1;
      for (let j = k + 1; j < sections.length && before === Infinity; j++) before = parts[sections[j]]?.start ?? Infinity;
      const o = others.find((x) => !x.candidateFor && x.start > after && x.start < before);
      if (!o) return;
      o.candidateFor = id;
      if (o.heading !== undefined) o.suggested = this.renamed(o.heading, this.t.spec.get(id)!.label);
    });
  }

  /** A heading with its words replaced by `name`, its typed numbering or brackets kept. */
  private renamed(i: number, name: string): string {
    const info = this.infos[i];
    if (info.shape?.kind === 'bracket' && !info.listShape) return `【${name}】`;
    if (!info.shape || info.listShape) return name;
    const pos = info.c.pos;
    const text = this.paras[i].text;
    const from = pos.length > 0 ? pos[0] : 0;
    const to = info.coreStart < pos.length ? pos[info.coreStart] : text.length;
    return text.slice(from, to).trim() + name;
  }

  title(parts: Partial<Record<PartId, FoundPart>>): void {
    if (parts.title) return;
    let limit = this.paras.length;
    for (const p of Object.values(parts)) if (p && p.id !== 'title' && this.t.spec.get(p.id)?.kind !== 'cover') limit = Math.min(limit, p.start);
    const usable = (i: number) => {
      const info = this.infos[i];
      const p = this.paras[i];
      return (
        !info.empty &&
        !this.claimed[i] &&
        !this.recognised[i] &&
        !p.table &&
        p.pictures.length === 0 &&
        info.outline === undefined &&
        info.shape === undefined &&
        info.c.complete &&
        info.c.s.length >= TITLE_MIN_CHARS &&
        info.c.s.length <= TITLE_MAX_CHARS
      );
    };
    let found: number | undefined;
    for (let i = 0; i < this.paras.length && found === undefined; i++) {
      if (this.paras[i].builtinStyle === 'Title' && usable(i)) found = i;
    }
    for (let i = 0; i < limit && found === undefined; i++) {
      if (usable(i) && (this.paras[i].centered || this.paras[i].bold)) found = i;
    }
    if (found === undefined) {
      // Pasted text has no formatting: the first line that is long enough to be a title
      // (`附件2` is not), if it is short and not a sentence or a `label：value` line.
      let i = 0;
      while (i < limit && (this.infos[i].empty || (this.infos[i].c.complete && this.infos[i].c.s.length < TITLE_MIN_CHARS))) i++;
      const s = this.infos[i]?.c.s ?? '';
      const colon = s.indexOf(':');
      if (i < limit && usable(i) && !/[。；;，,]$/.test(s) && (colon < 0 || colon > FIELD_LABEL_CHARS)) found = i;
    }
    if (found === undefined) return;
    const text = this.paras[found].text;
    const trimmed = text.trim();
    const offset = text.indexOf(trimmed);
    this.recognised[found] = 1;
    parts.title = {
      id: 'title',
      start: found,
      contentStart: found,
      end: found + 1,
      via: 'title-style',
      inline: { paragraph: found, text: trimmed, offset },
      value: trimmed,
    };
  }

  category(parts: Partial<Record<PartId, FoundPart>>): CaseStructure['declaredCategory'] {
    const setting = this.doc.settings?.category;
    if (setting && this.t.categoryIds.has(setting)) return { id: setting, source: 'settings' };
    const cat = parts.category;
    const sub = parts.subtype;
    const catId = cat?.value ? categoryFromValue(cat.value, this.t) : undefined;
    const subId = sub?.value ? categoryFromValue(sub.value, this.t, true) : undefined;
    const id = combineCategory(catId, subId, this.t);
    if (!id) return undefined;
    const from = catId ? cat! : sub!;
    return {
      id,
      source: from.via === 'control' ? 'control' : 'cover',
      paragraph: from.inline?.paragraph ?? from.contentStart,
      text: from.value,
    };
  }

  pictures(parts: Partial<Record<PartId, FoundPart>>, duplicates: FoundPart[]): PictureGroup[] {
    const groups = findPictureGroups({
      paras: this.paras,
      infos: this.infos,
      isPartStart: (i) => this.recognised[i] === 1,
      captionLimit: this.profile.pictures.caption.value * 2,
    });
    const ranges = [...Object.values(parts), ...duplicates].filter(
      (p): p is FoundPart => p !== undefined && (this.isSection(p.id) || this.t.spec.get(p.id)?.kind === 'summary'),
    );
    for (const g of groups) {
      const at = g.paragraphs[0];
      const r = ranges.find((p) => p.start <= at && at < p.end);
      if (r) g.section = r.id;
    }
    return groups;
  }
}

export function findStructure(doc: CaseDocument, profile: Profile): CaseStructure {
  const f = new Finder(doc, profile);
  f.fromControls();
  f.fromText();
  const { parts, duplicates, accepted } = f.accept();
  f.setEnds(accepted);
  const cut = f.summaryEnd(parts, accepted);
  const otherSections = f.others(parts, accepted, cut);
  f.body(parts, duplicates, otherSections);
  f.title(parts);
  const sectionOrder = f.sections.filter((id) => parts[id] !== undefined).sort((a, b) => parts[a]!.start - parts[b]!.start);
  const pictureGroups = f.pictures(parts, duplicates);
  const captionParagraphs = pictureGroups
    .map((g) => g.caption?.paragraph)
    .filter((i): i is number => i !== undefined)
    .sort((a, b) => a - b);
  const structure: CaseStructure = { parts, duplicates, sectionOrder, pictureGroups, captionParagraphs, otherSections };
  if (f.summaryGuess) structure.summaryGuess = f.summaryGuess;
  const declared = f.category(parts);
  if (declared) structure.declaredCategory = declared;
  return structure;
}
