/** Types for the scripted Office/Word double (fake-office.js), for the jest tests. */

/** A piece of a paragraph: plain text, a tracked deletion or insertion, hidden text, or a note or comment mark. */
export type FakeRun =
  | { text: string; deleted?: boolean; inserted?: boolean; hidden?: boolean }
  | { footnote: string }
  | { comment: string };

export interface FakeParagraph {
  /** Plain text (one run); `runs` instead for deletions, hidden text and marks. */
  text?: string;
  runs?: FakeRun[];
  style?: string;
  styleBuiltIn?: string;
  outlineLevel?: number;
  tableNestingLevel?: number;
  cell?: { row: number; cell: number };
  listString?: string;
  /** Alt texts, one per inline picture. */
  pictures?: string[];
  /** Floating pictures and text boxes anchored here: invisible to the host API. */
  floating?: ({ kind: 'picture'; alt?: string } | { kind: 'textbox'; text?: string })[];
  /** A section break at the end of this paragraph. */
  sectionBreak?: boolean;
  bookmarks?: string[];
  /** Outermost first. */
  controls?: { id?: number; tag?: string; title?: string }[];
  bold?: boolean;
  alignment?: string;
}

export interface FakeOfficeOptions {
  apiVersion?: string;
  /** WordApiDesktop level (desktop platforms only). */
  desktopApiVersion?: string;
  /** `OfficeOnline` (default), `PC` or `Mac`: desktop Word cuts custom property values at 255. */
  platform?: string;
  idsWork?: boolean;
  paragraphs?: FakeParagraph[];
  properties?: Record<string, string>;
  theme?: { bodyBackgroundColor: string };
  /** `Off` (default), `TrackAll` or `TrackMineOnly` (Document.changeTrackingMode, WordApi 1.4). */
  trackingMode?: string;
  /** Milliseconds every sync and every file call takes. */
  latencyMs?: number;
  /** Syncs that never settle, from the first. */
  hangSyncs?: number;
  /** Change notifications to lose, from the first. */
  missEvents?: number;
  /** getFileAsync's failure. */
  fileError?: { code: number; message: string };
}

export interface FakeParagraphState {
  readonly text: string;
  runs: FakeRun[];
  style: string;
  styleBuiltIn: string;
  outlineLevel: number;
  tableNestingLevel: number;
  cell: { row: number; cell: number } | null;
  listString: string | null;
  pictures: { altTextDescription: string }[];
  floating: { kind: string; alt?: string; text?: string }[];
  controls: { id: number; tag: string; title: string; appearance: string }[];
  bold: boolean;
  alignment: string;
  uniqueLocalId: string;
}

export interface FakeState {
  apiVersion: string;
  platform: string;
  idsWork: boolean;
  paragraphs: FakeParagraphState[];
  properties: Record<string, string>;
  runs: { syncs: number }[];
  syncCount: number;
  /** JSON characters of each sync's response, in order. */
  responses: number[];
  loads: string[];
  selections: { paragraph: number; start?: number; end?: number; text: string }[];
  paragraphHandlers: unknown[];
  selectionHandlers: unknown[];
  failNextRun: Error | null;
  openFiles: number;
  fileRequests: number;
  latencyMs: number;
  hangSyncs: number;
  missEvents: number;
}

export interface FakeOffice {
  Word: { run<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T> };
  Office: {
    context: { requirements: { isSetSupported(name: string, version?: string): boolean } };
  };
  state: FakeState;
  type(index: number, text: string): void;
  setRuns(index: number, runs: FakeRun[]): void;
  insert(index: number, p: FakeParagraph): void;
  remove(index: number): void;
  setParagraphs(list: FakeParagraph[]): void;
  fireChange(): void;
  missEvents(n: number): void;
  hang(n?: number): void;
  texts(): string[];
  visibleTexts(): string[];
  docx(): Uint8Array;
}

export function createFakeOffice(options?: FakeOfficeOptions): FakeOffice;
