/**
 * 上一个 / 下一个: the problems of the shown report one by one, in document order, each
 * selected in Word (the ones without a place, such as a missing part, are marked in the
 * list). 「第 3 / 7 项」 says where the author is. Alt+↑ / Alt+↓ do the same while the pane
 * has the focus (the keys are announced with aria-keyshortcuts).
 */
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { fill } from '../../ui/strings';
import type { PaneStrings } from '../strings';

const useStyles = makeStyles({
  root: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  position: { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  keys: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, whiteSpace: 'nowrap' },
});

export interface ProblemNavigatorProps {
  /** 1-based position of the current problem, or 0 when none is current. */
  index: number;
  total: number;
  onPrev(): void;
  onNext(): void;
  strings: PaneStrings;
}

export function ProblemNavigator({ index, total, onPrev, onNext, strings: s }: ProblemNavigatorProps) {
  const styles = useStyles();
  const position = total === 0 ? s.navNone : index > 0 ? fill(s.navPosition, { i: index, n: total }) : fill(s.navTotal, { n: total });
  return (
    <div className={styles.root} role="group" aria-label={s.navLabel}>
      <Button size="small" onClick={onPrev} disabled={total === 0} aria-keyshortcuts="Alt+ArrowUp">
        {s.navPrev}
      </Button>
      <Button size="small" onClick={onNext} disabled={total === 0} aria-keyshortcuts="Alt+ArrowDown">
        {s.navNext}
      </Button>
      <Text className={styles.position} aria-live="polite" data-testid="nav-position">
        {position}
      </Text>
      <Text className={styles.keys} aria-hidden>
        {s.navKeys}
      </Text>
    </div>
  );
}
