/**
 * The reviewer's decisions on one case, in the detail drawer: the case's verdict (通过 /
 * 退回修改 / 不予受理, with a note) and, for every problem of the case (its own and the batch
 * problems that name it), 已核实 or 不采纳 (with the reason, which is required). Decisions are
 * kept in the browser at once and follow the case into a resubmitted file.
 */
import * as React from 'react';
import { Badge, Button, Field, Input, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { SEVERITY_WORDS } from '../core/severity';
import { CASE_VERDICT_WORDS, PROBLEM_VERDICT_WORDS, type CaseVerdict, type DecidedCase, type DecidedProblem, type ProblemVerdict } from '../core/review';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, padding: tokens.spacingVerticalS, border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  title: { fontWeight: tokens.fontWeightSemibold },
  verdicts: { display: 'flex', columnGap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
  list: { margin: 0, paddingLeft: 0, listStyle: 'none', display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  item: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS, paddingBottom: tokens.spacingVerticalXS, borderBottom: `1px solid ${tokens.colorNeutralStroke3}` },
  where: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  row: { display: 'flex', columnGap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  decided: { color: tokens.colorNeutralForeground2 },
  dismissed: { textDecorationLine: 'line-through', color: tokens.colorNeutralForeground3 },
});

const SEVERITY_COLOR = { error: 'danger', warning: 'warning', info: 'informative' } as const;

function ProblemItem({ p, onDecide }: { p: DecidedProblem; onDecide(verdict: ProblemVerdict | null, reason?: string): void }) {
  const styles = useStyles();
  const [asking, setAsking] = React.useState(false);
  const [reason, setReason] = React.useState('');
  const v = p.decision?.verdict;
  return (
    <li className={styles.item} data-testid="decision-problem" data-rule={p.ruleId} data-verdict={v ?? ''}>
      <div className={styles.row}>
        <Badge appearance="tint" color={SEVERITY_COLOR[p.severity]}>
          {SEVERITY_WORDS['zh-CN'][p.severity]}
        </Badge>
        <Text className={styles.where}>{p.where}</Text>
        {v ? (
          <Badge appearance="filled" color={v === 'confirmed' ? 'brand' : 'subtle'} data-testid="problem-verdict">
            {PROBLEM_VERDICT_WORDS[v]}
          </Badge>
        ) : null}
      </div>
      <Text className={v === 'dismissed' ? styles.dismissed : undefined}>{p.message}</Text>
      {v === 'dismissed' ? <Text className={styles.decided} data-testid="dismiss-reason">不采纳的理由：{p.decision?.reason}</Text> : null}
      {asking ? (
        <div className={styles.row}>
          <Input
            data-testid="reason-input"
            placeholder="不采纳的理由（必填，会写入审核记录）"
            value={reason}
            style={{ flexGrow: 1 }}
            onChange={(_, d) => setReason(d.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && reason.trim()) {
                onDecide('dismissed', reason);
                setAsking(false);
              }
            }}
          />
          <Button
            size="small"
            appearance="primary"
            data-testid="reason-save"
            disabled={!reason.trim()}
            onClick={() => {
              onDecide('dismissed', reason);
              setAsking(false);
            }}
          >
            确定不采纳
          </Button>
          <Button size="small" appearance="subtle" onClick={() => setAsking(false)}>
            取消
          </Button>
        </div>
      ) : (
        <div className={styles.row}>
          <Button size="small" data-testid="confirm" disabled={v === 'confirmed'} onClick={() => onDecide('confirmed')}>
            已核实
          </Button>
          <Button
            size="small"
            data-testid="dismiss"
            onClick={() => {
              setReason(p.decision?.reason ?? '');
              setAsking(true);
            }}
          >
            不采纳…
          </Button>
          {v ? (
            <Button size="small" appearance="subtle" data-testid="undo" onClick={() => onDecide(null)}>
              撤销
            </Button>
          ) : null}
        </div>
      )}
    </li>
  );
}

export function ReviewDecisions({
  reviewCase,
  problems,
  onCase,
  onProblem,
}: {
  reviewCase?: DecidedCase;
  problems: DecidedProblem[];
  onCase(verdict: CaseVerdict | null, note?: string): void;
  onProblem(p: DecidedProblem, verdict: ProblemVerdict | null, reason?: string): void;
}) {
  const styles = useStyles();
  const current = reviewCase?.decision?.verdict ?? null;
  const [note, setNote] = React.useState(reviewCase?.decision?.note ?? '');
  React.useEffect(() => setNote(reviewCase?.decision?.note ?? ''), [reviewCase?.key, reviewCase?.decision?.note]);
  return (
    <section className={styles.root} aria-label="审核" data-testid="review-decisions">
      {reviewCase ? (
        <>
          <Text className={styles.title}>审核结论</Text>
          <div className={styles.verdicts} data-testid="case-verdict" data-verdict={current ?? ''}>
            {(Object.keys(CASE_VERDICT_WORDS) as CaseVerdict[]).map((v) => (
              <Button key={v} size="small" appearance={current === v ? 'primary' : 'secondary'} data-testid={`verdict-${v}`} aria-pressed={current === v} onClick={() => onCase(current === v ? null : v, note)}>
                {CASE_VERDICT_WORDS[v]}
              </Button>
            ))}
          </div>
          <Field label="说明（写入反馈单）">
            <Textarea data-testid="verdict-note" value={note} resize="vertical" onChange={(_, d) => setNote(d.value)} onBlur={() => current && note !== (reviewCase.decision?.note ?? '') && onCase(current, note)} />
          </Field>
        </>
      ) : null}
      <Text className={styles.title}>问题（{problems.length}）：逐条核实或不采纳</Text>
      {problems.length ? (
        <ul className={styles.list}>
          {problems.map((p) => (
            <ProblemItem key={p.key} p={p} onDecide={(v, reason) => onProblem(p, v, reason)} />
          ))}
        </ul>
      ) : (
        <Text className={styles.decided}>没有问题。</Text>
      )}
    </section>
  );
}
