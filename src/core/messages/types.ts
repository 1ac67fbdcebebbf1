/** Message catalogues: by rule id, then message id. */
export type MessageData = Readonly<Record<string, string | number | boolean | null | undefined>>;

/**
 * A template with `{name}` placeholders filled from the diagnostic's data (and `{unit}`,
 * the metric's unit in the catalogue's language), or a function for the few messages
 * whose wording depends on the data.
 */
export type MessageTemplate = string | ((data: MessageData, unit: string) => string);

export interface Catalogue {
  locale: 'zh-CN' | 'en';
  /** The unit of each metric: 字 for Word's 字数. */
  units: Record<string, string>;
  messages: Record<string, Record<string, MessageTemplate>>;
  /** The name of each style hint an author may switch off (rules with `styleHint`), by rule id. */
  hintNames: Record<string, string>;
}
