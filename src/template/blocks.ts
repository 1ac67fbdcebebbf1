import type { CategorySpec, CoverFieldId, PartSpec, Profile } from '../core/profile/types';
import { chineseNumeral, sectionParts, subtypeChoices, subtypesOf, templatePrompts } from './prompts';
import type { CoverRowBlock, TemplateBlock } from './types';

/**
 * The category a user asked for, by id (`branch.student`), label (学生党支部) or alias (学生).
 * Ids win over labels, labels over aliases, so `党支部` is the branch and not a subtype.
 */
export function resolveTemplateCategory(profile: Profile, input: string): CategorySpec | undefined {
  const wanted = input.trim();
  return (
    profile.categories.find((c) => c.id === wanted) ??
    profile.categories.find((c) => c.label === wanted) ??
    profile.categories.find((c) => c.aliases.includes(wanted))
  );
}

function topOf(profile: Profile, spec: CategorySpec): CategorySpec {
  if (spec.parent === undefined) return spec;
  return profile.categories.find((c) => c.id === spec.parent) ?? spec;
}

/**
 * The part a block belongs to. The template puts no content controls around parts: Word
 * reads them, but LibreOffice 7.4 turns each block-level control into one control per text
 * portion, every one repeating the paragraph's text, and drops the tag (see
 * test/template/libreoffice.test.ts). Headings and the cover table's labels find the parts
 * as surely, in every word processor.
 */
function partOf(part: PartSpec): { part: PartSpec['id'] } {
  return { part: part.id };
}

/**
 * The official template for one category as plain blocks (see ./types.ts), in reading order:
 * title, cover table, 案例简介, 案例正文 with its sections, a picture slot and caption in the
 * section pictures belong to. No block carries a control tag (see partOf). Every number in a prompt comes from the profile.
 *
 * `category` is a category id, label or alias (see resolveTemplateCategory); a subtype
 * (branch.student) gives the branch template with the subtype filled in.
 * Throws a RangeError (message in Chinese) for a category the profile does not know:
 * callers that take user input resolve it first.
 */
export function templateBlocks(profile: Profile, category: string): TemplateBlock[] {
  const chosen = resolveTemplateCategory(profile, category);
  if (!chosen) {
    const known = profile.categories.map((c) => `${c.id}（${c.label}）`).join('、');
    throw new RangeError(`未知的案例类别：“${category}”。可选：${known}`);
  }
  const top = topOf(profile, chosen);
  const prompts = templatePrompts(profile, top);
  const hasSubtypes = subtypesOf(profile, top.id).length > 0;
  const blocks: TemplateBlock[] = [];

  blocks.push({ kind: 'paragraph', style: 'Title', text: profile.name, align: 'center' });

  for (const field of profile.parts.filter((p) => p.kind === 'cover')) {
    const id = field.id as CoverFieldId;
    const row: Omit<CoverRowBlock, 'text'> = { kind: 'cover-row', style: 'Normal', label: field.label, ...partOf(field) };
    if (id === 'category') {
      blocks.push({ ...row, text: top.label });
    } else if (id === 'subtype') {
      if (!hasSubtypes) continue;
      if (chosen !== top) blocks.push({ ...row, text: subtypeChoices(profile, top.id, chosen.id) });
      else blocks.push({ ...row, text: prompts.cover.subtype ?? '', placeholder: true });
    } else {
      blocks.push({ ...row, text: prompts.cover[id] ?? '', placeholder: true });
    }
  }

  const summary = profile.parts.find((p) => p.id === 'summary');
  if (summary && prompts.summary !== undefined) {
    blocks.push({ kind: 'paragraph', style: 'Heading1', text: summary.label, part: summary.id });
    blocks.push({ kind: 'paragraph', style: 'Normal', text: prompts.summary, placeholder: true, ...partOf(summary) });
  }

  const body = profile.parts.find((p) => p.id === 'body');
  blocks.push({ kind: 'paragraph', style: 'Heading1', text: body?.label ?? '案例正文', part: 'body' });
  blocks.push({ kind: 'paragraph', style: 'Normal', text: prompts.body, placeholder: true, part: 'body' });

  sectionParts(profile).forEach((section, i) => {
    const id = section.id;
    blocks.push({ kind: 'paragraph', style: 'Heading2', text: `${chineseNumeral(i + 1)}、${section.label}`, part: id });
    blocks.push({ kind: 'paragraph', style: 'Normal', text: prompts.sections[id], placeholder: true, ...partOf(section) });
    if (section.pictures === true) {
      blocks.push({
        kind: 'picture-slot',
        style: 'Normal',
        text: prompts.pictureSlot,
        placeholder: true,
        align: 'center',
        ...partOf(section),
      });
      blocks.push({ kind: 'paragraph', style: 'Caption', text: prompts.caption, placeholder: true, ...partOf(section) });
    }
  });

  return blocks;
}

/**
 * True when a document has nothing an author wrote: no visible text and no picture.
 * The Word gateway asks this before inserting the template, so it never writes over work.
 */
export function isDocumentEmpty(paragraphs: readonly { text: string; pictures?: readonly unknown[] }[]): boolean {
  // trim() covers the ideographic space; zero-width characters and the BOM are invisible too.
  return paragraphs.every((p) => p.text.replace(/[\u200B-\u200D\u2060\uFEFF]/g, '').trim() === '' && (p.pictures?.length ?? 0) === 0);
}
