/**
 * Rendering diagnostics: `formatMessage(ruleId, messageId, data, locale)` looks the
 * template up by rule id and message id, falls back to zh-CN, then to the ids themselves
 * (so a missing text shows up, rather than an empty line), and fills `{name}` from data.
 * `{unit}` is the unit of `data.metric` in the catalogue's language (字 for Word's 字数).
 */
import { en } from './en';
import type { Catalogue, MessageData, MessageTemplate } from './types';
import { zhCN } from './zh-CN';

export type Locale = 'zh-CN' | 'en';

export const CATALOGUES: Readonly<Record<Locale, Catalogue>> = { 'zh-CN': zhCN, en };

function lookup(cat: Catalogue, ruleId: string, messageId: string): MessageTemplate | undefined {
  return cat.messages[ruleId]?.[messageId];
}

/** The name of a style hint (listing-heavy → 简单罗列), or its id when it has none. */
export function hintName(ruleId: string, locale: Locale = 'zh-CN'): string {
  return CATALOGUES[locale]?.hintNames[ruleId] ?? CATALOGUES['zh-CN'].hintNames[ruleId] ?? ruleId;
}

export function hasMessage(ruleId: string, messageId: string, locale: Locale): boolean {
  return lookup(CATALOGUES[locale], ruleId, messageId) !== undefined;
}

/**
 * Data that holds the profile's names (`申报单位（盖章）`, `实施背景、主要做法、经验启示`), as
 * opposed to the document's text (`text`, `value`, `label`, `seen`, `org`), which every
 * message quotes as written.
 */
const NAME_KEYS = [
  'partLabel',
  'categoryLabel',
  'orgCategoryLabel',
  'sectionLabel',
  'fieldLabel',
  'practiceLabel',
  'sections',
  'subtypes',
  'choices',
  'expected',
  'actual',
  'parts',
] as const;

const ASCII_PUNCTUATION: Readonly<Record<string, string>> = { '（': '(', '）': ')', '、': ', ', '／': ' / ', '：': ': ', '，': ', ', '；': '; ' };

/** Full-width brackets and list marks of a Chinese name, as English text writes them: `申报单位(盖章)`. */
export function asciiPunctuation(text: string): string {
  return text.replace(/[（）、／：，；]/g, (c) => ASCII_PUNCTUATION[c]);
}

/** The English catalogue shows the profile's names with ASCII punctuation; document text stays as written. */
function localData(data: MessageData, cat: Catalogue): MessageData {
  if (cat.locale !== 'en') return data;
  const out: Record<string, MessageData[string]> = { ...data };
  for (const key of NAME_KEYS) {
    const v = out[key];
    if (typeof v === 'string') out[key] = asciiPunctuation(v);
  }
  return out;
}

export function formatMessage(ruleId: string, messageId: string, given: MessageData = {}, locale: Locale = 'zh-CN'): string {
  let cat = CATALOGUES[locale] ?? zhCN;
  let template = lookup(cat, ruleId, messageId);
  if (template === undefined && cat !== zhCN) {
    cat = zhCN;
    template = lookup(cat, ruleId, messageId);
  }
  if (template === undefined) return `${ruleId}/${messageId}`;
  const data = localData(given, cat);
  const metric = typeof data.metric === 'string' ? data.metric : 'words';
  const unit = cat.units[metric] ?? cat.units.words;
  if (typeof template === 'function') return template(data, unit);
  return template.replace(/\{([A-Za-z][\w-]*)\}/g, (whole, name: string) => {
    if (name === 'unit' && !('unit' in data)) return unit;
    const v = data[name];
    return v === undefined || v === null ? whole : String(v);
  });
}

export type { Catalogue, MessageData, MessageTemplate } from './types';
