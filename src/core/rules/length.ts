/**
 * The notice's two kinds of limit, in one place for every length rule:
 *
 * - "N 字以内" (`max`): over N is an error (`over`); at or above `nearMax` of N (95%) is an
 *   info (`near`, "接近上限"). N itself is allowed.
 * - "N 字左右" (`around`): a relative distance up to `around.warning` (±20%) is fine; beyond it
 *   a warning (`short` / `long`); beyond `around.error` (±50%) an error (`far-short` / `far-long`).
 *   Both bounds are inclusive: exactly −20% is fine, exactly −50% is a warning.
 *
 * The numbers come from the profile; this file holds none.
 */
import type { Limit, Profile } from '../profile/types';
import type { LimitState, Severity } from '../report';

export interface LimitEvaluation {
  state: LimitState;
  actual: number;
  /** The limit's N. */
  value: number;
  kind: Limit['kind'];
  /** Distance from N, always ≥ 0. */
  diff: number;
  /** The range that is fine: [0, N] for `max`, [⌈N(1−w)⌉, ⌊N(1+w)⌋] for `around`. */
  low: number;
  high: number;
  /** What to tell the author; undefined when the length is fine. */
  severity?: Severity;
}

// Guards against binary fractions: 0.95 × 2000 must compare equal to 1900.
const EPS = 1e-9;

export const STATE_SEVERITY: Readonly<Record<LimitState, Severity | undefined>> = {
  ok: undefined,
  near: 'info',
  over: 'error',
  short: 'warning',
  long: 'warning',
  'far-short': 'error',
  'far-long': 'error',
};

export function evaluateLimit(actual: number, limit: Pick<Limit, 'kind' | 'value'>, tolerances: Profile['tolerances']): LimitEvaluation {
  const n = limit.value;
  let state: LimitState;
  let low: number;
  let high: number;
  if (limit.kind === 'max') {
    low = 0;
    high = n;
    if (actual > n) state = 'over';
    else if (actual + EPS >= n * tolerances.nearMax) state = 'near';
    else state = 'ok';
  } else {
    const { warning, error } = tolerances.around;
    low = Math.ceil(n * (1 - warning) - EPS);
    high = Math.floor(n * (1 + warning) + EPS);
    const rel = n === 0 ? (actual === 0 ? 0 : Infinity) : (actual - n) / n;
    const dist = Math.abs(rel);
    if (dist <= warning + EPS) state = 'ok';
    else if (dist <= error + EPS) state = rel < 0 ? 'short' : 'long';
    else state = rel < 0 ? 'far-short' : 'far-long';
  }
  return { state, actual, value: n, kind: limit.kind, diff: Math.abs(actual - n), low, high, severity: STATE_SEVERITY[state] };
}

/** Message ids of the length rules: one per state other than `ok`. */
export const LENGTH_MESSAGE_IDS = ['over', 'near', 'short', 'long', 'far-short', 'far-long'] as const;

/** The data every length message reads (see the catalogues). */
export function lengthData(ev: LimitEvaluation, metric: string): Record<string, number | string> {
  return {
    actual: ev.actual,
    limit: ev.value,
    kind: ev.kind,
    diff: ev.diff,
    low: ev.low,
    high: ev.high,
    // How far outside the fine range, for "add/cut N" advice.
    toRange: ev.actual < ev.low ? ev.low - ev.actual : ev.actual > ev.high ? ev.actual - ev.high : 0,
    metric,
  };
}
