/**
 * Profiles: loading (schema, then semantic checks; a result, never an exception) and the
 * built-in profiles. A new notice is a new JSON file beside neu-2024.json.
 */
import neu2024Json from '../../profiles/neu-2024.json';
import schemaJson from '../../profiles/profile.schema.json';
import { semanticErrors } from './semantic';
import type { Profile } from './types';
import { validateSchema, type JsonSchema, type ProfileError } from './validate';

export type LoadProfileResult = { ok: true; profile: Profile } | { ok: false; errors: ProfileError[] };

export const PROFILE_SCHEMA = schemaJson as unknown as JsonSchema;

/**
 * Validate a parsed profile (or its JSON text). Errors carry the JSON path of the value
 * at fault. The returned profile is a copy without the `$schema` key.
 */
export function loadProfile(json: unknown): LoadProfileResult {
  let value = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json);
    } catch (e) {
      return { ok: false, errors: [{ path: '$', message: `不是有效的 JSON：${e instanceof Error ? e.message : String(e)}` }] };
    }
  }
  let errors: ProfileError[];
  try {
    errors = validateSchema(value, PROFILE_SCHEMA);
  } catch (e) {
    return { ok: false, errors: [{ path: '$', message: `无法校验：${e instanceof Error ? e.message : String(e)}` }] };
  }
  if (errors.length > 0) return { ok: false, errors };
  const profile = JSON.parse(JSON.stringify(value)) as Profile & { $schema?: string };
  delete profile.$schema;
  errors = semanticErrors(profile);
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, profile };
}

/** The 2024 notice (东大组字〔2024〕92号). Validated by the test suite, not at start-up. */
export const NEU_2024: Profile = (() => {
  const p = JSON.parse(JSON.stringify(neu2024Json)) as Profile & { $schema?: string };
  delete p.$schema;
  return p;
})();

const BUILTIN: Readonly<Record<string, Profile>> = { [NEU_2024.id]: NEU_2024 };

export function getBuiltinProfile(id: string): Profile | undefined {
  return Object.prototype.hasOwnProperty.call(BUILTIN, id) ? BUILTIN[id] : undefined;
}

export const BUILTIN_PROFILE_IDS: readonly string[] = Object.keys(BUILTIN);

export { validateSchema, type ProfileError, type JsonSchema } from './validate';
export type * from './types';
export { sectionIds, pictureSectionIds, COVER_FIELD_IDS, RESERVED_PART_KINDS } from './types';
