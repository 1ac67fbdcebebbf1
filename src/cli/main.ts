/**
 * The `case-check` command line. `bin/case-check.js` calls `run(process.argv.slice(2))`
 * and uses the number it resolves to as the exit code; tests call `run()` with a
 * captured `CliIO`. Each subcommand is a small module: the first argument picks one
 * (`count`, `template`, `scores`, `profile draft`); otherwise a command line naming a folder (or using a folder
 * option: --prior, --out, csv/xlsx) is a batch check (./batch), and anything else
 * checks the files one by one (./commands/check).
 */
import { UsageError } from './args';
import { nodeIO, type CliIO } from './io';
import { batchCommand, isBatchInvocation } from './batch/command';
import { checkCommand } from './commands/check';
import { countCommand } from './commands/count';
import { EXIT } from './commands/common';
import { versionText } from './commands/help';
import { profileCommand } from './commands/profile';
import { templateCommand } from './commands/template';
import { scoresCommand } from './review/scores';

type Command = (argv: readonly string[], io: CliIO) => Promise<number>;

/** Subcommands by name. */
const COMMANDS: Record<string, Command> = {
  count: countCommand,
  template: templateCommand,
  scores: scoresCommand,
  profile: profileCommand,
};

export async function run(argv: string[], io: CliIO = nodeIO()): Promise<number> {
  try {
    if (argv.includes('--version') || (argv.length === 1 && argv[0] === '-v')) {
      io.stdout.write(versionText());
      return EXIT.ok;
    }
    const sub = argv.length > 0 ? COMMANDS[argv[0]] : undefined;
    if (sub) return await sub(argv.slice(1), io);
    if (await isBatchInvocation(argv, io.cwd)) {
      return await batchCommand(argv, io);
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
