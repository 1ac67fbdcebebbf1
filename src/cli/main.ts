/**
 * The `case-check` command line. `bin/case-check.js` calls `run(process.argv.slice(2))`
 * and uses the number it resolves to as the exit code; tests call `run()` with a
 * captured `CliIO`. Each subcommand is a small module in ./commands; the first
 * argument picks one, and anything else is the default `check`.
 */
import { UsageError } from './args';
import { nodeIO, type CliIO } from './io';
import { checkCommand } from './commands/check';
import { countCommand } from './commands/count';
import { EXIT } from './commands/common';
import { versionText } from './commands/help';

type Command = (argv: readonly string[], io: CliIO) => Promise<number>;

/** Subcommands by name. Issue 5 adds `template`. */
const COMMANDS: Record<string, Command> = {
  count: countCommand,
};

export async function run(argv: string[], io: CliIO = nodeIO()): Promise<number> {
  try {
    if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
      io.stdout.write(versionText());
      return EXIT.ok;
    }
    const sub = argv.length > 0 ? COMMANDS[argv[0]] : undefined;
    if (sub) return await sub(argv.slice(1), io);
    if (argv.includes('--version')) {
      io.stdout.write(versionText());
      return EXIT.ok;
    }
    return await checkCommand(argv, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr.write(`case-check：${err.message}\n运行 case-check --help 查看用法。\n`);
      return EXIT.usage;
    }
    throw err;
  }
}
