/**
 * The human-readable report of one checked file: category and where it came from,
 * cover fields, the parts' lengths against their limits, picture groups with their
 * captions' lengths, then the diagnostics. Numbers are in the profile's metric
 * (Word's 字数 for neu-2024).
 */
import { printableName } from '../../core/limits';
import type { Profile } from '../../core/profile/types';
import { evaluateLimit } from '../../core/rules/length';
import type { LimitState, PartReport, Report, Severity } from '../../core/report';
import { categoryLabel } from '../profile';
import type { Labels } from '../labels';
import { hintName } from '../../core/messages';
import { displayWidth, padEnd, table, truncate, type Style } from './terminal';

export interface CheckedFileView {
  name: string;
  format: 'docx' | 'text';
  encoding?: string;
  warnings: string[];
  report: Report;
  /** Said under the name: the notice the file was checked against, when it is not the run's. */
  profileNote?: string;
  /** List the problems the author dismissed (--show-dismissed), not only their number. */
  showDismissed?: boolean;
}

/** Cover fields that the category line already shows. */
const SHOWN_IN_CATEGORY_LINE = new Set(['category', 'subtype']);

const MARK = { ok: '✓', info: 'ℹ', warning: '⚠', error: '✗' } as const;

function stateMark(state: LimitState, l: Labels, s: Style): string {
  switch (state) {
    case 'ok':
      return s.green(MARK.ok);
    case 'near':
      return s.cyan(`${MARK.info} ${l.state.near}`);
    case 'short':
    case 'long':
      return s.yellow(`${MARK.warning} ${l.state[state]}`);
    default:
      return s.red(`${MARK.error} ${l.state[state]}`);
  }
}

function severityMark(sev: Severity, l: Labels, s: Style): string {
  if (sev === 'error') return s.red(`${MARK.error} ${l.severity.error}`);
  if (sev === 'warning') return s.yellow(`${MARK.warning} ${l.severity.warning}`);
  return s.cyan(`${MARK.info} ${l.severity.info}`);
}

/** A cover field: ✓ and the value the author wrote; 未填写 for a blank or the template's prompt. */
function coverRow(required: boolean, part: PartReport | undefined, l: Labels, s: Style): string | undefined {
  if (!part?.found) return required ? s.red(`${MARK.error} ${l.notFound}`) : undefined;
  switch (part.valueState) {
    case 'unticked':
      return s.yellow(`${MARK.warning} ${l.tickOne}`);
    case 'prompt':
    case 'empty':
      return required ? s.red(`${MARK.error} ${l.notFilled}`) : s.dim(l.optionalNotFilled);
    default:
      return `${s.green(MARK.ok)} ${truncate(part.value ?? '', 48)}`;
  }
}

function lengthRow(part: PartReport, metric: string, l: Labels, s: Style): string[] {
  const unit = l.unit[metric] ?? metric;
  const name = l.name(part.label);
  if (!part.found) return [name, s.red(`${MARK.error} ${l.notFound}`)];
  const counts = part.counts as unknown as Record<string, number>;
  if (!part.limit) return [name, String(counts[metric] ?? 0), unit, ''];
  const limitText = `/ ${l.limit(part.limit.value, unit, part.limit.kind)}`;
  return [name, String(part.limit.actual), limitText, stateMark(part.limit.state, l, s)];
}

