/**
 * The evaluation (评审) on the page: the evaluation sheet for the cases that passed (one sheet
 * per expert named here), and the experts' filled sheets read back — in the worker, through
 * the capped reader — into the ranking with each expert's totals, the mean and a flag where
 * they disagree widely. The ranking can be downloaded as .xlsx.
 */
import * as React from 'react';
import {
  Badge,
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { Profile } from '../core/profile/types';
import { evaluationWorkbook, readScores, scoringSpec, type EvaluationCase, type Ranking } from '../core/review';
import { downloadEvaluation, downloadRanking } from './download';
import { DropZone } from './DropZone';
import type { NamedFile } from './protocol';
import type { CheckerClient } from './worker-client';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  title: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  grid: { display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: tokens.spacingHorizontalL, alignItems: 'start' },
  col: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  muted: { color: tokens.colorNeutralForeground3 },
  num: { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  table: { tableLayout: 'auto' },
});

const fmt = (n: number | null) => (n === null ? '—' : String(n));

export function EvaluationPanel({ client, profile, cases }: { client: CheckerClient; profile: Profile; cases: EvaluationCase[] }) {
  const styles = useStyles();
  const spec = React.useMemo(() => scoringSpec(profile), [profile]);
  const [experts, setExperts] = React.useState('');
  const [ranking, setRanking] = React.useState<Ranking>();
  const [problems, setProblems] = React.useState<string[]>([]);
  const [busy, setBusy] = React.useState(false);
  const [failure, setFailure] = React.useState<string>();
  if ('error' in spec) return <Text className={styles.muted}>{spec.error}</Text>;
  const names = experts.split(/[,，、;；\s]+/u).filter(Boolean);

  const read = async (files: NamedFile[]) => {
    setBusy(true);
    setFailure(undefined);
    try {
      const res = await client.request<'scores'>({ type: 'scores', files });
      const r = readScores(res.sheets, spec);
      setRanking(r);
      setProblems([...res.problems, ...r.problems]);
    } catch (e) {
      setFailure((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className={styles.root} aria-label="评审" data-testid="evaluation">
      <Text as="h2" className={styles.title}>
        评审
      </Text>
      <div className={styles.grid}>
        <div className={styles.col}>
          <Text>
            通过形式审查的案例 {cases.length} 项（审核结论为“通过”，或没有未处理的错误且没有其他结论）。评审表每位专家一张工作表，五项标准各 {spec.min}～{spec.max} 分，
            权重 {spec.criteria.map((c) => `${c.label} ${c.weight}%`).join('、')}，总分由公式计算。
          </Text>
          {spec.assumed ? <Text className={styles.muted}>{spec.assumed}</Text> : null}
          <Field label="评审专家（用逗号或顿号分隔；不填则生成一张通用评分表）">
            <Input value={experts} data-testid="experts" placeholder="张三、李四、王五" onChange={(_, d) => setExperts(d.value)} />
          </Field>
          <div>
            <Button
              appearance="primary"
              data-testid="download-evaluation"
              disabled={cases.length === 0}
              onClick={() => void downloadEvaluation(evaluationWorkbook(profile, spec, cases, names)).catch((e: Error) => setFailure(`无法生成评审表：${e.message}`))}
            >
              下载评审表（.xlsx{names.length ? `，${names.length} 位专家` : ''}）
            </Button>
          </div>
        </div>
        <DropZone testId="scores-drop" label="读取专家填好的评审表（.xlsx，可多选）" hint="重新按配置中的权重计算每位专家的总分，给出平均分、名次和分歧较大的案例" accept=".xlsx" disabled={busy} onFiles={(f) => void read(f)} />
      </div>
      {failure ? (
        <MessageBar intent="error">
          <MessageBarBody>{failure}</MessageBarBody>
        </MessageBar>
      ) : null}
      {problems.length ? (
        <MessageBar intent="warning" layout="multiline" data-testid="score-problems">
          <MessageBarBody>
            <MessageBarTitle>读取评分表时需要核对的地方</MessageBarTitle>
            <ul style={{ margin: 0, paddingLeft: '1.5em' }}>
              {problems.map((p, i) => (
                <li key={i}>{p}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {ranking ? (
        <>
          <div>
            <Button data-testid="download-ranking" onClick={() => void downloadRanking(ranking).catch((e: Error) => setFailure(`无法生成排名表：${e.message}`))}>
              下载排名（.xlsx）
            </Button>
          </div>
          <Table size="small" className={styles.table} aria-label="评审排名" data-testid="ranking">
            <TableHeader>
              <TableRow>
                <TableHeaderCell style={{ width: '3em' }}>名次</TableHeaderCell>
                <TableHeaderCell style={{ width: '3em' }}>编号</TableHeaderCell>
                <TableHeaderCell>申报单位</TableHeaderCell>
                <TableHeaderCell>案例名称</TableHeaderCell>
                {ranking.experts.map((e) => (
                  <TableHeaderCell key={e}>{e}</TableHeaderCell>
                ))}
                <TableHeaderCell>平均分</TableHeaderCell>
                <TableHeaderCell>分差</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {ranking.rows.map((r) => (
                <TableRow key={`${r.id}|${r.title}`} data-testid="ranking-row" data-disagree={r.disagree ? 'yes' : 'no'}>
                  <TableCell className={styles.num}>{r.rank ?? '—'}</TableCell>
                  <TableCell>{r.id}</TableCell>
                  <TableCell>{r.unit}</TableCell>
                  <TableCell>{r.title}</TableCell>
                  {r.experts.map((e) => (
                    <TableCell key={e.expert} className={styles.num}>
                      {fmt(e.total)}
                    </TableCell>
                  ))}
                  <TableCell className={styles.num}>{fmt(r.mean)}</TableCell>
                  <TableCell className={styles.num}>
                    {fmt(r.spread)}{' '}
                    {r.disagree ? (
                      <Badge color="danger" appearance="tint">
                        分歧较大
                      </Badge>
                    ) : !r.complete ? (
                      <Badge color="warning" appearance="tint">
                        评分不完整
                      </Badge>
                    ) : null}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      ) : null}
    </section>
  );
}
