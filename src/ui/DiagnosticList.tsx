/**
 * Diagnostics grouped by severity (errors, then warnings, then infos). Each item is a
 * button when the host can show the place (`onSelect`): the task pane selects it in
 * Word, the web page scrolls its preview. Buttons are native, so Tab / Enter / Space
 * work, and each has an accessible name that says severity, place and message.
 *
 * Below the groups: the warnings and hints the author dismissed in the document (已忽略
 * N 项, folded; the pane can bring them back, `onRestore`) and the style hints switched
 * off. An over-long body's item offers 如何删减 (how much each section must lose), in
 * every front end. The pane adds its own actions under an item (`actions`: 忽略此处,
 * 插入此部分…) and marks the problem 上一个 / 下一个 reached (`currentKey`).
 */
import * as React from 'react';
import { Badge, Button, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Diagnostic, Report, Severity } from '../core/report';
import { bodyCutPlan } from '../core/fixes';
import { hintName } from '../core/messages';
import { describeTarget, diagnosticKey, locateDiagnostic } from './describe';
import { fill, uiStrings, type UiLocale, type UiStrings } from './strings';

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
  current: { backgroundColor: tokens.colorBrandBackground2, outline: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke1}` },
  extras: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    paddingLeft: tokens.spacingHorizontalM,
    paddingBottom: tokens.spacingVerticalXS,
  },
  cut: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  note: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  empty: { color: tokens.colorNeutralForeground3 },
  dismissed: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  dismissedHead: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  dismissedItem: {
    display: 'flex',
    alignItems: 'flex-start',
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    color: tokens.colorNeutralForeground3,
  },
});

export interface DiagnosticListProps {
  report: Report;
  /** Called with the diagnostic when its item is activated; omit for a read-only list. */
  onSelect?: (diagnostic: Diagnostic) => void;
  locale?: UiLocale;
  /** The host's own actions under an item (the pane: 忽略此处, 插入此部分, …). */
  actions?: (diagnostic: Diagnostic) => React.ReactNode;
  /** The problem 上一个 / 下一个 reached (diagnosticKey): marked and scrolled into view. */
  currentKey?: string;
  /** Brings dismissed problems back (their fingerprints; all of them when omitted). The pane only. */
  onRestore?: (fingerprints?: string[]) => void;
}

/** 如何删减 under an over-long body's item: the sections' shares of the cut, on request. */
function CutPlanToggle({ report, d, s }: { report: Report; d: Diagnostic; s: UiStrings }) {
  const styles = useStyles();
  const [open, setOpen] = React.useState(false);
  const plan = bodyCutPlan(report, d);
  if (!plan) return null;
  const unit = s.unit[report.metric] ?? s.unit.words;
  return (
    <>
      <Button size="small" appearance="transparent" aria-expanded={open} onClick={() => setOpen(!open)}>
        {s.cutPlan}
      </Button>
      {open ? (
        <div data-testid="cut-plan" style={{ flexBasis: '100%' }}>
          <Text className={styles.note}>{fill(s.cutPlanIntro, { actual: plan.actual, over: plan.over, unit })}</Text>
          <ul className={styles.cut}>
            {plan.rows.map((r) => (
              <li key={r.key}>{fill(s.cutRow, { label: r.label, cut: r.cut, length: r.length, unit })}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </>
  );
}

function Dismissed({ report, onRestore, s }: { report: Report; onRestore?: (fingerprints?: string[]) => void; s: UiStrings }) {
  const styles = useStyles();
  const [open, setOpen] = React.useState(false);
  const items = report.dismissed ?? [];
  if (items.length === 0) return null;
  return (
    <div className={styles.dismissed} data-testid="dismissed">
      <div className={styles.dismissedHead}>
        <Text weight="semibold">{fill(s.dismissedTitle, { n: items.length })}</Text>
        <Button size="small" appearance="transparent" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? s.hide : s.show}
        </Button>
        {onRestore ? (
          <Button size="small" appearance="transparent" onClick={() => onRestore()}>
            {s.restoreAll}
          </Button>
        ) : null}
      </div>
      {open ? (
        <>
          <Text className={styles.note}>{s.dismissedNote}</Text>
          <ul className={styles.list}>
            {items.map((d) => (
              <li key={diagnosticKey(d)} className={styles.dismissedItem} data-rule={d.ruleId}>
                <span className={styles.body}>
                  <Text>
                    {s.severity[d.severity]}
                    {s.colon}
                    {d.message}
                  </Text>
                  <Text className={styles.where}>{describeTarget(d.target, report, s)}</Text>
                </span>
                {onRestore && d.fingerprint ? (
                  <Button size="small" onClick={() => onRestore([d.fingerprint!])} aria-label={`${s.restore}${s.colon}${d.message}`}>
                    {s.restore}
                  </Button>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

export function DiagnosticList({ report, onSelect, locale = 'zh-CN', actions, currentKey, onRestore }: DiagnosticListProps) {
  const styles = useStyles();
  const s = uiStrings(locale);
  const id = React.useId();
  const listRef = React.useRef<HTMLElement>(null);
  const groups = ORDER.map((severity) => ({
    severity,
    items: report.diagnostics.filter((d) => d.severity === severity),
  })).filter((g) => g.items.length > 0);

  // The current problem scrolls into view (上一个 / 下一个 move through the document, not the list).
  React.useEffect(() => {
    if (!currentKey) return;
    const el = listRef.current?.querySelector('[data-current="true"]');
    if (el && typeof (el as HTMLElement).scrollIntoView === 'function') (el as HTMLElement).scrollIntoView({ block: 'nearest' });
  }, [currentKey]);

  const hintsOff = report.hintsOff ?? [];
  return (
    <section className={styles.root} aria-labelledby={`${id}-title`} ref={listRef}>
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
              const key = diagnosticKey(d);
              const current = currentKey !== undefined && key === currentKey;
              const content = (
                <span className={styles.body}>
                  <Text>{d.message}</Text>
                  <Text className={styles.where}>{where}</Text>
                </span>
              );
              const label = `${s.severity[g.severity]}${s.colon}${d.message}${fill(s.aside, { x: where })}`;
              const own = actions?.(d);
              const cut = d.ruleId === 'body-length' ? <CutPlanToggle report={report} d={d} s={s} /> : null;
              return (
                <li
                  key={`${key}-${i}`}
                  className={mergeClasses(styles[g.severity], current && styles.current)}
                  data-rule={d.ruleId}
                  data-current={current ? 'true' : undefined}
                  aria-current={current ? 'true' : undefined}
                >
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
                  {own || cut ? (
                    <div className={styles.extras}>
                      {own}
                      {cut}
                    </div>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </div>
      ))}
      <Dismissed report={report} onRestore={onRestore} s={s} />
      {hintsOff.length > 0 ? (
        <Text className={styles.note} data-testid="hints-off">
          {fill(s.hintsOff, { names: hintsOff.map((h) => fill(s.hintQuote, { name: hintName(h, locale) })).join(s.hintJoin) })}
        </Text>
      ) : null}
    </section>
  );
}
