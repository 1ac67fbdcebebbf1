/**
 * The batch's own problems, above the table: quota, levels, unit names, scans,
 * resubmission, then unreadable files (folded). Each title starts with the shared severity
 * word (错误 / 警告 / 提示); file names are shown below the folder all files share.
 */
import * as React from 'react';
import { Button, Link, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { commonFolder, sortDiagnostics, type BatchDiagnostic, type BatchReport } from '../core/batch';
import type { Severity } from '../core/report';
import { SEVERITY_WORDS } from '../core/severity';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  files: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalXL },
});

/** Short titles by rule and message id. */
export const BATCH_TITLES: Record<string, string> = {
  'unit-quota/over': '超出限报数量',
  'unit-quota/over-spellings': '超出限报数量',
  'unit-quota/unit-unknown': '未找到申报单位',
  'unit-levels/same-level': '同一单位案例层级相同',
  'unit-levels/level-unknown': '无法核对层级',
  'unit-name/similar': '可能是同一单位',
  'unit-name/similar-roster': '不在单位名单中',
  'unit-name/unlisted': '不在单位名单中',
  'unit-name/not-submitted': '未报送的单位',
  'scan-missing/unit': '缺少首页盖章扫描件',
  'scan-missing/case': '缺少首页盖章扫描件',
  'scan-missing/unpaired': '扫描件无法对应',
  'resubmission/similar': '与往年案例高度相似',
};

export const INTENT: Record<Severity, 'error' | 'warning' | 'info'> = { error: 'error', warning: 'warning', info: 'info' };

/** `警告 · 与往年案例高度相似`: the severity word first, as everywhere else. */
export function batchTitle(d: Pick<BatchDiagnostic, 'ruleId' | 'messageId' | 'severity'>): string {
  const title = BATCH_TITLES[`${d.ruleId}/${d.messageId}`] ?? (d.ruleId === 'file-format' ? '无法作为 Word 文档读取' : d.ruleId);
  return `${SEVERITY_WORDS['zh-CN'][d.severity]} · ${title}`;
}

function Files({ d, prefix, onSelectFile }: { d: BatchDiagnostic; prefix: string; onSelectFile(f: string): void }) {
  const styles = useStyles();
  if (d.files.length === 0) return null;
  return (
    <ul className={styles.files}>
      {d.files.map((f) => (
        <li key={f}>
          <Link as="button" onClick={() => onSelectFile(f)}>
            {f.startsWith(prefix) ? f.slice(prefix.length) : f}
          </Link>
        </li>
      ))}
    </ul>
  );
}

export function BatchProblems({ batch, onSelectFile }: { batch: BatchReport; onSelectFile(f: string): void }) {
  const styles = useStyles();
  const [showFormat, setShowFormat] = React.useState(false);
  const prefix = React.useMemo(() => commonFolder(batch.files.map((f) => f.file)), [batch]);
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
        <MessageBar key={i} intent={INTENT[d.severity]} layout="multiline" data-rule={d.ruleId} data-severity={d.severity}>
          <MessageBarBody>
            <MessageBarTitle>{batchTitle(d)}</MessageBarTitle>
            {d.message}
            <Files d={d} prefix={prefix} onSelectFile={onSelectFile} />
          </MessageBarBody>
        </MessageBar>
      ))}
      {format.length > 0 ? (
        <MessageBar intent="error" layout="multiline" data-rule="file-format" data-severity="error">
          <MessageBarBody>
            <MessageBarTitle>
              {SEVERITY_WORDS['zh-CN'].error} · {format.length} 个文件无法作为 Word 文档（.docx）读取
            </MessageBarTitle>
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
