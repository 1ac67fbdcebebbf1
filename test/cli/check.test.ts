/**
 * `case-check` through `run()` with captured output: exit codes, the JSON contract,
 * the text report, standard input, encodings and unreadable inputs.
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { run } from '../../src/cli/main';
import { loadInput } from '../../src/cli/input';
import { caseDoc, han, validBranchCase } from '../helpers/case-doc';
import neu2024 from '../../src/profiles/neu-2024.json';
import { captureIO, docxOf, tempDir, textOf } from './helpers';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

/** A committee case whose body (headings included) is well over 2000 字. */
function longCommitteeCase() {
  return caseDoc()
    .title('党建引领学科建设')
    .unit('信息科学与工程学院党委')
    .org('信息科学与工程学院党委')
    .category('分党委（直属党总支）')
    .period('2021年9月')
    .summary(han(200))
    .background(han(500))
    .practice(han(1400))
    .lessons(han(300));
}

function write(name: string, content: string | Uint8Array): string {
  const file = tmp.file(name);
  writeFileSync(file, content);
  return file;
}

async function runJson(argv: string[], stdin?: Uint8Array | string) {
  const c = captureIO({ stdin });
  const code = await run(['--format', 'json', ...argv], c.io);
  return { code, json: JSON.parse(c.stdout()), stderr: c.stderr() };
}

/** Encodes text as GB18030 with a table built from the decoder itself (Node has no GB encoder). */
function encodeGb18030(text: string): Uint8Array {
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder('gb18030');
  for (let hi = 0x81; hi <= 0xfe; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue;
      const ch = decoder.decode(Uint8Array.of(hi, lo));
      if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [hi, lo]);
    }
  }
  const bytes: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) bytes.push(ch.charCodeAt(0));
    else {
      const b = table.get(ch);
      if (!b) throw new Error(`no GB18030 two-byte code for ${ch}`);
      bytes.push(...b);
    }
  }
  return Uint8Array.from(bytes);
}

describe('help and version', () => {
  test('--help prints Chinese usage and exits 0', async () => {
    for (const flag of ['--help', '-h']) {
      const c = captureIO();
      expect(await run([flag], c.io)).toBe(0);
      expect(c.stdout()).toContain('用法');
      expect(c.stdout()).toContain('--category');
      expect(c.stdout()).toContain('退出码');
    }
  });

  test('count --help describes the six statistics', async () => {
    const c = captureIO();
    expect(await run(['count', '--help'], c.io)).toBe(0);
    expect(c.stdout()).toContain('字符数(不计空格)');
  });

  test('--version prints the package version', async () => {
    const c = captureIO();
    expect(await run(['--version'], c.io)).toBe(0);
    const pkg = JSON.parse(readFileSync(`${__dirname}/../../package.json`, 'utf8'));
    expect(c.stdout()).toContain(pkg.version);
  });
});

describe('bad arguments exit 2 with a Chinese message', () => {
  const file = () => write('ok.txt', textOf(validBranchCase().build()));
  test.each([
    [['--bogus']],
    [['--format', 'xml']],
    [['--locale', 'fr']],
    [['--category', 'school']],
    [['--profile', 'neu-1999']],
    [['--profile']],
    [['-', '-']],
  ])('%j', async (argv) => {
    const c = captureIO();
    expect(await run([...argv, file()], c.io)).toBe(2);
    expect(c.stderr()).toMatch(/[\u4e00-\u9fff]/);
    expect(c.stdout()).toBe('');
  });

  test('no input', async () => {
    const c = captureIO();
    expect(await run([], c.io)).toBe(2);
    expect(c.stderr()).toContain('请给出要检查的文件');
  });
});

