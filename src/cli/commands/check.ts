/**
 * `case-check [options] <file.docx | file.txt | ->...`: checks each case against the
 * profile's rules and prints, per file, the category, the parts' lengths against their
 * limits, the picture groups and the diagnostics. One unreadable file does not stop
 * the others; it makes the exit code 2.
 */
import { checkCase } from '../../core/engine';
import { loadBuiltinProfile } from '../../core/profile';
import type { CaseDocument } from '../../core/model/types';
import type { Profile } from '../../core/profile/types';
import type { Report } from '../../core/report';
import { parseArgs, stringOption, UsageError } from '../args';
import { useColour, type CliIO } from '../io';
import { inputRefs, internalError, loadInput, type InputError } from '../input';
import { labels, type Locale } from '../labels';
import { resolveCategory, resolveProfile } from '../profile';
import { renderCheckText } from '../render/check-text';
import { makeStyle } from '../render/terminal';
import { cliVersion } from '../version';
import { CATEGORY, EXIT, FORMAT, HELP, LOCALE, PROFILE, SHOW_DISMISSED } from './common';
import { checkHelp } from './help';

/** One entry of `files` in the JSON output (see README "JSON output"). */
export type FileResult =
  | { file: string; error: InputError }
  | ({
      file: string;
      format: 'docx' | 'text';
      encoding?: string;
      warnings: string[];
      /** The profile this file was checked against, and why: --profile, the author's choice saved in the document, or the default. */
      profile: string;
      profileSource: ProfileSource;
    } & Omit<Report, 'profile' | 'category' | 'categorySource'> & {
      /** null when neither --category nor the document names one (category-missing fires). */
      category: string | null;
      categorySource: NonNullable<Report['categorySource']> | null;
    });

export type ProfileSource = 'option' | 'document' | 'default';

/**
 * The profile one file is checked against. Without --profile, a document whose settings name
 * another built-in notice (the author chose it in the pane) is checked against that one, as
 * the pane does; a --category the saved notice does not have keeps the run's. With --profile,
 * or a saved notice the CLI does not have, the run's profile stands and a note says so.
 */
async function profileFor(
  doc: CaseDocument,
  run: Profile,
  given: { profile?: string; category?: string },
  l: ReturnType<typeof labels>,
): Promise<{ profile: Profile; source: ProfileSource; note?: string; warning?: string }> {
  const source: ProfileSource = given.profile !== undefined ? 'option' : 'default';
  const saved = doc.settings?.profile;
  if (saved === undefined || saved === run.id) return { profile: run, source };
  if (given.profile !== undefined) return { profile: run, source, warning: l.profileNotUsed(saved, run.id, 'option') };
  const chosen = await loadBuiltinProfile(saved);
  if (!chosen) return { profile: run, source, warning: l.profileNotUsed(saved, run.id, 'unknown') };
  if (given.category !== undefined && !chosen.categories.some((c) => c.id === given.category)) {
    return { profile: run, source, warning: l.profileNotUsed(saved, run.id, 'category') };
  }
  return { profile: chosen, source: 'document', note: l.profileFromDocument(chosen.name) };
}

/**
 * The JSON document `--format json` prints: always one object, also for one file.
 *   { version, profile, files: [ { file, error: { code, message } }            // unreadable
 *                               | { file, format, encoding?, warnings, profile, profileSource,
 *                                   category, categorySource,
 *                                   metric, parts: { <partId>: { found, counts: { words,
 *                                   charsNoSpaces, charsWithSpaces }, limit?, value?, ... } },
 *                                   pictures: [ { caption, captionWords, ... } ],
 *                                   diagnostics: [ { ruleId, severity, message, data, target: { part }, fingerprint? } ],
 *                                   dismissed?: [ …as diagnostics ], hintsOff?: [ ruleId ],
 *                                   counts, summary } ] }
 * Field names are a contract (README "JSON output"): add, never rename.
 */
export interface CheckOutput {
  version: string;
  profile: string;
  files: FileResult[];
}

export async function checkCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv, [HELP, FORMAT, LOCALE, PROFILE, CATEGORY, SHOW_DISMISSED]);
  if (args.options.help) {
    io.stdout.write(checkHelp());
    return EXIT.ok;
  }
  const format = stringOption(args, 'format') ?? 'text';
  const locale = (stringOption(args, 'locale') ?? 'zh-CN') as Locale;
  const profileOption = stringOption(args, 'profile');
  const profile = await resolveProfile(profileOption, io.cwd);
  const categoryOption = stringOption(args, 'category');
  const category = categoryOption !== undefined ? resolveCategory(categoryOption, profile).id : undefined;
  if (args.positionals.length === 0) throw new UsageError('请给出要检查的文件（.docx 或 .txt；用 - 表示标准输入）。');
  const refs = inputRefs(args.positionals, io);

  const l = labels(locale);
  const style = makeStyle(useColour(io));
  const files: FileResult[] = [];
  let unreadable = 0;
  let withErrors = 0;
  for (const ref of refs) {
    // Each file on its own: whatever goes wrong with one costs only its own entry.
    const loaded = await loadInput(ref, io);
    let report: Report;
    let used: Awaited<ReturnType<typeof profileFor>>;
    try {
      if (!loaded.ok) throw loaded.error;
      used = await profileFor(loaded.doc, profile, { profile: profileOption, category }, l);
      report = checkCase(loaded.doc, used.profile, { category, locale });
    } catch (err) {
      const error = loaded.ok ? internalError(ref.name, err) : (err as InputError);
      unreadable++;
      io.stderr.write(`case-check：${error.message}\n`);
      files.push({ file: ref.name, error });
      continue;
    }
    if (report.summary.errors > 0) withErrors++;
    const { profile: _profile, category: reportCategory, categorySource, ...rest } = report;
    const warnings = used.warning ? [...loaded.warnings, used.warning] : loaded.warnings;
    const result: FileResult = {
      file: loaded.name,
      format: loaded.format,
      ...(loaded.encoding ? { encoding: loaded.encoding } : {}),
      warnings,
      profile: used.profile.id,
      profileSource: used.source,
      category: reportCategory ?? null,
      categorySource: categorySource ?? null,
      ...rest,
    };
    files.push(result);
    if (format === 'text') {
      if (files.length > 1) io.stdout.write('\n');
      io.stdout.write(
        renderCheckText(
          {
            name: loaded.name,
            format: loaded.format,
            encoding: loaded.encoding,
            warnings,
            profileNote: used.note,
            report,
            showDismissed: args.options['show-dismissed'] === true,
          },
          used.profile,
          l,
          style,
        ),
      );
    }
  }
  if (format === 'json') {
    const output: CheckOutput = { version: cliVersion(), profile: profile.id, files };
    io.stdout.write(JSON.stringify(output, null, 2) + '\n');
  } else if (refs.length > 1) {
    io.stdout.write(`\n${l.total(refs.length, withErrors, unreadable)}\n`);
  }
  if (unreadable > 0) return EXIT.usage;
  return withErrors > 0 ? EXIT.errors : EXIT.ok;
}
