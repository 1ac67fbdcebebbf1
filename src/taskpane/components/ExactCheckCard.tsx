/**
 * The result of 精确核对 (exact-check.ts): whether the exact figures agree with the live
 * ones, and every figure that does not, each as "live …, exact …", so that the author
 * knows which number counts. The full exact report can replace the live one until the
 * author goes back.
 */
import { Button, Card, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ReportDifference } from '../../core/compare';
import { fill } from '../../ui/strings';
import type { PaneStrings } from '../strings';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  stale: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

export type ExactState =
  | { status: 'running' }
  | { status: 'done'; differences: ReportDifference[]; stale: boolean; showing: boolean };

function words(n: number | undefined, s: PaneStrings): string {
  return n === undefined ? s.exactNotFound : fill(s.exactWords, { n });
}

/** One sentence per figure that differs (problems are listed apart). */
export function differenceText(d: Exclude<ReportDifference, { kind: 'diagnostic' }>, s: PaneStrings): string {
  switch (d.kind) {
    case 'part':
      return fill(s.exactPart, { label: d.label, live: words(d.live, s), exact: words(d.exact, s) });
    case 'total':
      return fill(s.exactTotal, { live: d.live, exact: d.exact });
    case 'pictures':
      return fill(s.exactPictures, { live: d.live, exact: d.exact });
    case 'captions':
      return fill(s.exactCaptions, { live: d.live, exact: d.exact });
  }
}

export interface ExactCheckCardProps {
  state: ExactState;
  onToggleReport: () => void;
  strings: PaneStrings;
}

export function ExactCheckCard({ state, onToggleReport, strings: s }: ExactCheckCardProps) {
  const styles = useStyles();
  if (state.status === 'running') {
    return (
      <Card className={styles.card} aria-label={s.exactTitle}>
        <Spinner size="tiny" label={s.exactRunning} />
      </Card>
    );
  }
  const figures = state.differences.filter((d): d is Exclude<ReportDifference, { kind: 'diagnostic' }> => d.kind !== 'diagnostic');
  const problems = state.differences.filter((d): d is Extract<ReportDifference, { kind: 'diagnostic' }> => d.kind === 'diagnostic');
  const onlyExact = problems.filter((d) => d.only === 'exact');
  const onlyLive = problems.filter((d) => d.only === 'live');
  return (
    <Card className={styles.card} aria-label={s.exactTitle} data-testid="exact-result">
      <h2 className={styles.heading}>{s.exactTitle}</h2>
      <Text className={styles.muted}>{s.exactIntro}</Text>
      {state.stale ? <Text className={styles.stale}>{s.exactStale}</Text> : null}
      {state.differences.length === 0 ? <Text>{s.exactSame}</Text> : null}
      {figures.length > 0 ? (
        <>
          <Text>{s.exactDiffers}</Text>
          <ul className={styles.list} data-testid="exact-figures">
            {figures.map((d, i) => (
              <li key={i}>
                <Text>{differenceText(d, s)}</Text>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <Problems title={s.exactOnlyExact} list={onlyExact} testId="exact-only" className={styles.list} />
      <Problems title={s.exactOnlyLive} list={onlyLive} testId="live-only" className={styles.list} />
      <div>
        <Button size="small" onClick={onToggleReport}>
          {state.showing ? s.exactHideReport : s.exactShowReport}
        </Button>
      </div>
    </Card>
  );
}

function Problems({ title, list, testId, className }: { title: string; list: Extract<ReportDifference, { kind: 'diagnostic' }>[]; testId: string; className: string }) {
  if (list.length === 0) return null;
  return (
    <div>
      <Text>{title}</Text>
      <ul className={className} data-testid={testId}>
        {list.map((d, i) => (
          <li key={i}>
            <Text>{d.diagnostic.message}</Text>
          </li>
        ))}
      </ul>
    </div>
  );
}