describe('checking', () => {
  test('a valid branch case exits 0 and gives the JSON contract', async () => {
    const file = write('valid.txt', textOf(validBranchCase().build()));
    const { code, json } = await runJson([file]);
    expect(code).toBe(0);
    expect(json.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(json.profile).toBe('neu-2024');
    expect(json.files).toHaveLength(1);
    const f = json.files[0];
    expect(f.file).toBe(file);
    expect(f.error).toBeUndefined();
    expect(f.category).toMatch(/^branch/);
    for (const id of ['title', 'unit', 'summary', 'background', 'practice', 'lessons', 'body']) {
      expect(f.parts[id].found).toBe(true);
    }
    // RULES.md: the body runs from the 实施背景 heading to the end of 经验启示, headings and
    // captions included: 6 + 300 + 6 + 400 + 9 (图1 支部书记讲党课) + 6 + 270 = 997 字;
    // the one space of the caption counts only with spaces.
    expect(f.parts.body.counts).toEqual({ words: 997, charsNoSpaces: 997, charsWithSpaces: 998 });
    expect(f.pictures).toHaveLength(1);
    expect(f.pictures[0].caption).toContain('支部书记讲党课');
    expect(f.pictures[0].captionWords).toBe(7);
    expect(f.diagnostics.filter((d: { severity: string }) => d.severity === 'error')).toEqual([]);
  });

  test('a committee case over 2000 字 exits 1 with a body-length error on the body', async () => {
    const file = write('long.txt', textOf(longCommitteeCase().build()));
    const { code, json } = await runJson([file]);
    expect(code).toBe(1);
    const f = json.files[0];
    expect(f.category).toBe('committee');
    expect(f.parts.body.counts.words).toBeGreaterThan(2000);
    const d = f.diagnostics.find((x: { ruleId: string }) => x.ruleId === 'body-length');
    expect(d).toMatchObject({ severity: 'error', target: { part: 'body' } });
    expect(typeof d.message).toBe('string');
  });

  test('--category overrides the document and says so', async () => {
    const file = write('valid2.txt', textOf(validBranchCase().build()));
    const { json } = await runJson(['--category', 'committee', file]);
    expect(json.files[0].category).toBe('committee');
    expect(json.files[0].categorySource).toBe('option');
    const chinese = await runJson(['--category', '学生党支部', file]);
    expect(chinese.json.files[0].category).toBe('branch.student');
  });

  test('a case without a category and without --category reports category-missing', async () => {
    const doc = caseDoc().title('案例').unit('某学院党委').summary(han(200)).background(han(300)).practice(han(400)).lessons(han(270)).build();
    const file = write('nocat.txt', textOf(doc));
    const { code, json } = await runJson([file]);
    expect(code).toBe(1);
    expect(json.files[0].category).toBeNull();
    expect(json.files[0].diagnostics.map((d: { ruleId: string }) => d.ruleId)).toContain('category-missing');
  });

  test('a .docx and the same case as text give the same parts and counts', async () => {
    const doc = validBranchCase().build();
    const docx = write('valid.docx', docxOf(doc));
    const txt = write('same.txt', textOf(doc));
    const { code, json } = await runJson([docx, txt]);
    expect(code).toBe(0);
    const [a, b] = json.files;
    expect(a.format).toBe('docx');
    expect(b.format).toBe('text');
    expect(a.parts.body.counts).toEqual(b.parts.body.counts);
    expect(a.pictures.map((p: { captionWords: number }) => p.captionWords)).toEqual([7]);
  });

  test('a profile file changes the limits', async () => {
    const file = write('long2.txt', textOf(longCommitteeCase().build()));
    const profile = JSON.parse(JSON.stringify(neu2024));
    delete profile.$schema;
    profile.id = 'neu-2024-relaxed';
    profile.categories.find((c: { id: string }) => c.id === 'committee').bodyLimit.value = 5000;
    const profileFile = write('relaxed.json', JSON.stringify(profile));
    const { json } = await runJson(['--profile', profileFile, file]);
    expect(json.profile).toBe('neu-2024-relaxed');
    expect(json.files[0].diagnostics.map((d: { ruleId: string }) => d.ruleId)).not.toContain('body-length');
  });

  test('an invalid profile file exits 2 and lists its errors', async () => {
    const file = write('v3.txt', textOf(validBranchCase().build()));
    const bad = write('bad-profile.json', JSON.stringify({ id: 3 }));
    const c = captureIO();
    expect(await run(['--profile', bad, file], c.io)).toBe(2);
    expect(c.stderr()).toContain('bad-profile.json');
    const notJson = write('not-json.json', '{');
    const c2 = captureIO();
    expect(await run(['--profile', notJson, file], c2.io)).toBe(2);
    expect(c2.stderr()).toContain('JSON');
  });
});

describe('inputs', () => {
  test('standard input as text', async () => {
    const { code, json } = await runJson(['-'], textOf(validBranchCase().build()));
    expect(code).toBe(0);
    expect(json.files[0].file).toBe('-');
    expect(json.files[0].format).toBe('text');
    expect(json.files[0].parts.body.counts.words).toBe(997);
  });

  test('a .docx piped into standard input', async () => {
    const { code, json } = await runJson(['-'], docxOf(validBranchCase().build()));
    expect(code).toBe(0);
    expect(json.files[0].format).toBe('docx');
    expect(json.files[0].parts.body.counts.words).toBe(997);
  });

  test('UTF-8 with a BOM, GB18030 and UTF-16 text give the same result as UTF-8', async () => {
    const text = textOf(validBranchCase().build());
    const utf8 = write('u8.txt', text);
    const bom = write('bom.txt', '\ufeff' + text);
    const gb = write('gb.txt', encodeGb18030(text));
    const utf16 = write('u16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const { code, json } = await runJson([utf8, bom, gb, utf16]);
    expect(code).toBe(0);
    const counts = json.files.map((f: { parts: { body: { counts: unknown } } }) => f.parts.body.counts);
    for (const c of counts) expect(c).toEqual(counts[0]);
    expect(json.files[0].encoding).toBe('utf-8');
    expect(json.files[1].encoding).toBe('utf-8');
    expect(json.files[2].encoding).toBe('gb18030');
    expect(json.files[3].encoding).toBe('utf-16le');
    expect(json.files[1].parts.title.value).toBe(json.files[0].parts.title.value);
  });

  test('unreadable inputs: each named in Chinese on stderr, the others still checked, exit 2', async () => {
    const good = write('good.txt', textOf(validBranchCase().build()));
    const docx = docxOf(validBranchCase().build());
    const bad: Record<string, string> = {
      notZip: write('not-a-zip.docx', '这不是 Word 文档'),
      truncated: write('truncated.docx', docx.subarray(0, Math.floor(docx.length / 2))),
      empty: write('empty.docx', new Uint8Array()),
      emptyText: write('empty.txt', ''),
      ole: write('old.doc', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)])),
      missing: tmp.file('missing.docx'),
    };
    const { code, json, stderr } = await runJson([bad.notZip, good, bad.truncated, bad.empty, bad.emptyText, bad.ole, bad.missing]);
    expect(code).toBe(2);
    expect(json.files).toHaveLength(7);
    expect(json.files[1].file).toBe(good);
    expect(json.files[1].parts.body.found).toBe(true);
    for (const f of json.files.filter((x: { file: string }) => x.file !== good)) {
      expect(f.error.code).toEqual(expect.any(String));
      expect(f.error.message).toContain(f.file);
      expect(f.error.message).toMatch(/[\u4e00-\u9fff]/);
      expect(stderr).toContain(f.file);
      expect(f.parts).toBeUndefined();
    }
    const codes = Object.fromEntries(json.files.map((f: { file: string; error?: { code: string } }) => [f.file, f.error?.code]));
    expect(codes[bad.missing]).toBe('not-found');
    expect(codes[bad.empty]).toBe('empty');
  });

  test('a folder given to the file reader is an error naming it (the command line sends folders to the batch check)', async () => {
    const folder = tmp.file('a-folder');
    mkdirSync(folder, { recursive: true });
    const loaded = await loadInput({ name: 'a-folder', path: folder }, captureIO().io);
    expect(loaded).toMatchObject({ ok: false, error: { code: 'is-directory' } });
    expect(!loaded.ok && loaded.error.message).toContain('“a-folder”是文件夹');
  });

  test('an unreadable input beside one with errors still exits 2', async () => {
    const long = write('long3.txt', textOf(longCommitteeCase().build()));
    const { code } = await runJson([long, tmp.file('nope.txt')]);
    expect(code).toBe(2);
  });

  test('inputs are never written', async () => {
    const docx = write('keep.docx', docxOf(longCommitteeCase().build()));
    const txt = write('keep.txt', textOf(longCommitteeCase().build()));
    const before = [docx, txt].map((f) => ({ bytes: readFileSync(f), mtime: statSync(f).mtimeMs }));
    await run([docx, txt], captureIO().io);
    await run(['count', docx, txt], captureIO().io);
    const after = [docx, txt].map((f) => ({ bytes: readFileSync(f), mtime: statSync(f).mtimeMs }));
    expect(after).toEqual(before);
  });
});

