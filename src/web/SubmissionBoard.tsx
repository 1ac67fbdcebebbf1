/**
 * The submission board (报送情况), above the review table: one line per 分党委 (直属党总支)
 * with its cases, their levels, its scans, its open errors and warnings and the reviewer's
 * verdicts; the units that sent nothing are lines too. Each line downloads that unit's
 * feedback letter (.docx); one button downloads all of them as a .zip. The deadline and the
 * contact line of the letters start from the profile and can be changed here.
 */
import * as React from 'react';
import {
  Badge,
  Button,
  Field,
  Input,
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
import { SEVERITY_WORDS } from '../core/severity';
import { boardSummary, BOARD_LABELS, CASE_VERDICT_WORDS, scanWord, type Board, type BoardRow, type CaseVerdict, type Letter } from '../core/review';

const W = SEVERITY_WORDS['zh-CN'];

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  head: { display: 'flex', alignItems: 'end', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalS, flexWrap: 'wrap' },
  table: { tableLayout: 'auto' },
  contact: { minWidth: '22em' },
  title: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3 },
  num: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  unit: { whiteSpace: 'nowrap' },
  levels: { minWidth: '10em', color: tokens.colorNeutralForeground2 },
  none: { color: tokens.colorNeutralForeground3 },
  nowrap: { whiteSpace: 'nowrap' },
  notes: { minWidth: '14em' },
});

export interface LetterSettings {
  deadline: string;
  contact: string;
}

/** Notes the badge already says. */
const PLAIN = new Set(['符合要求', '未报送', '有错误需要修改', '有警告待核实']);

function StatusBadge({ r }: { r: BoardRow }) {
  if (r.status === 'none') return <Badge appearance="tint" color="subtle">未报送</Badge>;
  if (r.status === 'over') return <Badge appearance="filled" color="danger">超出限报</Badge>;
  if (r.status === 'problems') return <Badge appearance="tint" color="danger">需修改</Badge>;
  return r.warnings ? <Badge appearance="tint" color="warning">待核实</Badge> : <Badge appearance="tint" color="success">符合要求</Badge>;
}

function Verdicts({ r }: { r: BoardRow }) {
  const list = (Object.keys(CASE_VERDICT_WORDS) as CaseVerdict[]).filter((v) => r.verdicts[v]);
  if (!list.length) return <>—</>;
  return (
    <>
      {list.map((v) => (
        <Badge key={v} appearance="outline" color={v === 'pass' ? 'success' : v === 'revise' ? 'warning' : 'danger'} style={{ marginRight: 4 }}>
          {CASE_VERDICT_WORDS[v]} {r.verdicts[v]}
        </Badge>
      ))}
    </>
  );
}

export function SubmissionBoard({
  board,
  letters,
  settings,
  onSettings,
  onLetter,
  onAllLetters,
}: {
  board: Board;
  letters: readonly Letter[];
  settings: LetterSettings;
  onSettings(s: LetterSettings): void;
  onLetter(l: Letter): void;
  onAllLetters(): void;
}) {
  const styles = useStyles();
  const letterOf = new Map(letters.map((l) => [l.unitKey, l]));
  return (
    <section className={styles.root} aria-label="报送情况" data-testid="board">
      <div className={styles.head}>
        <div style={{ flexBasis: '100%' }}>
          <Text as="h2" className={styles.title} block>
            报送情况
          </Text>
          <Text className={styles.muted} data-testid="board-summary">
            {boardSummary(board)}
          </Text>
        </div>
        <Field label="反馈单：重新报送截止日期">
          <Input type="date" value={settings.deadline} data-testid="letter-deadline" onChange={(_, d) => onSettings({ ...settings, deadline: d.value })} />
        </Field>
        <Field label="反馈单中的联系方式" className={styles.contact}>
          <Input value={settings.contact} data-testid="letter-contact" onChange={(_, d) => onSettings({ ...settings, contact: d.value })} />
        </Field>
        <Button appearance="primary" data-testid="letters-zip" disabled={letters.length === 0} onClick={onAllLetters}>
          下载全部反馈单（.zip，{letters.length} 份）
        </Button>
      </div>
      <Table size="small" className={styles.table} aria-label="每个申报单位一行">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{BOARD_LABELS.unit}</TableHeaderCell>
            <TableHeaderCell className={styles.nowrap}>{BOARD_LABELS.cases}</TableHeaderCell>
            <TableHeaderCell>{BOARD_LABELS.levels}</TableHeaderCell>
            <TableHeaderCell className={styles.nowrap}>{BOARD_LABELS.scan}</TableHeaderCell>
            <TableHeaderCell style={{ width: '3em' }}>{W.error}</TableHeaderCell>
            <TableHeaderCell style={{ width: '3em' }}>{W.warning}</TableHeaderCell>
            <TableHeaderCell className={styles.nowrap}>{BOARD_LABELS.verdicts}</TableHeaderCell>
            <TableHeaderCell>{BOARD_LABELS.status}</TableHeaderCell>
            <TableHeaderCell>反馈单</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {board.rows.map((r) => {
            const letter = letterOf.get(r.unitKey);
            return (
              <TableRow key={r.unitKey || 'none'} data-testid="board-row" data-unit={r.unit} data-status={r.status} className={r.status === 'none' ? styles.none : undefined}>
                <TableCell className={styles.unit}>{r.unit}</TableCell>
                <TableCell className={styles.num}>
                  {r.cases}
                  {r.unreadable ? <Text className={styles.muted}>（另有 {r.unreadable} 个无法读取）</Text> : null}
                </TableCell>
                <TableCell className={styles.levels}>{r.levels.join('、') || '—'}</TableCell>
                <TableCell className={styles.nowrap}>{r.scan === 'none' || r.scan === 'some' ? <Badge appearance="tint" color="warning">{scanWord(r.scan)}</Badge> : scanWord(r.scan)}</TableCell>
                <TableCell className={styles.num}>{r.errors ? <Badge color="danger">{r.errors}</Badge> : 0}</TableCell>
                <TableCell className={styles.num}>{r.warnings ? <Badge color="warning">{r.warnings}</Badge> : 0}</TableCell>
                <TableCell className={styles.nowrap}>
                  <Verdicts r={r} />
                </TableCell>
                <TableCell className={styles.notes}>
                  <StatusBadge r={r} /> {r.notes.filter((n) => !PLAIN.has(n)).join('；')}
                </TableCell>
                <TableCell>
                  {letter ? (
                    <Button size="small" data-testid="letter-download" onClick={() => onLetter(letter)}>
                      下载
                    </Button>
                  ) : (
                    '—'
                  )}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </section>
  );
}
