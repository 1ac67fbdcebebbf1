/**
 * `case-check count <file>...`: Word's six statistics (审阅 → 字数统计) for the main
 * story of each input: body paragraphs and table cells, list numbers included; no
 * headers, footers, notes, text boxes or comments.
 */
import { countParagraphs, type WordCounts } from '../../core/count';
import { parseArgs, stringOption, UsageError } from '../args';
import type { CliIO } from '../io';
import { displayName, inputRefs, internalError, loadInput, type InputError } from '../input';
import { labels, type Locale } from '../labels';
import { table } from '../render/terminal';
import { EXIT, FORMAT, HELP, LOCALE } from './common';
import { countHelp } from './help';

/** One object per input; `count --format json` prints it alone for one input, an array of them for several. */
export type CountResult = { file: string; error: InputError } | ({ file: string } & WordCounts);

export async function countCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv, [HELP, FORMAT, LOCALE]);
  if (args.options.help) {
    io.stdout.write(countHelp());
    return EXIT.ok;
  }
  const format = stringOption(args, 'format') ?? 'text';
  const l = labels((stringOption(args, 'locale') ?? 'zh-CN') as Locale);
  if (args.positionals.length === 0) throw new UsageError('请给出要统计的文件（.docx 或 .txt；用 - 表示标准输入）。');
  const refs = inputRefs(args.positionals, io);
  const results: CountResult[] = [];
  let unreadable = 0;
  for (const ref of refs) {
    const loaded = await loadInput(ref, io);
    let counts: WordCounts;
    try {
      if (!loaded.ok) throw loaded.error;
      counts = countParagraphs(loaded.doc.paragraphs);
    } catch (err) {
      const error = loaded.ok ? internalError(ref.name, err) : (err as InputError);
      unreadable++;
      io.stderr.write(`case-check：${error.message}\n`);
      results.push({ file: ref.name, error });
      continue;
    }
    // Reader warnings (a part skipped, content not read) may mean the figures miss text.
    const shown = displayName(loaded.name);
    for (const w of loaded.warnings) io.stderr.write(`case-check：${w.includes(shown) ? w : `“${shown}”：${w}`}\n`);
    results.push({ file: loaded.name, ...counts });
    if (format === 'text') {
      if (results.length > 1) io.stdout.write('\n');
      const rows = l.counts.map((c) => ['  ' + c.label, String(counts[c.key])]);
      io.stdout.write(`${shown}\n${table(rows, [1]).join('\n')}\n`);
    }
  }
  if (format === 'json') {
    const json = results.length === 1 ? results[0] : results;
    io.stdout.write(JSON.stringify(json, null, 2) + '\n');
  }
  return unreadable > 0 ? EXIT.usage : EXIT.ok;
}
