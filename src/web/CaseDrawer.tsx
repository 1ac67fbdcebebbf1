/**
 * One file in detail: what it is (case, stamped scan, ignored file), its unit as the batch
 * counts it and as its cover spells it, its contact and its scans, its batch problems
 * (each titled with the shared severity word), then the shared report view (parts with
 * counts, each diagnostic).
 */
import {
  Button,
  DrawerBody,
  DrawerHeader,
  DrawerHeaderTitle,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  OverlayDrawer,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { BatchFileResult, BatchReport } from '../core/batch';
import { baseName, categoryLabel, TABLE_LABELS } from '../core/batch';
import type { Profile } from '../core/profile/types';
import type { CaseVerdict, DecidedCase, DecidedProblem, ProblemVerdict, ReviewState } from '../core/review';
import { ReportView } from '../ui';
import { batchTitle, INTENT } from './BatchProblems';
import { ReviewDecisions } from './ReviewDecisions';

const useStyles = makeStyles({
  body: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, paddingBottom: tokens.spacingVerticalXL },
  meta: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere', display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
});

const L = TABLE_LABELS['zh-CN'];

function Meta({ file, batch, profile }: { file: BatchFileResult; batch?: BatchReport; profile: Profile }) {
  const styles = useStyles();
  const report = file.report;
  const cover = (id: 'contact' | 'phone') => (report?.parts[id]?.found ? report.parts[id]?.value?.trim() : undefined);
  const lines: string[] = [`文件：${file.file}`];
  if (file.unit) lines.push(`申报单位：${file.unit}${file.unitWritten ? `（封面写作“${file.unitWritten}”）` : ''}`);
  if (file.kind === 'case' && file.category) lines.push(`类别：${categoryLabel(file.category, profile)}`);
  if (file.kind === 'scan') {
    lines.push(`类别：${L['kind.scan']}`);
    const forCase = file.scanOf?.file ? batch?.files.find((f) => f.file === file.scanOf?.file) : undefined;
    lines.push(forCase ? `对应案例：${forCase.title || baseName(forCase.file)}（${baseName(forCase.file)}）` : file.scanOf?.unit ? '对应整个申报单位' : L['scan.none']);
  }
  if (file.kind === 'ignored') lines.push(L[`ignored.${file.ignored ?? 'lock-file'}`]);
  const contact = [cover('contact'), cover('phone')].filter(Boolean).join('，');
  if (contact) lines.push(`联系人：${contact}`);
  if (file.kind === 'case' && file.ok) lines.push(`首页盖章扫描件：${file.scans?.length ? file.scans.map(baseName).join('、') : '未找到'}`);
  return (
    <div className={styles.meta} data-testid="drawer-meta">
      {lines.map((l, i) => (
        <Text key={i}>{l}</Text>
      ))}
    </div>
  );
}

export interface DrawerReview {
  review?: ReviewState;
  onCase?(c: DecidedCase, verdict: CaseVerdict | null, note?: string): void;
  onProblem?(p: DecidedProblem, verdict: ProblemVerdict | null, reason?: string): void;
}

export function CaseDrawer({ file, batch, profile, onClose, review, onCase, onProblem }: { file?: BatchFileResult; batch?: BatchReport; profile: Profile; onClose(): void } & DrawerReview) {
  const styles = useStyles();
  const batchDiags = file && batch ? batch.diagnostics.filter((d) => d.files.includes(file.file)) : [];
  const reviewCase = file && review ? review.cases.find((c) => c.file === file.file) : undefined;
  const reviewProblems = file && review ? review.problems.filter((p) => p.files.includes(file.file)) : [];
  return (
    <OverlayDrawer open={Boolean(file)} position="end" size="large" onOpenChange={(_, d) => !d.open && onClose()} data-testid="case-drawer">
      <DrawerHeader>
        <DrawerHeaderTitle
          action={
            <Button appearance="subtle" aria-label="关闭" onClick={onClose}>
              关闭
            </Button>
          }
        >
          {file?.kind === 'case' ? file?.title || file?.file : file ? baseName(file.file) : ''}
        </DrawerHeaderTitle>
      </DrawerHeader>
      <DrawerBody>
        {file ? (
          <div className={styles.body}>
            <Meta file={file} batch={batch} profile={profile} />
            {review && onCase && onProblem && (reviewCase || reviewProblems.length) ? (
              <ReviewDecisions reviewCase={reviewCase} problems={reviewProblems} onCase={(v, note) => reviewCase && onCase(reviewCase, v, note)} onProblem={onProblem} />
            ) : null}
            {batchDiags.map((d, i) => (
              <MessageBar key={i} intent={INTENT[d.severity]} layout="multiline" data-severity={d.severity}>
                <MessageBarBody>
                  <MessageBarTitle>{batchTitle(d)}</MessageBarTitle>
                  {d.message}
                </MessageBarBody>
              </MessageBar>
            ))}
            {file.report ? <ReportView report={file.report} captionMax={profile.pictures.caption.value} captionKind={profile.pictures.caption.kind} /> : null}
            {file.warnings?.length ? <Text className={styles.meta}>读取时注意：{file.warnings.join('；')}</Text> : null}
          </div>
        ) : null}
      </DrawerBody>
    </OverlayDrawer>
  );
}
