/**
 * The template's prompt texts (the 【…】 lines an author replaces).
 *
 * Why here and not only in the profile: the prompts quote the profile's numbers (200 字左右,
 * 2000 字以内, 5 张, 20 字), so they are composed from the profile, never typed with numbers.
 * The `placeholder-left` rule needs the exact texts as data, so `profile.placeholders` lists
 * every prompt this module can produce for that profile; test/template/prompts.test.ts
 * asserts the two sets are equal, so a changed number or wording cannot slip past.
 */
import { pictureSectionIds, type CategorySpec, type CoverFieldId, type Limit, type PartSpec, type Profile, type SectionId } from '../core/profile/types';

export interface TemplatePrompts {
  /** Cover field prompts; a field whose value is pre-filled (类别) has none. */
  cover: Partial<Record<CoverFieldId, string>>;
  /** Absent when the notice asks for no summary. */
  summary?: string;
  /** Under the 案例正文 heading: the body limit and what the body holds. */
  body: string;
  sections: Record<SectionId, string>;
  pictureSlot: string;
  caption: string;
}

const NUMERALS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 1 → 一, 3 → 三, … (template headings and counts of parts stay far below 11). */
export function chineseNumeral(n: number): string {
  return NUMERALS[n] ?? String(n);
}

/** `2000 字以内` / `1000 字左右`, the notice's own wording of a limit. */
export function limitPhrase(limit: Limit): string {
  return `${limit.value} 字${limit.kind === 'max' ? '以内' : '左右'}`;
}

function part(profile: Profile, id: string): PartSpec | undefined {
  return profile.parts.find((p) => p.id === id);
}

/** The body sections in profile order (实施背景, 主要做法, 经验启示). */
export function sectionParts(profile: Profile): PartSpec[] {
  return profile.parts.filter((p) => p.kind === 'section' && p.id !== 'body');
}

/** The subtypes a top-level category asks for (党支部 → 教师 / 机关… / 学生), in profile order. */
export function subtypesOf(profile: Profile, topId: string): CategorySpec[] {
  return profile.categories.filter((c) => c.parent === topId);
}

/** Form boxes: the author ticks one (□ → ☑ or √), as on a paper form. */
export const BOX_EMPTY = '□';
export const BOX_TICKED = '☑';

/**
 * The subtype field as a row of boxes, one per subtype of the profile:
 * `□教师党支部 □机关、直属、后勤、科产、离退休党支部 □学生党支部` (separated by ideographic
 * spaces), with `ticked` checked.
 * Unticked it is a prompt. The structure finder reads only ticked options, so an untouched
 * row declares no subtype (and never the first option named in it).
 */
export function subtypeChoices(profile: Profile, topId: string, ticked?: string): string {
  return subtypesOf(profile, topId)
    .map((s) => `${s.id === ticked ? BOX_TICKED : BOX_EMPTY}${s.label}`)
    .join('\u3000');
}

/** `【…】` around a part's request, with its limit first when it has one (`【200 字左右，…】`). */
function bracketed(spec: PartSpec, limit?: Limit): string {
  return `【${limit ? `${limitPhrase(limit)}，` : ''}${spec.prompt}】`;
}

function coverPrompt(profile: Profile, field: PartSpec, top: CategorySpec): string | undefined {
  // The profile's own words win; the defaults compose the profile's names and numbers.
  if (field.prompt !== undefined && field.id !== 'category' && field.id !== 'subtype') return bracketed(field);
  switch (field.id) {
    case 'org':
      return `【请填写实施案例的${top.label}全称】`;
    case 'category':
      return undefined;
    case 'subtype':
      return subtypesOf(profile, top.id).length > 0 ? subtypeChoices(profile, top.id) : undefined;
    case 'period':
      return `【请填写起始年月；主体工作须为近 ${profile.period.withinYears} 年内开展，并实施满 ${profile.period.minYearsRunning} 年】`;
    default:
      return `【请填写${field.label}】`;
  }
}

/** The prompts for one top-level category (committee, branch). */
export function templatePrompts(profile: Profile, top: CategorySpec): TemplatePrompts {
  const cover: Partial<Record<CoverFieldId, string>> = {};
  for (const field of profile.parts.filter((p) => p.kind === 'cover')) {
    const prompt = coverPrompt(profile, field, top);
    if (prompt !== undefined) cover[field.id as CoverFieldId] = prompt;
  }

  const summarySpec = part(profile, 'summary');
  const summary = summarySpec ? bracketed({ ...summarySpec, prompt: summarySpec.prompt ?? `请填写${summarySpec.label}` }, summarySpec.limit) : undefined;

  const sections = sectionParts(profile);
  const sectionNames = sections.map((s) => s.label).join('、');
  const body = top.bodyLimit
    ? `【正文 ${limitPhrase(top.bodyLimit)}，包括${sectionNames}${chineseNumeral(sections.length)}部分，各部分标题和配图说明计入字数】`
    : `【正文包括${sectionNames}${chineseNumeral(sections.length)}部分】`;

  const { maxGroups, minGroups = 0, caption } = profile.pictures;
  const pictureSections = pictureSectionIds(profile)
    .map((id) => part(profile, id)?.label ?? id)
    .join('”或“');
  const howMany =
    minGroups === 0
      ? `可选，仅限“${pictureSections}”部分，全文不超过 ${maxGroups} 张（组）`
      : `仅限“${pictureSections}”部分，全文${minGroups === maxGroups ? `须配 ${minGroups}` : ` ${minGroups}～${maxGroups}`} 张（组）`;

  const sectionPrompts: Record<SectionId, string> = {};
  for (const s of sections) sectionPrompts[s.id] = bracketed({ ...s, prompt: s.prompt ?? `请撰写“${s.label}”部分` }, s.limit);

  return {
    cover,
    ...(summary !== undefined ? { summary } : {}),
    body,
    sections: sectionPrompts,
    pictureSlot: `【在此插入图片，${howMany}】`,
    caption: `图1 配图说明（${limitPhrase(caption)}）`,
  };
}

/** The top-level categories (those without a parent): one template variant each. */
export function topCategories(profile: Profile): CategorySpec[] {
  return profile.categories.filter((c) => c.parent === undefined);
}

function promptList(p: TemplatePrompts): string[] {
  return [...Object.values(p.cover), p.summary, p.body, ...Object.values(p.sections), p.pictureSlot, p.caption].filter(
    (s): s is string => typeof s === 'string',
  );
}

/** Every distinct prompt the template can contain for this profile: what `profile.placeholders` must list. */
export function allTemplatePrompts(profile: Profile): string[] {
  const seen = new Set<string>();
  for (const top of topCategories(profile)) for (const p of promptList(templatePrompts(profile, top))) seen.add(p);
  return [...seen];
}
