import type { BatchRule } from '../types';
import { fileFormat } from './file-format';
import { resubmission } from './resubmission';
import { unitLevels } from './unit-levels';
import { unitQuota } from './unit-quota';

/** Every batch rule of RULES.md, in the order their diagnostics are listed. */
export const BATCH_RULES: readonly BatchRule[] = [fileFormat, unitQuota, unitLevels, resubmission];

export { fileFormat, fileFormatReason } from './file-format';
export { resubmission } from './resubmission';
export { unitLevels } from './unit-levels';
export { unitQuota } from './unit-quota';
