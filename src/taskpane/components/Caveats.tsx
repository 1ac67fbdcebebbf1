/**
 * What the live check cannot see in this Word (CaseDocument.caveats from the gateway), with
 * the way to the exact figures: a warning when the document is known to hold something the
 * live counts get wrong, one quiet line when this Word simply cannot tell.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ReadCaveat } from '../../core/model/types';
import { fill } from '../../ui/strings';
import type { PaneStrings } from '../strings';

const useStyles = makeStyles({
  quiet: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

/** The sentences for a set of caveats: warnings (something is there) and one line of what cannot be seen. */
export function caveatTexts(caveats: readonly ReadCaveat[], s: PaneStrings): { warnings: string[]; unseen?: string } {
  const warnings: string[] = [];
  const unseen: string[] = [];
  for (const c of caveats) {
    if (c.kind === 'deleted-text') {
      if (c.certainty === 'present') warnings.push(s.caveatDeletedPresent);
      else if (c.certainty === 'tracking') warnings.push(s.caveatTracking);
      else unseen.push(s.caveatUnseenDeleted);
    } else if (c.count !== undefined) {
      warnings.push(fill(s.caveatFloatingCount, { n: c.count }));
    } else {
      unseen.push(s.caveatUnseenFloating);
    }
  }
  return { warnings, unseen: unseen.length > 0 ? fill(s.caveatUnseen, { what: unseen.join(s.caveatJoin) }) : undefined };
}

export function Caveats({ caveats, onExact, strings }: { caveats: readonly ReadCaveat[]; onExact: () => void; strings: PaneStrings }) {
  const styles = useStyles();
  const { warnings, unseen } = caveatTexts(caveats, strings);
  return (
    <>
      {warnings.map((w) => (
        <MessageBar key={w} intent="warning" layout="multiline" data-testid="caveat">
          <MessageBarBody>{w}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={onExact}>
              {strings.exactCheck}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ))}
      {unseen ? (
        <Text className={styles.quiet} data-testid="caveat-unseen">
          {unseen}
        </Text>
      ) : null}
    </>
  );
}
