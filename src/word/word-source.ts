/**
 * The Word implementation of DocumentSource: the only code that calls `Word.run`.
 *
 * Reading is one `Word.run` batch: every paragraph property, the navigation properties the
 * model needs (list label, enclosing content controls, table cell, font bold) and the
 * settings property are queued as load paths on the collection before one `context.sync()`.
 * Office.js can expand single-object navigation properties in a load path
 * (`items/listItemOrNullObject/listString`) but not collections, so pictures come from
 * `body.inlinePictures` and are tied to paragraphs by `uniqueLocalId` (WordApi 1.6). Where
 * that is missing and the document has pictures, a second sync loads each paragraph's
 * `inlinePictures`.
 *
 * What the host hides, and what this gateway does about it (shared/research/officejs-audit.md):
 * - `Paragraph.text` includes tracked deletions and hidden text (office-js #1267, #5286,
 *   #2314), which Word's 字数 leaves out. From WordApi 1.7, `Paragraph.getText()` leaves
 *   them out: it is read instead of `text`, in a second sync of the same batch (the
 *   paragraphs must exist as objects first). Below 1.7 the read says what it cannot see
 *   (`CaseDocument.caveats`): tracked deletions found (1.6, `body.getTrackedChanges()`),
 *   Track Changes on (1.4, `document.changeTrackingMode`), or cannot tell (1.3).
 * - Marks Word does not count arrive inside `text`: footnote references as U+FFFD (#6942,
 *   #5027) or U+0002 (#2749), comment anchors as U+0005 (#2114), field delimiters
 *   U+0013–U+0015 (the object model's): they are taken out here, with a field's code.
 * - Floating pictures and text boxes are in neither `text` nor `inlinePictures`
 *   ("doesn't include floating images"; #5282). `body.shapes` (WordApiDesktop 1.2, not on
 *   the web) can count them but not place them: the read says how many there are, or that
 *   it cannot tell. The exact check (`readFile`, the document's own .docx) sees them.
 * - A manual line break arrives as U+000B, a page or column break as U+000C: `\n`.
 * - `outlineLevel` follows Word's object model: 1–9, and 10 for body text.
 * - `context.sync()` can stay pending forever on the web (#4941): every batch has a time
 *   limit, after which the caller gets a readable error and may try again.
 * - Desktop Word keeps 255 characters of a custom property value: settings are written
 *   within that (serializeSettings).
 */
import type { BuiltinStyle, CaseDocument, CaseSettings, ContentControlRef, Paragraph, Picture, ReadCaveat } from '../core/model/types';
import type { Profile } from '../core/profile/types';
import type { TemplateBlock, TemplateAlignment, TemplateStyle, CoverRowBlock } from '../template/types';
import { isDocumentEmpty } from '../template/blocks';
import { bodyContent } from '../docx/body-content';
import type { PartInsertion, InsertBlock } from '../core/fixes';
import { dismissedPropertyNames, hasSettings, serializeDismissed, settingsFromProperties } from '../core/settings';
import {
  DocumentSourceError,
  SETTINGS_PROPERTY,
  serializeSettings,
  type ChangeSet,
  type DocumentChange,
  type DocumentSource,
  type InsertMode,
  type SelectTarget,
} from './types';
import { EVENTS_WORD_API, GET_TEXT_WORD_API } from './host';

/** What WordDocumentSource needs from Office: injectable so tests drive it with a recorded double. */
export interface WordHost {
  /** `Word.run`; with `anchor`, runs in the context that created that object (needed to remove event handlers). */
  run<T>(batch: (context: Word.RequestContext) => Promise<T>, anchor?: OfficeExtension.ClientObject): Promise<T>;
  isSetSupported(name: string, version: string): boolean;
  /** Subscribes to Office's DocumentSelectionChanged event (the fallback below WordApi 1.6). */
  onSelectionChanged(handler: () => void): () => void;
  /** `Office.context.document.getFileAsync(Compressed, { sliceSize })` (common API, CompressedFile). */
  getFileAsync?(sliceSize: number, callback: (result: Office.AsyncResult<Office.File>) => void): void;
  /** `Office.context.diagnostics.platform`, when known. */
  platform?(): string | undefined;
}

/** The real host: the `Word` and `Office` globals that office.js defines. */
export function officeHost(): WordHost {
  return {
    run: (batch, anchor) => (anchor ? Word.run(anchor, batch) : Word.run(batch)),
    isSetSupported: (name, version) => {
      try {
        return Office.context.requirements.isSetSupported(name, version);
      } catch {
        return false;
      }
    },
    onSelectionChanged: (handler) => {
      const type = Office.EventType.DocumentSelectionChanged;
      Office.context.document.addHandlerAsync(type, handler);
      return () => Office.context.document.removeHandlerAsync(type, { handler });
    },
    getFileAsync: (sliceSize, callback) => Office.context.document.getFileAsync(Office.FileType.Compressed, { sliceSize }, callback),
    platform: () => {
      try {
        return String(Office.context.diagnostics?.platform ?? '') || undefined;
      } catch {
        return undefined;
      }
    },
  };
}

