/**
 * `case-check [options] <file.docx | file.txt | ->...`: checks each case against the
 * profile's rules and prints, per file, the category, the parts' lengths against their
 * limits, the picture groups and the diagnostics. One unreadable file does not stop
 * the others; it makes the exit code 2.
 */
import { checkCase } from '../../core/engine';
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
  | ({ file: string; format: 'docx' | 'text'; encoding?: string; warnings: string[] } & Omit<Report, 'profile' | 'category' | 'categorySource'> & {
      /** null when neither --category nor the document names one (category-missing fires). */
      category: string | null;
      categorySource: NonNullable<Report['categorySource']> | null;
    });

/**
 * The JSON document `--format json` prints: always one object, also for one file.
 *   { version, profile, files: [ { file, error: { code, message } }            // unreadable
 *                               | { file, format, encoding?, warnings, category, categorySource,
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
  const profile = await resolveProfile(stringOption(args, 'profile'), io.cwd);
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
    try {
      if (!loaded.ok) throw loaded.error;
      report = checkCase(loaded.doc, profile, { category, locale });
    } catch (err) {
      const error = loaded.ok ? internalError(ref.name, err) : (err as InputError);
      unreadable++;
      io.stderr.write(`case-check：${error.message}\n`);
      files.push({ file: ref.name, error });
      continue;
    }
    if (report.summary.errors > 0) withErrors++;
    const { profile: _profile, category: reportCategory, categorySource, ...rest } = report;
    const result: FileResult = {
      file: loaded.name,
      format: loaded.format,
      ...(loaded.encoding ? { encoding: loaded.encoding } : {}),
      warnings: loaded.warnings,
      category: reportCategory ?? null,
      categorySource: categorySource ?? null,
      ...rest,
    };
    files.push(result);
    if (format === 'text') {
      if (files.length > 1) io.stdout.write('\n');
      io.stdout.write(
        renderCheckText(
          { name: loaded.name, format: loaded.format, encoding: loaded.encoding, warnings: loaded.warnings, report, showDismissed: args.options['show-dismissed'] === true },
          profile,
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
