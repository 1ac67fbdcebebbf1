/**
 * A draft profile from a notice's text (issue 14): `draftProfile(text)` reads the notice
 * (extract.ts: what it says, each value with its sentence or marked as a guess), turns that
 * into a profile (emit.ts, the one file that knows the profile's shape) and validates the
 * result with the same checks as any profile file. A person completes the draft: the
 * review list says which values the notice gave and which were guessed, and why.
 */
import { loadProfile, NEU_2024, type ProfileError } from '../index';
import type { Profile } from '../types';
import { emitProfile, type EmitOptions } from './emit';
import { extractNotice } from './extract';
import { factRows } from './review';
import type { DraftReviewItem, NoticeFacts } from './types';

export interface ProfileDraft {
  facts: NoticeFacts;
  profile: Profile;
  /** Every value with its sentence; rows with `guess` need a person's review. */
  review: DraftReviewItem[];
  /** The draft against the profile schema and semantic checks (errors with JSON paths). */
  validation: { ok: true } | { ok: false; errors: ProfileError[] };
}

export type DraftOptions = EmitOptions;

export function draftProfile(text: string, options: DraftOptions = {}): ProfileDraft {
  const background = NEU_2024.parts.find((p) => p.id === 'background')?.aliases ?? [];
  const practice = NEU_2024.parts.find((p) => p.id === 'practice')?.aliases ?? [];
  const lessons = NEU_2024.parts.find((p) => p.id === 'lessons')?.aliases ?? [];
  const facts = extractNotice(text, { sectionAliases: { background, practice, lessons } });
  const { profile, defaults } = emitProfile(facts, NEU_2024, options);
  const loaded = loadProfile(profile);
  return {
    facts,
    profile,
    review: [...factRows(facts), ...defaults],
    validation: loaded.ok ? { ok: true } : { ok: false, errors: loaded.errors },
  };
}

/** The draft as a profile file, two-space indented as src/profiles/neu-2024.json (with `$schema` first when given). */
export function draftJson(draft: ProfileDraft, schemaPath?: string): string {
  return `${JSON.stringify(schemaPath ? { $schema: schemaPath, ...draft.profile } : draft.profile, null, 2)}\n`;
}

/** The review list as text for a terminal or a .txt file (Chinese). */
export function reviewText(draft: ProfileDraft): string {
  const guesses = draft.review.filter((r) => r.guess).length;
  const lines = [`配置草稿：${draft.profile.name}`, `共 ${draft.review.length} 项，其中 ${guesses} 项需核对（标 ⚠）。`, ''];
  for (const r of draft.review) {
    lines.push(`${r.guess ? '⚠ 需核对' : '✓ 通知原文'}  ${r.label}：${r.value}`);
    if (r.source) lines.push(`    原文：“${r.source}”`);
    if (r.guess) lines.push(`    说明：${r.guess}`);
  }
  lines.push('');
  if (draft.validation.ok) lines.push('校验：草稿符合配置格式。');
  else {
    lines.push('校验：草稿还不符合配置格式（补全或改正后才能用于检查）：');
    for (const e of draft.validation.errors) lines.push(`    ${e.path}：${e.message}`);
  }
  return `${lines.join('\n')}\n`;
}

export { extractNotice, MAX_NOTICE_CHARS } from './extract';
export { limitText } from './review';
export { parseNumber } from './numbers';
export type * from './types';
