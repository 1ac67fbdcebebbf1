/**
 * `case-check <folder|file>... [--prior <csv|folder>] [--format text|json|csv|xlsx] [--out <file>]`:
 * the department's check of a whole folder of cases. Folders are searched recursively;
 * every file found is one row (non-.docx files become `file-format` rows), and the batch
 * rules run across them. A progress bar goes to stderr when stderr is a terminal.
 *
 * Exit codes: 0 no error anywhere; 1 an error-severity diagnostic in some file or in the
 * batch (file-format included); 2 bad arguments or an argument that does not exist.
 */
import * as path from 'node:path';
import type { FileCheckDeps, UnitRoster } from '../../core/batch';
import { checkCase } from '../../core/engine';
import { readDocx, sniffFormat } from '../../docx';
import { parseArgs, stringOption, UsageError, type OptionSpec } from '../args';
import { useColour, type CliIO } from '../io';
import { inputIdentities, prepareOut, writeOut } from '../out-file';
import { resolveCategory, resolveProfile } from '../profile';
import { makeStyle } from '../render/terminal';
import { CATEGORY, EXIT, HELP, LOCALE, PROFILE } from '../commands/common';
import { collectFiles, isDirectory } from './files';
import { loadPrior } from './prior';
import { loadRoster } from './units';
import { NO_PROGRESS, terminalProgress } from './progress';
import { renderBatch, type BatchFormat, type Locale } from './output';
import { runBatch } from './run';

export const BATCH_FORMATS = ['text', 'json', 'csv', 'xlsx'] as const;
export const BATCH_FORMAT: OptionSpec = { name: 'format', short: 'f', choices: BATCH_FORMATS };
export const PRIOR: OptionSpec = { name: 'prior' };
/** The school's unit roster (.csv or .xlsx): every spelling of a unit maps to one unit. */
export const UNITS: OptionSpec = { name: 'units' };
export const OUT: OptionSpec = { name: 'out', short: 'o' };
/** Replace an existing --out file (never an input). */
export const FORCE: OptionSpec = { name: 'force', flag: true };
/** Treat the files given as one batch even without a folder (`case-check --batch *.docx`). */
export const BATCH: OptionSpec = { name: 'batch', flag: true };
export const BATCH_OPTIONS: readonly OptionSpec[] = [HELP, BATCH_FORMAT, LOCALE, PROFILE, CATEGORY, PRIOR, UNITS, OUT, FORCE, BATCH];

/** The real reader and engine. */
export const NODE_DEPS: FileCheckDeps = { readDocx, checkCase, sniffFormat };

/**
 * Whether a command line is a folder check: a folder among the inputs, or an option only
 * folder checks have (--batch, --prior, --units, --out, --format csv|xlsx).
 */
export async function isBatchInvocation(argv: readonly string[], cwd: string): Promise<boolean> {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--batch') return true;
    if (a === '--prior' || a.startsWith('--prior=') || a === '--out' || a === '-o' || a.startsWith('--out=')) return true;
    if (a === '--units' || a.startsWith('--units=')) return true;
    if ((a === '--format' || a === '-f') && (argv[i + 1] === 'csv' || argv[i + 1] === 'xlsx')) return true;
    if (a === '--format=csv' || a === '--format=xlsx') return true;
  }
  for (const a of argv) if (!a.startsWith('-') && (await isDirectory(path.resolve(cwd, a)))) return true;
  return false;
}

function formatFromOut(out: string | undefined): BatchFormat | undefined {
  const ext = out ? path.extname(out).toLowerCase() : '';
  return ext === '.csv' ? 'csv' : ext === '.xlsx' ? 'xlsx' : ext === '.json' ? 'json' : undefined;
}

export interface BatchIO extends CliIO {
  /** Standard error is a terminal (the progress bar is drawn only then). Defaults to the process's. */
  stderrIsTTY?: boolean;
}