const CC = 'parentContentControlOrNullObject';
/** Every property the model needs but the text, as load paths on a paragraph (WordApi 1.1–1.3). */
const PARAGRAPH_PATHS = [
  'style',
  'styleBuiltIn',
  'outlineLevel',
  'tableNestingLevel',
  'isListItem',
  'alignment',
  'font/bold',
  'listItemOrNullObject/listString',
  `${CC}/id`,
  `${CC}/tag`,
  `${CC}/title`,
  `${CC}/${CC}/id`,
  `${CC}/${CC}/tag`,
  `${CC}/${CC}/title`,
  'parentTableCellOrNullObject/rowIndex',
  'parentTableCellOrNullObject/cellIndex',
];
/** The load paths on `body.paragraphs`, with `text` (below WordApi 1.7). */
export const PARAGRAPH_LOAD = ['text', ...PARAGRAPH_PATHS].map((p) => `items/${p}`).join(',');

const MODEL_STYLES: ReadonlySet<string> = new Set([
  'Normal', 'Title', 'Subtitle', 'Caption', 'ListParagraph',
  'Heading1', 'Heading2', 'Heading3', 'Heading4', 'Heading5', 'Heading6', 'Heading7', 'Heading8', 'Heading9',
]);

const ALIGNMENT: Record<TemplateAlignment, Word.Alignment | 'Left' | 'Centered' | 'Right' | 'Justified'> = {
  left: 'Left',
  center: 'Centered',
  right: 'Right',
  justify: 'Justified',
};

/** Each template style's alignment, as the .docx template's styles set it (src/template/docx.ts). */
const STYLE_ALIGNMENT: Record<TemplateStyle, TemplateAlignment> = {
  Title: 'center',
  Heading1: 'left',
  Heading2: 'left',
  Normal: 'justify',
  Caption: 'center',
};

/** Word's search rejects patterns over 255 characters (after `^` escaping); `^` introduces special characters. */
const SEARCH_MAX = 255;

/**
 * Time limits (UI timing, not notice limits). A read of a 40-page document takes well under
 * a second; Word on the web has been seen to never settle a sync (#4941). Inserting the
 * template writes a few dozen objects. The file comes in slices of up to 4 MB.
 */
export const RUN_TIMEOUT_MS = 20_000;
export const FILE_TIMEOUT_MS = 60_000;
/** The largest file the exact check takes (a case with five pictures is a few MB). */
export const FILE_MAX_BYTES = 100 * 1024 * 1024;
/** getFileAsync's slice size: 4 MB, the documented maximum; 64 KB on iPad. */
const SLICE_BYTES = 4 * 1024 * 1024;
const SLICE_BYTES_IPAD = 64 * 1024;

function builtinStyle(styleBuiltIn: string | undefined): BuiltinStyle | undefined {
  if (!styleBuiltIn) return undefined;
  return MODEL_STYLES.has(styleBuiltIn) ? (styleBuiltIn as BuiltinStyle) : 'Other';
}

/**
 * The host's paragraph text as the model wants it: breaks as `\n`; without the marks Word
 * does not count (footnote and endnote references, comment anchors, other control
 * characters) and without a field's code (U+0013 code U+0014 result U+0015 keeps the result).
 */
export function normaliseText(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- Word's field delimiters are control characters.
      .replace(/\u0013[^\u0013\u0014\u0015]*\u0014/g, '')
      // eslint-disable-next-line no-control-regex -- Word's break characters are control characters.
      .replace(/[\u000b\u000c\r]/g, '\n')
      // eslint-disable-next-line no-control-regex -- marks and delimiters Word does not count.
      .replace(/[\u0000-\u0008\u000e-\u001f\ufffd]/g, '')
  );
}

function controlRef(cc: Word.ContentControl): ContentControlRef | undefined {
  if (cc.isNullObject) return undefined;
  const ref: ContentControlRef = {};
  if (cc.tag) ref.tag = cc.tag;
  if (cc.title) ref.title = cc.title;
  if (cc.id !== undefined && cc.id !== null) ref.id = String(cc.id);
  return ref;
}

