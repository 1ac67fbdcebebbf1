/** Types for the scripted Office/Word double (fake-office.js), for the jest tests. */
export interface FakeParagraph {
  text?: string;
  style?: string;
  styleBuiltIn?: string;
  outlineLevel?: number;
  tableNestingLevel?: number;
  cell?: { row: number; cell: number };
  listString?: string;
  /** Alt texts, one per inline picture. */
  pictures?: string[];
  /** Outermost first. */
  controls?: { id?: number; tag?: string; title?: string }[];
  bold?: boolean;
  alignment?: string;
}

export interface FakeOfficeOptions {
  apiVersion?: string;
  idsWork?: boolean;
  paragraphs?: FakeParagraph[];
  properties?: Record<string, string>;
  theme?: { bodyBackgroundColor: string };
}

export interface FakeState {
  apiVersion: string;
  idsWork: boolean;
  paragraphs: (Required<Omit<FakeParagraph, 'pictures' | 'controls' | 'cell' | 'listString'>> & {
    cell: { row: number; cell: number } | null;
    listString: string | null;
    pictures: { altTextDescription: string }[];
    controls: { id: number; tag: string; title: string; appearance: string }[];
    uniqueLocalId: string;
  })[];
  properties: Record<string, string>;
  runs: { syncs: number }[];
  syncCount: number;
  loads: string[];
  selections: { paragraph: number; start?: number; end?: number; text: string }[];
  paragraphHandlers: unknown[];
  selectionHandlers: unknown[];
  failNextRun: Error | null;
}

export interface FakeOffice {
  Word: { run<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T> };
  Office: {
    context: { requirements: { isSetSupported(name: string, version?: string): boolean } };
  };
  state: FakeState;
  type(index: number, text: string): void;
  setParagraphs(list: FakeParagraph[]): void;
  fireChange(): void;
  texts(): string[];
}

export function createFakeOffice(options?: FakeOfficeOptions): FakeOffice;
