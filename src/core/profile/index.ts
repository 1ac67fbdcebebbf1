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

function builtin(json: unknown): Profile {
  const p = JSON.parse(JSON.stringify(json)) as Profile & { $schema?: string };
  delete p.$schema;
  return p;
}

/** The 2024 notice (东大组字〔2024〕92号), the default. Built-ins are validated by the test suite, not at start-up. */
export const NEU_2024: Profile = builtin(neu2024Json);

/** A built-in profile as a menu lists it, before it is loaded. */
export interface BuiltinProfileInfo {
  id: string;
  name: string;
}

/**
 * The built-in profiles, the default first: the 2024 notice, then the other published
 * notices of issue 14 (their `notice.assumed` and the `assumed` texts say what the notice
 * leaves open). Only the default is in the first script; the others are loaded on demand
 * (a chunk of their own in the pane and the page), see loadBuiltinProfile. The names are
 * the files' own (test/golden/profiles.test.ts).
 */
export const BUILTIN_PROFILE_INFO: readonly BuiltinProfileInfo[] = [
  { id: NEU_2024.id, name: NEU_2024.name },
  { id: 'jiangsu-2018', name: '江苏省高校党建工作创新奖（2017—2018 年度）' },
  { id: 'baiyun-2020', name: '广东白云学院“一支部一特色”项目结题（2020）' },
  { id: 'sxdtdx-2024', name: '山西大同大学基层思想政治工作优秀案例（2024）' },
  { id: 'national-2015', name: '全国基层党建创新典型案例（2015）' },
];

export const BUILTIN_PROFILE_IDS: readonly string[] = BUILTIN_PROFILE_INFO.map((p) => p.id);

const LOADERS: Readonly<Record<string, () => Promise<unknown>>> = {
  'jiangsu-2018': () => import(/* webpackChunkName: "profile-jiangsu-2018" */ '../../profiles/jiangsu-2018.json'),
  'baiyun-2020': () => import(/* webpackChunkName: "profile-baiyun-2020" */ '../../profiles/baiyun-2020.json'),
  'sxdtdx-2024': () => import(/* webpackChunkName: "profile-sxdtdx-2024" */ '../../profiles/sxdtdx-2024.json'),
  'national-2015': () => import(/* webpackChunkName: "profile-national-2015" */ '../../profiles/national-2015.json'),
};

const loaded = new Map<string, Profile>([[NEU_2024.id, NEU_2024]]);

/** A built-in profile by id, loading it on first use; undefined for an id that is not built in. */
export async function loadBuiltinProfile(id: string): Promise<Profile | undefined> {
  const have = loaded.get(id);
  if (have) return have;
  if (!Object.prototype.hasOwnProperty.call(LOADERS, id)) return undefined;
  const mod = (await LOADERS[id]()) as { default?: unknown };
  const profile = builtin(mod.default ?? mod);
  loaded.set(id, profile);
  return profile;
}

/** Every built-in profile, loaded (the CLI and the tests; the pane and the page load one at a time). */
export async function loadBuiltinProfiles(): Promise<Profile[]> {
  return Promise.all(BUILTIN_PROFILE_IDS.map(async (id) => (await loadBuiltinProfile(id))!));
}

/** A built-in profile already loaded (the default always is); undefined otherwise. */
export function getBuiltinProfile(id: string): Profile | undefined {
  return loaded.get(id);
}

export { validateSchema, type ProfileError, type JsonSchema } from './validate';
export type * from './types';
export { sectionIds, pictureSectionIds, COVER_FIELD_IDS, RESERVED_PART_KINDS } from './types';
