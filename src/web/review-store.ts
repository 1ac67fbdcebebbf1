/**
 * What the checker page keeps in the browser (IndexedDB), so that nothing is lost when the
 * page is reloaded: the reviewer's decisions (the review file, decisions only) and the last
 * batch checked (its report and the roster's name, so the table, the board and the letters
 * come back without choosing the folder again). Nothing leaves the machine.
 *
 * IndexedDB can be missing or refuse (a private window in some browsers, a full disk): the
 * store then keeps the data in memory and says so (`persistent: false`), and the page asks
 * the reviewer to export the review file.
 */
import type { BatchReport, UnitRoster } from '../core/batch';
import type { ReviewFile } from '../core/review';

const DB = 'case-assistant';
const STORE = 'review';
const VERSION = 1;

export interface LastRun {
  batch: BatchReport;
  /** The roster used, and its file's name. */
  roster?: UnitRoster;
  rosterName?: string;
  /** When it was checked (ISO). */
  at: string;
}

export interface ReviewStore {
  persistent: boolean;
  loadReview(profile: string): Promise<ReviewFile | undefined>;
  saveReview(profile: string, review: ReviewFile): Promise<void>;
  loadRun(profile: string): Promise<LastRun | undefined>;
  saveRun(profile: string, run: LastRun): Promise<void>;
}

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error('IndexedDB 出错'));
  });
}

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const r = indexedDB.open(DB, VERSION);
    r.onupgradeneeded = () => {
      if (!r.result.objectStoreNames.contains(STORE)) r.result.createObjectStore(STORE);
    };
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error('无法打开 IndexedDB'));
    r.onblocked = () => reject(new Error('IndexedDB 被另一个页面占用'));
  });
}

function memoryStore(): ReviewStore {
  const data = new Map<string, unknown>();
  return {
    persistent: false,
    loadReview: async (p) => data.get(`review:${p}`) as ReviewFile | undefined,
    saveReview: async (p, r) => void data.set(`review:${p}`, r),
    loadRun: async (p) => data.get(`run:${p}`) as LastRun | undefined,
    saveRun: async (p, r) => void data.set(`run:${p}`, r),
  };
}

/** The browser's store, or one in memory when IndexedDB cannot be used. */
export async function openReviewStore(): Promise<ReviewStore> {
  if (typeof indexedDB === 'undefined') return memoryStore();
  let db: IDBDatabase;
  try {
    db = await openDb();
  } catch {
    return memoryStore();
  }
  const get = async <T>(key: string): Promise<T | undefined> => (await request(db.transaction(STORE, 'readonly').objectStore(STORE).get(key))) as T | undefined;
  const put = async (key: string, value: unknown): Promise<void> => {
    const tx = db.transaction(STORE, 'readwrite');
    tx.objectStore(STORE).put(value, key);
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('IndexedDB 写入失败'));
      tx.onabort = () => reject(tx.error ?? new Error('IndexedDB 写入被中止'));
    });
  };
  return {
    persistent: true,
    loadReview: (p) => get<ReviewFile>(`review:${p}`),
    saveReview: (p, r) => put(`review:${p}`, r),
    loadRun: (p) => get<LastRun>(`run:${p}`),
    saveRun: (p, r) => put(`run:${p}`, r),
  };
}
