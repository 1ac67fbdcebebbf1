/**
 * What the task pane needs from a document, without Office: the pane talks to this
 * interface only (handed to React by context), `WordDocumentSource` implements it with
 * Office.js, and tests and the end-to-end page use doubles. After AIToolsLab/writing-tools'
 * `wordEditorAPI.ts`: one editor interface, one Word implementation, one test double.
 */
import type { CaseDocument, CaseSettings } from '../core/model/types';
import { parseSettingsValue, PROFILE_ID_PATTERN, PROPERTY_VALUE_MAX } from '../core/settings';
import { switchableHints } from '../core/engine';
import type { Profile } from '../core/profile/types';
import type { PartInsertion } from '../core/fixes';
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

/**
 * What changed, as the host reports it: paragraph events (WordApi 1.6) name the paragraphs
 * by `uniqueLocalId`; the selection event (below 1.6) says only that something may have.
 */
export type DocumentChange = { kind: 'changed' | 'added' | 'deleted'; ids: readonly string[] } | { kind: 'unknown' };

/**
 * The edits since the last read, for `read()`: the paragraphs that changed, by id, when
 * every change was an edit of known paragraphs; absent (read everything) otherwise.
 */
export interface ChangeSet {
  changedIds: readonly string[];
}

/** Folds one more change into the changes pending since the last read (undefined: read all). */
export function addChange(pending: ChangeSet | undefined | null, change: DocumentChange): ChangeSet | null {
  // null: a structural or unknown change is pending, and only a full read will do.
  if (pending === null || change.kind !== 'changed' || change.ids.length === 0) return null;
  const ids = new Set(pending?.changedIds ?? []);
  for (const id of change.ids) ids.add(id);
  return { changedIds: [...ids] };
}

export interface DocumentSource {
  /**
   * One read of the whole main story, as the .docx reader would produce it. With `changes`,
   * a source may read only the paragraphs named and patch its last read; it reads
   * everything whenever it cannot be sure that is enough.
   */
  read(changes?: ChangeSet): Promise<CaseDocument>;
  /** The document's own .docx bytes, as Word would save them now (for the exact check). */
  readFile(): Promise<Uint8Array>;
  /** Selects (and scrolls to) a paragraph or a span of it. */
  select(target: SelectTarget): Promise<void>;
  /** True when the document holds nothing an author made (text, pictures, shapes, tables, breaks…). */
  isEmpty(): Promise<boolean>;
  insertTemplate(blocks: readonly TemplateBlock[], mode: InsertMode): Promise<void>;
  /**
   * Inserts a missing part's heading and prompt where the plan says (src/core/fixes.ts),
   * then selects the prompt. Writes nothing when the plan's anchor paragraph no longer
   * holds the text the check saw (`changed`); touches no other paragraph.
   */
  insertPart(plan: PartInsertion): Promise<void>;
  /** The case settings saved in the document (category, self-check, hints off, dismissals); `{}` when none. */
  loadSettings(): Promise<CaseSettings>;
  /** Saves the settings JSON (category, self-check, hints off); dismissals are saved apart. */
  saveSettings(settings: CaseSettings): Promise<void>;
  /** The profile the settings are written for, after the author chose another notice (in memory only). */
  useProfile?(profile: Pick<Profile, 'categories' | 'criteria'>): void;
  /** Saves the author's dismissals (fingerprints), replacing the ones stored. */
  saveDismissed(fingerprints: readonly string[]): Promise<void>;
  /** Calls `cb` when the document may have changed; returns the unsubscribe function. */
  onChange(cb: (change: DocumentChange) => void): () => void;
  /**
   * How the source hears of changes: `paragraph` events name every edit (a slow safety
   * re-read is enough), `selection` events only hint at them.
   */
  changeEvents(): 'paragraph' | 'selection';
}

/** A failure of the document gateway, with a message for the user (zh-CN). */
export class DocumentSourceError extends Error {
  constructor(
    readonly code: 'read' | 'select' | 'insert' | 'not-empty' | 'changed' | 'settings' | 'events' | 'not-found' | 'timeout' | 'file',
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'DocumentSourceError';
  }
}

export { SETTINGS_PROPERTY, PROPERTY_VALUE_MAX } from '../core/settings';

/** Parses the stored settings; anything malformed reads as no settings. */
export function parseSettings(value: unknown): CaseSettings {
  return parseSettingsValue(value).settings;
}

/**
 * The settings as stored: only what the profile knows (a category it defines, its
 * criteria) and the style hints that can be switched off, so that the value stays within
 * PROPERTY_VALUE_MAX whatever a document held before. Without a profile, every
 * well-formed category and criterion is kept. If a value would still be too long (a future
 * profile with many long ids), the unticked criteria go first, then the self-check: a
 * value is never written cut. Dismissals have their own properties (serializeDismissed).
 */
export function serializeSettings(settings: CaseSettings, profile?: Pick<Profile, 'categories' | 'criteria'>): string {
  const categories = profile ? new Set(allCategoryIds(profile)) : undefined;
  const criteria = profile ? new Set(profile.criteria.map((c) => c.id)) : undefined;
  const hints = switchableHints();
  const out: CaseSettings = {};
  // The profile and the category are what the document is checked against: they are the
  // last to go, after the self-check and the hints (an id is at most PROFILE_ID_MAX long).
  if (settings.profile && PROFILE_ID_PATTERN.test(settings.profile)) out.profile = settings.profile;
  if (settings.category && (!categories || categories.has(settings.category))) out.category = settings.category;
  const off = hints.filter((id) => settings.hintsOff?.includes(id));
  if (off.length > 0) out.hintsOff = off;
  if (settings.selfCheck) {
    const checks: Record<string, boolean> = {};
    for (const [id, value] of Object.entries(settings.selfCheck)) {
      if (typeof value === 'boolean' && (!criteria || criteria.has(id))) checks[id] = value;
    }
    if (Object.keys(checks).length > 0) out.selfCheck = checks;
  }
  let json = JSON.stringify(out);
  if (json.length > PROPERTY_VALUE_MAX && out.selfCheck) {
    out.selfCheck = Object.fromEntries(Object.entries(out.selfCheck).filter(([, v]) => v));
    json = JSON.stringify(out);
  }
  if (json.length > PROPERTY_VALUE_MAX) {
    delete out.selfCheck;
    json = JSON.stringify(out);
  }
  return json.length > PROPERTY_VALUE_MAX ? '{}' : json;
}

/** Every category id a profile defines (subtypes are categories with a parent). */
export function allCategoryIds(profile: Pick<Profile, 'categories'>): string[] {
  return profile.categories.map((c) => c.id);
}
