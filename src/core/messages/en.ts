/** English messages, the second locale. Same ids and data as zh-CN. */
import type { Catalogue, MessageData } from './types';

const around = (more: boolean, far: boolean) => (d: MessageData, u: string) =>
  `${d.partLabel} has ${d.actual} ${u}, ${far ? 'far ' : ''}${more ? 'more' : 'fewer'} than the ${d.categoryLabel ? `${d.categoryLabel} ` : ''}target of about ${d.limit} ${u} (${more ? 'over' : 'under'} by ${d.diff}; aim for ${d.low}–${d.high}).`;

/** A part against its own limit (summary-length and part-length say it alike). */
const partLengthMessages = {
  over: (d: MessageData, u: string) => `${d.partLabel} has ${d.actual} ${u}, over the maximum of ${d.limit} ${u} (by ${d.diff}).`,
  near: (d: MessageData, u: string) => `${d.partLabel} has ${d.actual} ${u}, close to the maximum of ${d.limit} ${u} (${d.diff} left).`,
  short: around(false, false),
  long: around(true, false),
  'far-short': around(false, true),
  'far-long': around(true, true),
};

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `December 2022`, `2022`. */
function yearMonth(year: unknown, month: unknown): string {
  return typeof month === 'number' && MONTHS[month - 1] ? `${MONTHS[month - 1]} ${year}` : String(year);
}

