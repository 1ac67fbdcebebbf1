/**
 * What the task pane needs from a document, without Office: the pane talks to this
 * interface only (handed to React by context), `WordDocumentSource` implements it with
 * Office.js, and tests and the end-to-end page use doubles. After AIToolsLab/writing-tools'
 * `wordEditorAPI.ts`: one editor interface, one Word implementation, one test double.
 */
import type { CaseDocument, CaseSettings } from '../core/model/types';
import type { Span, Target } from '../core/report';
import type { TemplateBlock } from '../template/types';

/** A place to show: a diagnostic's target (with its paragraph resolved) or a span of text. */
export type SelectTarget = Target | Span;

/**
 * `replace-empty`: the document must be empty (else the insertion is refused, nothing
 * is written); `append`: the template goes after the existing content. Nothing is ever
 * overwritten: the pane asks before appending.
 */
export type InsertMode = 'replace-empty' | 'append';

export interface DocumentSource {
  /** One read of the whole main story, as the .docx reader would produce it. */
  read(): Promise<CaseDocument>;
  /** Selects (and scrolls to) a paragraph or a span of it. */
  select(target: SelectTarget): Promise<void>;
  /** True when the document holds no text and no picture. */
  isEmpty(): Promise<boolean>;
  insertTemplate(blocks: readonly TemplateBlock[], mode: InsertMode): Promise<void>;
  /** The case settings saved in the document (category, self-check); `{}` when none. */
  loadSettings(): Promise<CaseSettings>;
  saveSettings(settings: CaseSettings): Promise<void>;
  /** Calls `cb` when the document may have changed; returns the unsubscribe function. */
  onChange(cb: () => void): () => void;
}

/** A failure of the document gateway, with a message for the user (zh-CN). */
export class DocumentSourceError extends Error {
  constructor(
    readonly code: 'read' | 'select' | 'insert' | 'not-empty' | 'settings' | 'events' | 'not-found',
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'DocumentSourceError';
  }
}

/** The custom document property the settings are kept in (docProps/custom.xml in a .docx). */
export const SETTINGS_PROPERTY = 'CaseAssistant.settings';

/** Parses the stored settings; anything malformed reads as no settings. */
export function parseSettings(value: unknown): CaseSettings {
  if (typeof value !== 'string' || value.trim() === '') return {};
  try {
    const raw = JSON.parse(value) as unknown;
    if (!raw || typeof raw !== 'object') return {};
    const r = raw as Record<string, unknown>;
    const out: CaseSettings = {};
    if (typeof r.category === 'string') out.category = r.category;
    if (r.selfCheck && typeof r.selfCheck === 'object') {
      const checks: Record<string, boolean> = {};
      for (const [k, v] of Object.entries(r.selfCheck as Record<string, unknown>)) if (typeof v === 'boolean') checks[k] = v;
      out.selfCheck = checks;
    }
    return out;
  } catch {
    return {};
  }
}

/** Word keeps a custom property's text to 255 characters; the settings stay well under that. */
export function serializeSettings(settings: CaseSettings): string {
  const out: CaseSettings = {};
  if (settings.category) out.category = settings.category;
  if (settings.selfCheck) out.selfCheck = settings.selfCheck;
  return JSON.stringify(out);
}
