/**
 * The checker's Web Worker: reads and checks files off the page's thread, one request at a
 * time. Only one file's bytes are held at once; what is kept is each report and a compact
 * text fingerprint (for resubmission). The page drives a folder check file by file
 * (worker-client.ts) and may end this worker at any time (too slow, 取消); the review
 * table and the .xlsx are made here too.
 */
import { checkBatch, checkFileBytes, fileError, preflight, priorFromBytes, priorFromCsv, type BatchItem, type FileCheckDeps, type PriorCase } from '../core/batch';
import { checkCase } from '../core/engine';
import { countLines, limitReason, LIMITS } from '../core/limits';
import { documentFromText } from '../core/model/from-text';
import { NEU_2024 } from '../core/profile';
import type { Profile } from '../core/profile/types';
import { readDocx, sniffFormat } from '../docx';
import { MAX_ROSTER_BYTES, rosterFromFile } from '../export/roster-file';
import { MAX_SCORE_BYTES, scoresFromFile } from '../export/score-file';
import { rowDecisions, type ScoreSheetInput } from '../core/review';
import { MAX_FILE_BYTES, type NamedFile, type WorkerRequest, type WorkerResponse } from './protocol';

const deps: FileCheckDeps = { readDocx, checkCase, sniffFormat };
// The page's choice (a `profile` request); the 2024 notice until then.
let profile: Profile = NEU_2024;
// tsconfig's lib is DOM (the page's); the worker needs only these two members of its scope.
const scope = self as unknown as {
  postMessage(msg: WorkerResponse, transfer?: Transferable[]): void;
  onmessage: ((ev: MessageEvent<WorkerRequest>) => void) | null;
};

function post(msg: WorkerResponse, transfer?: Transferable[]): void {
  scope.postMessage(msg, transfer);
}

async function checkOne(f: NamedFile, category?: string): Promise<BatchItem> {
  if (f.unlisted !== undefined) return { file: f.name, error: fileError(f.name, 'folder-unreadable', f.unlisted) };
  if (f.unreadable !== undefined) return { file: f.name, error: fileError(f.name, 'unreadable', f.unreadable) };
  const pre = preflight(f.name, f.file.size, MAX_FILE_BYTES);
  if (pre) return { file: f.name, error: pre, size: f.file.size };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await f.file.arrayBuffer());
  } catch (e) {
    return { file: f.name, error: fileError(f.name, 'unreadable', `浏览器无法读取这个文件（${(e as Error).name}）`) };
  }
  return checkFileBytes(f.name, bytes, profile, deps, { category, maxBytes: MAX_FILE_BYTES });
}

/** CSV bytes as text: UTF-8 (BOM or not), else GB18030 (Excel on Chinese Windows saves CSV in GBK). */
function decodeCsv(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

async function handle(req: WorkerRequest): Promise<void> {
  switch (req.type) {
    case 'profile': {
      profile = req.profile;
      return;
    }
    case 'file': {
      post({ type: 'file', id: req.id, item: await checkOne(req.file, req.category) });
      return;
    }
    case 'combine': {
      post({ type: 'combine', id: req.id, batch: checkBatch(req.items, profile, { prior: req.prior, roster: req.roster }) });
      return;
    }
    case 'xlsx': {
      // exceljs is large: loaded only when the first spreadsheet is asked for.
      const [{ buildReviewXlsx }, excel] = await Promise.all([import('../export/xlsx'), import('exceljs')]);
      const extras = { decisions: req.review?.state ? rowDecisions(req.review.state) : undefined, board: req.review?.board };
      const bytes = await buildReviewXlsx(excel.default ?? (excel as unknown as typeof excel.default), req.batch, profile, 'zh-CN', extras);
      post({ type: 'xlsx', id: req.id, bytes }, [bytes.buffer]);
      return;
    }
    case 'prior': {
      const prior: PriorCase[] = [];
      const skipped: { name: string; message: string }[] = [];
      for (const f of req.files) {
        if (f.unlisted !== undefined) {
          skipped.push({ name: f.name, message: `文件夹“${f.name}”无法打开（${f.unlisted}）` });
          continue;
        }
        const pre = preflight(f.name, f.file.size, MAX_FILE_BYTES);
        if (pre) {
          skipped.push({ name: f.name, message: pre.message });
          continue;
        }
        if (!/\.(csv|txt|docx)$/i.test(f.name)) {
          skipped.push({ name: f.name, message: '不是 CSV 清单或 .docx 文件' });
          continue;
        }
        const bytes = new Uint8Array(await f.file.arrayBuffer());
        if (/\.csv$/i.test(f.name) || /\.txt$/i.test(f.name)) {
          const list = priorFromCsv(decodeCsv(bytes), f.name);
          if (list.length === 0) skipped.push({ name: f.name, message: '清单中没有案例（需要“案例名称”列）' });
          prior.push(...list);
        } else {
          const r = priorFromBytes(f.name, bytes, profile, deps);
          if ('source' in r) prior.push(r);
          else skipped.push({ name: f.name, message: r.message });
        }
      }
      post({ type: 'prior', id: req.id, prior, skipped });
      return;
    }
    case 'units': {
      const f = req.file;
      if (f.file.size > MAX_ROSTER_BYTES) {
        post({ type: 'units', id: req.id, problems: [], message: `单位名单“${f.name}”过大，不像单位名单。` });
        return;
      }
      const r = rosterFromFile(f.name, new Uint8Array(await f.file.arrayBuffer()), profile);
      post(r.ok ? { type: 'units', id: req.id, roster: r.roster, problems: r.problems } : { type: 'units', id: req.id, problems: [], message: r.message });
      return;
    }
    case 'scores': {
      const sheets: ScoreSheetInput[] = [];
      const problems: string[] = [];
      for (const f of req.files) {
        if (f.file.size > MAX_SCORE_BYTES) {
          problems.push(`评分表“${f.name}”无法读取：文件过大（${(f.file.size / 1024 / 1024).toFixed(1)} MB，上限 ${MAX_SCORE_BYTES / 1024 / 1024} MB），不像评分表。`);
          continue;
        }
        const r = scoresFromFile(f.name, new Uint8Array(await f.file.arrayBuffer()));
        if (r.ok) sheets.push({ file: r.file, sheets: r.sheets });
        else problems.push(r.message);
      }
      post({ type: 'scores', id: req.id, sheets, problems });
      return;
    }
    case 'single': {
      const item = await checkOne(req.file, req.category);
      // The fingerprint is of no use to the page.
      delete item.fingerprint;
      post({ type: 'single', id: req.id, item });
      return;
    }
    case 'text': {
      // The caps of every way in (src/core/limits.ts): each line is a paragraph.
      if (req.text.length > LIMITS.textChars) throw new Error(`粘贴的文本无法检查：${limitReason('textChars')}`);
      if (countLines(req.text, LIMITS.textLines) > LIMITS.textLines) throw new Error(`粘贴的文本无法检查：${limitReason('textLines')}`);
      const report = checkCase(documentFromText(req.text), profile, { category: req.category });
      post({ type: 'text', id: req.id, report });
      return;
    }
  }
}

scope.onmessage = (ev: MessageEvent<WorkerRequest>) => {
  handle(ev.data).catch((e: unknown) => {
    post({ type: 'failed', id: ev.data.id, message: e instanceof Error ? e.message : String(e) });
  });
};
