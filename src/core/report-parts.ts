/**
 * Which parts of a report are cover fields and which are body sections, read from the
 * report itself (each part carries the profile's `kind`), so that a view holding only a
 * report (the pane's overview, the page's drawer, the review table) follows the profile's
 * own list of parts. A report saved before parts carried their kind (the page keeps the
 * last results in IndexedDB) is read with the 2024 notice's parts, the only ones then.
 */
import type { Report } from './report';

const LEGACY_COVER = ['title', 'unit', 'org', 'category', 'subtype', 'period', 'contact', 'phone'];
const LEGACY_SECTIONS = ['background', 'practice', 'lessons'];

function hasKinds(report: Pick<Report, 'parts'>): boolean {
  return Object.values(report.parts).some((p) => p?.kind !== undefined);
}

/** The cover fields of the report, in the profile's order. */
export function reportCoverIds(report: Pick<Report, 'parts'>): string[] {
  if (!hasKinds(report)) return LEGACY_COVER.filter((id) => report.parts[id] !== undefined);
  return Object.values(report.parts)
    .filter((p) => p?.kind === 'cover')
    .map((p) => p!.id);
}

/** The body's sections of the report, in the profile's order (`body`, their sum, excluded). */
export function reportSectionIds(report: Pick<Report, 'parts'>): string[] {
  if (!hasKinds(report)) return LEGACY_SECTIONS.filter((id) => report.parts[id] !== undefined);
  return Object.values(report.parts)
    .filter((p) => p?.kind === 'section' && p.id !== 'body')
    .map((p) => p!.id);
}

/** The parts a paragraph of the case's text can sit in: the summary, then the sections. */
export function reportContainerIds(report: Pick<Report, 'parts'>): string[] {
  const summary = Object.values(report.parts).find((p) => p?.kind === 'summary' || (p?.kind === undefined && p?.id === 'summary'));
  return [...(summary ? [summary.id] : []), ...reportSectionIds(report)];
}
