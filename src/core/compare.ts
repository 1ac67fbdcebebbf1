/**
 * Where two reports of the same document differ: in the task pane, the live check (the
 * text Word's API hands over) against the exact check (the document's own .docx, read by
 * the same reader as the CLI and the checker page). The pane names every figure that
 * differs, so that an author knows which number to trust (the exact one) and why they
 * differ (tracked deletions, hidden text, floating pictures, text boxes).
 *
 * Diagnostics are matched by what they are about (rule, message, part, picture group), not
 * by their text: a length message names the count, which is what differs.
 */
import type { PartId } from './profile/types';
import type { Diagnostic, Report } from './report';

export type ReportDifference =
  /** A part's length, or whether it was found (undefined: not found). */
  | { kind: 'part'; part: PartId; label: string; live?: number; exact?: number }
  /** The whole main story's length. */
  | { kind: 'total'; live: number; exact: number }
  /** The number of picture groups. */
  | { kind: 'pictures'; live: number; exact: number }
  /** The number of picture groups with a caption. */
  | { kind: 'captions'; live: number; exact: number }
  /** A problem one check finds and the other does not. */
  | { kind: 'diagnostic'; only: 'live' | 'exact'; diagnostic: Diagnostic };

function diagnosticKey(d: Diagnostic): string {
  return [d.ruleId, d.messageId, d.target.part, d.target.group ?? ''].join('|');
}

/** Every figure of `live` that `exact` does not confirm, in reading order (parts, total, pictures, problems). */
export function compareReports(live: Report, exact: Report): ReportDifference[] {
  const out: ReportDifference[] = [];
  const ids = new Set<PartId>([...(Object.keys(live.parts) as PartId[]), ...(Object.keys(exact.parts) as PartId[])]);
  for (const part of ids) {
    const a = live.parts[part];
    const b = exact.parts[part];
    const liveWords = a?.found ? a.counts.words : undefined;
    const exactWords = b?.found ? b.counts.words : undefined;
    if (liveWords !== exactWords) out.push({ kind: 'part', part, label: (a ?? b)!.label, live: liveWords, exact: exactWords });
  }
  if (live.counts.words !== exact.counts.words) out.push({ kind: 'total', live: live.counts.words, exact: exact.counts.words });
  if (live.pictures.length !== exact.pictures.length) {
    out.push({ kind: 'pictures', live: live.pictures.length, exact: exact.pictures.length });
  }
  const captioned = (r: Report) => r.pictures.filter((g) => g.caption !== undefined).length;
  if (captioned(live) !== captioned(exact)) out.push({ kind: 'captions', live: captioned(live), exact: captioned(exact) });

  const remaining = new Map<string, number>();
  for (const d of exact.diagnostics) remaining.set(diagnosticKey(d), (remaining.get(diagnosticKey(d)) ?? 0) + 1);
  const onlyLive: Diagnostic[] = [];
  for (const d of live.diagnostics) {
    const k = diagnosticKey(d);
    const n = remaining.get(k) ?? 0;
    if (n > 0) remaining.set(k, n - 1);
    else onlyLive.push(d);
  }
  for (const d of exact.diagnostics) {
    const k = diagnosticKey(d);
    const n = remaining.get(k) ?? 0;
    if (n > 0) {
      remaining.set(k, n - 1);
      out.push({ kind: 'diagnostic', only: 'exact', diagnostic: d });
    }
  }
  for (const d of onlyLive) out.push({ kind: 'diagnostic', only: 'live', diagnostic: d });
  return out;
}
