/**
 * A one-line progress bar on standard error, drawn only when stderr is a terminal (so
 * pipes and logs stay clean). Redrawn at most every 100 ms.
 */
import { printableName } from '../../core/limits';
import { displayWidth, truncate } from '../render/terminal';

export interface ProgressSink {
  update(done: number, total: number, current: string): void;
  done(): void;
}

export const NO_PROGRESS: ProgressSink = { update() {}, done() {} };

export function terminalProgress(stream: { write(s: string): unknown; columns?: number }): ProgressSink {
  let last = 0;
  let drawn = false;
  const width = () => Math.max(40, (stream.columns ?? 80) - 1);
  return {
    update(done, total, current) {
      const now = Date.now();
      if (done < total && now - last < 100) return;
      last = now;
      const barWidth = 24;
      const filled = total === 0 ? barWidth : Math.round((done / total) * barWidth);
      const head = `[${'█'.repeat(filled)}${'░'.repeat(barWidth - filled)}] ${done}/${total} `;
      const line = head + truncate(printableName(current), Math.max(10, width() - displayWidth(head)));
      stream.write(`\r\u001b[2K${line}`);
      drawn = true;
    },
    done() {
      if (drawn) stream.write('\r\u001b[2K');
      drawn = false;
    },
  };
}