export const en: Catalogue = {
  locale: 'en',
  // Word's 字数 is "Words" in English Word, and the CLI and the pane say words too.
  units: { words: 'words', charsNoSpaces: 'characters (no spaces)', charsWithSpaces: 'characters (with spaces)' },
  hintNames: { 'listing-heavy': 'listing results', 'integration-weak': 'party building in isolation' },
  messages: {
    'category-missing': {
      missing: 'No case category: write one of “{choices}” in the cover field “{fieldLabel}”, or choose one when checking. The categories have different body limits.',
      unknown: 'Unknown case category “{value}”: write one of “{choices}”.',
    },
    'category-mismatch': {
      mismatch: 'The implementing organization “{org}” is a {orgCategoryLabel}, but the case category is “{categoryLabel}”. Check the category or the organization.',
    },
    'branch-subtype-missing': {
      missing: 'A {categoryLabel} case should name the kind of branch ({subtypes}).',
      unticked: 'No box is ticked in the cover field “{fieldLabel}”: tick one ({subtypes}).',
    },
    'part-missing': {
      field: 'The cover lacks the field “{partLabel}”.',
      summary: '“{partLabel}” is missing: add a summary of the case’s content, highlights and results before the body.',
      section: 'The body lacks the section “{partLabel}”. The body should have {sections}.',
      'section-candidate': 'The body lacks the section “{partLabel}”. Is the heading “{seen}” the {partLabel}? If so, rename it “{suggested}”.',
      'section-unlabelled':
        'The body lacks the section “{partLabel}”. The body opens with {paragraphs} paragraph(s) without a heading ({words} {unit}): if they are the {partLabel}, put the heading “{partLabel}” before them.',
    },
    'part-empty': {
      field: 'The cover field “{partLabel}” is empty.',
      part: '“{partLabel}” has no text yet.',
    },
    'placeholder-left': {
      placeholder: (d) => `Template prompt “${d.text}” is still in ${d.partLabel ? `“${d.partLabel}”` : 'the document'}: replace it with the case’s text or delete it.`,
    },
    'part-order': {
      order: 'The body sections should be in the order {expected}; they are {actual}.',
      'extra-section': (d, u) =>
        `“${d.label}” (${d.words} ${u}) is none of the body’s sections (${d.sections}): it counts in the body’s total but in no section. ${d.practiceLabel ? `Results belong in “${d.practiceLabel}”: merge` : 'Merge'} this part into a section, or rename its heading to one of them.`,
    },
    'part-duplicate': {
      duplicate: '“{partLabel}” appears more than once (again at “{label}”): merge them.',
      repeated:
        '{paragraphs} paragraphs were saved several times over (up to {copies} copies), in {parts}. LibreOffice and WPS do this when they save the old template’s content controls. The lengths above count each paragraph once; delete the repeated text (or copy the content into a newly downloaded template) and save again.',
    },
    'summary-length': {
      ...partLengthMessages,
      'boundary-guess':
        'No heading separates the summary from the body: the first {paragraphs} paragraph(s) ({words} {unit}) are taken as the summary and the next {restParagraphs} ({restWords} {unit}) as the start of the body. If that is wrong, put a heading where the body starts (such as “{sectionLabel}”).',
    },
    'part-length': partLengthMessages,
    'body-length': {
      over: (d, u) => `${d.partLabel} has ${d.actual} ${u}, over the ${d.categoryLabel ? `${d.categoryLabel} ` : ''}maximum of ${d.limit} ${u} (by ${d.diff}).`,
      near: (d, u) => `${d.partLabel} has ${d.actual} ${u}, close to the ${d.categoryLabel ? `${d.categoryLabel} ` : ''}maximum of ${d.limit} ${u} (${d.diff} left).`,
      short: around(false, false),
      long: around(true, false),
      'far-short': around(false, true),
      'far-long': around(true, true),
    },
    'picture-count': {
      'too-many': '{actual} picture groups, more than the {max} allowed in “{sectionLabel}” (by {diff}). Pictures of one kind can form one group.',
      'too-few': '{actual} picture groups, fewer than the {min} required (by {diff}): add pictures to “{sectionLabel}” with captions.',
    },
    'picture-outside-practice': {
      outside: 'Picture group {group} is in “{partLabel}”; pictures belong in “{sectionLabel}”.',
      'outside-body': 'Picture group {group} is outside the body; pictures belong in “{sectionLabel}”.',
    },
    'caption-missing': {
      missing: (d, u) => `Picture group ${d.group} has no caption: describe it in ${d.kind === 'around' ? 'about' : 'at most'} ${d.max} ${u}.`,
      empty: (d, u) =>
        `The caption of picture group ${d.group} is only the label “${d.label}”: describe the picture in ${d.kind === 'around' ? 'about' : 'at most'} ${d.max} ${u}.`,
    },
    'caption-length': {
      'too-long': 'The caption of picture group {group} has {actual} {unit}, more than {max}.',
      long: 'The caption of picture group {group} has {actual} {unit}, more than “about {limit}” (best {low}–{high}).',
      'far-long': 'The caption of picture group {group} has {actual} {unit}, far more than “about {limit}” (best {low}–{high}).',
    },
    'period-range': {
      'too-old': (d) =>
        `The work started in ${yearMonth(d.year, d.month)}, before ${d.earliestYear}: it must have been carried out within the last ${d.withinYears} years.`,
      'too-recent': (d) =>
        `The work started in ${yearMonth(d.year, d.month)}: by the deadline (${d.deadline}) it has run less than ${d.minYears} years; it should have started by ${yearMonth(d.latestYear, d.latestMonth)}.`,
      unreadable: 'Cannot read the start date “{value}”: write a year and month such as 2021年9月.',
    },
    'period-years': {
      'early-year': (d) => {
        const years = String(d.years ?? d.year).split(',');
        const list = years.length > 1 ? `${years.slice(0, -1).join(', ')} and ${years[years.length - 1]}` : years[0];
        return `The body mentions ${list}, before ${d.earliestYear}. The work should date from the last ${d.withinYears} years: please check.`;
      },
    },
    'listing-heavy': {
      listing: '{short} of the {lines} lines of “{partLabel}” are short list items ({share}%): describe the work rather than list results.',
    },
    'integration-weak': {
      weak: 'Party-building terms appear {mentions} times, but only {met} ({share}%) near the unit’s core work. Show how party building is part of that work.',
    },
  },
};
