/**
 * The Word implementation of DocumentSource: the only code that calls `Word.run`.
 *
 * Reading is ONE batch: every paragraph property, the navigation properties the model
 * needs (list label, enclosing content controls, table cell, font bold) and the settings
 * property are queued as load paths on the collection before a single `context.sync()`.
 * Office.js can expand single-object navigation properties in a load path
 * (`items/listItemOrNullObject/listString`) but not collections, so pictures come from
 * `body.inlinePictures` and are tied to paragraphs by `uniqueLocalId` (WordApi 1.6). Where
 * that is missing (older hosts, or perpetual licences that lack the id) and the document
 * has pictures, a second sync loads each paragraph's `inlinePictures`: a picture-free
 * document still costs one round trip.
 *
 * Host quirks:
 * - `Paragraph.text` excludes the list label (as the model wants); a manual line break
 *   arrives as U+000B and a page or column break as U+000C, both normalised to `\n`.
 * - Hidden text and deleted revisions cannot be told apart through WordApi 1.3; their text
 *   is read as visible. Floating pictures (shapes) need WordApiDesktop 1.2 and are not read.
 * - `outlineLevel` follows Word's object model: 1–9, and 10 for body text.
 * - Headers, footers, notes and text boxes are not read: they never count in the main story.
 */
import type { BuiltinStyle, CaseDocument, CaseSettings, ContentControlRef, Paragraph, Picture } from '../core/model/types';
import type { TemplateBlock, TemplateAlignment, CoverRowBlock } from '../template/types';
import { isDocumentEmpty } from '../template/blocks';
import {
  DocumentSourceError,
  SETTINGS_PROPERTY,
  parseSettings,
  serializeSettings,
  type DocumentSource,
  type InsertMode,
  type SelectTarget,
} from './types';
import { EVENTS_WORD_API } from './host';

/** What WordDocumentSource needs from Office: injectable so tests drive it with a recorded double. */
export interface WordHost {
  /** `Word.run`; with `anchor`, runs in the context that created that object (needed to remove event handlers). */
  run<T>(batch: (context: Word.RequestContext) => Promise<T>, anchor?: OfficeExtension.ClientObject): Promise<T>;
  isSetSupported(name: string, version: string): boolean;
  /** Subscribes to Office's DocumentSelectionChanged event (the fallback below WordApi 1.6). */
  onSelectionChanged(handler: () => void): () => void;
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
  };
}

const CC = 'parentContentControlOrNullObject';
/** Every property the model needs, as load paths on `body.paragraphs` (WordApi 1.1–1.3). */
export const PARAGRAPH_LOAD = [
  'text',
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
]
  .map((p) => `items/${p}`)
  .join(',');

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

/** Word's search rejects patterns over 255 characters; `^` introduces special characters. */
const SEARCH_MAX = 255;

function builtinStyle(styleBuiltIn: string | undefined): BuiltinStyle | undefined {
  if (!styleBuiltIn) return undefined;
  return MODEL_STYLES.has(styleBuiltIn) ? (styleBuiltIn as BuiltinStyle) : 'Other';
}

