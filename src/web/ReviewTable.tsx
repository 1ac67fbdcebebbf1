/** The review table: one row per file, filters by unit, category and severity, a row opens the detail view. */
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
import { reviewRows, type BatchReport, type ReviewRow } from '../core/batch';
import { BATCH_TITLES } from './BatchProblems';
import type { Profile } from '../core/profile/types';

const useStyles = makeStyles({
  filters: { display: 'flex', columnGap: tokens.spacingHorizontalL, flexWrap: 'wrap', alignItems: 'end' },
  table: { tableLayout: 'auto' },
  num: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  problems: { color: tokens.colorNeutralForeground2, maxWidth: '440px' },
  clamp: { display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical', overflow: 'hidden' },
  badges: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalXS, rowGap: tokens.spacingVerticalXXS, marginTop: tokens.spacingVerticalXXS },
  row: { cursor: 'pointer' },
  file: { wordBreak: 'break-all', minWidth: '160px' },
});

const ALL = '';
const PAGE = 200;

type SeverityFilter = '' | 'error' | 'warning' | 'clean' | 'unreadable';
const SEVERITY_OPTIONS: { value: SeverityFilter; text: string }[] = [
  { value: '', text: '全部' },
  { value: 'error', text: '有错误' },
  { value: 'warning', text: '有提示（无错误）' },
  { value: 'clean', text: '没有错误和提示' },
  { value: 'unreadable', text: '无法读取' },
];

function matchesSeverity(r: ReviewRow, f: SeverityFilter): boolean {
  switch (f) {
    case 'error':
      return r.worst === 'error';
    case 'warning':
      return r.worst === 'warning';
    case 'clean':
      return r.ok && r.worst !== 'error' && r.worst !== 'warning';
    case 'unreadable':
      return !r.ok;
    default:
      return true;
  }
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

export function ReviewTable({ batch, profile, onSelect }: { batch: BatchReport; profile: Profile; onSelect(file: string): void }) {
  const styles = useStyles();
  const rows = React.useMemo(() => reviewRows(batch, profile), [batch, profile]);
  const [unit, setUnit] = React.useState(ALL);
  const [category, setCategory] = React.useState(ALL);
  const [severity, setSeverity] = React.useState<SeverityFilter>('');
  const [limit, setLimit] = React.useState(PAGE);

  const units = React.useMemo(() => [...new Set(rows.map((r) => r.unit).filter(Boolean))].sort(), [rows]);
  const categories = React.useMemo(() => [...new Set(rows.map((r) => r.categoryId).filter(Boolean))], [rows]);
  const shown = rows.filter((r) => (!unit || r.unit === unit) && (!category || r.categoryId === category) && matchesSeverity(r, severity));

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
      <Table className={styles.table} size="small" aria-label="每个案例一行">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>文件</TableHeaderCell>
            <TableHeaderCell>申报单位</TableHeaderCell>
            <TableHeaderCell>案例名称</TableHeaderCell>
            <TableHeaderCell>类别</TableHeaderCell>
            <TableHeaderCell style={{ width: '64px' }}>简介字数</TableHeaderCell>
            <TableHeaderCell style={{ width: '64px' }}>正文字数</TableHeaderCell>
            <TableHeaderCell style={{ width: '56px' }}>图片组</TableHeaderCell>
            <TableHeaderCell style={{ width: '48px' }}>错误</TableHeaderCell>
            <TableHeaderCell style={{ width: '48px' }}>提示</TableHeaderCell>
            <TableHeaderCell>主要问题</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {shown.slice(0, limit).map((r) => (
            <TableRow
              key={r.file}
              className={styles.row}
              data-testid="review-row"
              data-file={r.file}
              tabIndex={0}
              onClick={() => onSelect(r.file)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  onSelect(r.file);
                }
              }}
            >
              <TableCell className={styles.file}>{r.file}</TableCell>
              <TableCell>{r.unit || (r.ok ? <Badge color="warning" appearance="tint">未找到</Badge> : '—')}</TableCell>
              <TableCell>{r.title || '—'}</TableCell>
              <TableCell>{r.ok ? r.category || <Badge color="warning" appearance="tint">未识别</Badge> : <Badge color="danger">无法读取</Badge>}</TableCell>
              <TableCell className={styles.num}>{r.summaryWords ?? '—'}</TableCell>
              <TableCell className={styles.num}>{r.bodyWords ?? '—'}</TableCell>
              <TableCell className={styles.num}>{r.pictureGroups ?? '—'}</TableCell>
              <TableCell className={styles.num}>{r.errors ? <Badge color="danger">{r.errors}</Badge> : 0}</TableCell>
              <TableCell className={styles.num}>{r.warnings ? <Badge color="warning">{r.warnings}</Badge> : 0}</TableCell>
              <TableCell className={styles.problems}>
                <div className={styles.clamp} title={r.problems}>
                  {r.problems || (r.batchIds.length ? '' : '—')}
                </div>
                {r.batchIds.length ? (
                  <div className={styles.badges} title={r.batchProblems}>
                    {r.batchIds.map((b, i) => (
                      <Badge key={i} size="small" appearance="tint" color={b.severity === 'error' ? 'danger' : 'warning'}>
                        {BATCH_TITLES[`${b.ruleId}/${b.messageId}`] ?? b.ruleId}
                      </Badge>
                    ))}
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
