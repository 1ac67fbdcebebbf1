// The small part of Markdown the guides are written in (docs/guides/*.md), as blocks for
// scripts/guides/docx.js:
//
//   # 标题                 the document's title        ## / ### / ####  headings 1–3
//   paragraphs (lines joined; no space between Chinese lines)
//   1. / - list items (indented continuation lines; two more spaces nest one level)
//   > a note               ```fenced code```          | tables | with | a header row |
//   ![图注](path.png)      a figure on a line of its own (the caption is numbered 图 1, 图 2…)
//   **bold**  `code`  [text](url)                     <!-- comments are dropped -->
'use strict';

/** Characters after or before which two joined lines take no space (CJK text and punctuation). */
const WIDE = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F\u201C\u201D\u2018\u2019\u2014\u2026]/;

function joinLines(lines) {
  let out = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    if (out === '') out = line;
    else out += WIDE.test(out[out.length - 1]) || WIDE.test(line[0]) ? line : ` ${line}`;
  }
  return out;
}

/**
 * Inline runs: `{ text, bold?, code? }`. A link becomes its text and, when they differ, the
 * address in brackets (a printed guide cannot be clicked).
 */
function inlines(text) {
  const runs = [];
  const re = /\*\*(.+?)\*\*|`([^`]+)`|\[([^\]]+)\]\(([^)\s]+)\)/g;
  let at = 0;
  for (const m of text.matchAll(re)) {
    if (m.index > at) runs.push({ text: text.slice(at, m.index) });
    if (m[1] !== undefined) runs.push(...inlines(m[1]).map((r) => ({ ...r, bold: true })));
    else if (m[2] !== undefined) runs.push({ text: m[2], code: true });
    else runs.push({ text: m[3] === m[4] ? m[3] : `${m[3]}（${m[4]}）` });
    at = m.index + m[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at) });
  return runs;
}

function tableCells(line) {
  return line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((c) => inlines(c.trim()));
}

const LIST_ITEM = /^(\s*)(\d+[.、]|[-*])\s+(.*)$/;

/** Blocks of a guide's Markdown. Throws on what it cannot read (an unclosed fence or comment). */
function parseMarkdown(source) {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const blocks = [];
  let i = 0;
  const at = () => lines[i];
  while (i < lines.length) {
    const line = at();
    if (line.trim() === '') {
      i++;
      continue;
    }
    if (line.trim().startsWith('<!--')) {
      while (i < lines.length && !lines[i].includes('-->')) i++;
      if (i >= lines.length) throw new Error('unclosed <!-- comment');
      i++;
      continue;
    }
    const fence = /^```(\w*)\s*$/.exec(line);
    if (fence) {
      const code = [];
      i++;
      while (i < lines.length && !/^```\s*$/.test(lines[i])) code.push(lines[i++]);
      if (i >= lines.length) throw new Error('unclosed ``` block');
      i++;
      blocks.push({ type: 'code', lang: fence[1], lines: code });
      continue;
    }
    const heading = /^(#{1,4})\s+(.*)$/.exec(line);
    if (heading) {
      const level = heading[1].length - 1;
      blocks.push(level === 0 ? { type: 'title', inlines: inlines(heading[2].trim()) } : { type: 'heading', level, inlines: inlines(heading[2].trim()) });
      i++;
      continue;
    }
    const figure = /^!\[([^\]]*)\]\(([^)\s]+)\)\s*$/.exec(line);
    if (figure) {
      blocks.push({ type: 'figure', caption: figure[1], src: figure[2] });
      i++;
      continue;
    }
    if (line.startsWith('>')) {
      const quoted = [];
      while (i < lines.length && lines[i].startsWith('>')) quoted.push(lines[i++].replace(/^>\s?/, ''));
      blocks.push({ type: 'note', inlines: inlines(joinLines(quoted)) });
      continue;
    }
    if (line.trim().startsWith('|') && i + 1 < lines.length && /^\s*\|?\s*:?-{3,}/.test(lines[i + 1])) {
      const header = tableCells(line);
      i += 2;
      const rows = [];
      while (i < lines.length && lines[i].trim().startsWith('|')) rows.push(tableCells(lines[i++]));
      blocks.push({ type: 'table', header, rows });
      continue;
    }
    if (LIST_ITEM.test(line)) {
      const items = [];
      let base;
      while (i < lines.length) {
        const m = LIST_ITEM.exec(lines[i]);
        if (m) {
          base ??= m[1].length;
          items.push({ level: m[1].length - base >= 2 ? 1 : 0, ordered: /\d/.test(m[2]), marker: m[2], lines: [m[3]] });
          i++;
        } else if (lines[i].trim() !== '' && /^\s{2,}/.test(lines[i]) && items.length > 0) {
          items[items.length - 1].lines.push(lines[i++]);
        } else {
          break;
        }
      }
      blocks.push({
        type: 'list',
        items: items.map(({ level, ordered, marker, lines: itemLines }) => ({ level, ordered, marker, inlines: inlines(joinLines(itemLines)) })),
      });
      continue;
    }
    // The first line is the paragraph's whatever it looks like (a lone `|`, say), so the loop always advances.
    const paragraph = [lines[i++]];
    while (
      i < lines.length &&
      lines[i].trim() !== '' &&
      !/^(#{1,4}\s|```|>|!\[|<!--)/.test(lines[i]) &&
      !LIST_ITEM.test(lines[i]) &&
      !lines[i].trim().startsWith('|')
    ) {
      paragraph.push(lines[i++]);
    }
    blocks.push({ type: 'para', inlines: inlines(joinLines(paragraph)) });
  }
  return blocks;
}

module.exports = { parseMarkdown, inlines, joinLines };
