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
import type { Profile } from '../../core/profile/types';
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
import { renderBatch, type BatchFormat, type Locale, type ReviewOutput } from './output';
import { runBatch } from './run';
import { evaluationCases, evaluationWorkbook, feedbackLetters, reviewFileFor, reviewState, rowDecisions, scoringSpec, submissionBoard } from '../../core/review';
import { loadReview, saveReview, writeEvaluation, writeLetters } from '../review/files';
import { guardWrite } from '../review/write-guard';
import { BUILTIN_PROFILE_IDS } from '../../core/profile';

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
/** The review round (issue 12): decisions kept in a file, letters per unit, the evaluation sheet. */
export const REVIEW: OptionSpec = { name: 'review' };
export const LETTERS: OptionSpec = { name: 'letters' };
export const EVALUATION: OptionSpec = { name: 'evaluation' };
export const EXPERTS: OptionSpec = { name: 'experts' };
export const DEADLINE: OptionSpec = { name: 'deadline' };
export const CONTACT: OptionSpec = { name: 'contact' };
export const DATE: OptionSpec = { name: 'date' };
export const BATCH_OPTIONS: readonly OptionSpec[] = [HELP, BATCH_FORMAT, LOCALE, PROFILE, CATEGORY, PRIOR, UNITS, OUT, FORCE, BATCH, REVIEW, LETTERS, EVALUATION, EXPERTS, DEADLINE, CONTACT, DATE];

/** Options that only a folder check has. */
const FOLDER_ONLY = ['--batch', '--prior', '--units', '--out', '-o', '--review', '--letters', '--evaluation'];

/** The real reader and engine. */
export const NODE_DEPS: FileCheckDeps = { readDocx, checkCase, sniffFormat };

/**
 * Whether a command line is a folder check: a folder among the inputs, or an option only
 * folder checks have (--batch, --prior, --units, --out, --format csv|xlsx).
 */
export async function isBatchInvocation(argv: readonly string[], cwd: string): Promise<boolean> {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (FOLDER_ONLY.some((o) => a === o || (o.startsWith('--') && a.startsWith(`${o}=`)))) return true;
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
  // The review round's files: checked before any work, so that a refused write costs nothing.
  const plan = await reviewPlan(args, io, files, profile);

  const batch = await runBatch(files, profile, NODE_DEPS, { category, locale, prior, roster, progress });

  const state = reviewState(batch, profile, plan.review?.review, locale);
  const board = submissionBoard(batch, profile, state, roster);
  const review: ReviewOutput = { board, state };
  if (plan.review) {
    review.decisions = rowDecisions(state);
    review.file = reviewFileFor(state, profile, new Date().toISOString());
  }

  const style = makeStyle(!out && format === 'text' && useColour(io));
  const rendered = await renderBatch(batch, profile, format, style, locale, review);
  if (target) {
    await writeOut(target, rendered);
    io.stderr.write(`case-check：已写入 ${target.shown}（${batch.files.length} 个文件）。\n`);
  } else {
    io.stdout.write(rendered as string);
  }
  if (plan.letters) {
    const letters = feedbackLetters(batch, profile, state, board, { deadline: plan.deadline, contact: plan.contact, date: plan.date });
    await guardWrite(plan.letters.full, { ...plan.letters.guard, names: letters.map((l) => l.fileName) });
    await writeLetters(plan.letters.full, letters, plan.force);
    io.stderr.write(`case-check：已写入 ${letters.length} 份反馈单到“${plan.letters.arg}”。\n`);
  }
  if (plan.evaluation) {
    const spec = scoringSpec(profile);
    if ('error' in spec) throw new UsageError(spec.error);
    const cases = evaluationCases(state, board, profile);
    await writeEvaluation(plan.evaluation.full, evaluationWorkbook(profile, spec, cases, plan.experts), plan.force);
    io.stderr.write(`case-check：已写入评审表“${plan.evaluation.arg}”（${cases.length} 项案例，${plan.experts.length || 1} 张专家评分表）。\n`);
  }
  if (plan.review && review.file) {
    await saveReview(plan.review.full, review.file);
    const n = review.file.problems.filter((p) => p.verdict).length + review.file.cases.filter((c) => c.verdict).length;
    io.stderr.write(`case-check：已${plan.review.exists ? '更新' : '新建'}审核记录“${plan.review.arg}”（${n} 条审核意见${state.resolved.length ? `，其中 ${state.resolved.length} 条所指的问题已不存在` : ''}）。\n`);
  }
  if (missing.length > 0) return EXIT.usage;
  // Scans and ignored files have no report and are no error.
  const fileErrors = batch.files.some((f) => f.kind === 'case' && (f.report ? f.report.summary.errors > 0 : true));
  return fileErrors || batch.summary.errors > 0 ? EXIT.errors : EXIT.ok;
}

interface ReviewPlan {
  review?: Awaited<ReturnType<typeof loadReview>> & { arg: string };
  letters?: { arg: string; full: string; guard: Parameters<typeof guardWrite>[1] };
  evaluation?: { arg: string; full: string };
  experts: string[];
  deadline?: string;
  contact?: string;
  date: string;
  force: boolean;
}

