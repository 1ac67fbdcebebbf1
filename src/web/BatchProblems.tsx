/** The batch's own problems, above the table: quota, levels, resubmission, then unreadable files (folded). */
import * as React from 'react';
import { Button, Link, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { sortDiagnostics, type BatchDiagnostic, type BatchReport } from '../core/batch';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  files: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalXL },
});

/** Short titles by rule and message id. */
export const BATCH_TITLES: Record<string, string> = {
  'unit-quota/over': '超出限报数量',
  'unit-quota/unit-unknown': '未找到申报单位',
  'unit-levels/same-level': '同一单位案例层级相同',
  'unit-levels/level-unknown': '无法核对层级',
  'resubmission/similar': '与往年案例高度相似',
};

function Files({ d, onSelectFile }: { d: BatchDiagnostic; onSelectFile(f: string): void }) {
  const styles = useStyles();
  return (
    <ul className={styles.files}>
      {d.files.map((f) => (
        <li key={f}>
          <Link as="button" onClick={() => onSelectFile(f)}>
            {f}
          </Link>
        </li>
      ))}
    </ul>
  );
}

export function BatchProblems({ batch, onSelectFile }: { batch: BatchReport; onSelectFile(f: string): void }) {
  const styles = useStyles();
  const [showFormat, setShowFormat] = React.useState(false);
  const main = sortDiagnostics(batch.diagnostics.filter((d) => d.ruleId !== 'file-format'));
  const format = batch.diagnostics.filter((d) => d.ruleId === 'file-format');
  if (batch.diagnostics.length === 0) {
    return (
      <MessageBar intent="success" data-testid="batch-ok">
        <MessageBarBody>没有批次问题：各单位报送数量和层级符合要求{batch.summary.unreadable === 0 ? '，全部文件均可读取' : ''}。</MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <section className={styles.root} aria-label="批次问题" data-testid="batch-problems">
      {main.map((d, i) => (
        <MessageBar key={i} intent={d.severity === 'error' ? 'error' : d.severity === 'warning' ? 'warning' : 'info'} layout="multiline" data-rule={d.ruleId}>
          <MessageBarBody>
            <MessageBarTitle>{BATCH_TITLES[`${d.ruleId}/${d.messageId}`] ?? d.ruleId}</MessageBarTitle>
            {d.message}
            <Files d={d} onSelectFile={onSelectFile} />
          </MessageBarBody>
        </MessageBar>
      ))}
      {format.length > 0 ? (
        <MessageBar intent="error" layout="multiline" data-rule="file-format">
          <MessageBarBody>
            <MessageBarTitle>{format.length} 个文件无法作为 Word 文档（.docx）读取</MessageBarTitle>
            <Button appearance="transparent" size="small" onClick={() => setShowFormat(!showFormat)}>
              {showFormat ? '收起' : '查看原因'}
            </Button>
            {showFormat ? (
              <ul className={styles.files}>
                {format.map((d, i) => (
                  <li key={i}>{d.message}</li>
                ))}
              </ul>
            ) : null}
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </section>
  );
}
