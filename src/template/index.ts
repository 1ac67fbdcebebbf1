/**
 * The official case template, built once and used two ways.
 *
 * For the CLI (src/cli, `case-check template [--category …] -o file.docx`):
 *   resolveTemplateCategory(profile, input)  → CategorySpec | undefined (id, label or alias; validate user input)
 *   buildTemplateDocx(profile, categoryId)   → Uint8Array (.docx bytes; write them with fs)
 * The browser page offers the same bytes as a download (Blob, type
 * `application/vnd.openxmlformats-officedocument.wordprocessingml.document`).
 *
 * For the Word gateway (src/word): templateBlocks(profile, category) → TemplateBlock[], and
 * isDocumentEmpty(paragraphs) to refuse inserting into a document that already has content.
 * How to insert the blocks (WordApi 1.3), in order, at the end of the body:
 * - `paragraph`, `picture-slot`: `body.insertParagraph(text, 'End')`, then
 *   `paragraph.styleBuiltIn = block.style` (the TemplateStyle strings are
 *   Word.BuiltInStyleName values: Title, Heading1, Heading2, Normal, Caption); `align` → `paragraph.alignment` (centered, left, right, justified);
 *   `bold` → `paragraph.font.bold`.
 * - consecutive `cover-row` blocks: one 2-column table,
 *   `body.insertTable(rows, 2, 'End', rows.map(r => [r.label, r.text]))`; label cells bold
 *   and centred. The label cell names the field (the structure finder reads `label | value`
 *   rows), so no content control is needed.
 * - No content controls: the official template's blocks carry no `tag`. LibreOffice 7.4
 *   saves a block-level control as one control per text portion, each repeating the whole
 *   paragraph (a filled-in summary comes back 4 to 7 times over) and without its tag; the
 *   headings and cover labels find every part in Word, LibreOffice and WPS alike
 *   (test/template/libreoffice.test.ts). A block that does carry a `tag` (not the template)
 *   is wrapped as before: consecutive blocks with one tag form ONE control.
 * - `placeholder: true`: prompt text (in 【】, or the sample caption). Keep it in the
 *   paragraph's style without direct formatting: text typed over a grey or italic run keeps
 *   that formatting, and a grey 正文 is worse than a visible prompt. The `placeholder-left`
 *   rule flags any prompt still present, because profile.placeholders lists them all.
 * The .docx builder (./docx.ts) follows exactly these conventions, so the gateway's result and
 * the download read back the same (test/template/readback.test.ts).
 *
 * Pure: no Office, DOM or Node imports (the module is bundled into the pane, the page and the CLI).
 */
export type { TemplateBlock, ParagraphBlock, PictureSlotBlock, CoverRowBlock, TemplateStyle, TemplateAlignment } from './types';
export { templateBlocks, resolveTemplateCategory, isDocumentEmpty } from './blocks';
export { buildTemplateDocx, escapeXml } from './docx';
export { templatePrompts, allTemplatePrompts, topCategories, limitPhrase } from './prompts';
export type { TemplatePrompts } from './prompts';