function controlsOf(p: Word.Paragraph): ContentControlRef[] {
  const inner = p.parentContentControlOrNullObject;
  if (inner.isNullObject) return [];
  const out: ContentControlRef[] = [];
  const outer = controlRef(inner.parentContentControlOrNullObject);
  if (outer) out.push(outer);
  const own = controlRef(inner);
  if (own) out.push(own);
  return out;
}

function pictureOf(p: Word.InlinePicture): Picture {
  const pic: Picture = { kind: 'inline' };
  if (p.altTextDescription) pic.description = p.altTextDescription;
  return pic;
}

function wrap(code: DocumentSourceError['code'], message: string) {
  return (e: unknown): never => {
    if (e instanceof DocumentSourceError) throw e;
    const detail = e instanceof Error && e.message ? `（${e.message}）` : '';
    throw new DocumentSourceError(code, `${message}${detail}`, e);
  };
}

/** Rejects with a readable timeout when `promise` has not settled in `ms` (it may still settle later: its result is dropped). */
function within<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DocumentSourceError('timeout', message)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** A paragraph as loaded, and its text (from getText on WordApi 1.7, else `text`). */
interface Loaded {
  p: Word.Paragraph;
  text: () => string;
  pictures: Picture[];
}

/** The paragraph model of one loaded paragraph; `table` is the table index when it is in one. */
function toParagraph(l: Loaded, index: number, table: number): Paragraph {
  const p = l.p;
  const para: Paragraph = { index, text: normaliseText(l.text()), pictures: l.pictures, controls: controlsOf(p) };
  if (p.style) para.styleId = p.style;
  const style = builtinStyle(p.styleBuiltIn);
  if (style) para.builtinStyle = style;
  if (p.outlineLevel >= 1 && p.outlineLevel <= 9) para.outlineLevel = p.outlineLevel - 1;
  if (p.isListItem) {
    const li = p.listItemOrNullObject;
    if (!li.isNullObject && li.listString) {
      para.listLabel = li.listString;
      // WordApi has no w:suff; Word's default suffix is a tab.
      para.listSuffix = 'tab';
    }
  }
  if (p.font.bold === true && para.text.trim() !== '') para.bold = true;
  if (p.alignment === 'Centered') para.centered = true;
  if (p.tableNestingLevel > 0) {
    const cell = p.parentTableCellOrNullObject;
    para.table = {
      depth: p.tableNestingLevel,
      table,
      row: cell.isNullObject ? 0 : cell.rowIndex,
      cell: cell.isNullObject ? 0 : cell.cellIndex,
    };
  }
  return para;
}

/** What the host can tell about the text it hides, queued before the sync and read after it. */
interface CaveatProbe {
  result(): ReadCaveat[];
}

export interface WordDocumentSourceOptions {
  /** The profile whose categories and criteria the settings may hold (serializeSettings). */
  profile?: Pick<Profile, 'categories' | 'criteria'>;
  /** Time limit of every batch (RUN_TIMEOUT_MS). */
  timeoutMs?: number;
}

export class WordDocumentSource implements DocumentSource {
  /** False after a host refused `uniqueLocalId`. */
  private idsWork = true;
  /** The last full or patched read, with each paragraph's uniqueLocalId, for partial reads. */
  private last: { doc: CaseDocument; ids: string[] } | undefined;
  private readonly timeoutMs: number;

  constructor(
    private readonly host: WordHost = officeHost(),
    private options: WordDocumentSourceOptions = {},
  ) {
    this.timeoutMs = options.timeoutMs ?? RUN_TIMEOUT_MS;
  }

  /** After the author chose another notice: the settings may hold its categories and criteria. No Word call. */
  useProfile(profile: Pick<Profile, 'categories' | 'criteria'>): void {
    this.options = { ...this.options, profile };
  }

  private run<T>(batch: (context: Word.RequestContext) => Promise<T>, what: string): Promise<T> {
    const seconds = Math.round(this.timeoutMs / 1000);
    return within(this.host.run(batch), this.timeoutMs, `Word 在 ${seconds} 秒内没有完成${what}。请稍候重试；若一直如此，请保存文档后重新打开 Word。`);
  }

  private supports(version: string): boolean {
    return this.host.isSetSupported('WordApi', version);
  }

  private useIds(): boolean {
    return this.idsWork && this.supports(EVENTS_WORD_API);
  }

  changeEvents(): 'paragraph' | 'selection' {
    return this.supports(EVENTS_WORD_API) ? 'paragraph' : 'selection';
  }

