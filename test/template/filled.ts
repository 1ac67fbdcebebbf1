/**
 * A case filled in on the official template, as an author would: every prompt replaced by
 * text, the picture slot, its sample caption and the 正文 prompt deleted. With
 * `controls: true` each value sits in a block-level content control tagged with its part,
 * as the first templates (and Word's `insertContentControl` on a paragraph) wrote them: the
 * shape that LibreOffice 7.4 damages on saving.
 *
 * Lengths (Word's 字数, counted by hand from README/wordcount rules): the summary is
 * 自(1) 2021(1) 年起(2) ，(1) + 191 Han + 。(1) = 197 字.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { PartId, Profile } from '../../src/core/profile/types';
import { buildTemplateDocx, escapeXml, templateBlocks } from '../../src/template';
import { han } from '../helpers/case-doc';

export const SUMMARY_WORDS = 197;

export const FILLED: Partial<Record<PartId, string>> = {
  title: '“红色引擎”驱动人才培养改革',
  unit: '信息科学与工程学院党委',
  org: '信息科学与工程学院党委',
  period: '2021年9月',
  contact: '张三 组织员',
  phone: '024-83687000',
  summary: `自2021年起，${han(191)}。`,
  background: han(300, 3),
  practice: han(800, 5),
  lessons: han(300, 7),
};

/** The paragraph (`<w:p>…</w:p>`) of document.xml that holds `text`. */
function paragraphAround(xml: string, text: string): { start: number; end: number } {
  const at = xml.indexOf(`>${escapeXml(text)}<`);
  if (at < 0) throw new Error(`template text not found: ${text}`);
  const start = xml.lastIndexOf('<w:p>', at);
  const end = xml.indexOf('</w:p>', at) + '</w:p>'.length;
  return { start, end };
}

export function filledTemplate(profile: Profile, category: string, o: { controls: boolean }): Uint8Array {
  const files = unzipSync(buildTemplateDocx(profile, category));
  let xml = strFromU8(files['word/document.xml']);
  let id = 5000;
  for (const b of templateBlocks(profile, category)) {
    // The 党支部类型 row (boxes in runs of their own) is left as the template has it.
    if (!b.part || b.part === 'subtype' || !(b.placeholder || b.kind === 'cover-row')) continue;
    const { start, end } = paragraphAround(xml, b.text);
    const value = b.placeholder ? FILLED[b.part] : b.text;
    if (value === undefined || b.part === 'body' || b.kind === 'picture-slot' || b.style === 'Caption') {
      xml = xml.slice(0, start) + xml.slice(end);
      continue;
    }
    let p = xml.slice(start, end).replace(`>${escapeXml(b.text)}<`, `>${escapeXml(value)}<`);
    if (o.controls) {
      const spec = profile.parts.find((x) => x.id === b.part)!;
      p = `<w:sdt><w:sdtPr><w:alias w:val="${escapeXml(spec.label)}"/><w:tag w:val="${spec.tag}"/><w:id w:val="${id++}"/></w:sdtPr><w:sdtContent>${p}</w:sdtContent></w:sdt>`;
    }
    xml = xml.slice(0, start) + p + xml.slice(end);
  }
  files['word/document.xml'] = strToU8(xml);
  return zipSync(files, { level: 6 });
}