describe('text output', () => {
  const file = () => write('text.txt', textOf(validBranchCase().build()));
  const longFile = () => write('long-text.txt', textOf(longCommitteeCase().build()));

  test('shows the category, parts against limits, captions and a summary in Chinese', async () => {
    const c = captureIO();
    expect(await run([file()], c.io)).toBe(0);
    const out = c.stdout();
    expect(out).toContain('类别');
    expect(out).toContain('来自封面');
    // 一、实施背景 (6) and 300: sections count with their heading, as the body’s 997 does.
    expect(out).toMatch(/实施背景 +306 字\n/);
    expect(out).toMatch(/主要做法 +415 字\n/);
    expect(out).toMatch(/案例正文 +997 \/ 1000 字左右 +✓/);
    expect(out).toMatch(/图1 +支部书记讲党课 +7 \/ 20 字 +✓/);
    // eslint-disable-next-line no-control-regex
    expect(out).not.toMatch(/\u001b\[/);
  });

  test('marks a body over the limit with ✗ 超出 and lists the diagnostic', async () => {
    const c = captureIO();
    expect(await run([longFile()], c.io)).toBe(1);
    expect(c.stdout()).toMatch(/案例正文 +\d+ \/ 2000 字 +✗ 超出/);
    expect(c.stdout()).toContain('[body-length]');
  });

  test('a missing part reads ✗ 未找到 in its row', async () => {
    const doc = caseDoc().title('案例').unit('某学院党委').category('党支部').summary(han(200)).background(han(300)).practice(han(400)).build();
    const c = captureIO({ stdin: textOf(doc) });
    expect(await run(['-'], c.io)).toBe(1);
    expect(c.stdout()).toMatch(/^ {2}经验启示 +✗ 未找到$/m);
    expect(c.stdout()).toContain('[part-missing]');
  });

  test('numbers line up in one column', async () => {
    const c = captureIO();
    await run([file()], c.io);
    const rows = c.stdout().split('\n').filter((l) => /^ {2}(案例简介|实施背景|主要做法|经验启示|案例正文) /.test(l));
    expect(rows).toHaveLength(5);
    const { displayWidth } = await import('../../src/cli/render/terminal');
    const ends = rows.map((r) => displayWidth(r.replace(/ (字|\/).*$/, '')));
    expect(new Set(ends).size).toBe(1);
  });

  test('colours only on a terminal, and never with NO_COLOR', async () => {
    const tty = captureIO({ tty: true });
    await run([file()], tty.io);
    expect(tty.stdout()).toContain('\u001b[');
    const noColour = captureIO({ tty: true, env: { NO_COLOR: '1' } });
    await run([file()], noColour.io);
    expect(noColour.stdout()).not.toContain('\u001b[');
  });

  test('several files end with a total', async () => {
    const c = captureIO();
    expect(await run([file(), longFile()], c.io)).toBe(1);
    expect(c.stdout()).toContain('共 2 个文件：1 个有错误');
  });

  test('--locale en', async () => {
    const c = captureIO();
    await run(['--locale', 'en', file()], c.io);
    expect(c.stdout()).toContain('Category');
  });
});