  async read(changes?: ChangeSet): Promise<CaseDocument> {
    if (changes && this.last && this.useIds()) {
      const patched = await this.run((context) => this.readChanged(context, changes.changedIds), '读取').catch(wrap('read', '读取文档失败'));
      if (patched) return patched;
    }
    const useIds = this.useIds();
    try {
      return await this.run((context) => this.readAll(context, useIds), '读取');
    } catch (e) {
      if (!useIds || (e instanceof DocumentSourceError && e.code === 'timeout')) return wrap('read', '读取文档失败')(e);
      // uniqueLocalId is WordApi 1.6 but refused by some perpetual licences: fall back once.
      this.idsWork = false;
      return this.run((context) => this.readAll(context, false), '读取').catch(wrap('read', '读取文档失败'));
    }
  }

  /** Queues what the host can tell about hidden and deleted text and floating objects. */
  private probeCaveats(context: Word.RequestContext): CaveatProbe {
    const results: (() => ReadCaveat | undefined)[] = [];
    if (!this.supports(GET_TEXT_WORD_API)) {
      if (this.supports(EVENTS_WORD_API)) {
        const changes = context.document.body.getTrackedChanges();
        changes.load('items/type');
        results.push(() =>
          changes.items.some((c) => c.type === 'Deleted') ? { kind: 'deleted-text', certainty: 'present' } : undefined,
        );
      } else if (this.supports('1.4')) {
        const doc = context.document;
        doc.load('changeTrackingMode');
        results.push(() => (doc.changeTrackingMode !== 'Off' ? { kind: 'deleted-text', certainty: 'tracking' } : undefined));
      } else {
        results.push(() => ({ kind: 'deleted-text', certainty: 'unknown' }));
      }
    }
    if (this.host.isSetSupported('WordApiDesktop', '1.2')) {
      const shapes = context.document.body.shapes;
      shapes.load('items/type,items/textWrap/type');
      results.push(() => {
        const count = shapes.items.filter((s) => s.type === 'TextBox' || s.textWrap.type !== 'Inline').length;
        return count > 0 ? { kind: 'floating', count } : undefined;
      });
    } else {
      results.push(() => ({ kind: 'floating' }));
    }
    return { result: () => results.map((r) => r()).filter((c): c is ReadCaveat => c !== undefined) };
  }

  /** Queues `getText()` for each paragraph on WordApi 1.7; otherwise their loaded `text` is the text. */
  private textsOf(items: Word.Paragraph[]): (() => string)[] {
    if (!this.supports(GET_TEXT_WORD_API)) return items.map((p) => () => p.text);
    return items.map((p) => {
      const r = p.getText();
      return () => r.value;
    });
  }

  private async readAll(context: Word.RequestContext, useIds: boolean): Promise<CaseDocument> {
    const getText = this.supports(GET_TEXT_WORD_API);
    const body = context.document.body;
    const paragraphs = body.paragraphs;
    const paths = getText ? PARAGRAPH_PATHS.map((p) => `items/${p}`).join(',') : PARAGRAPH_LOAD;
    paragraphs.load(useIds ? `${paths},items/uniqueLocalId` : paths);
    const pictures = body.inlinePictures;
    pictures.load(useIds ? 'items/altTextDescription,items/paragraph/uniqueLocalId' : 'items/altTextDescription');
    const settings = queueSettings(context);
    const caveats = this.probeCaveats(context);
    await context.sync();

    const items = paragraphs.items;
    const texts = this.textsOf(items);
    const picturesByParagraph: Picture[][] = items.map(() => []);
    let perParagraph: Word.InlinePictureCollection[] | undefined;
    if (pictures.items.length > 0) {
      if (useIds) {
        const indexById = new Map<string, number>();
        items.forEach((p, i) => indexById.set(p.uniqueLocalId, i));
        for (const pic of pictures.items) {
          const i = indexById.get(pic.paragraph.uniqueLocalId);
          if (i !== undefined) picturesByParagraph[i].push(pictureOf(pic));
        }
      } else {
        perParagraph = items.map((p) => {
          const c = p.inlinePictures;
          c.load('items/altTextDescription');
          return c;
        });
      }
    }
    // One more round trip when getText or the per-paragraph pictures were queued.
    if (getText || perParagraph) await context.sync();
    perParagraph?.forEach((c, i) => c.items.forEach((pic) => picturesByParagraph[i].push(pictureOf(pic))));

    let table = -1;
    let inTable = false;
    const out: Paragraph[] = items.map((p, index) => {
      if (p.tableNestingLevel > 0) {
        // Word always keeps a paragraph between two tables, so a run of table paragraphs is one table.
        if (!inTable) table++;
        inTable = true;
      } else {
        inTable = false;
      }
      return toParagraph({ p, text: texts[index], pictures: picturesByParagraph[index] }, index, table);
    });

    const doc: CaseDocument = { paragraphs: out, stories: [], source: 'word' };
    const found = caveats.result();
    if (found.length > 0) doc.caveats = found;
    const stored = settings();
    if (hasSettings(stored)) doc.settings = stored;
    this.last = useIds ? { doc, ids: items.map((p) => p.uniqueLocalId) } : undefined;
    return doc;
  }

