/**
 * `case-check template [--category …] [--profile …] -o 文件.docx`: writes the official
 * case template of one category (built by src/template) as a .docx. An existing file is
 * never replaced unless --force is given; without -o the bytes go to stdout when it is
 * not a terminal (`case-check template > 模板.docx`).
 */
import { buildTemplateDocx, resolveTemplateCategory } from '../../template';
import { parseArgs, stringOption, UsageError } from '../args';
import type { CliIO } from '../io';
import { prepareOut, writeOut } from '../out-file';
import { categoryLabel, resolveProfile } from '../profile';
import { CATEGORY, EXIT, HELP, PROFILE } from './common';
import { BUILTIN_PROFILE_IDS } from '../../core/profile';

export interface TemplateIO extends CliIO {
  /** Binary output for `template > file.docx`; defaults to process.stdout. */
  stdoutBytes?: { write(b: Uint8Array): unknown };
}

export async function templateCommand(argv: readonly string[], io: TemplateIO): Promise<number> {
  const args = parseArgs(argv, [HELP, CATEGORY, PROFILE, { name: 'out', short: 'o' }, { name: 'force', flag: true }]);
  if (args.options.help) {
    io.stdout.write(templateHelp());
    return EXIT.ok;
  }
  if (args.positionals.length > 0) throw new UsageError(`多余的参数：${args.positionals.join(' ')}（输出文件请用 -o 指定）`);
  const profile = await resolveProfile(stringOption(args, 'profile'), io.cwd);
  const wanted = stringOption(args, 'category') ?? profile.categories[0].id;
  const category = resolveTemplateCategory(profile, wanted);
  if (!category) {
    throw new UsageError(`选项 --category 的值“${wanted}”无效，可选：${profile.categories.map((c) => c.id).join('|')}`);
  }
  const out = stringOption(args, 'out');
  if (!out) {
    if (io.stdoutIsTTY) throw new UsageError('请用 -o <文件.docx> 指定模板的保存位置。');
    (io.stdoutBytes ?? process.stdout).write(buildTemplateDocx(profile, category.id));
    return EXIT.ok;
  }
  // The same rule as a folder check's --out (src/cli/out-file.ts): checked first, written atomically.
  const target = await prepareOut(out, io.cwd, args.options.force === true, new Set());
  await writeOut(target, buildTemplateDocx(profile, category.id));
  io.stderr.write(`case-check：已写入 ${target.shown}（${categoryLabel(category.id, profile)} 案例模板）。\n`);
  return EXIT.ok;
}

export function templateHelp(): string {
  return `用法：case-check template [选项] -o <文件.docx>

生成征集通知要求的案例模板（Word 文档），含封面信息表、案例简介、案例正文各部分的
标题与填写提示；字数要求等数字来自规则配置。

选项：
  -c, --category <类别>   规则配置中的类别 id 或中文名称，默认为第一个类别；neu-2024 为
                          committee（默认）、branch、branch.teacher、branch.staff、branch.student。
  -p, --profile <配置>    规则配置：内置 ${BUILTIN_PROFILE_IDS.join('、')}（第一个为默认），
                          或配置文件路径（.json，其中的错误连同 JSON 路径一并列出）。
  -o, --out <文件>        保存位置；不给出时，若标准输出不是终端，则把 .docx 写到标准输出。
      --force             文件已存在时覆盖（默认不覆盖）。
  -h, --help              显示本帮助。
`;
}
