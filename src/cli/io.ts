/**
 * Everything the CLI touches outside itself goes through `CliIO`, so that tests can
 * call `run()` with captured output and a fake stdin, and the real binary passes
 * the process's own streams.
 */
import { readStreamCapped } from './safe-read';

export interface CliIO {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
  /**
   * Reads standard input (only called when an input is `-`): at most `maxBytes`; past that it
   * throws SafeReadError('too-large') and stops reading.
   */
  readStdin(maxBytes: number): Promise<Uint8Array>;
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
    readStdin: (maxBytes) => readStreamCapped(process.stdin, maxBytes),
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