  /**
   * Reads only the paragraphs an edit changed (WordApi 1.6 events name them) and patches
   * the last read: a few hundred bytes instead of the whole document. Undefined when that
   * is not safe (an unknown paragraph, or one that moved in or out of a table): the caller
   * then reads everything.
   */
  private async readChanged(context: Word.RequestContext, ids: readonly string[]): Promise<CaseDocument | undefined> {
    const last = this.last;
    if (!last) return undefined;
    const at = ids.map((id) => last.ids.indexOf(id));
    if (at.some((i) => i === -1)) return undefined;
    const loaded = ids.map((id) => {
      const p = context.document.getParagraphByUniqueLocalId(id);
      p.load(this.supports(GET_TEXT_WORD_API) ? PARAGRAPH_PATHS.join(',') : ['text', ...PARAGRAPH_PATHS].join(','));
      const pictures = p.inlinePictures;
      pictures.load('items/altTextDescription');
      return { p, pictures };
    });
    const texts = this.textsOf(loaded.map((l) => l.p));
    const caveats = this.probeCaveats(context);
    await context.sync();

    const paragraphs = last.doc.paragraphs.slice();
    for (let k = 0; k < loaded.length; k++) {
      const i = at[k];
      const before = paragraphs[i];
      const { p, pictures } = loaded[k];
      // A paragraph that moved in or out of a table changes the table numbering: read all.
      if ((p.tableNestingLevel > 0) !== (before.table !== undefined)) return undefined;
      paragraphs[i] = toParagraph({ p, text: texts[k], pictures: pictures.items.map(pictureOf) }, i, before.table?.table ?? -1);
    }
    const doc: CaseDocument = { ...last.doc, paragraphs };
    const found = caveats.result();
    if (found.length > 0) doc.caveats = found;
    else delete doc.caveats;
    this.last = { doc, ids: last.ids };
    return doc;
  }

  async readFile(): Promise<Uint8Array> {
    const getFileAsync = this.host.getFileAsync;
    if (!getFileAsync) throw new DocumentSourceError('file', '此版本的 Word 不能把文档交给加载项，无法精确核对。');
    const sliceSize = this.host.platform?.() === 'iOS' ? SLICE_BYTES_IPAD : SLICE_BYTES;
    const message = '无法取得文档文件';
    const file = await within(
      new Promise<Office.File>((resolve, reject) => getFileAsync.call(this.host, sliceSize, (r) => (succeeded(r) ? resolve(r.value) : reject(fileError(r.error))))),
      FILE_TIMEOUT_MS,
      'Word 在 60 秒内没有交出文档文件。请稍候重试。',
    ).catch(wrap('file', message));
    try {
      if (file.size > FILE_MAX_BYTES) {
        throw new DocumentSourceError('file', `文档有 ${Math.round(file.size / 1024 / 1024)} MB，超过精确核对的上限 ${FILE_MAX_BYTES / 1024 / 1024} MB。`);
      }
      const out = new Uint8Array(file.size);
      let offset = 0;
      for (let i = 0; i < file.sliceCount; i++) {
        const slice = await within(
          new Promise<Office.Slice>((resolve, reject) => file.getSliceAsync(i, (r) => (succeeded(r) ? resolve(r.value) : reject(fileError(r.error))))),
          FILE_TIMEOUT_MS,
          'Word 在 60 秒内没有交出文档文件。请稍候重试。',
        );
        // A byte array: plain numbers on some hosts (Uint8Array.from maps any signed bytes too).
        const data = slice.data instanceof Uint8Array ? slice.data : Uint8Array.from(slice.data as ArrayLike<number>);
        if (offset + data.length > out.length) throw new DocumentSourceError('file', `${message}：Word 交出的数据比文件大小多。`);
        out.set(data, offset);
        offset += data.length;
      }
      if (offset !== out.length) throw new DocumentSourceError('file', `${message}：Word 交出的数据不完整。`);
      return out;
    } catch (e) {
      return wrap('file', message)(e);
    } finally {
      // "No more than two documents are allowed to be in memory": always close.
      file.closeAsync();
    }
  }

