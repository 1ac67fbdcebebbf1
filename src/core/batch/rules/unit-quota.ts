/**
 * unit-quota — “每个分党委(直属党总支)限报2项案例”.
 *
 * Files are grouped by their normalised unit (see normalizeUnit: width, spaces and stamp
 * notes only). A readable file whose unit cannot be found is reported on its own, never
 * guessed from the file name or the organisation: a guess could hide a breach. Unreadable
 * files are file-format's business and are left out here.
 */
import type { BatchRule } from '../types';
import { groupByUnit } from './group';

export const unitQuota: BatchRule = {
  id: 'unit-quota',
  meta: {
    severity: 'error',
    scope: 'batch',
    messageIds: ['over', 'unit-unknown'],
    clause: '每个分党委(直属党总支)限报2项案例',
    description: 'A unit submits more cases than the profile allows; a readable file names no unit.',
  },
  check(ctx, report) {
    const max = ctx.profile.batch.maxCasesPerUnit;
    for (const f of ctx.files) {
      if (f.ok && !f.unit) report({ messageId: 'unit-unknown', data: { file: f.file }, files: [f.file], severity: 'warning' });
    }
    for (const [unit, files] of groupByUnit(ctx.files)) {
      if (files.length > max) {
        report({
          messageId: 'over',
          data: { unit: files[0].unitRaw ?? unit, count: files.length, max },
          files: files.map((f) => f.file),
        });
      }
    }
  },
};
