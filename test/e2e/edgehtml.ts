/**
 * An EdgeHTML 18 stand-in for Chromium: what Word's oldest admitted webview (Word 2016/2019
 * retail and Microsoft 365 builds without WebView2) lacks, taken from MDN's browser
 * compatibility data (@mdn/browser-compat-data), so that the list is not ours to forget
 * things in. Every JavaScript built-in and Web API that EdgeHTML 18 does not have and
 * Chromium does is deleted from the page before its scripts run; the user agent is
 * EdgeHTML's. What this cannot take away: syntax (test/build/syntax.test.ts parses every
 * shipped script at ES2017) and CSS.
 */
import bcd from '@mdn/browser-compat-data';

type Support = { version_added?: string | boolean | null; version_removed?: string | boolean | null; flags?: unknown[]; prefix?: string; alternative_name?: string; partial_implementation?: boolean };

export const EDGEHTML_18_UA =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19045';

/**
 * Kept although EdgeHTML 18 lacks them, because Chromium itself needs them to behave as
 * EdgeHTML did, not because the pane does:
 * - `RegExp.prototype.flags`: today's engines read it inside `String.prototype.replace`
 *   (ES2022's RegExp.prototype[@@replace]); without it every /g replacement replaces once.
 *   EdgeHTML read `global` instead.
 * - `BigInt64Array`, `BigUint64Array`: Playwright's `page.evaluate` serialises through them.
 *   The pane uses no BigInt.
 */
const KEPT = new Set(['RegExp.flags', 'BigInt64Array', 'BigUint64Array']);

function version(v: unknown): number | undefined {
  if (typeof v !== 'string') return undefined;
  const m = /^≤?(\d+)/.exec(v);
  return m ? Number(m[1]) : undefined;
}

/** True when EdgeHTML 18 had the feature, unprefixed and without a flag. */
function inEdge18(support: Support | Support[] | undefined): boolean {
  const entries = Array.isArray(support) ? support : support ? [support] : [];
  return entries.some((s) => {
    if (s.flags || s.prefix || s.alternative_name) return false;
    const added = version(s.version_added);
    if (added === undefined || added > 18) return false;
    const removed = version(s.version_removed);
    return removed === undefined || removed > 18;
  });
}

interface Compat {
  __compat?: { support: Record<string, Support | Support[]> };
  [member: string]: unknown;
}

/**
 * The features to take away: `['globalThis']`, `['Array', 'flat']` (a static or prototype
 * member), `['ResizeObserver']`, `['Element', 'animate']`… Sub-features of BCD that are not
 * properties (`secure_context_required`, `worker_support`) are skipped by the page, which
 * deletes only what exists.
 */
export function missingInEdge18(): string[][] {
  const out: string[][] = [];
  const walk = (tree: Record<string, Compat>, top: boolean) => {
    for (const [name, node] of Object.entries(tree)) {
      const compat = node.__compat;
      if (!compat || !/^[A-Za-z_$][\w$]*$/.test(name)) continue;
      if (!inEdge18(compat.support.edge)) {
        out.push([name]);
        continue;
      }
      if (!top) continue;
      for (const [member, sub] of Object.entries(node)) {
        if (member === '__compat' || !/^[A-Za-z_$][\w$]*$/.test(member)) continue;
        const c = (sub as Compat).__compat;
        // BCD names the static members of Web APIs `x_static` (CSS.escape is `escape_static`).
        if (c && !inEdge18(c.support.edge)) out.push([name, member.replace(/_static$/, '')]);
      }
    }
  };
  walk(bcd.javascript.builtins as unknown as Record<string, Compat>, true);
  walk(bcd.api as unknown as Record<string, Compat>, true);
  return out.filter((f) => !KEPT.has(f.join('.')));
}

/**
 * Runs in the page before any of its scripts (Playwright's addInitScript): deletes each
 * feature where it lives (a global, a static member, a prototype member up the chain of
 * the interface's prototype), and records what it took away.
 */
export function takeAway(features: string[][]): void {
  const removed: string[] = [];
  const g = globalThis as unknown as Record<string, unknown>;
  const drop = (owner: object, key: string): boolean => {
    if (!Object.prototype.hasOwnProperty.call(owner, key)) return false;
    try {
      return delete (owner as Record<string, unknown>)[key];
    } catch {
      return false;
    }
  };
  for (const [name, member] of features) {
    if (member === undefined) {
      if (drop(g, name)) removed.push(name);
      continue;
    }
    const ctor = g[name] as { prototype?: object } | undefined;
    if (!ctor || (typeof ctor !== 'function' && typeof ctor !== 'object')) continue;
    if (drop(ctor, member) || (ctor.prototype && drop(ctor.prototype, member))) removed.push(`${name}.${member}`);
  }
  // `globalThis` itself may be gone by now: the captured global.
  g.__takenAway = removed;
}
