/**
 * The review table: one row per file, filters by unit, category and severity, a row opens
 * the detail view. The folder all files share is shown once above the table, not on every
 * row; a file name may wrap (a long name in a narrow column) but never inside its
 * extension. Severity words are the shared ones: 错误 / 警告 / 提示. With the review round's
 * decisions, the reviewer's verdict on the case and its problems shows under its problems.
 */
import * as React from 'react';
import {
  Badge,
  Button,
  Dropdown,
  Field,
  Option,
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
import { commonFolder, reviewRows, type BatchReport, type ReviewRow, type RowDecisions } from '../core/batch';
import { SEVERITY_WORDS } from '../core/severity';
import { BATCH_TITLES } from './BatchProblems';
import type { Profile } from '../core/profile/types';

const W = SEVERITY_WORDS['zh-CN'];

const useStyles = makeStyles({
  filters: { display: 'flex', columnGap: tokens.spacingHorizontalL, flexWrap: 'wrap', alignItems: 'end' },
  folder: { color: tokens.colorNeutralForeground3, marginTop: tokens.spacingVerticalS, display: 'block' },
  table: { tableLayout: 'auto' },
  num: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  problems: { color: tokens.colorNeutralForeground2, minWidth: '200px', maxWidth: '360px' },
  clamp: { display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical', overflow: 'hidden' },
  badges: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalXS, rowGap: tokens.spacingVerticalXXS, marginTop: tokens.spacingVerticalXXS },
  row: { cursor: 'pointer' },
  // Chinese names wrap between characters anyway; a long Latin name may wrap anywhere, but the extension stays whole.
  file: { overflowWrap: 'anywhere', minWidth: '9em', maxWidth: '15em' },
  dir: { color: tokens.colorNeutralForeground3 },
  ext: { whiteSpace: 'nowrap' },
  written: { display: 'block', color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  // A unit's or a case's name wraps, but not a few characters to a line.
  unit: { minWidth: '9em' },
  title: { minWidth: '8em' },
  category: { minWidth: '5.5em' },
  contact: { minWidth: '4em', maxWidth: '8em' },
  phone: { whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' },
  head: { whiteSpace: 'nowrap' },
  badge: { whiteSpace: 'nowrap' },
  decision: { color: tokens.colorBrandForeground1, marginTop: tokens.spacingVerticalXXS },
});

const ALL = '';
const PAGE = 200;

type SeverityFilter = '' | 'error' | 'warning' | 'info' | 'clean' | 'unreadable' | 'other';
export const SEVERITY_OPTIONS: { value: SeverityFilter; text: string }[] = [
  { value: '', text: '全部' },
  { value: 'error', text: `有${W.error}` },
  { value: 'warning', text: `有${W.warning}（无${W.error}）` },
  { value: 'info', text: `只有${W.info}` },
  { value: 'clean', text: `没有${W.error}和${W.warning}` },
  { value: 'unreadable', text: '无法读取' },
  { value: 'other', text: '扫描件和已忽略的文件' },
];

function matchesSeverity(r: ReviewRow, f: SeverityFilter): boolean {
  switch (f) {
    case 'error':
      return r.worst === 'error';
    case 'warning':
      return r.worst === 'warning';
    case 'info':
      return r.worst === 'info';
    case 'clean':
      return r.kind === 'case' && r.ok && r.worst !== 'error' && r.worst !== 'warning';
    case 'unreadable':
      return r.kind === 'case' && !r.ok;
    case 'other':
      return r.kind !== 'case';
    default:
      return true;
  }
}

/** A path below the common folder: its folders muted, its extension never split. */
export function FileName({ path }: { path: string }) {
  const styles = useStyles();
  const slash = path.lastIndexOf('/');
  const dir = slash >= 0 ? path.slice(0, slash + 1) : '';
  const base = path.slice(slash + 1);
  const dot = base.lastIndexOf('.');
  const stem = dot > 0 ? base.slice(0, dot) : base;
  const ext = dot > 0 ? base.slice(dot) : '';
  return (
    <>
      {dir ? (
        <span className={styles.dir}>
          {dir.split('/').filter(Boolean).map((seg, i) => (
            <React.Fragment key={i}>
              {seg}/<wbr />
            </React.Fragment>
          ))}
        </span>
      ) : null}
      {stem}
      {ext ? (
        <span className={styles.ext} data-testid="file-ext">
          {ext}
        </span>
      ) : null}
    </>
  );
}

function FilterDropdown({ label, value, options, onChange, testId }: { label: string; value: string; options: { value: string; text: string }[]; onChange(v: string): void; testId: string }) {
  const selected = options.find((o) => o.value === value) ?? options[0];
  return (
    <Field label={label}>
      <Dropdown data-testid={testId} value={selected.text} selectedOptions={[selected.value]} onOptionSelect={(_, d) => onChange(d.optionValue ?? ALL)}>
        {options.map((o) => (
          <Option key={o.value || 'all'} value={o.value} text={o.text}>
            {o.text}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}

function CategoryCell({ r }: { r: ReviewRow }) {
  const styles = useStyles();
  if (r.kind === 'scan') return <Badge className={styles.badge} color="informative" appearance="tint">{r.category}</Badge>;
  if (r.kind === 'ignored') return <Badge className={styles.badge} color="subtle" appearance="tint">{r.category}</Badge>;
  if (!r.ok) return <Badge className={styles.badge} color="danger">无法读取</Badge>;
  return <>{r.category || <Badge className={styles.badge} color="warning" appearance="tint">未识别</Badge>}</>;
}

export function ReviewTable({ batch, profile, onSelect, decisions }: { batch: BatchReport; profile: Profile; onSelect(file: string): void; decisions?: RowDecisions }) {
  const styles = useStyles();
  const rows = React.useMemo(() => reviewRows(batch, profile, 'zh-CN', decisions), [batch, profile, decisions]);
  const prefix = React.useMemo(() => commonFolder(rows.map((r) => r.file)), [rows]);
  const [unit, setUnit] = React.useState(ALL);
  const [category, setCategory] = React.useState(ALL);
  const [severity, setSeverity] = React.useState<SeverityFilter>('');
  const [limit, setLimit] = React.useState(PAGE);

  // In pinyin order, as a Chinese reader looks for a name.
  const units = React.useMemo(() => [...new Set(rows.map((r) => r.unit).filter(Boolean))].sort((a, b) => a.localeCompare(b, 'zh-Hans-CN')), [rows]);
  const categories = React.useMemo(() => [...new Set(rows.map((r) => r.categoryId).filter(Boolean))], [rows]);
  const shown = rows.filter((r) => (!unit || r.unit === unit) && (!category || r.categoryId === category) && matchesSeverity(r, severity));
  const count = (n: number, color: 'danger' | 'warning') => (n ? <Badge color={color}>{n}</Badge> : 0);

  return (
    <section aria-label="审核表" data-testid="review">
      <div className={styles.filters}>
        <FilterDropdown label="申报单位" testId="filter-unit" value={unit} onChange={setUnit} options={[{ value: ALL, text: '全部单位' }, ...units.map((u) => ({ value: u, text: u }))]} />
        <FilterDropdown
          label="类别"
          testId="filter-category"
          value={category}
          onChange={setCategory}
          options={[{ value: ALL, text: '全部类别' }, ...categories.map((c) => ({ value: c, text: profile.categories.find((s) => s.id === c)?.label ?? c }))]}
        />
        <FilterDropdown label="问题" testId="filter-severity" value={severity} onChange={(v) => setSeverity(v as SeverityFilter)} options={SEVERITY_OPTIONS} />
        <Text data-testid="row-count">
          显示 {Math.min(shown.length, limit)} / {rows.length} 行
        </Text>
      </div>
      <Text className={styles.folder} data-testid="review-profile">
        规则配置：{profile.name}（{profile.id}）
      </Text>
      {prefix ? (
        <Text className={styles.folder} data-testid="review-folder">
          文件夹：{prefix}
        </Text>
      ) : null}
      <Table className={styles.table} size="small" aria-label="每个文件一行">
        <TableHeader>
          <TableRow className={styles.head}>
            <TableHeaderCell>文件</TableHeaderCell>
            <TableHeaderCell>申报单位</TableHeaderCell>
            <TableHeaderCell>案例名称</TableHeaderCell>
            <TableHeaderCell>类别</TableHeaderCell>
            <TableHeaderCell>联系人</TableHeaderCell>
            <TableHeaderCell>联系电话</TableHeaderCell>
            <TableHeaderCell style={{ width: '4.5em' }}>简介字数</TableHeaderCell>
            <TableHeaderCell style={{ width: '4.5em' }}>正文字数</TableHeaderCell>
            <TableHeaderCell style={{ width: '3.5em' }}>图片组</TableHeaderCell>
            <TableHeaderCell style={{ width: '3em' }}>{W.error}</TableHeaderCell>
            <TableHeaderCell style={{ width: '3em' }}>{W.warning}</TableHeaderCell>
            <TableHeaderCell>主要问题{decisions ? ' · 审核结论' : ''}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {shown.slice(0, limit).map((r) => (
            <TableRow
              key={r.file}
              className={styles.row}
              data-testid="review-row"
              data-file={r.file}
              data-kind={r.kind}
              tabIndex={0}
              onClick={() => onSelect(r.file)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  onSelect(r.file);
                }
              }}
            >
              <TableCell className={styles.file} data-testid="file-cell">
                <FileName path={r.file.slice(prefix.length)} />
              </TableCell>
              <TableCell className={styles.unit}>
                {r.unit || (r.kind === 'case' && r.ok ? <Badge color="warning" appearance="tint">未找到</Badge> : '—')}
                {r.unitWritten ? <span className={styles.written}>封面：{r.unitWritten}</span> : null}
              </TableCell>
              <TableCell className={styles.title}>{r.title || '—'}</TableCell>
              <TableCell className={styles.category}>
                <CategoryCell r={r} />
              </TableCell>
              <TableCell className={styles.contact}>{r.contact || '—'}</TableCell>
              <TableCell className={styles.phone}>{r.phone || '—'}</TableCell>
              <TableCell className={styles.num}>{r.summaryWords ?? '—'}</TableCell>
              <TableCell className={styles.num}>{r.bodyWords ?? '—'}</TableCell>
              <TableCell className={styles.num}>{r.pictureGroups ?? '—'}</TableCell>
              <TableCell className={styles.num}>{r.kind === 'case' ? count(r.errors, 'danger') : '—'}</TableCell>
              <TableCell className={styles.num}>{r.kind === 'case' ? count(r.warnings, 'warning') : '—'}</TableCell>
              <TableCell className={styles.problems}>
                <div className={styles.clamp} title={r.problems}>
                  {r.problems || (r.batchIds.length ? '' : '—')}
                </div>
                {r.batchIds.length ? (
                  <div className={styles.badges} title={r.batchProblems}>
                    {r.batchIds.map((b, i) => (
                      <Badge key={i} size="small" appearance="tint" color={b.severity === 'error' ? 'danger' : b.severity === 'warning' ? 'warning' : 'informative'}>
                        {BATCH_TITLES[`${b.ruleId}/${b.messageId}`] ?? b.ruleId}
                      </Badge>
                    ))}
                  </div>
                ) : null}
                {r.decision ? (
                  <div className={styles.decision} data-testid="decision-cell">
                    审核：{r.decision}
                  </div>
                ) : null}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {shown.length > limit ? (
        <Button appearance="subtle" onClick={() => setLimit(limit + PAGE)}>
          再显示 {Math.min(PAGE, shown.length - limit)} 行
        </Button>
      ) : null}
    </section>
  );
}
