/** Shown instead of the pane when the host cannot run it: says plainly what is needed. */
import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { paneStrings } from '../strings';

const useStyles = makeStyles({ root: { padding: tokens.spacingHorizontalM } });

export function Unsupported({ reason }: { reason: string }) {
  const styles = useStyles();
  const s = paneStrings();
  return (
    <div className={styles.root}>
      <MessageBar intent="warning" layout="multiline" role="alert">
        <MessageBarBody>
          <MessageBarTitle>{s.unsupportedTitle}</MessageBarTitle>
          {reason}
        </MessageBarBody>
      </MessageBar>
    </div>
  );
}
