/**
 * A DocumentSource double for hook and component tests: reads resolve from a queue the
 * test controls (or at once from `doc`), and every call is recorded.
 */
import type { CaseDocument, CaseSettings } from '../../src/core/model/types';
import type { TemplateBlock } from '../../src/template/types';
import type { PartInsertion } from '../../src/core/fixes';
import type { ChangeSet, DocumentChange, DocumentSource, InsertMode, SelectTarget } from '../../src/word/types';

export interface Deferred<T> {
  resolve(v: T): void;
  reject(e: unknown): void;
}

export class FakeSource implements DocumentSource {
  doc: CaseDocument;
  settings: CaseSettings = {};
  empty = true;
  /** When true, reads wait until the test resolves them via `pending`. */
  manual = false;
  pending: Deferred<CaseDocument>[] = [];
  reads = 0;
  /** What each read was asked for (undefined: everything). */
  readArgs: (ChangeSet | undefined)[] = [];
  events: 'paragraph' | 'selection' = 'paragraph';
  /** The document's bytes for the exact check, or the failure to give. */
  file?: Uint8Array;
  failFile?: Error;
  fileReads = 0;
  selects: SelectTarget[] = [];
  inserts: { blocks: readonly TemplateBlock[]; mode: InsertMode }[] = [];
  saved: CaseSettings[] = [];
  /** Each saveDismissed call's fingerprints, and each insertPart call's plan. */
  dismissedSaves: string[][] = [];
  partInserts: PartInsertion[] = [];
  listeners = new Set<(change: DocumentChange) => void>();
  failSelect?: Error;
  failInsert?: Error;

  constructor(doc: CaseDocument) {
    this.doc = doc;
  }

  read(changes?: ChangeSet): Promise<CaseDocument> {
    this.reads++;
    this.readArgs.push(changes);
    if (!this.manual) return Promise.resolve(this.doc);
    return new Promise((resolve, reject) => this.pending.push({ resolve, reject }));
  }
  async select(target: SelectTarget): Promise<void> {
    if (this.failSelect) throw this.failSelect;
    this.selects.push(target);
  }
  async isEmpty(): Promise<boolean> {
    return this.empty;
  }
  async insertTemplate(blocks: readonly TemplateBlock[], mode: InsertMode): Promise<void> {
    if (this.failInsert) throw this.failInsert;
    this.inserts.push({ blocks, mode });
    this.empty = false;
  }
  async insertPart(plan: PartInsertion): Promise<void> {
    if (this.failInsert) throw this.failInsert;
    this.partInserts.push(plan);
  }
  async saveDismissed(fingerprints: readonly string[]): Promise<void> {
    this.dismissedSaves.push([...fingerprints]);
    this.settings = { ...this.settings, dismissed: [...fingerprints] };
  }
  async loadSettings(): Promise<CaseSettings> {
    return this.settings;
  }
  async saveSettings(settings: CaseSettings): Promise<void> {
    this.settings = settings;
    this.saved.push(settings);
  }
  async readFile(): Promise<Uint8Array> {
    this.fileReads++;
    if (this.failFile) throw this.failFile;
    if (!this.file) throw new Error('FakeSource: no file');
    return this.file;
  }
  onChange(cb: (change: DocumentChange) => void): () => void {
    this.listeners.add(cb);
    return () => this.listeners.delete(cb);
  }
  changeEvents(): 'paragraph' | 'selection' {
    return this.events;
  }
  /** What a host does when the author types. */
  change(change: DocumentChange = { kind: 'unknown' }): void {
    for (const cb of this.listeners) cb(change);
  }
}
