/**
 * 插入此部分 writes what the official template has for that part: its heading (Heading 1
 * for 案例简介, Heading 2 for a body section) and its prompt, from the same blocks the
 * template button and the .docx download use (src/template), so the three never differ.
 * The template has no content controls (LibreOffice 7.4 destroys them), so neither has
 * the inserted part: its heading finds it, as it finds the template's.
 */
import type { HeadingStyle, PartTemplate } from '../core/fixes';
import type { PartId, Profile } from '../core/profile/types';
import { resolveTemplateCategory, templateBlocks } from '../template';

/** The template's heading and prompt for `part`, in the category's wording; undefined if it has none. */
export function partTemplate(profile: Profile, category: string | undefined, part: PartId): PartTemplate | undefined {
  const chosen = (category ? resolveTemplateCategory(profile, category) : undefined) ?? profile.categories[0];
  if (!chosen) return undefined;
  const blocks = templateBlocks(profile, chosen.id).filter((b) => b.kind === 'paragraph' && b.part === part);
  const heading = blocks.find((b) => b.style === 'Heading1' || b.style === 'Heading2');
  const prompt = blocks.find((b) => b.placeholder && b.style === 'Normal');
  if (!heading || !prompt) return undefined;
  return { heading: { style: heading.style as HeadingStyle, text: heading.text }, prompt: { style: 'Normal', text: prompt.text } };
}
