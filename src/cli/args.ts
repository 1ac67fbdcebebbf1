/**
 * A small argument parser, so that every mistake is reported in Chinese and each
 * subcommand declares its own options (issue 4 adds --prior, --out, csv/xlsx formats).
 * Accepted forms: `--name value`, `--name=value`, `-x value`, `-h`; `--` ends the
 * options; a lone `-` is an input (standard input).
 */
export interface OptionSpec {
  name: string;
  short?: string;
  /** A flag takes no value. */
  flag?: boolean;
  /** Allowed values; absent means any value. */
  choices?: readonly string[];
}

export interface ParsedArgs {
  options: Record<string, string | true>;
  positionals: string[];
}

export class UsageError extends Error {}

export function parseArgs(argv: readonly string[], specs: readonly OptionSpec[]): ParsedArgs {
  const options: Record<string, string | true> = {};
  const positionals: string[] = [];
  const byLong = new Map(specs.map((s) => [s.name, s]));
  const byShort = new Map(specs.filter((s) => s.short).map((s) => [s.short as string, s]));
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-' || !arg.startsWith('-')) {
      positionals.push(arg);
      continue;
    }
    let spec: OptionSpec | undefined;
    let inline: string | undefined;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
      inline = eq >= 0 ? arg.slice(eq + 1) : undefined;
      spec = byLong.get(name);
    } else {
      spec = byShort.get(arg.slice(1));
    }
    if (!spec) throw new UsageError(`未知的选项：${arg}`);
    if (spec.flag) {
      if (inline !== undefined) throw new UsageError(`选项 --${spec.name} 不带参数值`);
      options[spec.name] = true;
      continue;
    }
    let value = inline;
    if (value === undefined) {
      if (i + 1 >= argv.length) throw new UsageError(`选项 --${spec.name} 缺少参数值`);
      value = argv[++i];
    }
    if (spec.choices && !spec.choices.includes(value)) {
      throw new UsageError(`选项 --${spec.name} 的值“${value}”无效，可选：${spec.choices.join('、')}`);
    }
    options[spec.name] = value;
  }
  return { options, positionals };
}

export function stringOption(args: ParsedArgs, name: string): string | undefined {
  const v = args.options[name];
  return typeof v === 'string' ? v : undefined;
}
