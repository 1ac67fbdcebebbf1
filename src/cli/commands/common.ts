import type { OptionSpec } from '../args';

export const FORMATS = ['text', 'json'] as const;
export const LOCALES = ['zh-CN', 'en'] as const;

export const HELP: OptionSpec = { name: 'help', short: 'h', flag: true };
export const FORMAT: OptionSpec = { name: 'format', short: 'f', choices: FORMATS };
export const LOCALE: OptionSpec = { name: 'locale', choices: LOCALES };
export const PROFILE: OptionSpec = { name: 'profile', short: 'p' };
export const CATEGORY: OptionSpec = { name: 'category', short: 'c' };
export const SHOW_DISMISSED: OptionSpec = { name: 'show-dismissed', flag: true };

/** Exit codes, the same for every subcommand. */
export const EXIT = {
  /** Every input read; no error-severity diagnostic. */
  ok: 0,
  /** Some input has an error-severity diagnostic. */
  errors: 1,
  /** Bad arguments, or some input could not be read (the others are still checked). */
  usage: 2,
} as const;