function isoDate(value: string, option: string): string {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value.trim());
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
  if (!m || !d || d.getUTCMonth() !== Number(m[2]) - 1 || d.getUTCDate() !== Number(m[3])) throw new UsageError(`选项 --${option} 的值“${value}”不是日期，请写成 2024-12-04 这样的形式。`);
  return d.toISOString().slice(0, 10);
}

function today(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** Read --review and check every place the run will write to, before the folder is read. */
async function reviewPlan(args: ReturnType<typeof parseArgs>, io: BatchIO, files: readonly { path: string | Buffer }[], profile: Profile): Promise<ReviewPlan> {
  const force = Boolean(args.options.force);
  const roots: string[] = [];
  for (const p of args.positionals) if (await isDirectory(path.resolve(io.cwd, p))) roots.push(path.resolve(io.cwd, p));
  const deadline = stringOption(args, 'deadline');
  const date = stringOption(args, 'date');
  const plan: ReviewPlan = {
    experts: (stringOption(args, 'experts') ?? '').split(/[,，、;；\s]+/u).filter(Boolean),
    date: date ? isoDate(date, 'date') : today(),
    force,
    ...(deadline ? { deadline: isoDate(deadline, 'deadline') } : {}),
    ...(stringOption(args, 'contact') ? { contact: stringOption(args, 'contact') } : {}),
  };
  const reviewArg = stringOption(args, 'review');
  if (reviewArg) {
    // Read and written back on purpose; but never one of the files being checked.
    await guardWrite(path.resolve(io.cwd, reviewArg), { kind: 'file', label: '--review', inputs: files, roots, force: true, shown: reviewArg });
    plan.review = { ...(await loadReview(reviewArg, io.cwd, profile, (l) => io.stderr.write(`case-check：${l}\n`))), arg: reviewArg };
  }
  const lettersArg = stringOption(args, 'letters');
  if (lettersArg) {
    const full = path.resolve(io.cwd, lettersArg);
    plan.letters = { arg: lettersArg, full, guard: { kind: 'dir', label: '--letters', inputs: files, roots, force, shown: lettersArg } };
    await guardWrite(full, plan.letters.guard);
  }
  const evalArg = stringOption(args, 'evaluation');
  if (evalArg) {
    if (!/\.xlsx$/i.test(evalArg)) throw new UsageError(`评审表“${evalArg}”应为 .xlsx 文件。`);
    const full = path.resolve(io.cwd, evalArg);
    await guardWrite(full, { kind: 'file', label: '--evaluation', inputs: files, roots, force, shown: evalArg });
    plan.evaluation = { arg: evalArg, full };
  } else if (plan.experts.length) {
    throw new UsageError('--experts 须与 --evaluation <评审表.xlsx> 一起使用。');
  }
  return plan;
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
      --force             --out、--letters、--evaluation 的文件已存在时覆盖它们（默认不覆盖）；
                          输入文件（含往年案例）绝不覆盖。
  -c, --category <类别>   对全部文件使用同一类别（一般不需要：类别从各文件封面识别）。

审核（报送情况、审核意见、反馈单、评审表）：
      --review <记录.json>  审核记录：读取其中的审核意见（已核实、不采纳及理由，案例的通过、退回修改、
                          不予受理），用于审核表和反馈单；检查后写回同一文件（不存在时新建），
                          列出本次的全部问题（未决定的为 null，可直接在文件中填写），意见从不丢失，
                          所指问题已不存在的标为已解决。检查页面可导入、导出同一文件。
      --letters <文件夹>    每个申报单位一份形式审查反馈单（.docx），含未报送的单位。
      --deadline <日期>     反馈单中重新报送的截止日期，如 2024-12-04（默认取配置）。
      --contact <文字>      反馈单中的联系方式（默认取配置：党委组织部专用邮箱）。
      --date <日期>         反馈单的落款日期（默认今天）。
      --evaluation <评审表.xlsx>  为通过形式审查的案例生成评审表：每位专家一张工作表，五项标准、
                          权重与分值取自配置，总分由公式计算。
      --experts <名单>      评审专家姓名，用逗号或顿号分隔（如 “张三,李四,王五”）。
                          输出位置不能是要检查的文件或文件夹。
  -p, --profile <配置>    规则配置：内置 ${BUILTIN_PROFILE_IDS.join('、')}（第一个为默认），
                          或配置文件路径（.json，其中的错误连同 JSON 路径一并列出）。
      --locale <语言>     zh-CN（默认）或 en。

退出码：0 没有“错误”级问题；1 有文件或批次存在“错误”级问题（含无法读取的文件）；2 参数有误。

示例：
  case-check 2024案例/
  case-check 2024案例/ --prior 往年案例.csv --out 审核表.xlsx
  case-check 2024案例/ --units 单位名单.xlsx
  case-check 2024案例/ --units 单位名单.xlsx --review 审核记录.json --letters 反馈单/
  case-check 2024案例/ --review 审核记录.json --evaluation 评审表.xlsx --experts 张三,李四,王五
  case-check scores 评分表/
  case-check 2024案例/ --format json > 结果.json
  case-check --batch 甲学院/*.docx 乙学院/*.docx
`;
}
