/**
 * The review record on the page: how many decisions there are, the review file's export and
 * import (the same .json the CLI reads and writes with --review), and the decisions whose
 * problem no longer occurs (resolved: the unit corrected it).
 */
import * as React from 'react';
import { Button, Link, MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from '@fluentui/react-components';
import { CASE_VERDICT_WORDS, PROBLEM_VERDICT_WORDS, type ReviewState } from '../core/review';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  bar: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalXL },
  muted: { color: tokens.colorNeutralForeground3 },
});

export function ReviewBar({
  state,
  persistent,
  message,
  storeError,
  onExport,
  onImport,
}: {
  state: ReviewState;
  persistent: boolean;
  message?: { ok: boolean; text: string };
  storeError?: string;
  onExport(): void;
  onImport(file: File): void;
}) {
  const styles = useStyles();
  const input = React.useRef<HTMLInputElement>(null);
  const [showResolved, setShowResolved] = React.useState(false);
  const p = { confirmed: 0, dismissed: 0 };
  for (const x of state.problems) if (x.decision?.verdict) p[x.decision.verdict]++;
  const c = { pass: 0, revise: 0, reject: 0 };
  for (const x of state.cases) if (x.decision?.verdict) c[x.decision.verdict]++;
  const elsewhere = state.elsewhere.problems.length + state.elsewhere.cases.length;
  return (
    <section className={styles.root} aria-label="审核记录" data-testid="review-bar">
      <div className={styles.bar}>
        <Text data-testid="review-counts">
          审核意见：{PROBLEM_VERDICT_WORDS.confirmed} {p.confirmed} 条，{PROBLEM_VERDICT_WORDS.dismissed} {p.dismissed} 条；案例结论：
          {(Object.keys(c) as (keyof typeof c)[]).map((v) => `${CASE_VERDICT_WORDS[v]} ${c[v]} 项`).join('，')}
          {state.resolved.length ? `；已解决 ${state.resolved.length} 条` : ''}
          {elsewhere ? `；另有 ${elsewhere} 条涉及本次未检查的案例` : ''}
        </Text>
        <Button data-testid="review-export" onClick={onExport}>
          导出审核记录（.json）
        </Button>
        <Button data-testid="review-import" onClick={() => input.current?.click()}>
          导入审核记录
        </Button>
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          hidden
          data-testid="review-import-input"
          onChange={(e) => {
            const f = e.currentTarget.files?.[0];
            if (f) onImport(f);
            e.currentTarget.value = '';
          }}
        />
        <Text className={styles.muted}>{persistent ? '审核意见自动保存在本机浏览器中。' : '此浏览器无法保存数据：请在关闭页面前导出审核记录。'}</Text>
      </div>
      {message ? (
        <MessageBar intent={message.ok ? 'success' : 'error'} data-testid="review-import-message">
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      ) : null}
      {storeError ? (
        <MessageBar intent="warning">
          <MessageBarBody>{storeError}</MessageBarBody>
        </MessageBar>
      ) : null}
      {state.resolved.length ? (
        <MessageBar intent="success" layout="multiline" data-testid="resolved">
          <MessageBarBody>
            <MessageBarTitle>已解决：{state.resolved.length} 条审核意见所指的问题在本次检查中已不存在</MessageBarTitle>
            <Link as="button" onClick={() => setShowResolved(!showResolved)}>
              {showResolved ? '收起' : '查看'}
            </Link>
            {showResolved ? (
              <ul className={styles.list} data-testid="resolved-list">
                {state.resolved.map((e, i) => (
                  <li key={i}>
                    {e.verdict ? PROBLEM_VERDICT_WORDS[e.verdict] : ''}
                    {e.reason ? `（${e.reason}）` : ''}：{e.title ? `《${e.title}》` : (e.unit ?? '')}
                    {e.where ? ` · ${e.where}` : ''}：{e.message}
                  </li>
                ))}
              </ul>
            ) : null}
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </section>
  );
}
