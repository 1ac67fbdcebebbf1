/**
 * Keeps a report's diagnostics to a size a person can read and a front end can show: a
 * file with a million 「一、实施背景」 headings must not give a million diagnostics (a 626 MB
 * JSON, an .xlsx that never finishes, a page that freezes).
 *
 * Per rule and message, the first `LIMITS.diagnosticsPerMessage` are kept and the rest are
 * counted; the last one kept says how many more there are (`data.omitted`, and a sentence
 * after its message). Past `LIMITS.diagnostics` in all, only the first of each kind is
 * kept, so that no kind of problem disappears. The summary counts them all.
 */
import { LIMITS } from './limits';
import type { Locale } from './messages';
import type { Diagnostic, Severity } from './report';

interface Kind {
  kept: number;
  omitted: number;
  last?: Diagnostic;
}

const MORE: Record<Locale, (n: number) => string> = {
  'zh-CN': (n) => `（同类问题另有 ${n} 处，未逐条列出）`,
  en: (n) => ` (${n} more of the same, not listed)`,
};

export class DiagnosticCap {
  private readonly kinds = new Map<string, Kind>();
  private readonly kept: Diagnostic[] = [];
  readonly summary = { errors: 0, warnings: 0, infos: 0 };

  constructor(
    private readonly perKind: number = LIMITS.diagnosticsPerMessage,
    private readonly total: number = LIMITS.diagnostics,
  ) {}

  /** Count one problem; `make` builds its diagnostic only when it is kept. */
  add(ruleId: string, messageId: string, severity: Severity, make: () => Diagnostic): void {
    if (severity === 'error') this.summary.errors++;
    else if (severity === 'warning') this.summary.warnings++;
    else this.summary.infos++;
    const key = ruleId + '\u0000' + messageId;
    let kind = this.kinds.get(key);
    if (!kind) {
      kind = { kept: 0, omitted: 0 };
      this.kinds.set(key, kind);
    }
    if (kind.kept < this.perKind && (kind.kept === 0 || this.kept.length < this.total)) {
      const d = make();
      kind.kept++;
      kind.last = d;
      this.kept.push(d);
    } else {
      kind.omitted++;
    }
  }

  /** The diagnostics kept, in the order they came; the last of each kind says what was left out. */
  diagnostics(locale: Locale = 'zh-CN'): Diagnostic[] {
    for (const kind of this.kinds.values()) {
      if (kind.omitted === 0 || !kind.last) continue;
      kind.last.data = { ...kind.last.data, omitted: kind.omitted };
      kind.last.message += (MORE[locale] ?? MORE['zh-CN'])(kind.omitted);
    }
    return this.kept;
  }
}
