import type { BatchRule } from '../types';
import { fileFormat } from './file-format';
import { resubmission } from './resubmission';
import { scanMissing } from './scan-missing';
import { unitLevels } from './unit-levels';
import { unitName } from './unit-name';
import { unitQuota } from './unit-quota';

/** Every batch rule of RULES.md (and of this project's additions: unit-name, scan-missing), in the order their diagnostics are listed. */
export const BATCH_RULES: readonly BatchRule[] = [fileFormat, unitQuota, unitLevels, unitName, scanMissing, resubmission];

export { fileFormat, fileFormatReason } from './file-format';
export { resubmission } from './resubmission';
export { scanMissing } from './scan-missing';
export { unitLevels } from './unit-levels';
export { unitName } from './unit-name';
export { unitQuota } from './unit-quota';
