/**
 * Issue 10 at the command line (run() in process, real files in a temporary folder): size
 * caps on every way in, FIFOs, one file's failure costing only its entry, --out that never
 * destroys an input, CSV cells that cannot run as formulas, folders that cannot be listed,
 * names that are not UTF-8 or hold control characters, and batch errors that say what they are.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { FILE_FORMAT_REASONS } from '../../src/core/batch';
import * as engine from '../../src/core/engine';
import { run } from '../../src/cli/main';
import { readStreamCapped } from '../../src/cli/safe-read';
import type { BatchJson } from '../../src/cli/batch/output';
import { caseDoc, han, validBranchCase } from '../helpers/case-doc';
import { captureIO, docxOf, tempDir, textOf } from './helpers';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => {
  jest.restoreAllMocks();
  tmp.cleanup();
});

async function cli(args: string[], stdin?: string) {
  const c = captureIO({ cwd: tmp.dir, stdin });
  const code = await run(args, c.io);
  return { code, stdout: c.stdout(), stderr: c.stderr() };
}

const goodDocx = () => docxOf(validBranchCase().build());
const sha = (file: string) => createHash('sha1').update(fs.readFileSync(file)).digest('hex');

describe('4. one size cap for every way in', () => {
  test('a file over 50 MB is refused without being read, in Chinese, and the next file is still checked', async () => {
    fs.writeFileSync(tmp.file('ok.txt'), textOf(validBranchCase().build()));
    // Sparse: 600 MB of zeros that take no disk.
    fs.closeSync(fs.openSync(tmp.file('big.txt'), 'w'));
    fs.truncateSync(tmp.file('big.txt'), 600 * 1024 * 1024);
    const r = await cli(['big.txt', 'ok.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('case-check：无法读取“big.txt”：文件过大（600.0 MB），超过上限 50 MB（正常的案例连同图片只有几 MB），已跳过。\n');
    expect(r.stdout).toContain('ok.txt');
    expect(r.stdout).toContain('案例正文');
  });

  test('a text of more lines than the paragraph cap is refused before it is split', async () => {
    fs.writeFileSync(tmp.file('lines.txt'), '\n'.repeat(300_000));
    const r = await cli(['--format', 'json', 'lines.txt']);
    expect(r.code).toBe(2);
    const json = JSON.parse(r.stdout);
    expect(json.files[0].error).toEqual({
      code: 'limit',
      message: '“lines.txt”无法读取：行数超过上限 200,000（正常的案例只有几百行），文件可能已损坏或是恶意构造的，已停止读取。',
    });
  });

  test('standard input stops at the cap instead of growing without bound', async () => {
    let produced = 0;
    async function* endless() {
      const chunk = Buffer.alloc(64 * 1024, 0x79); // `yes`
      for (;;) {
        produced += chunk.length;
        yield chunk;
      }
    }
    await expect(readStreamCapped(endless(), 1024 * 1024)).rejects.toMatchObject({ code: 'too-large' });
    expect(produced).toBeLessThanOrEqual(1024 * 1024 + 64 * 1024);
  });

  test('a FIFO named on the command line is refused, not waited on', async () => {
    execFileSync('mkfifo', [tmp.file('pipe.txt')]);
    fs.writeFileSync(tmp.file('ok.txt'), textOf(validBranchCase().build()));
    const r = await cli(['pipe.txt', 'ok.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('无法读取“pipe.txt”：这不是普通文件，而是管道（FIFO），不会读取（标准输入请用 -）');
    expect(r.stdout).toContain('ok.txt');
  });
});

describe('5. one file\'s failure costs only its own entry', () => {
  test('an exception while checking one file: that file is an error, the next is checked, no stack trace', async () => {
    const real = engine.checkCase;
    jest.spyOn(engine, 'checkCase').mockImplementation((doc, ...rest) => {
      if (doc.paragraphs.some((p) => p.text.includes('爆炸'))) throw new RangeError('Maximum call stack size exceeded');
      return real(doc, ...rest);
    });
    fs.writeFileSync(tmp.file('bad.txt'), '爆炸\n');
    fs.writeFileSync(tmp.file('ok.txt'), textOf(validBranchCase().build()));
    const r = await cli(['--format', 'json', 'bad.txt', 'ok.txt']);
    expect(r.code).toBe(2);
    const json = JSON.parse(r.stdout);
    expect(json.files[0]).toEqual({ file: 'bad.txt', error: { code: 'internal', message: '检查“bad.txt”时发生内部错误（内存或栈不足），已跳过这个文件；其余文件照常检查。' } });
    expect(json.files[1].parts.body.found).toBe(true);
    expect(r.stderr).not.toContain('    at ');
  });
});

describe('6. --out and template -o: checked first, never onto an input, atomic', () => {
  function folder() {
    fs.mkdirSync(tmp.file('cases'));
    fs.writeFileSync(tmp.file('cases/a.docx'), goodDocx());
    fs.writeFileSync(tmp.file('prior.csv'), '案例名称,申报单位,年度\n旧案例,某学院党委,2023\n');
  }

  test('--out naming an input case is refused, even with --force, and the case is unchanged', async () => {
    folder();
    const before = sha(tmp.file('cases/a.docx'));
    const opened = jest.spyOn(fs.promises, 'open');
    const r = await cli(['cases', '--out', 'cases/a.docx', '--force']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('“cases/a.docx”是要检查的输入文件之一，不能写入（--force 也不行）');
    expect(sha(tmp.file('cases/a.docx'))).toBe(before);
    // Refused before any file was read.
    expect(opened).not.toHaveBeenCalled();
  });

  test('--out naming the prior list is refused', async () => {
    folder();
    const before = sha(tmp.file('prior.csv'));
    const r = await cli(['cases', '--prior', 'prior.csv', '--out', 'prior.csv', '--force']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('“prior.csv”是要检查的输入文件之一');
    expect(sha(tmp.file('prior.csv'))).toBe(before);
  });

  test('a symbolic link to an input is seen through', async () => {
    folder();
    fs.symlinkSync(tmp.file('cases/a.docx'), tmp.file('link.xlsx'));
    const before = sha(tmp.file('cases/a.docx'));
    const r = await cli(['cases', '--out', 'link.xlsx', '--force']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('是要检查的输入文件之一');
    expect(sha(tmp.file('cases/a.docx'))).toBe(before);
  });

  test('--out to a folder or into a missing folder fails at once, in Chinese', async () => {
    folder();
    const opened = jest.spyOn(fs.promises, 'open');
    fs.mkdirSync(tmp.file('out'));
    const toFolder = await cli(['cases', '--out', 'out']);
    expect(toFolder.code).toBe(2);
    expect(toFolder.stderr).toContain('输出位置“out”是文件夹；请给出文件名');
    const missing = await cli(['cases', '--out', 'nowhere/表.xlsx']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(`无法写入“nowhere/表.xlsx”：文件夹“${tmp.file('nowhere')}”不存在`);
    expect(opened).not.toHaveBeenCalled();
    expect(toFolder.stderr + missing.stderr).not.toContain('内部错误');
  });

  test('an existing --out file is kept without --force, and replaced by a new file (temp + rename) with it', async () => {
    folder();
    fs.writeFileSync(tmp.file('表.xlsx'), 'old');
    const kept = await cli(['cases', '--out', '表.xlsx']);
    expect(kept.code).toBe(2);
    expect(kept.stderr).toContain('“表.xlsx”已存在，未覆盖；如需覆盖请加 --force。');
    expect(fs.readFileSync(tmp.file('表.xlsx'), 'utf8')).toBe('old');
    const inode = fs.statSync(tmp.file('表.xlsx')).ino;
    const forced = await cli(['cases', '--out', '表.xlsx', '--force']);
    expect(forced.code).toBe(0);
    // Renamed into place: a new file, not the old one truncated and rewritten.
    expect(fs.statSync(tmp.file('表.xlsx')).ino).not.toBe(inode);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(tmp.file('表.xlsx'));
    expect(wb.worksheets[0].getRow(2).getCell(1).value).toBe('cases/a.docx');
    expect(fs.readdirSync(tmp.dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  test('template -o follows the same rule: a folder is refused in Chinese, --force replaces by rename', async () => {
    fs.mkdirSync(tmp.file('out'));
    const toFolder = await cli(['template', '-o', 'out']);
    expect(toFolder.code).toBe(2);
    expect(toFolder.stderr).toContain('输出位置“out”是文件夹');
    fs.writeFileSync(tmp.file('模板.docx'), 'old');
    const inode = fs.statSync(tmp.file('模板.docx')).ino;
    expect((await cli(['template', '-o', '模板.docx'])).code).toBe(2);
    expect((await cli(['template', '-o', '模板.docx', '--force'])).code).toBe(0);
    expect(fs.statSync(tmp.file('模板.docx')).ino).not.toBe(inode);
    expect(fs.readFileSync(tmp.file('模板.docx')).subarray(0, 2).toString()).toBe('PK');
  });
});

describe('7. CSV cells cannot run as formulas', () => {
  test('unit, title and file name starting with = + - @ get a leading apostrophe in --format csv', async () => {
    fs.mkdirSync(tmp.file('cases'));
    const doc = caseDoc()
      .title('+1+1 公式标题')
      .unit('=HYPERLINK("http://evil.example/","点我")')
      .category('党支部（教师党支部）')
      .summary(han(200))
      .background(han(300))
      .practice(han(400))
      .lessons(han(270))
      .build();
    fs.writeFileSync(tmp.file('@案例.docx'), docxOf(doc));
    fs.writeFileSync(tmp.file('=案例.docx'), docxOf(doc));
    const r = await cli(['--batch', '--format', 'csv', '--', '@案例.docx', '=案例.docx']);
    const rows = r.stdout.split('\r\n');
    const cells = rows.slice(1, 3).map((row) => row.split(','));
    expect(cells.map((c) => c[0])).toEqual(["'@案例.docx", "'=案例.docx"]);
    for (const row of rows.slice(1, 3)) {
      expect(row).toContain(`"'=HYPERLINK(""http://evil.example/"",""点我"")"`);
      expect(row).toContain(`,'+1+1 公式标题,`);
    }
    // No cell of the table starts a formula.
    for (const row of rows.slice(1).filter(Boolean)) for (const cell of row.split(',')) expect(cell.replace(/^"/, '')).not.toMatch(/^[=+\-@\t\r]/);
  });
});

describe('8. a folder that cannot be listed is a row of its own, and the others are checked', () => {
  test('an unreadable subfolder sorted first does not hide the rest', async () => {
    for (const sub of ['a', 'b', 'c']) {
      fs.mkdirSync(tmp.file(`cases/${sub}`), { recursive: true });
      fs.writeFileSync(tmp.file(`cases/${sub}/案例.docx`), goodDocx());
    }
    const readdir = fs.promises.readdir;
    jest.spyOn(fs.promises, 'readdir').mockImplementation(((p: fs.PathLike, o: unknown) => {
      if (String(p).endsWith(`${path.sep}a`)) return Promise.reject(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' }));
      return (readdir as (p: fs.PathLike, o: unknown) => Promise<unknown>)(p, o);
    }) as typeof fs.promises.readdir);
    const r = await cli(['cases', '--format', 'json']);
    const json = JSON.parse(r.stdout) as BatchJson;
    expect(json.files.map((f) => f.file)).toEqual(['cases/a', 'cases/b/案例.docx', 'cases/c/案例.docx']);
    expect(json.files[0]).toEqual({ file: 'cases/a', error: { code: 'unlisted-folder', message: '文件夹“cases/a”无法打开（没有读取权限），其中的文件都没有检查；请检查权限后重新运行。' } });
    expect('diagnostics' in json.files[1] && 'diagnostics' in json.files[2]).toBe(true);
  });
});

describe('11. clear words', () => {
  test('a file whose name is not UTF-8 (GBK, from an archive made on Chinese Windows) is read, its name shown decoded', async () => {
    fs.mkdirSync(tmp.file('cases'));
    // 案例 in GBK: B0 B8 C0 FD.
    const gbkName = Buffer.concat([Buffer.from(tmp.file('cases') + path.sep), Buffer.from([0xb0, 0xb8, 0xc0, 0xfd]), Buffer.from('.docx')]);
    fs.writeFileSync(gbkName, goodDocx());
    const r = await cli(['cases', '--format', 'json']);
    const json = JSON.parse(r.stdout) as BatchJson;
    expect(json.files.map((f) => f.file)).toEqual(['cases/案例.docx']);
    expect('diagnostics' in json.files[0]).toBe(true);
  });

  test('file names are printed with control characters escaped', async () => {
    fs.mkdirSync(tmp.file('cases'));
    fs.writeFileSync(tmp.file('cases/伪造\u001b[2J\r成功.docx'), new Uint8Array(0));
    const batch = await cli(['cases']);
    expect(batch.stdout).toContain('伪造\\x1b[2J\\x0d成功.docx');
    expect(batch.stdout.includes('\u001b') || batch.stdout.includes('\r')).toBe(false);
    const single = await cli([path.join('cases', '伪造\u001b[2J\r成功.docx')]);
    expect(single.stderr).toContain('伪造\\x1b[2J\\x0d成功.docx');
    expect(single.stderr.includes('\u001b') || single.stderr.includes('\r')).toBe(false);
  });

  test('permission errors in folder mode are Chinese', async () => {
    fs.mkdirSync(tmp.file('cases'));
    fs.writeFileSync(tmp.file('cases/案例.docx'), goodDocx());
    jest.spyOn(fs.promises, 'open').mockRejectedValue(Object.assign(new Error('EACCES: permission denied, open'), { code: 'EACCES' }));
    const json = JSON.parse((await cli(['cases', '--format', 'json'])).stdout) as BatchJson;
    expect(json.files[0]).toEqual({ file: 'cases/案例.docx', error: { code: 'unreadable', message: '“案例.docx”无法读取：没有读取权限' } });
  });

  test('batch JSON errors are sentences naming the file, with a file-format code that agrees with the diagnostic', async () => {
    fs.mkdirSync(tmp.file('cases'));
    fs.writeFileSync(tmp.file('cases/申报材料.pdf'), '%PDF-1.7\n');
    fs.writeFileSync(tmp.file('cases/表格.docx'), fs.readFileSync(path.join(__dirname, '../fixtures/batch/cases/文法学院/损坏的案例.docx')));
    fs.writeFileSync(tmp.file('cases/说明.txt'), '请查收');
    fs.writeFileSync(tmp.file('cases/~$案例.docx'), 'lock');
    fs.closeSync(fs.openSync(tmp.file('cases/大.docx'), 'w'));
    fs.truncateSync(tmp.file('cases/大.docx'), 60 * 1024 * 1024);
    const json = JSON.parse((await cli(['cases', '--format', 'json'])).stdout) as BatchJson;
    const diag = new Map(json.batch.diagnostics.filter((d) => d.ruleId === 'file-format').map((d) => [d.files[0], d]));
    // Word's lock file is listed as ignored, not as a wrong file (issue 11).
    expect(json.files.find((f) => f.file === 'cases/~$案例.docx')).toEqual({ file: 'cases/~$案例.docx', kind: 'ignored', ignored: 'lock-file' });
    for (const f of json.files.filter((x) => x.file !== 'cases/~$案例.docx')) {
      if (!('error' in f)) throw new Error(`${f.file} was read`);
      const name = path.basename(f.file);
      expect(f.error.message).toContain(`“${name}”`);
      expect(FILE_FORMAT_REASONS).toContain(f.error.code);
      expect(f.error.message).not.toBe(f.error.code);
      expect({ code: diag.get(f.file)?.messageId, message: diag.get(f.file)?.message }).toEqual({ code: f.error.code, message: f.error.message });
    }
    expect(json.files.find((f) => f.file === 'cases/申报材料.pdf')).toMatchObject({ error: { code: 'pdf', message: '“申报材料.pdf”是 PDF 文件，通知要求提交 Word 版电子文档（.docx）。' } });
    expect(json.files.find((f) => f.file === 'cases/大.docx')).toMatchObject({ error: { code: 'too-large', message: '“大.docx”过大（60.0 MB，上限 50.0 MB），已跳过；正常的案例连同图片只有几 MB。' } });
    expect(json.files.find((f) => f.file === 'cases/说明.txt')).toMatchObject({ error: { code: 'not-docx', message: '“说明.txt”不是 Word 文档（.docx）：这是纯文本文件，通知要求提交 Word 版电子文档（.docx）。' } });
  });

  test('a renamed .xlsx in a folder says it is an Excel workbook', async () => {
    fs.mkdirSync(tmp.file('cases'));
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('表1').addRow(['案例']);
    fs.writeFileSync(tmp.file('cases/案例.docx'), Buffer.from(await wb.xlsx.writeBuffer()));
    const json = JSON.parse((await cli(['cases', '--format', 'json'])).stdout) as BatchJson;
    expect(json.files[0]).toMatchObject({ error: { code: 'not-docx', message: expect.stringContaining('这是 Excel 工作簿（.xlsx）') } });
  });
});
