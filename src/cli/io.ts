/**
 * Everything the CLI touches outside itself goes through `CliIO`, so that tests can
 * call `run()` with captured output and a fake stdin, and the real binary passes
 * the process's own streams.
 */
export interface CliIO {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
  /** Reads all of standard input (only called when an input is `-`). */
  readStdin(): Promise<Uint8Array>;
  /** Colours are used only when stdout is a terminal and NO_COLOR is unset. */
  stdoutIsTTY: boolean;
  env: Record<string, string | undefined>;
  /** Relative input paths are resolved against this directory. */
  cwd: string;
}

export function nodeIO(): CliIO {
  // `case-check … | head` closes the pipe early: stop quietly instead of crashing.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
      return new Uint8Array(Buffer.concat(chunks));
    },
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    env: process.env,
    cwd: process.cwd(),
  };
}

/** Whether to colour the output: https://no-color.org (any non-empty NO_COLOR disables colour). */
export function useColour(io: CliIO): boolean {
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '' && io.env.FORCE_COLOR !== '0') return true;
  return io.stdoutIsTTY;
}
