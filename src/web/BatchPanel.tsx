import * as React from 'react';
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { summaryLine, type BatchReport, type PriorCase, type UnitRoster } from '../core/batch';
import type { Profile } from '../core/profile/types';
import { boardCells, boardHeaders, evaluationCases, feedbackLetters } from '../core/review';
import { BatchProblems } from './BatchProblems';
import { CaseDrawer } from './CaseDrawer';
import { downloadCsv, downloadLetter, downloadLetters, downloadReviewFile, downloadXlsx } from './download';
import { DropZone } from './DropZone';
import { EvaluationPanel } from './EvaluationPanel';
import { ReviewBar } from './ReviewBar';
import { SubmissionBoard, type LetterSettings } from './SubmissionBoard';
import { useReviewRound } from './useReviewRound';
import type { NamedFile } from './protocol';
import { ReviewTable } from './ReviewTable';
import { Cancelled, type CheckerClient } from './worker-client';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, paddingTop: tokens.spacingVerticalM },
  inputs: { display: 'grid', gridTemplateColumns: '2fr 1fr 1fr', columnGap: tokens.spacingHorizontalL },
  bar: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  muted: { color: tokens.colorNeutralForeground3 },
  grow: { flexGrow: 1 },
});

/** Today as an ISO date, in the reviewer's time zone (the letters' date). */
function today(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

interface Progress {
  done: number;
  total: number;
  current: string;
}

export function BatchPanel({ client, profile }: { client: CheckerClient; profile: Profile }) {
  const styles = useStyles();
  const [prior, setPrior] = React.useState<{ list: PriorCase[]; files: number; skipped: { name: string; message: string }[] }>({ list: [], files: 0, skipped: [] });
  const [roster, setRoster] = React.useState<{ roster?: UnitRoster; name?: string; problems: string[] }>({ problems: [] });
  const [progress, setProgress] = React.useState<Progress | undefined>();
  const [batch, setBatch] = React.useState<BatchReport | undefined>();
  const [failure, setFailure] = React.useState<string | undefined>();
  const [selected, setSelected] = React.useState<string | undefined>();
  const [busy, setBusy] = React.useState(false);
  const [exporting, setExporting] = React.useState(false);
  const [cancelled, setCancelled] = React.useState(false);
  const abort = React.useRef<AbortController | undefined>(undefined);
  const [letterSettings, setLetterSettings] = React.useState<LetterSettings>({
    deadline: profile.review?.letters.resubmitDeadline.value ?? '',
    contact: profile.review?.letters.contact.text ?? profile.notice.email,
  });
  const [importMessage, setImportMessage] = React.useState<{ ok: boolean; text: string }>();
  const [restoredAt, setRestoredAt] = React.useState<string>();
  const round = useReviewRound(profile, batch, roster.roster);

  // The last folder checked: loading a roster afterwards checks it again with the roster.
  const lastFiles = React.useRef<NamedFile[] | undefined>(undefined);

  // After a reload: the last results come back from the browser (the files themselves cannot).
  const restored = round.restored;
  const batchRef = React.useRef(batch);
  batchRef.current = batch;
  React.useEffect(() => {
    // A folder checked before the browser answered wins over the stored results.
    if (!restored || batchRef.current) return;
    setBatch(restored.batch);
    setRestoredAt(restored.at);
    if (restored.roster) setRoster((r) => (r.roster ? r : { roster: restored.roster, name: restored.rosterName, problems: [] }));
  }, [restored]);

  const letters = React.useMemo(
    () => (batch && round.state && round.board ? feedbackLetters(batch, profile, round.state, round.board, { deadline: letterSettings.deadline || undefined, contact: letterSettings.contact, date: today() }) : []),
    [batch, profile, round.state, round.board, letterSettings],
  );
  const passed = React.useMemo(() => (round.state && round.board ? evaluationCases(round.state, round.board, profile) : []), [round.state, round.board, profile]);

  // Each file in turn, each under a time limit; a file that fails is its own row (worker-client.ts).
  const run = async (files: NamedFile[], units: UnitRoster | undefined = roster.roster) => {
    lastFiles.current = files;
    const controller = new AbortController();
    abort.current = controller;
    setBusy(true);
    setFailure(undefined);
    setCancelled(false);
    setBatch(undefined);
    setSelected(undefined);
    setProgress({ done: 0, total: files.length, current: '' });
    try {
      const result = await client.checkFiles(files, {
        prior: prior.list,
        roster: units,
        signal: controller.signal,
        progress: (done, total, current) => setProgress({ done, total, current }),
      });
      setBatch(result);
      setRestoredAt(undefined);
      round.saveRun({ batch: result, ...(units ? { roster: units, rosterName: roster.name ?? units.source } : {}), at: new Date().toISOString() });
    } catch (e) {
      if (e instanceof Cancelled) setCancelled(true);
      else setFailure((e as Error).message);
    } finally {
      abort.current = undefined;
      setBusy(false);
      setProgress(undefined);
    }
  };

  const loadPrior = async (files: NamedFile[]) => {
    setBusy(true);
    try {
      const res = await client.request<'prior'>({ type: 'prior', files });
      setPrior({ list: res.prior, files: files.length, skipped: res.skipped });
    } catch (e) {
      setFailure((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const loadUnits = async (files: NamedFile[]) => {
    const file = files[0];
    if (!file) return;
    setBusy(true);
    try {
      const res = await client.request<'units'>({ type: 'units', file });
      if (res.roster) setRoster({ roster: res.roster, name: file.name, problems: res.problems });
      else setRoster({ problems: [res.message ?? `单位名单“${file.name}”无法读取。`] });
      setBusy(false);
      if (res.roster && lastFiles.current) await run(lastFiles.current, res.roster);
    } catch (e) {
      setFailure((e as Error).message);
      setBusy(false);
    }
  };

  const selectedFile = batch?.files.find((f) => f.file === selected);
  const xlsxReview = () => ({ state: round.state, board: round.board ? { headers: boardHeaders(), rows: round.board.rows.map(boardCells) } : undefined });

  return (
    <div className={styles.root}>
      <div className={styles.inputs}>
        <DropZone
          testId="batch-drop"
          label="把各单位报送的案例文件或整个文件夹拖到这里"
          hint="逐个读取 .docx 并检查；文件名含“扫描”“盖章”“首页”的 PDF 或图片作为首页盖章扫描件；.doc、.wps 等其他文件列为“文件格式”问题"
          folders
          disabled={busy}
          onFiles={(files) => void run(files)}
        />
        <DropZone
          testId="prior-drop"
          label="往年案例（可选，用于查重）"
          hint={
            prior.files === 0
              ? 'CSV 清单（案例名称、申报单位、年度）或往年 .docx 文件（可选整个文件夹）'
              : `已载入往年案例 ${prior.list.length} 项${prior.skipped.length ? `，${prior.skipped.length} 个文件无法读取` : ''}`
          }
          accept=".csv,.txt,.docx"
          folders
          disabled={busy}
          onFiles={loadPrior}
        />
        <DropZone
          testId="units-drop"
          label="单位名单（可选，用于归并单位名称）"
          hint={
            roster.roster
              ? `已载入单位名单“${roster.name}”：${roster.roster.units.length} 个单位${roster.problems.length ? `，${roster.problems.length} 处需要核对` : ''}`
              : 'CSV 或 .xlsx（列：单位名称、简称、别名）；载入后同一单位的各种写法合并计数，并列出未报送的单位'
          }
          accept=".csv,.xlsx,.txt"
          multiple={false}
          disabled={busy}
          onFiles={loadUnits}
        />
      </div>

      {roster.problems.length ? (
        <MessageBar intent={roster.roster ? 'warning' : 'error'} layout="multiline" data-testid="units-problems">
          <MessageBarBody>
            <MessageBarTitle>{roster.roster ? '单位名单中有需要核对的地方' : '单位名单未载入'}</MessageBarTitle>
            {roster.problems.join('')}
          </MessageBarBody>
        </MessageBar>
      ) : null}

      {progress ? (
        <div className={styles.bar}>
          <Field
            className={styles.grow}
            data-testid="progress"
            label={`正在检查 ${progress.done}/${progress.total}${progress.current ? `：${progress.current}` : ''}`}
            validationState="none"
          >
            <ProgressBar value={progress.total ? progress.done / progress.total : 0} thickness="large" />
          </Field>
          <Button data-testid="cancel" onClick={() => abort.current?.abort()}>
            取消
          </Button>
        </div>
      ) : null}

      {cancelled ? (
        <MessageBar intent="info" data-testid="cancelled">
          <MessageBarBody>已取消检查，未生成审核表。可以重新选择文件再检查。</MessageBarBody>
        </MessageBar>
      ) : null}

      {failure ? (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>检查未完成</MessageBarTitle>
            {failure}
          </MessageBarBody>
        </MessageBar>
      ) : null}

      {batch ? (
        <>
          <div className={styles.bar}>
            <Text data-testid="batch-summary">{summaryLine(batch.summary)}</Text>
            {restoredAt ? (
              <Text className={styles.muted} data-testid="restored">
                （上次的检查结果，{restoredAt.slice(0, 16).replace('T', ' ')}；要重新检查，请再次选择文件夹）
              </Text>
            ) : null}
            <Button
              data-testid="download-xlsx"
              disabled={exporting}
              onClick={() => {
                setExporting(true);
                downloadXlsx(batch, client, xlsxReview())
                  .catch((e: Error) => setFailure(`无法生成 Excel 文件：${e.message}`))
                  .finally(() => setExporting(false));
              }}
            >
              下载审核表（.xlsx）
            </Button>
            <Button data-testid="download-csv" onClick={() => downloadCsv(batch, profile, round.decisions)}>
              下载审核表（.csv）
            </Button>
          </div>
          {round.board ? (
            <SubmissionBoard
              board={round.board}
              letters={letters}
              settings={letterSettings}
              onSettings={setLetterSettings}
              onLetter={downloadLetter}
              onAllLetters={() => downloadLetters(letters)}
            />
          ) : null}
          {round.state ? (
            <ReviewBar
              state={round.state}
              persistent={round.persistent}
              message={importMessage}
              storeError={round.storeError}
              onExport={() => downloadReviewFile(round.exportFile())}
              onImport={(f) => void round.importFile(f).then((r) => setImportMessage({ ok: r.ok, text: r.message }))}
            />
          ) : null}
          <BatchProblems batch={batch} onSelectFile={setSelected} />
          <ReviewTable batch={batch} profile={profile} decisions={round.decisions} onSelect={setSelected} />
          <EvaluationPanel client={client} profile={profile} cases={passed} />
        </>
      ) : (
        <Text className={styles.muted}>尚未检查。单个文件超过 50 MB 时不读取，超过 60 秒未完成时停止并单独列出；检查在后台进行，页面可随时操作，也可随时取消。</Text>
      )}

      <CaseDrawer
        file={selectedFile}
        batch={batch}
        profile={profile}
        review={round.state}
        onCase={(c, v, note) => round.decideCase(c, v, note)}
        onProblem={(p, v, reason) => round.decideProblem(p, v, reason)}
        onClose={() => setSelected(undefined)}
      />
    </div>
  );
}
