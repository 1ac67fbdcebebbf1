/**
 * A whole report: a one-line summary, the parts overview and the diagnostics. The live
 * region announces the summary line to screen readers when a re-check changes it; the
 * line names the problems the author dismissed too (已忽略 N 项), which it does not count.
 */
import { Divider, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Diagnostic, Report } from '../core/report';
import type { PartId } from '../core/profile/types';
import { DiagnosticList, type DiagnosticListProps } from './DiagnosticList';
import { PartsOverview } from './PartsOverview';
import { fill, uiStrings, type UiLocale } from './strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  summary: { color: tokens.colorNeutralForeground2 },
});

export interface ReportViewProps {
  report: Report;
  onSelectDiagnostic?: (diagnostic: Diagnostic) => void;
  /** profile.pictures.caption (value and kind), to draw caption bars. */
  captionMax?: number;
  captionKind?: 'max' | 'around';
  /** Ids of required parts (profile.parts with `required`): absent optional cover fields are shown as optional. */
  requiredParts?: readonly PartId[];
  locale?: UiLocale;
  /** Passed to the diagnostics list (the pane's own actions, its current problem, bringing dismissals back). */
  actions?: DiagnosticListProps['actions'];
  currentKey?: string;
  onRestore?: DiagnosticListProps['onRestore'];
}

export function ReportView({ report, onSelectDiagnostic, captionMax, captionKind, requiredParts, locale = 'zh-CN', actions, currentKey, onRestore }: ReportViewProps) {
  const styles = useStyles();
  const s = uiStrings(locale);
  const dismissed = report.dismissed?.length ?? 0;
  const line =
    fill(s.summaryLine, {
      errors: report.summary.errors,
      warnings: report.summary.warnings,
      infos: report.summary.infos,
    }) + (dismissed > 0 ? fill(s.summaryDismissed, { n: dismissed }) : '');
  return (
    <div className={styles.root}>
      <Text className={styles.summary} role="status" aria-live="polite">
        {line}
      </Text>
      <DiagnosticList report={report} onSelect={onSelectDiagnostic} locale={locale} actions={actions} currentKey={currentKey} onRestore={onRestore} />
      <Divider />
      <PartsOverview report={report} captionMax={captionMax} captionKind={captionKind} requiredParts={requiredParts} locale={locale} />
    </div>
  );
}
