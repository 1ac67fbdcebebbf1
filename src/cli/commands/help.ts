/** Help texts, in Chinese (the product's users read Chinese). */
import { cliVersion } from '../version';
import { BUILTIN_PROFILE_IDS } from '../../core/profile';

export function versionText(): string {
  return `case-check ${cliVersion()}（案例助手命令行）\n`;
}

export function checkHelp(): string {
  return `案例助手命令行 case-check ${cliVersion()}
按征集通知的要求检查基层党建工作创新奖暨党建“一融双高”建设案例，字数与 Word“字数统计”一致。

用法：
  case-check [选项] <文件.docx | 文件.txt | ->...        检查案例，逐个报告
  case-check [选项] <文件夹>... [--prior 清单] [--units 名单] [--out 文件]  检查一批案例（详见 case-check <文件夹> --help）
  case-check count [选项] <文件.docx | 文件.txt | ->...  只统计字数（同 Word 的六项统计）
  case-check template [--category 类别] -o <文件.docx>   生成案例模板
  case-check scores <文件夹 | 评分表.xlsx>...            汇总专家评分，给出排名（详见 case-check scores --help）
  case-check profile draft <通知.txt> [-o 草稿.json]    从征集通知生成规则配置草稿（详见 case-check profile --help）

检查选项：
  -c, --category <类别>   案例类别：committee（分党委/直属党总支）、branch（党支部）、
                          branch.teacher（教师党支部）、branch.staff（机关、直属、后勤、科产、离退休党支部）、
                          branch.student（学生党支部）；也可写中文名称。不给出时从文档中识别。
  -p, --profile <配置>    规则配置：内置 ${BUILTIN_PROFILE_IDS.join('、')}（第一个为默认），
                          或配置文件路径（.json，其中的错误连同 JSON 路径一并列出）。
  -f, --format <格式>     输出格式：text（默认，便于阅读）或 json（供程序使用）。
      --locale <语言>     提示语言：zh-CN（默认）或 en。
      --show-dismissed    列出作者在 Word 中“忽略此处”的警告和提示（默认只报项数）。
  -h, --help              显示本帮助。
      --version           显示版本号。

输入：
  .docx 文件按 Word 文档读取；其他文件按纯文本读取（UTF-8，也识别 GB18030/GBK）。
  “-”表示从标准输入读取（纯文本，或通过管道传入的 .docx）。
  检查与统计只读取文件，从不修改它们。

退出码：
  0  全部文件已检查，没有“错误”级问题
  1  有文件存在“错误”级问题
  2  参数有误，或有文件无法读取（其余文件照常检查）

示例：
  case-check 案例.docx
  case-check --category branch.student 案例一.docx 案例二.docx
  case-check --format json 案例.docx > 结果.json
  case-check count 案例.docx
`;
}

export function countHelp(): string {
  return `用法：case-check count [选项] <文件.docx | 文件.txt | ->...

统计正文（含表格与自动编号，不含页眉页脚、脚注、文本框和批注）的六项数字，
与 Word“审阅 → 字数统计”一致：字数、字符数(不计空格)、字符数(计空格)、段落数、
中文字符和朝鲜语单词、非中文单词。

选项：
  -f, --format <格式>   text（默认）或 json：一个文件输出一个对象，多个文件输出对象数组。
      --locale <语言>   zh-CN（默认）或 en。
  -h, --help            显示本帮助。
`;
}