  async select(target: SelectTarget): Promise<void> {
    const index = target.paragraph;
    if (index === undefined) throw new DocumentSourceError('not-found', '无法定位：该问题没有对应的段落。');
    const getText = this.supports(GET_TEXT_WORD_API);
    await this.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load('items/text');
      await context.sync();
      const p = paragraphs.items[index];
      if (!p) throw new DocumentSourceError('not-found', `无法定位：文档中已没有第 ${index + 1} 段，请稍候重新检查。`);
      const span = 'start' in target ? target : undefined;
      if (span) {
        // Offsets are into the text as read: getText's on WordApi 1.7.
        let text = normaliseText(p.text);
        if (getText) {
          const r = p.getText();
          await context.sync();
          text = normaliseText(r.value);
        }
        if (await this.selectSpan(context, p, text, span.start, span.end)) return;
      }
      p.select('Select');
      await context.sync();
    }, '定位').catch(wrap('select', '无法在文档中定位'));
  }

  /**
   * Selects the span's text by searching the paragraph for it; false when Word cannot find
   * it (it spans a tracked deletion #5874, a field, or is too long): the caller then
   * selects the whole paragraph. A failed search fails its own sync only.
   */
  private async selectSpan(context: Word.RequestContext, p: Word.Paragraph, text: string, start: number, end: number): Promise<boolean> {
    const needle = text.slice(start, end);
    const pattern = needle.replace(/\^/g, '^^');
    // eslint-disable-next-line no-control-regex -- breaks and tabs cannot be searched for literally.
    if (needle.trim() === '' || pattern.length > SEARCH_MAX || /[\u0000-\u001f]/.test(needle)) return false;
    // The n-th occurrence of the span's text in its paragraph is the one at `start`.
    let occurrence = 0;
    for (let at = text.indexOf(needle); at !== -1 && at < start; at = text.indexOf(needle, at + needle.length)) occurrence++;
    try {
      const found = p.search(pattern, { matchCase: true });
      found.load('items');
      await context.sync();
      const range = found.items[occurrence] ?? found.items[0];
      if (!range) return false;
      range.select('Select');
      await context.sync();
      return true;
    } catch {
      return false;
    }
  }

  async isEmpty(): Promise<boolean> {
    return this.run(async (context) => {
      const check = this.queueEmptinessCheck(context);
      await context.sync();
      return check.empty();
    }, '读取').catch(wrap('read', '读取文档失败'));
  }

  /**
   * Whether the body holds nothing an author made: no text and no inline picture (what the
   * host API shows), and nothing else either in the body's OOXML (floating pictures, text
   * boxes, tables, section breaks, fields, bookmarks…: src/docx/body-content.ts).
   */
  private queueEmptinessCheck(context: Word.RequestContext) {
    const body = context.document.body;
    const paragraphs = body.paragraphs;
    paragraphs.load('items/text');
    const pictures = body.inlinePictures;
    pictures.load('items/altTextDescription');
    const ooxml = body.getOoxml();
    return {
      paragraphs,
      empty: (): boolean =>
        isDocumentEmpty(paragraphs.items.map((p) => ({ text: normaliseText(p.text) }))) &&
        pictures.items.length === 0 &&
        bodyContent(ooxml.value).empty,
      found: (): string | undefined => bodyContent(ooxml.value).found,
    };
  }

  /**
   * Inserts the template at the end of the body: at most two syncs (the emptiness check
   * for `replace-empty`, then every insertion in one batch). In `replace-empty` mode the
   * empty paragraphs the document started with are removed afterwards, so that the
   * template begins at the top: only after the body's OOXML showed that they hold nothing.
   */
  async insertTemplate(blocks: readonly TemplateBlock[], mode: InsertMode): Promise<void> {
    await this.run(async (context) => {
      const body = context.document.body;
      let leftovers: Word.Paragraph[] = [];
      if (mode === 'replace-empty') {
        const check = this.queueEmptinessCheck(context);
        await context.sync();
        if (!check.empty()) {
          const found = check.found();
          throw new DocumentSourceError('not-empty', `文档中已有内容${found ? `（${found}）` : ''}：为避免覆盖，未插入模板。`);
        }
        leftovers = check.paragraphs.items;
      }
      queueBlocks(body, blocks);
      for (const p of leftovers) p.delete();
      await context.sync();
    }, '插入模板').catch(wrap('insert', '插入案例模板失败'));
  }

  async loadSettings(): Promise<CaseSettings> {
    return this.run(async (context) => {
      const settings = queueSettings(context);
      await context.sync();
      return settings();
    }, '读取设置').catch(wrap('settings', '读取文档中的设置失败'));
  }

  /**
   * Writes the dismissals into `CaseAssistant.dismissed.1` … (each value within desktop
   * Word's 255 characters) and deletes the ones no longer needed: only those that exist,
   * seen in a first sync (a null object is never deleted). One batch, two syncs.
   */
  async saveDismissed(fingerprints: readonly string[]): Promise<void> {
    await this.run(async (context) => {
      const properties = context.document.properties.customProperties;
      const names = dismissedPropertyNames();
      const existing = names.map((name) => {
        const item = properties.getItemOrNullObject(name);
        item.load('key');
        return item;
      });
      await context.sync();
      const values = serializeDismissed(fingerprints);
      names.forEach((name, i) => {
        if (i < values.length) properties.add(name, values[i]);
        else if (!existing[i].isNullObject) existing[i].delete();
      });
      await context.sync();
    }, '保存').catch(wrap('settings', '无法把“忽略此处”保存到文档中'));
  }

  /**
   * 插入此部分: one batch. The anchor paragraph is read first (with getText on WordApi 1.7,
   * as the check read it) and must still hold the text the plan saw, else nothing is
   * written. Then the heading and the prompt go after (or before) it, or after its table,
   * each given the template's style, alignment, no bold and no list (a new paragraph takes
   * all of these from the one it follows, #72), and the prompt is selected.
   */
  async insertPart(plan: PartInsertion): Promise<void> {
    const getText = this.supports(GET_TEXT_WORD_API);
    const changed = () =>
      new DocumentSourceError('changed', '文档在检查之后有改动，没有插入。请等检查结果更新后再点一次“插入此部分”。');
    await this.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load('items/text,items/tableNestingLevel');
      await context.sync();
      const p = paragraphs.items[plan.anchor.paragraph];
      if (!p || plan.blocks.length === 0) throw changed();
      let text = p.text;
      if (getText) {
        const r = p.getText();
        await context.sync();
        text = r.value;
      }
      if (normaliseText(text) !== plan.anchor.text) throw changed();
      const inTable = p.tableNestingLevel > 0;
      if (inTable !== (plan.anchor.afterTable === true) || p.tableNestingLevel > 1) throw changed();
      const at: Word.Paragraph | Word.Table = plan.anchor.afterTable ? p.parentTable : p;
      let last = at.insertParagraph(plan.blocks[0].text, plan.anchor.where);
      formatInserted(last, plan.blocks[0]);
      for (const block of plan.blocks.slice(1)) {
        last = last.insertParagraph(block.text, 'After');
        formatInserted(last, block);
      }
      last.select('Select');
      await context.sync();
    }, '插入').catch(wrap('insert', '插入此部分失败'));
  }

  async saveSettings(settings: CaseSettings): Promise<void> {
    await this.run(async (context) => {
      // `add` creates the property or replaces its value; it is saved with the document.
      context.document.properties.customProperties.add(SETTINGS_PROPERTY, serializeSettings(settings, this.options.profile));
      await context.sync();
    }, '保存设置').catch(wrap('settings', '无法把设置保存到文档中'));
  }

  /**
   * Paragraph events (WordApi 1.6) when the host has them, else Office's selection-changed
   * event, which fires as the author types or moves. Handlers only call `cb`: they never
   * touch the document. Registration failures fall back to the selection event; the pane's
   * periodic re-read covers whatever a host does not report.
   */
  onChange(cb: (change: DocumentChange) => void): () => void {
    const selection = () => {
      cb({ kind: 'unknown' });
      return Promise.resolve();
    };
    if (!this.supports(EVENTS_WORD_API)) return this.host.onSelectionChanged(selection);

    const paragraphHandler = (kind: 'changed' | 'added' | 'deleted') => (event: { uniqueLocalIds?: string[] }) => {
      cb({ kind, ids: event?.uniqueLocalIds ?? [] });
      return Promise.resolve();
    };
    let removed = false;
    let results: OfficeExtension.EventHandlerResult<unknown>[] = [];
    let anchor: Word.Document | undefined;
    let fallback: (() => void) | undefined;
    this.host
      .run(async (context) => {
        const doc = context.document;
        anchor = doc;
        results = [
          doc.onParagraphChanged.add(paragraphHandler('changed')),
          doc.onParagraphAdded.add(paragraphHandler('added')),
          doc.onParagraphDeleted.add(paragraphHandler('deleted')),
        ];
        await context.sync();
      })
      .then(() => {
        if (removed) void this.removeHandlers(results, anchor);
      })
      .catch(() => {
        results = [];
        if (!removed) fallback = this.host.onSelectionChanged(selection);
      });
    return () => {
      removed = true;
      fallback?.();
      if (results.length > 0) void this.removeHandlers(results, anchor);
    };
  }

  private removeHandlers(results: OfficeExtension.EventHandlerResult<unknown>[], anchor?: Word.Document): Promise<void> {
    // Handlers are removed in the context that added them.
    return this.host
      .run(async (context) => {
        for (const r of results) r.remove();
        await context.sync();
      }, anchor)
      .catch(() => undefined);
  }
}

