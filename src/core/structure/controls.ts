/**
 * Content controls: the template wraps each part's content in a control tagged with the
 * part's tag (`case.background`), and a cover value in one tagged `case.title` etc.
 * A tagged control is exact evidence and wins over everything else.
 */
import type { Paragraph } from '../model/types';
import type { PartSpec } from '../profile/types';

export interface ControlRun {
  spec: PartSpec;
  /** First paragraph inside the control. */
  start: number;
  /** One past the last paragraph inside the control. */
  end: number;
}

/** Runs of consecutive paragraphs inside the same tagged control, in document order. */
export function controlRuns(paras: readonly Paragraph[], byTag: ReadonlyMap<string, PartSpec>): ControlRun[] {
  const runs: ControlRun[] = [];
  /** Open runs by tag: the control id they belong to and the run. */
  const open = new Map<string, { id?: string; run: ControlRun }>();
  for (let i = 0; i < paras.length; i++) {
    const seen = new Set<string>();
    for (const ctl of paras[i].controls) {
      if (!ctl.tag) continue;
      const spec = byTag.get(ctl.tag);
      if (!spec || seen.has(ctl.tag)) continue;
      seen.add(ctl.tag);
      const prev = open.get(ctl.tag);
      const sameControl = prev && prev.run.end === i && (prev.id === undefined || ctl.id === undefined || prev.id === ctl.id);
      if (prev && sameControl) {
        prev.run.end = i + 1;
      } else {
        const run = { spec, start: i, end: i + 1 };
        runs.push(run);
        open.set(ctl.tag, { id: ctl.id, run });
      }
    }
  }
  return runs;
}
