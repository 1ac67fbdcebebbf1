/**
 * A small builder for CaseDocuments in tests, after ESLint's RuleTester fixtures:
 *   caseDoc().category('branch').title('…').unit('…').summary(han(200))
 *     .background(han(300)).practice(han(500)).picture({ caption: '图1 党员志愿服务' })
 *     .lessons(han(200)).build()
 * Section headings are Word's Heading 1 by default; cover fields are `标签：值` lines.
 */
import type { BuiltinStyle, CaseDocument, Paragraph, Picture } from '../../src/core/model/types';

const HAN = '党建引领发展创新服务育人实践组织建设师生协同推进融合成效经验';

/** `n` Han characters: exactly n 字 by Word's count. */
export function han(n: number, offset = 0): string {
  let s = '';
  for (let i = 0; i < n; i++) s += HAN[(i + offset) % HAN.length];
  return s;
}

export interface ParaOptions {
  style?: BuiltinStyle;
  outlineLevel?: number;
  listLabel?: string;
  pictures?: number;
  floating?: boolean;
  bold?: boolean;
  centered?: boolean;
  controls?: { tag?: string; title?: string; id?: string }[];
  table?: Paragraph['table'];
}

export class CaseDocBuilder {
  private paras: Paragraph[] = [];
  private headingStyle: BuiltinStyle = 'Heading1';
  private settings: CaseDocument['settings'];

  para(text: string, o: ParaOptions = {}): this {
    const pictures: Picture[] = [];
    for (let i = 0; i < (o.pictures ?? 0); i++) pictures.push({ kind: o.floating ? 'floating' : 'inline' });
    const p: Paragraph = { index: this.paras.length, text, pictures, controls: o.controls ?? [] };
    if (o.style) p.builtinStyle = o.style;
    const level = o.outlineLevel ?? (o.style && /^Heading(\d)$/.test(o.style) ? Number(o.style.slice(7)) - 1 : undefined);
    if (level !== undefined) p.outlineLevel = level;
    if (o.listLabel) {
      p.listLabel = o.listLabel;
      p.listSuffix = 'tab';
    }
    if (o.bold) p.bold = true;
    if (o.centered) p.centered = true;
    if (o.table) p.table = o.table;
    this.paras.push(p);
    return this;
  }

  /** Use plain paragraphs (no heading style) for the section headings that follow. */
  plainHeadings(): this {
    this.headingStyle = 'Normal';
    return this;
  }

  heading(text: string, style: BuiltinStyle = this.headingStyle): this {
    return this.para(text, { style });
  }

  field(label: string, value: string): this {
    return this.para(`${label}：${value}`);
  }

  title(v: string): this {
    return this.field('案例名称', v);
  }
  unit(v: string): this {
    return this.field('申报单位（盖章）', v);
  }
  org(v: string): this {
    return this.field('实施党组织', v);
  }
  category(v: string): this {
    return this.field('类别', v);
  }
  period(v: string): this {
    return this.field('实施起始时间', v);
  }

  setting(category: string): this {
    this.settings = { ...this.settings, category };
    return this;
  }

  summary(text: string, heading = '案例简介'): this {
    return this.heading(heading).para(text);
  }
  background(text: string, heading = '一、实施背景'): this {
    return this.heading(heading).para(text);
  }
  practice(text: string, heading = '二、主要做法'): this {
    return this.heading(heading).para(text);
  }
  lessons(text: string, heading = '三、经验启示'): this {
    return this.heading(heading).para(text);
  }

  /** A picture paragraph (one or more pictures) and, when given, its caption right after it in Caption style. */
  picture(o: { caption?: string; count?: number; floating?: boolean; captionStyle?: BuiltinStyle } = {}): this {
    this.para('', { pictures: o.count ?? 1, floating: o.floating });
    if (o.caption !== undefined) this.para(o.caption, { style: o.captionStyle ?? 'Caption' });
    return this;
  }

  /**
   * A top-level table, read row by row: one paragraph per cell, or one per string when a
   * cell is given as an array of strings.
   */
  table(rows: (string | string[])[][], o: Omit<ParaOptions, 'table'> = {}): this {
    const table = this.paras.reduce((n, p) => (p.table && p.table.depth === 1 ? Math.max(n, p.table.table + 1) : n), 0);
    rows.forEach((cells, row) =>
      cells.forEach((cell, c) => {
        for (const text of Array.isArray(cell) ? cell : [cell]) this.para(text, { ...o, table: { depth: 1, table, row, cell: c } });
      }),
    );
    return this;
  }

  build(): CaseDocument {
    return { paragraphs: this.paras.map((p) => ({ ...p })), stories: [], settings: this.settings, source: 'text' };
  }
}

export function caseDoc(): CaseDocBuilder {
  return new CaseDocBuilder();
}

/** A complete, valid branch case: every part present, lengths on target. */
export function validBranchCase(): CaseDocBuilder {
  return caseDoc()
    .title('党建引领“双创”实践育人')
    .unit('信息科学与工程学院党委')
    .org('信息科学与工程学院计算机系教师第一党支部')
    .category('党支部（教师党支部）')
    .period('2021年9月')
    .summary(han(200))
    .background(han(300))
    .practice(han(400))
    .picture({ caption: '图1 支部书记讲党课' })
    .lessons(han(270));
}