/**
 * Queues the add-in's custom properties (the settings JSON and the dismissal store, by
 * name: getItemOrNullObject, WordApi 1.3) and returns the settings after the sync.
 */
function queueSettings(context: Word.RequestContext): () => CaseSettings {
  const properties = context.document.properties.customProperties;
  const items = new Map<string, Word.CustomProperty>();
  for (const name of [SETTINGS_PROPERTY, ...dismissedPropertyNames()]) {
    const item = properties.getItemOrNullObject(name);
    item.load('value');
    items.set(name, item);
  }
  return () =>
    settingsFromProperties((name) => {
      const item = items.get(name);
      return item && !item.isNullObject && item.value !== undefined && item.value !== null ? String(item.value) : undefined;
    }).settings;
}

/** A paragraph the add-in inserted, formatted as the template's block, whatever it inherited. */
function formatInserted(p: Word.Paragraph, block: InsertBlock): void {
  p.styleBuiltIn = block.style;
  p.alignment = ALIGNMENT[block.style === 'Normal' ? STYLE_ALIGNMENT.Normal : STYLE_ALIGNMENT.Heading1];
  p.font.bold = false;
  // "Moves this paragraph out of its list, if the paragraph is a list item" (WordApi 1.3).
  p.detachFromList();
}

/** Office.AsyncResultStatus.Succeeded is the string 'succeeded' (without needing the Office global). */
function succeeded(r: Office.AsyncResult<unknown>): boolean {
  return String(r.status) === 'succeeded';
}