export async function batchCommand(argv: readonly string[], io: BatchIO): Promise<number> {
  const args = parseArgs(argv, BATCH_OPTIONS);
  if (args.options.help) {
    io.stdout.write(batchHelp());
    return EXIT.ok;
  }
  const out = stringOption(args, 'out');
  const format = (stringOption(args, 'format') as BatchFormat | undefined) ?? formatFromOut(out) ?? 'text';
  const locale = (stringOption(args, 'locale') ?? 'zh-CN') as Locale;
  const profile = await resolveProfile(stringOption(args, 'profile'), io.cwd);
  const categoryOption = stringOption(args, 'category');
  const category = categoryOption !== undefined ? resolveCategory(categoryOption, profile).id : undefined;
  if (args.positionals.length === 0) throw new UsageError('请给出要检查的文件夹或文件。');
  if (args.positionals.includes('-')) throw new UsageError('检查文件夹时不能从标准输入（-）读取。');
  if (format === 'xlsx' && !out && io.stdoutIsTTY) throw new UsageError('xlsx 是二进制文件，请用 --out <文件.xlsx> 指定保存位置。');

  const { files, missing } = await collectFiles(args.positionals, io.cwd);
  for (const m of missing) io.stderr.write(`case-check：${m.message}\n`);
  if (files.length === 0) throw new UsageError(missing.length ? '没有可检查的文件。' : '文件夹中没有文件。');
  const priorArg = stringOption(args, 'prior');

  // Where the output goes is checked before any work, against every input (src/cli/out-file.ts).
  let target;
  if (out) {
    const inputs = files.map((f) => f.path);
    if (priorArg) {
      const priorFiles = (await collectFiles([priorArg], io.cwd)).files.map((f) => f.path);
      inputs.push(path.resolve(io.cwd, priorArg), ...priorFiles);
    }
    target = await prepareOut(out, io.cwd, args.options.force === true, await inputIdentities(inputs));
  }

  let prior = undefined;
  if (priorArg) {
    const loaded = await loadPrior(priorArg, io.cwd, profile, NODE_DEPS);
    for (const s of loaded.skipped) io.stderr.write(`case-check：往年案例无法读取，已跳过：${s.message}\n`);
    prior = loaded.prior;
  }

  let roster: UnitRoster | undefined;
  const unitsArg = stringOption(args, 'units');
  if (unitsArg) {
    roster = await loadRoster(unitsArg, io.cwd, profile, (line) => io.stderr.write(`case-check：${line}\n`));
    io.stderr.write(`case-check：已载入单位名单“${unitsArg}”（${roster.units.length} 个单位）。\n`);
  }

  const tty = io.stderrIsTTY ?? (io.stderr === process.stderr && Boolean(process.stderr.isTTY));
  const progress = tty ? terminalProgress(io.stderr as { write(s: string): unknown; columns?: number }) : NO_PROGRESS;
  const batch = await runBatch(files, profile, NODE_DEPS, { category, locale, prior, roster, progress });

  const style = makeStyle(!out && format === 'text' && useColour(io));
  const rendered = await renderBatch(batch, profile, format, style, locale);
  if (target) {
    await writeOut(target, rendered);
    io.stderr.write(`case-check：已写入 ${target.shown}（${batch.files.length} 个文件）。\n`);
  } else {
    io.stdout.write(rendered as string);
  }
  if (missing.length > 0) return EXIT.usage;
  // Scans and ignored files have no report and are no error.
  const fileErrors = batch.files.some((f) => f.kind === 'case' && (f.report ? f.report.summary.errors > 0 : true));
  return fileErrors || batch.summary.errors > 0 ? EXIT.errors : EXIT.ok;
}

export function batchHelp(): string {
  return `用法：case-check [选项] <文件夹 | 文件.docx>...   检查一批案例（党委组织部审核用）

文件夹会逐级查找其中的全部文件：.docx 逐个读取并检查；文件名含“扫描”“盖章”“首页”的
.pdf 或图片是首页盖章扫描件，对应到申报单位（和案例）；Word 的 ~$ 临时文件列为已忽略；
其他文件（.doc、.wps、.pdf 等）列为“文件格式”问题。再跨文件检查：每个单位限报数量
（unit-quota，冶金学院、冶金学院党委、冶金学院分党委算同一单位）、同一单位的案例须为
不同层级（unit-levels）、单位名称的不同写法（unit-name）、缺少首页盖章扫描件
（scan-missing）、与往年案例高度相似（resubmission）。

选项：
      --batch             把给出的多个文件作为一批检查（给出文件夹时自动按批检查）。
      --prior <清单>      往年案例：CSV 清单（列：案例名称、申报单位、年度，可选“正文”或“简介”）
                          或存放往年 .docx 的文件夹。
      --units <名单>      单位名单（CSV 或 .xlsx；列：单位名称、简称、别名）：各种写法归为
                          名单中的同一单位，并列出没有报送的单位。
  -f, --format <格式>     text（默认）、json、csv（审核表，UTF-8 带 BOM，Excel 可直接打开）、
                          xlsx（审核表 + 全部问题两张工作表）。
  -o, --out <文件>        写入文件；不给 --format 时按扩展名（.csv/.xlsx/.json）决定格式。
                          已存在的文件不覆盖，除非加 --force；输入文件（含往年案例）绝不覆盖。
      --force             --out 的文件已存在时覆盖它。
  -c, --category <类别>   对全部文件使用同一类别（一般不需要：类别从各文件封面识别）。
  -p, --profile <配置>    规则配置：内置 neu-2024（默认），或配置文件路径（.json）。
      --locale <语言>     zh-CN（默认）或 en。

退出码：0 没有“错误”级问题；1 有文件或批次存在“错误”级问题（含无法读取的文件）；2 参数有误。

示例：
  case-check 2024案例/
  case-check 2024案例/ --prior 往年案例.csv --out 审核表.xlsx
  case-check 2024案例/ --units 单位名单.xlsx
  case-check 2024案例/ --format json > 结果.json
  case-check --batch 甲学院/*.docx 乙学院/*.docx
`;
}
