/**
 * `case-check profile draft 通知.txt [-o 草稿.json]`: a draft profile from a notice's text
 * (src/core/profile/draft). The notice is read like any input (plain text in UTF-8 or
 * GB18030, or a .docx; the same size caps and Chinese errors); the draft is written as JSON
 * (to -o, or to standard output), and the review list (each value, its sentence, and
 * whether a person must check it) goes beside it: to standard output when the JSON went to a
 * file, to standard error when the JSON went to standard output. The notice is never
 * written: -o onto it is refused even with --force (src/cli/out-file.ts).
 */
import { draftJson, draftProfile, MAX_NOTICE_CHARS, reviewText } from '../../core/profile/draft';
import { allTemplatePrompts } from '../../template';
import { parseArgs, stringOption, UsageError } from '../args';
import { displayName, inputRefs, loadInput } from '../input';
import type { CliIO } from '../io';
import { inputIdentities, prepareOut, writeOut } from '../out-file';
import { EXIT, HELP } from './common';

export async function profileCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === undefined || sub === '--help' || sub === '-h') {
    io.stdout.write(profileHelp());
    return sub === undefined ? EXIT.usage : EXIT.ok;
  }
  if (sub !== 'draft') throw new UsageError(`未知的 profile 子命令“${sub}”；可用：draft（从通知文本生成配置草稿）。`);
  return draftCommand(rest, io);
}

async function draftCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv, [HELP, { name: 'out', short: 'o' }, { name: 'force', flag: true }]);
  if (args.options.help) {
    io.stdout.write(profileHelp());
    return EXIT.ok;
  }
  if (args.positionals.length !== 1) throw new UsageError(args.positionals.length === 0 ? '请给出通知的文本文件，例如：case-check profile draft 通知.txt -o 草稿.json' : `只能给出一份通知，多余的参数：${args.positionals.slice(1).join(' ')}`);
  const [ref] = inputRefs(args.positionals, io);
  const out = stringOption(args, 'out');
  // Checked before reading: an existing file, a folder or the notice itself is refused at once.
  const target = out ? await prepareOut(out, io.cwd, args.options.force === true, await inputIdentities(ref.path ? [ref.path] : [])) : undefined;

  const loaded = await loadInput(ref, io);
  if (!loaded.ok) {
    io.stderr.write(`case-check：${loaded.error.message}\n`);
    return EXIT.usage;
  }
  for (const w of loaded.warnings) io.stderr.write(`case-check：${w}\n`);
  const text = loaded.doc.paragraphs.map((p) => p.text).join('\n');
  const shown = displayName(ref.name);
  if (text.trim() === '') {
    io.stderr.write(`case-check：“${shown}”中没有文字，无法生成配置草稿。\n`);
    return EXIT.usage;
  }
  if (text.length > MAX_NOTICE_CHARS) {
    io.stderr.write(`case-check：“${shown}”有 ${text.length} 个字符，超过上限 ${MAX_NOTICE_CHARS}（一份征集通知只有几千字），不像一份通知，未生成草稿。\n`);
    return EXIT.usage;
  }

  const draft = draftProfile(text, { templatePrompts: allTemplatePrompts });
  const json = draftJson(draft);
  const review = reviewText(draft);
  if (target) {
    await writeOut(target, json);
    io.stdout.write(review);
    io.stderr.write(`case-check：已写入 ${target.shown}（配置草稿，${draft.review.filter((r) => r.guess).length} 项需核对）。\n`);
  } else {
    io.stdout.write(json);
    io.stderr.write(review);
  }
  return draft.validation.ok ? EXIT.ok : EXIT.errors;
}

export function profileHelp(): string {
  return `用法：case-check profile draft <通知.txt | 通知.docx | -> [-o 草稿.json] [--force]

从征集通知的文字生成规则配置草稿：案例类别、正文各部分及顺序、简介与正文字数（以内/左右）、
图片与图片说明的要求、限报项数、时间范围、截止日期、邮箱、评选标准。每个值都注明通知原文；
通知没有写明的值（别名、词表、模板提示语、“左右”的幅度等）取 neu-2024 的默认值，并标“需核对”。
草稿要由人核对、补全后才能用于检查：case-check --profile 草稿.json 案例.docx

选项：
  -o, --out <文件>   把配置草稿（JSON）写入文件，核对清单输出到标准输出；
                     不给出时，JSON 输出到标准输出，核对清单输出到标准错误。
      --force        文件已存在时覆盖（默认不覆盖；无论如何都不会写到通知文件上）。
  -h, --help         显示本帮助。

退出码：0 草稿符合配置格式；1 草稿还不符合（核对清单末尾列出原因）；2 参数有误或通知无法读取。
`;
}