/** A getFileAsync failure in words: 11001 is the web's "network problem" (#6747, #6748). */
function fileError(error: Office.Error | undefined): DocumentSourceError {
  const detail = error ? `${error.code} ${error.message}` : '';
  const text =
    error?.code === 11001
      ? 'Word 网页版没能从云端取得文件（网络问题）。请稍候重试，或把文档另存到本机后用检查页面检查。'
      : `Word 没能交出文档文件${detail ? `（${detail}）` : ''}。请稍候重试。`;
  return new DocumentSourceError('file', text, error);
}

/** Queues every block (no sync): paragraphs, the cover table, and one control per run of equal tags. */
function queueBlocks(body: Word.Body, blocks: readonly TemplateBlock[]): void {
  let run: { tag: string; title?: string; first: Word.Paragraph; last: Word.Paragraph } | undefined;
  let first = true;
  const closeRun = () => {
    if (!run) return;
    const cc =
      run.first === run.last
        ? run.first.insertContentControl()
        : run.first.getRange('Whole').expandTo(run.last.getRange('Whole')).insertContentControl();
    cc.tag = run.tag;
    if (run.title) cc.title = run.title;
    cc.appearance = 'BoundingBox';
    run = undefined;
  };

  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (block.kind === 'cover-row') {
      closeRun();
      const rows: CoverRowBlock[] = [];
      while (i < blocks.length && blocks[i].kind === 'cover-row') rows.push(blocks[i++] as CoverRowBlock);
      i--;
      const table = body.insertTable(rows.length, 2, 'End', rows.map((r) => [r.label, r.text]));
      rows.forEach((r, row) => {
        // Cells take the style of the paragraph before the table (the title) unless told (#72).
        const label = table.getCell(row, 0);
        label.body.styleBuiltIn = 'Normal';
        label.body.font.bold = true;
        label.horizontalAlignment = 'Centered';
        const value = table.getCell(row, 1);
        value.body.styleBuiltIn = 'Normal';
        value.body.font.bold = false;
        // Not the title's centring either: the .docx gives the value cell Normal's alignment.
        value.horizontalAlignment = ALIGNMENT[STYLE_ALIGNMENT.Normal];
        if (r.tag) {
          const cc = value.body.insertContentControl();
          cc.tag = r.tag;
          if (r.title) cc.title = r.title;
          cc.appearance = 'BoundingBox';
        }
      });
      first = false;
      continue;
    }
    // A `\n` in a block is a manual line break: Word inserts U+000B as one (a `\n` would split the paragraph).
    const p = body.insertParagraph(block.text.replace(/\n/g, '\u000b'), 'End');
    // A paragraph appended after a list item joins the list (#72): the template starts outside any list.
    if (first) p.detachFromList();
    first = false;
    p.styleBuiltIn = block.style;
    // Set, not left to Word: a new paragraph keeps the alignment and bold of the one before (#72).
    p.alignment = ALIGNMENT[block.align ?? STYLE_ALIGNMENT[block.style]];
    p.font.bold = block.bold === true;
    if (block.tag && run && run.tag === block.tag) {
      run.last = p;
    } else {
      closeRun();
      if (block.tag) run = { tag: block.tag, title: block.title, first: p, last: p };
    }
  }
  closeRun();
}
