/**
 * Diagnostics grouped by severity (errors, then warnings, then infos). Each item is a
 * button when the host can show the place (`onSelect`): the task pane selects it in
 * Word, the web page scrolls its preview. Buttons are native, so Tab / Enter / Space
 * work, and each has an accessible name that says severity, place and message.
 */
import * as React from 'react';
import { Badge, Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Diagnostic, Report, Severity } from '../core/report';
import { describeTarget, locateDiagnostic } from './describe';
import { uiStrings, type UiLocale } from './strings';

const ORDER: readonly Severity[] = ['error', 'warning', 'info'];
const BADGE_COLOR: Record<Severity, 'danger' | 'warning' | 'informative'> = {
  error: 'danger',
  warning: 'warning',
  info: 'informative',
};

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
  },
  groupHeading: {
    margin: 0,
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
  },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  item: {
    width: '100%',
    justifyContent: 'flex-start',
    textAlign: 'start',
    fontWeight: tokens.fontWeightRegular,
    height: 'auto',
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
  },
  plain: { display: 'block', padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}` },
  body: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS, flexGrow: 1, minWidth: 0 },
  row: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS, width: '100%' },
  locate: { flexShrink: 0, color: tokens.colorBrandForeground1, fontSize: tokens.fontSizeBase200, whiteSpace: 'nowrap' },
  where: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  error: { borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteRedBorder2}` },
  warning: { borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteDarkOrangeBorder2}` },
  info: { borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}` },
  empty: { color: tokens.colorNeutralForeground3 },
});

export interface DiagnosticListProps {
  report: Report;
  /** Called with the diagnostic when its item is activated; omit for a read-only list. */
  onSelect?: (diagnostic: Diagnostic) => void;
  locale?: UiLocale;
}

export function DiagnosticList({ report, onSelect, locale = 'zh-CN' }: DiagnosticListProps) {
  const styles = useStyles();
  const s = uiStrings(locale);
  const id = React.useId();
  const groups = ORDER.map((severity) => ({
    severity,
    items: report.diagnostics.filter((d) => d.severity === severity),
  })).filter((g) => g.items.length > 0);

  return (
    <section className={styles.root} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className={styles.heading}>
        {s.diagnosticsTitle}
      </h2>
      {groups.length === 0 ? <Text className={styles.empty}>{s.noDiagnostics}</Text> : null}
      {groups.map((g) => (
        <div key={g.severity} data-severity={g.severity}>
          <h3 id={`${id}-${g.severity}`} className={styles.groupHeading}>
            {s.severity[g.severity]}
            <Badge appearance="filled" color={BADGE_COLOR[g.severity]} aria-hidden>
              {g.items.length}
            </Badge>
          </h3>
          <ul className={styles.list} aria-labelledby={`${id}-${g.severity}`}>
            {g.items.map((d, i) => {
              const where = describeTarget(d.target, report, s);
              const selectable = onSelect !== undefined && locateDiagnostic(d, report) !== undefined;
              const content = (
                <span className={styles.body}>
                  <Text>{d.message}</Text>
                  <Text className={styles.where}>{where}</Text>
                </span>
              );
              const label = `${s.severity[g.severity]}：${d.message}（${where}）`;
              return (
                <li key={`${d.ruleId}-${i}`} className={styles[g.severity]} data-rule={d.ruleId}>
                  {selectable ? (
                    <Button
                      appearance="subtle"
                      className={styles.item}
                      aria-label={`${label}，${s.selectHint}`}
                      onClick={() => onSelect(d)}
                    >
                      <span className={styles.row}>
                        {content}
                        {/* Says, before any click, that the item takes the author to the place. */}
                        <span className={styles.locate} aria-hidden>
                          {s.locate} ›
                        </span>
                      </span>
                    </Button>
                  ) : (
                    <div className={styles.plain} aria-label={label} role="note">
                      {content}
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </section>
  );
}
