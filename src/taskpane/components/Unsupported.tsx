/**
 * Shown instead of the pane when it cannot run here: what happened, in plain Chinese, the
 * way on (the checker page on the same server needs no Word), and the details a helper asks
 * for. The same words as the page's inline start-up guard (startup-messages.json).
 */
import { Link, MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from '@fluentui/react-components';
import { STARTUP_MESSAGES, type StartupKind } from '../startup';

const useStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalM },
  line: { display: 'block', marginTop: tokens.spacingVerticalXS },
  detail: { display: 'block', marginTop: tokens.spacingVerticalXS, color: tokens.colorNeutralForeground3, wordBreak: 'break-all' },
});

export function Unsupported({ kind, detail }: { kind: StartupKind; detail?: string }) {
  const styles = useStyles();
  const m = STARTUP_MESSAGES.kinds[kind];
  return (
    <div className={styles.root}>
      <MessageBar intent="warning" layout="multiline" role="alert" data-kind={kind}>
        <MessageBarBody>
          <MessageBarTitle>{m.title}</MessageBarTitle>
          <span className={styles.line}>{m.body}</span>
          <span className={styles.line}>
            {STARTUP_MESSAGES.checker}{' '}
            <Link href="checker.html" target="_blank" rel="noopener">
              {STARTUP_MESSAGES.checkerLink}
            </Link>
          </span>
          {detail ? (
            <Text size={200} className={styles.detail}>
              {STARTUP_MESSAGES.detail}
              {detail}
            </Text>
          ) : null}
        </MessageBarBody>
      </MessageBar>
    </div>
  );
}
