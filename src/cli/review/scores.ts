/**
 * `case-check scores <文件夹 | 评分表.xlsx>... [--format text|json|csv|xlsx] [--out 文件]`:
 * the experts' filled evaluation sheets read back into a ranking — each expert's total per
 * case (computed again from the criteria scores and the profile's weights), the mean, the
 * spread and a flag where the experts disagree widely.
 *
 * The sheets are untrusted files: each is read through the capped reader with a size limit;
 * a file that cannot be read is named on stderr with the reason and the others are used.
 * Files that are not .xlsx in a folder (the expert's notes, a PDF) are passed over, said once.
 *
 * Exit codes: 0 ranking written; 1 something to look at (a sheet that could not be read, scores
 * not counted: out of range, not a number, conflicting copies; incomplete scoring); 2 bad
 * arguments or no sheet at all.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { toCsv } from '../../core/batch';
import { rankingTable, readScores, scoringSpec, type Ranking, type ScoreSheetInput } from '../../core/review';
import { buildRankingXlsx } from '../../export/evaluation-xlsx';
import { MAX_SCORE_BYTES, scoresFromFile } from '../../export/score-file';
import { parseArgs, stringOption, UsageError } from '../args';
import { collectFiles } from '../batch/files';
import { EXIT, HELP, PROFILE } from '../commands/common';
import type { CliIO } from '../io';
import { resolveProfile } from '../profile';
import { table } from '../render/terminal';
import { cliVersion } from '../version';
import { guardWrite } from './write-guard';
import { BUILTIN_PROFILE_IDS } from '../../core/profile';

const FORMATS = ['text', 'json', 'csv', 'xlsx'] as const;
type Format = (typeof FORMATS)[number];

export function scoresHelp(): string {
  return `用法：case-check scores [选项] <文件夹 | 评分表.xlsx>...   汇总专家评分，给出排名

读取各位专家填好的评审表（case-check <文件夹> --evaluation 评审表.xlsx 生成），按配置中的权重
重新计算每位专家给每个案例的总分（不采用表中的公式结果），给出平均分、名次，以及专家之间
分差较大（达到配置中的分歧阈值）的案例。同一位专家的工作表可以在不同文件中。

选项：
  -f, --format <格式>     text（默认）、json、csv（排名表，UTF-8 带 BOM）、xlsx（排名 + 各专家评分）。
  -o, --out <文件>        写入文件；不给 --format 时按扩展名决定格式。已存在时须加 --force。
      --force             覆盖已存在的输出文件。
  -p, --profile <配置>    规则配置：内置 ${BUILTIN_PROFILE_IDS.join('、')}（第一个为默认），
                          或配置文件路径（.json，其中的错误连同 JSON 路径一并列出）。

退出码：0 已汇总；1 有需要核对的地方（评分表无法读取，分数超出范围、不是数字或前后不一致，评分不完整）；2 参数有误或没有评分表。
`;
}

function fmt(n: number | null): string {
  return n === null ? '—' : String(n);
}

export function renderRankingText(r: Ranking): string {
  const rows = rankingTable(r).map((row) => row.map((c) => (typeof c === 'number' ? fmt(c) : (c ?? '—'))));
  const right = [0, ...r.experts.map((_, i) => 4 + i), 4 + r.experts.length, 5 + r.experts.length];
  const lines = table(rows, right);
  const flagged = r.rows.filter((x) => x.disagree).length;
  lines.push('', `共 ${r.rows.length} 项案例、${r.experts.length} 位专家${flagged ? `；${flagged} 项案例专家分歧较大（总分相差 ${r.disagreement} 分及以上）` : ''}。`);
  if (r.problems.length) lines.push('', '需要核对：', ...r.problems.map((p) => `  ${p}`));
  return lines.join('\n') + '\n';
}

export async function scoresCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv, [HELP, PROFILE, { name: 'format', short: 'f', choices: FORMATS }, { name: 'out', short: 'o' }, { name: 'force', flag: true }]);
  if (args.options.help) {
    io.stdout.write(scoresHelp());
    return EXIT.ok;
  }
  if (args.positionals.length === 0) throw new UsageError('请给出评分表（.xlsx）或存放评分表的文件夹。');
  const profile = await resolveProfile(stringOption(args, 'profile'), io.cwd);
  const spec = scoringSpec(profile);
  if ('error' in spec) throw new UsageError(spec.error);
  const out = stringOption(args, 'out');
  const ext = out ? path.extname(out).toLowerCase().slice(1) : '';
  const format = (stringOption(args, 'format') as Format | undefined) ?? ((FORMATS as readonly string[]).includes(ext) ? (ext as Format) : 'text');
  if (format === 'xlsx' && !out && io.stdoutIsTTY) throw new UsageError('xlsx 是二进制文件，请用 --out <文件.xlsx> 指定保存位置。');

  const { files, missing } = await collectFiles(args.positionals, io.cwd);
  for (const m of missing) io.stderr.write(`case-check：${m.message}\n`);
  const sheets = files.filter((f) => /\.xlsx$/i.test(f.name) && !path.basename(f.name).startsWith('~$'));
  const others = files.length - sheets.length;
  if (others) io.stderr.write(`case-check：${others} 个文件不是 .xlsx 评分表，已跳过。\n`);
  if (sheets.length === 0) throw new UsageError('没有找到评分表（.xlsx）。');
  if (out) {
    const roots: string[] = [];
    for (const p of args.positionals) if ((await fs.stat(path.resolve(io.cwd, p)).catch(() => undefined))?.isDirectory()) roots.push(path.resolve(io.cwd, p));
    await guardWrite(path.resolve(io.cwd, out), { kind: 'file', label: '--out', inputs: files, roots, force: Boolean(args.options.force), shown: out });
  }

  let unreadable = 0;
  const inputs: ScoreSheetInput[] = [];
  for (const f of sheets) {
    const st = await fs.stat(f.path).catch(() => undefined);
    if (st && st.size > MAX_SCORE_BYTES) {
      io.stderr.write(`case-check：评分表“${f.name}”无法读取：文件过大（${(st.size / 1024 / 1024).toFixed(1)} MB，上限 ${MAX_SCORE_BYTES / 1024 / 1024} MB），不像评分表。\n`);
      unreadable++;
      continue;
    }
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await fs.readFile(f.path));
    } catch (e) {
      io.stderr.write(`case-check：评分表“${f.name}”无法读取：${(e as Error).message}\n`);
      unreadable++;
      continue;
    }
    const r = scoresFromFile(f.name, bytes);
    if (!r.ok) {
      io.stderr.write(`case-check：${r.message}\n`);
      unreadable++;
      continue;
    }
    inputs.push({ file: r.file, sheets: r.sheets });
  }
  const ranking = readScores(inputs, spec);
  let rendered: string | Uint8Array;
  switch (format) {
    case 'json':
      rendered = JSON.stringify({ version: cliVersion(), profile: profile.id, ...ranking }, null, 2) + '\n';
      break;
    case 'csv':
      rendered = toCsv(rankingTable(ranking));
      break;
    case 'xlsx':
      rendered = await buildRankingXlsx((await import('exceljs')).default, ranking);
      break;
    default:
      rendered = renderRankingText(ranking);
  }
  if (out) {
    await fs.writeFile(path.resolve(io.cwd, out), rendered, { flag: args.options.force ? 'w' : 'wx' });
    io.stderr.write(`case-check：已写入 ${out}（${ranking.rows.length} 项案例，${ranking.experts.length} 位专家）。\n`);
    if (format !== 'text') for (const p of ranking.problems) io.stderr.write(`case-check：${p}\n`);
  } else {
    io.stdout.write(rendered as string);
    if (format !== 'text') for (const p of ranking.problems) io.stderr.write(`case-check：${p}\n`);
  }
  if (missing.length) return EXIT.usage;
  return unreadable || ranking.problems.length ? EXIT.errors : EXIT.ok;
}
