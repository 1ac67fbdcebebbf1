/**
 * Reading one input file without trusting it: only regular files (a FIFO would block the
 * run, /dev/zero would never end), never more than the size cap of src/core/limits.ts
 * (checked on the size the file system reports, and again while reading, since a file can
 * grow or report 0, as /proc files do), and every failure in Chinese.
 */
import { promises as fs } from 'node:fs';
import { LIMITS, formatLimit } from '../core/limits';

export type SafeReadCode = 'not-found' | 'no-permission' | 'is-directory' | 'not-regular' | 'too-large' | 'read-failed';

export class SafeReadError extends Error {
  constructor(
    readonly code: SafeReadCode,
    /** The reason, in Chinese, without the file's name. */
    readonly reason: string,
    readonly data: Record<string, string> = {},
  ) {
    super(reason);
    this.name = 'SafeReadError';
  }
}

/** What an errno means, in the words of a message (zh-CN). */
export function ioReason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return '文件不存在';
    case 'EACCES':
    case 'EPERM':
      return '没有读取权限';
    case 'ENAMETOOLONG':
      return '路径过长';
    case 'ELOOP':
      return '符号链接循环';
    case 'EISDIR':
      return '这是文件夹';
    case 'EIO':
      return '磁盘读取出错';
    case 'EMFILE':
    case 'ENFILE':
      return '同时打开的文件过多';
    case 'ENOTDIR':
      return '路径中有一段不是文件夹';
    default:
      return `读取出错（${code ?? (err instanceof Error ? err.name : '未知原因')}）`;
  }
}

function sizeMb(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}

export function tooLarge(size: number | undefined, max: number = LIMITS.fileBytes): SafeReadError {
  const data = { maxMb: sizeMb(max), ...(size !== undefined ? { sizeMb: sizeMb(size) } : {}) };
  const what = size !== undefined ? `文件过大（${data.sizeMb} MB）` : '内容过多';
  return new SafeReadError('too-large', `${what}，超过上限 ${formatLimit('fileBytes', max)}（正常的案例连同图片只有几 MB），已跳过。`, data);
}

/** The kind of a non-regular file, for the message. */
function kindOf(st: { isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string {
  if (st.isFIFO()) return '管道（FIFO）';
  if (st.isSocket()) return '套接字';
  if (st.isCharacterDevice() || st.isBlockDevice()) return '设备文件';
  return '特殊文件';
}

/**
 * Stat an input: a regular file under the cap (symbolic links followed). Throws SafeReadError.
 */
export async function statInput(path: string | Buffer, max: number = LIMITS.fileBytes): Promise<number> {
  let st;
  try {
    st = await fs.stat(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new SafeReadError('not-found', '文件不存在');
    if (code === 'EACCES' || code === 'EPERM') throw new SafeReadError('no-permission', ioReason(err));
    throw new SafeReadError('read-failed', ioReason(err));
  }
  if (st.isDirectory()) throw new SafeReadError('is-directory', '这是文件夹，不是文件');
  if (!st.isFile()) throw new SafeReadError('not-regular', `这不是普通文件，而是${kindOf(st)}，不会读取（标准输入请用 -）`);
  if (st.size > max) throw tooLarge(st.size, max);
  return st.size;
}

/** Read a regular file, at most `max` bytes (more is refused). Throws SafeReadError. */
export async function readCapped(path: string | Buffer, max: number = LIMITS.fileBytes): Promise<Uint8Array> {
  const size = await statInput(path, max);
  let handle;
  try {
    handle = await fs.open(path, 'r');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new SafeReadError(code === 'EACCES' || code === 'EPERM' ? 'no-permission' : 'read-failed', ioReason(err));
  }
  try {
    // The reported size sizes the buffer; a file that grows past the cap while read is refused.
    let buf = new Uint8Array(Math.min(max + 1, Math.max(size + 1, 4096)));
    let total = 0;
    for (;;) {
      if (total === buf.length) {
        if (buf.length > max) throw tooLarge(undefined, max);
        const bigger = new Uint8Array(Math.min(max + 1, buf.length * 2));
        bigger.set(buf);
        buf = bigger;
      }
      const { bytesRead } = await handle.read(buf, total, buf.length - total, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > max) throw tooLarge(undefined, max);
    }
    return buf.subarray(0, total);
  } catch (err) {
    if (err instanceof SafeReadError) throw err;
    throw new SafeReadError('read-failed', ioReason(err));
  } finally {
    await handle.close();
  }
}

/** Read a stream (standard input) up to `max` bytes; more is refused and the stream is left. */
export async function readStreamCapped(stream: AsyncIterable<Buffer | string>, max: number = LIMITS.fileBytes): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    total += b.length;
    // Leaving the loop destroys the stream: `yes | case-check -` ends instead of growing.
    if (total > max) throw tooLarge(undefined, max);
    chunks.push(b);
  }
  return new Uint8Array(Buffer.concat(chunks, total));
}