export function renderCheckText(file: CheckedFileView, profile: Profile, l: Labels, s: Style): string {
  const r = file.report;
  const out: string[] = [];
  const notes: string[] = [];
  if (file.format === 'text' && file.encoding && file.encoding !== 'utf-8') notes.push(l.readAs(file.encoding));
  out.push(s.bold(file.name === '-' ? '-' : printableName(file.name)) + notes.map((n) => s.dim(l.aside(n))).join(''));
  if (file.profileNote) out.push(`  ${s.dim(file.profileNote)}`);
  for (const w of file.warnings) out.push(`  ${s.yellow(MARK.warning)} ${w}`);

  const category = categoryLabel(r.category, profile);
  const from = r.categorySource ? l.categoryFrom[r.categorySource] ?? r.categorySource : '';
  const categoryValue = category ? `${l.name(category)}${from ? s.dim(l.aside(from)) : ''}` : s.red(`${MARK.error} ${l.categoryUnknown}`);

  const coverRows: string[][] = [[l.category, categoryValue]];
  const lengthRows: string[][] = [];
  // The body's sections and the stretches that are none of them, in document order, then the
  // sections not found: the rows above 案例正文 add up to it.
  const placed: { start: number; row: string[] }[] = [];
  const missing: string[][] = [];
  const unit = l.unit[r.metric] ?? r.metric;
  for (const spec of profile.parts) {
    const part = r.parts[spec.id];
    if (spec.kind === 'cover') {
      const row = coverRow(spec.required, part, l, s);
      // 类别 and 党支部类型 are on the category line, unless a box is still to be ticked.
      if (row && (!SHOWN_IN_CATEGORY_LINE.has(spec.id) || part?.valueState === 'unticked')) coverRows.push([l.name(spec.label), row]);
      continue;
    }
    if (!part) continue;
    if (spec.kind === 'section' && spec.id !== 'body') {
      if (part.found && part.start !== undefined) placed.push({ start: part.start, row: lengthRow(part, r.metric, l, s) });
      else missing.push(lengthRow(part, r.metric, l, s));
      continue;
    }
    if (spec.id === 'body') {
      for (const o of r.otherSections ?? []) {
        const counts = o.counts as unknown as Record<string, number>;
        const candidateLabel = o.candidateFor ? r.parts[o.candidateFor]?.label : undefined;
        const candidate = candidateLabel === undefined ? undefined : l.name(candidateLabel);
        const label = o.heading ? o.label : `${l.untitled}${truncate(o.label, 12)}`;
        const note = s.yellow(`${MARK.warning} ${candidate ? l.candidateFor(candidate) : l.otherSection}`);
        placed.push({ start: o.start, row: [truncate(label, 24), String(counts[r.metric] ?? o.counts.words), unit, note] });
      }
      placed.sort((a, b) => a.start - b.start);
      lengthRows.push(...placed.map((p) => p.row), ...missing);
    }
    lengthRows.push(lengthRow(part, r.metric, l, s));
  }
  // One label column for the cover fields, the lengths and the pictures line.
  const labelWidth = Math.max(displayWidth(l.pictures), ...[...coverRows, ...lengthRows].map((row) => displayWidth(row[0])));
  const label = (text: string) => '  ' + padEnd(text, labelWidth);
  out.push(...coverRows.map((row) => `${label(row[0])}  ${row[1]}`));
  out.push(...table(lengthRows.map((row) => [label(row[0]), ...row.slice(1)]), [1], ['  ', ' ', '  ']));

  const max = profile.pictures.maxGroups;
  const pictures = r.pictures;
  const min = profile.pictures.minGroups ?? 0;
  const groupsMark = pictures.length > max || pictures.length < min ? s.red(MARK.error) : s.green(MARK.ok);
  out.push(`${label(l.pictures)}  ${l.pictureGroups(pictures.length, max, min)}${pictures.length || min > 0 ? '  ' + groupsMark : ''}`);
  const captionRows = pictures.map((g) => {
    const label = g.captionLabel || `#${g.index}`;
    if (g.caption === undefined) return [`    ${label}`, s.red(`${MARK.error} ${l.noCaption}`)];
    const words = g.captionWords ?? 0;
    const caption = profile.pictures.caption;
    const state = evaluateLimit(words, caption, profile.tolerances).state;
    const mark = state === 'over' || state === 'long' || state === 'far-long' ? s.red(`${MARK.error} ${l.state[state]}`) : s.green(MARK.ok);
    const text = g.captionLabel ? g.caption.slice(g.caption.indexOf(g.captionLabel) + g.captionLabel.length).trim() : g.caption;
    return [`    ${label}`, truncate(text, 40), String(words), caption.kind === 'max' ? `/ ${caption.value} ${unit}` : `/ ≈${caption.value} ${unit}`, mark];
  });
  out.push(...table(captionRows, [2], ['  ', '  ', ' ', '  ']));

  const { errors, warnings, infos } = r.summary;
  if (r.diagnostics.length === 0) {
    out.push(`  ${l.problems}${l.colon}${s.green(`${MARK.ok} ${l.noProblems}`)}`);
  } else {
    out.push(`  ${l.problems}${l.aside(l.summary(errors, warnings, infos))}`);
    for (const d of r.diagnostics) out.push(`    ${severityMark(d.severity, l, s)}  ${d.message}  ${s.dim(`[${d.ruleId}]`)}`);
  }
  // What the author set aside in the document: counted apart, listed on request.
  const dismissed = r.dismissed ?? [];
  if (dismissed.length > 0) {
    out.push(`  ${s.dim(l.dismissed(dismissed.length, file.showDismissed === true))}`);
    if (file.showDismissed) {
      for (const d of dismissed) out.push(`    ${s.dim(`${l.dismissedMark} ${l.severity[d.severity]}  ${d.message}  [${d.ruleId}]`)}`);
    }
  }
  if (r.hintsOff?.length) out.push(`  ${s.dim(l.hintsOff(r.hintsOff.map((id) => hintName(id, l.locale))))}`);
  return out.join('\n') + '\n';
}