function normaliseText(text: string): string {
  // eslint-disable-next-line no-control-regex -- Word's break characters are control characters.
  return text.replace(/[\u000b\u000c\r]/g, '\n');
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

export class WordDocumentSource implements DocumentSource {
  /** False after a host refused `uniqueLocalId` (no Microsoft 365 subscription). */
  private idsWork = true;

  constructor(private readonly host: WordHost = officeHost()) {}

  private usePictureIds(): boolean {
    return this.idsWork && this.host.isSetSupported('WordApi', EVENTS_WORD_API);
  }

  async read(): Promise<CaseDocument> {
    const useIds = this.usePictureIds();
    try {
      return await this.host.run((context) => this.readBatch(context, useIds));
    } catch (e) {
      if (!useIds) return wrap('read', '读取文档失败')(e);
      // uniqueLocalId is in WordApi 1.6 but only for Microsoft 365 subscriptions: fall back once.
      this.idsWork = false;
      return this.host.run((context) => this.readBatch(context, false)).catch(wrap('read', '读取文档失败'));
    }
  }

  private async readBatch(context: Word.RequestContext, useIds: boolean): Promise<CaseDocument> {
    const body = context.document.body;
    const paragraphs = body.paragraphs;
    paragraphs.load(useIds ? `${PARAGRAPH_LOAD},items/uniqueLocalId` : PARAGRAPH_LOAD);
    const pictures = body.inlinePictures;
    pictures.load(useIds ? 'items/altTextDescription,items/paragraph/uniqueLocalId' : 'items/altTextDescription');
    const setting = context.document.properties.customProperties.getItemOrNullObject(SETTINGS_PROPERTY);
    setting.load('value');
    await context.sync();

    const items = paragraphs.items;
    const picturesByParagraph: Picture[][] = items.map(() => []);
    if (pictures.items.length > 0) {
      if (useIds) {
        const indexById = new Map<string, number>();
        items.forEach((p, i) => indexById.set(p.uniqueLocalId, i));
        for (const pic of pictures.items) {
          const i = indexById.get(pic.paragraph.uniqueLocalId);
          if (i !== undefined) picturesByParagraph[i].push(pictureOf(pic));
        }
      } else {
        const perParagraph = items.map((p) => {
          const c = p.inlinePictures;
          c.load('items/altTextDescription');
          return c;
        });
        await context.sync();
        perParagraph.forEach((c, i) => c.items.forEach((pic) => picturesByParagraph[i].push(pictureOf(pic))));
      }
    }

    let table = -1;
    let inTable = false;
    const out: Paragraph[] = items.map((p, index) => {
      const para: Paragraph = {
        index,
        text: normaliseText(p.text),
        pictures: picturesByParagraph[index],
        controls: controlsOf(p),
      };
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
        // Word always keeps a paragraph between two tables, so a run of table paragraphs is one table.
        if (!inTable) table++;
        inTable = true;
        const cell = p.parentTableCellOrNullObject;
        para.table = {
          depth: p.tableNestingLevel,
          table,
          row: cell.isNullObject ? 0 : cell.rowIndex,
          cell: cell.isNullObject ? 0 : cell.cellIndex,
        };
      } else {
        inTable = false;
      }
      return para;
    });

    const doc: CaseDocument = { paragraphs: out, stories: [], source: 'word' };
    if (!setting.isNullObject) {
      const settings = parseSettings(setting.value);
      if (settings.category !== undefined || settings.selfCheck !== undefined) doc.settings = settings;
    }
    return doc;
  }

  async select(target: SelectTarget): Promise<void> {
    const index = target.paragraph;
    if (index === undefined) throw new DocumentSourceError('not-found', '无法定位：该问题没有对应的段落。');
    await this.host
      .run(async (context) => {
        const paragraphs = context.document.body.paragraphs;
        paragraphs.load('items/text');
        await context.sync();
        const p = paragraphs.items[index];
        if (!p) throw new DocumentSourceError('not-found', `无法定位：文档中已没有第 ${index + 1} 段，请稍候重新检查。`);
        const span = 'start' in target ? target : undefined;
        const needle = span ? p.text.slice(span.start, span.end) : '';
        // eslint-disable-next-line no-control-regex -- breaks and tabs cannot be searched for literally.
        if (span && needle.trim() !== '' && needle.length <= SEARCH_MAX && !/[\u0000-\u001f]/.test(needle)) {
          // The n-th occurrence of the span's text in its paragraph is the one at span.start.
          let occurrence = 0;
          for (let at = p.text.indexOf(needle); at !== -1 && at < span.start; at = p.text.indexOf(needle, at + needle.length)) {
            occurrence++;
          }
          const found = p.search(needle.replace(/\^/g, '^^'), { matchCase: true });
          found.load('items');
          await context.sync();
          const range = found.items[occurrence] ?? found.items[0];
          if (range) range.select('Select');
          else p.select('Select');
        } else {
          p.select('Select');
        }
        await context.sync();
      })
      .catch(wrap('select', '无法在文档中定位'));
  }

  async isEmpty(): Promise<boolean> {
    return this.host
      .run(async (context) => {
        const { paragraphs, pictures } = this.queueEmptinessCheck(context);
        await context.sync();
        return isDocumentEmpty(paragraphs.items.map((p) => ({ text: p.text }))) && pictures.items.length === 0;
      })
      .catch(wrap('read', '读取文档失败'));
  }

  private queueEmptinessCheck(context: Word.RequestContext) {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load('items/text');
    const pictures = context.document.body.inlinePictures;
    pictures.load('items/altTextDescription');
    return { paragraphs, pictures };
  }

  /**
   * Inserts the template at the end of the body: at most two syncs (the emptiness check
   * for `replace-empty`, then every insertion in one batch). In `replace-empty` mode the
   * empty paragraphs the document started with are removed afterwards, so the template
   * begins at the top.
   */
  async insertTemplate(blocks: readonly TemplateBlock[], mode: InsertMode): Promise<void> {
    await this.host
      .run(async (context) => {
        const body = context.document.body;
        let leftovers: Word.Paragraph[] = [];
        if (mode === 'replace-empty') {
          const { paragraphs, pictures } = this.queueEmptinessCheck(context);
          await context.sync();
          const empty = isDocumentEmpty(paragraphs.items.map((p) => ({ text: p.text }))) && pictures.items.length === 0;
          if (!empty) throw new DocumentSourceError('not-empty', '文档中已有内容：为避免覆盖，未插入模板。');
          leftovers = paragraphs.items;
        }
        queueBlocks(body, blocks);
        for (const p of leftovers) p.delete();
        await context.sync();
      })
      .catch(wrap('insert', '插入案例模板失败'));
  }

  async loadSettings(): Promise<CaseSettings> {
    return this.host
      .run(async (context) => {
        const item = context.document.properties.customProperties.getItemOrNullObject(SETTINGS_PROPERTY);
        item.load('value');
        await context.sync();
        return item.isNullObject ? {} : parseSettings(item.value);
      })
      .catch(wrap('settings', '读取文档中的设置失败'));
  }

  async saveSettings(settings: CaseSettings): Promise<void> {
    await this.host
      .run(async (context) => {
        // `add` creates the property or replaces its value; it is saved with the document.
        context.document.properties.customProperties.add(SETTINGS_PROPERTY, serializeSettings(settings));
        await context.sync();
      })
      .catch(wrap('settings', '无法把设置保存到文档中'));
  }

  /**
   * Paragraph events (WordApi 1.6) when the host has them, else Office's selection-changed
   * event, which fires as the author types or moves. Handlers only call `cb`: they never
   * touch the document. Registration failures fall back to the selection event; the pane's
   * periodic re-read covers whatever a host does not report.
   */
  onChange(cb: () => void): () => void {
    const handler = () => {
      cb();
      return Promise.resolve();
    };
    if (!this.host.isSetSupported('WordApi', EVENTS_WORD_API)) return this.host.onSelectionChanged(handler);

    let removed = false;
    let results: OfficeExtension.EventHandlerResult<unknown>[] = [];
    let anchor: Word.Document | undefined;
    let fallback: (() => void) | undefined;
    this.host
      .run(async (context) => {
        const doc = context.document;
        anchor = doc;
        results = [
          doc.onParagraphChanged.add(handler),
          doc.onParagraphAdded.add(handler),
          doc.onParagraphDeleted.add(handler),
        ];
        await context.sync();
      })
      .then(() => {
        if (removed) void this.removeHandlers(results, anchor);
      })
      .catch(() => {
        if (!removed) fallback = this.host.onSelectionChanged(handler);
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

/** Queues every block (no sync): paragraphs, the cover table, and one control per run of equal tags. */
function queueBlocks(body: Word.Body, blocks: readonly TemplateBlock[]): void {
  let run: { tag: string; title?: string; first: Word.Paragraph; last: Word.Paragraph } | undefined;
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
        const label = table.getCell(row, 0);
        label.body.font.bold = true;
        label.horizontalAlignment = 'Centered';
        if (r.tag) {
          const cc = table.getCell(row, 1).body.insertContentControl();
          cc.tag = r.tag;
          if (r.title) cc.title = r.title;
          cc.appearance = 'BoundingBox';
        }
      });
      continue;
    }
    // A `\n` in a block is a manual line break: Word inserts U+000B as one (a `\n` would split the paragraph).
    const p = body.insertParagraph(block.text.replace(/\n/g, '\u000b'), 'End');
    p.styleBuiltIn = block.style;
    if (block.align) p.alignment = ALIGNMENT[block.align];
    if (block.bold) p.font.bold = true;
    if (block.tag && run && run.tag === block.tag) {
      run.last = p;
    } else {
      closeRun();
      if (block.tag) run = { tag: block.tag, title: block.title, first: p, last: p };
    }
  }
  closeRun();
}
