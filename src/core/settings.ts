/**
 * The case settings as stored in a document: custom document properties, which Office.js
 * writes (`customProperties.add`) and every .docx keeps in docProps/custom.xml. The Word
 * gateway (src/word) and the .docx reader (src/docx) both read them through this module, so
 * that the pane, the CLI and the checker page see the same settings.
 *
 * - `CaseAssistant.settings`: one JSON object, `{"profile":…,"category":…,"selfCheck":{…},"hintsOff":[…]}`
 *   (`profile` only once the author chose one in the pane; without it, the default).
 * - `CaseAssistant.dismissed.1` … `.8`: the author's dismissals (src/core/dismiss.ts), as
 *   fingerprints of 7 characters joined by commas, at most 32 to a property.
 *
 * Desktop Word keeps only the first 255 characters of a custom property's text
 * (CustomProperty.value: "Word on desktop truncates string values to 255 characters"):
 * every value written here stays within PROPERTY_VALUE_MAX, so nothing is ever cut.
 */
import type { CaseSettings } from './model/types';

/** A profile id as the schema allows it (src/profiles/profile.schema.json: pattern and maxLength). */
export const PROFILE_ID_PATTERN = /^[a-z0-9][a-z0-9.-]{0,39}$/;
export const PROFILE_ID_MAX = 40;

/** The custom document property the settings are kept in. */
export const SETTINGS_PROPERTY = 'CaseAssistant.settings';
/** The longest custom property value desktop Word keeps whole. */
export const PROPERTY_VALUE_MAX = 255;
/** Dismissals are kept in `CaseAssistant.dismissed.1` … `.{DISMISSED_PROPERTIES}`. */
export const DISMISSED_PROPERTY_PREFIX = 'CaseAssistant.dismissed.';
export const DISMISSED_PROPERTIES = 8;
/** A dismissal's fingerprint: 7 base-36 characters (a 32-bit hash, see dismiss.ts). */
export const FINGERPRINT_PATTERN = /^[0-9a-z]{7}$/;
const FINGERPRINT_LENGTH = 7;
/** Fingerprints per property: 7 characters and a comma each, within PROPERTY_VALUE_MAX. */
export const FINGERPRINTS_PER_PROPERTY = Math.floor((PROPERTY_VALUE_MAX + 1) / (FINGERPRINT_LENGTH + 1));
/** The most dismissals a document keeps (the oldest go first beyond it). */
export const DISMISSED_MAX = DISMISSED_PROPERTIES * FINGERPRINTS_PER_PROPERTY;

/** `CaseAssistant.dismissed.1` for n = 1. */
export function dismissedPropertyName(n: number): string {
  return `${DISMISSED_PROPERTY_PREFIX}${n}`;
}

/** Every name the dismissals may be stored under, in order. */
export function dismissedPropertyNames(): string[] {
  return Array.from({ length: DISMISSED_PROPERTIES }, (_, i) => dismissedPropertyName(i + 1));
}

export type SettingsProblem = 'json' | 'shape';

/**
 * Parses the settings property's value: what is well-formed is kept, anything else is
 * dropped. `problem` says why nothing could be read (invalid JSON, not an object).
 */
export function parseSettingsValue(value: unknown): { settings: CaseSettings; problem?: SettingsProblem } {
  if (typeof value !== 'string' || value.trim() === '') return { settings: {} };
  let raw: unknown;
  try {
    raw = JSON.parse(value);
  } catch {
    return { settings: {}, problem: 'json' };
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { settings: {}, problem: 'shape' };
  const r = raw as Record<string, unknown>;
  const out: CaseSettings = {};
  if (typeof r.profile === 'string' && PROFILE_ID_PATTERN.test(r.profile)) out.profile = r.profile;
  if (typeof r.category === 'string') out.category = r.category;
  if (r.selfCheck && typeof r.selfCheck === 'object' && !Array.isArray(r.selfCheck)) {
    const checks: Record<string, boolean> = {};
    for (const [k, v] of Object.entries(r.selfCheck as Record<string, unknown>)) if (typeof v === 'boolean') checks[k] = v;
    out.selfCheck = checks;
  }
  if (Array.isArray(r.hintsOff)) {
    const off = r.hintsOff.filter((x): x is string => typeof x === 'string');
    if (off.length > 0) out.hintsOff = [...new Set(off)];
  }
  return { settings: out };
}

/**
 * The dismissals as property values, in order: fingerprints joined by commas, each value
 * within PROPERTY_VALUE_MAX. Malformed entries and repeats are dropped; beyond DISMISSED_MAX
 * the oldest (first) go.
 */
export function serializeDismissed(fingerprints: readonly string[]): string[] {
  const valid = [...new Set(fingerprints.filter((f) => FINGERPRINT_PATTERN.test(f)))];
  const kept = valid.slice(Math.max(0, valid.length - DISMISSED_MAX));
  const out: string[] = [];
  for (let i = 0; i < kept.length; i += FINGERPRINTS_PER_PROPERTY) out.push(kept.slice(i, i + FINGERPRINTS_PER_PROPERTY).join(','));
  return out;
}

/**
 * The dismissals from the properties' values (in property order; a missing one is
 * undefined). Anything that is not a fingerprint is ignored: a value cut short by an old
 * writer loses at most its last entry.
 */
export function parseDismissed(values: readonly (string | undefined | null)[]): string[] {
  const out: string[] = [];
  for (const v of values) {
    if (typeof v !== 'string') continue;
    for (const part of v.split(',')) {
      const f = part.trim();
      if (FINGERPRINT_PATTERN.test(f) && !out.includes(f)) out.push(f);
    }
  }
  return out;
}

/**
 * The settings from every custom property a document holds (by name): the settings JSON,
 * with the dismissals added when there are any.
 */
export function settingsFromProperties(get: (name: string) => string | undefined): { settings: CaseSettings; problem?: SettingsProblem } {
  const parsed = parseSettingsValue(get(SETTINGS_PROPERTY));
  const dismissed = parseDismissed(dismissedPropertyNames().map(get));
  if (dismissed.length > 0) parsed.settings.dismissed = dismissed;
  return parsed;
}

/** True when settings hold anything (a document without them reads as `undefined`). */
export function hasSettings(s: CaseSettings): boolean {
  return s.profile !== undefined || s.category !== undefined || s.selfCheck !== undefined || s.hintsOff !== undefined || s.dismissed !== undefined;
}
