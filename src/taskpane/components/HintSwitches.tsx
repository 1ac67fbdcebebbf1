/**
 * The style hints an author may switch off for this document (rules with `styleHint`:
 * listing-heavy, integration-weak), saved with the other settings in the document, so that
 * the CLI and the checker page leave them out too.
 */
import { Switch, Text, makeStyles, tokens } from '@fluentui/react-components';
import { hintName } from '../../core/messages';
import { fill } from '../../ui/strings';
import type { PaneLocale, PaneStrings } from '../strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  hint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

export interface HintSwitchesProps {
  hints: readonly string[];
  off: readonly string[];
  onChange(id: string, on: boolean): void;
  strings: PaneStrings;
  locale?: PaneLocale;
}

export function HintSwitches({ hints, off, onChange, strings: s, locale = 'zh-CN' }: HintSwitchesProps) {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-label={s.hintsTitle}>
      <h2 className={styles.title}>{s.hintsTitle}</h2>
      <Text className={styles.hint}>{s.hintsHint}</Text>
      {hints.map((id) => (
        <Switch
          key={id}
          checked={!off.includes(id)}
          onChange={(_, d) => onChange(id, d.checked)}
          label={fill(s.hintSwitch, { name: hintName(id, locale) })}
        />
      ))}
    </section>
  );
}
