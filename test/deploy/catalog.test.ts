/**
 * Issue 15, point 1: what IT pushes to every PC so that Word on Windows finds the add-in in a
 * shared folder (scripts/catalog.js). The registry layout is Microsoft's (learn.microsoft.com,
 * "Sideload Office Add-ins on Windows from a network share"):
 *
 *   [HKEY_CURRENT_USER\Software\Microsoft\Office\16.0\WEF\TrustedCatalogs\{GUID}]
 *   "Id"="{GUID}"  "Url"="\\\\server\\share"  "Flags"=dword:00000001
 *
 * The .reg files are read back with a parser written here from regedit's format (not with
 * the generator's code); the expected GUIDs were computed with Python's uuid.uuid5 (the
 * add-in's Id as namespace, the share path in lower case as name), not with the generator.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { builtDist, TEST_BUILD_CATALOG, TEST_BUILD_URL } from '../helpers/built-dist';

/* eslint-disable @typescript-eslint/no-require-imports */
const catalog = require('../../scripts/catalog') as {
  FILES: { reg: string; removeReg: string; ps1: string; readme: string };
  normalizeCatalogPath(input: string): string;
  catalogGuid(addinId: string, catalogPath: string): string;
  catalogFiles(o: { catalog: string; manifestXml: string }): { guid: string; catalog: string; files: Record<string, Buffer> };
};
const makeConfig = require('../../webpack.config') as (env: Record<string, unknown>, argv: Record<string, unknown>) => unknown;
/* eslint-enable @typescript-eslint/no-require-imports */

const ROOT = path.resolve(__dirname, '../..');
const MANIFEST = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
/** The add-in's Id in manifest.xml: the namespace of every catalog GUID. */
const ADDIN_ID = '789f5d91-50be-4931-ba03-2a01d11ac504';
const KEY = 'HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\16.0\\WEF\\TrustedCatalogs';

/** python3 -c "import uuid; print(uuid.uuid5(uuid.UUID(ADDIN_ID), r'\\fileserver\addins'))" */
const GUID_FILESERVER = '{0d6ffbde-58e4-5da3-8c2a-7ff7d1f56111}';
const GUID_FILESERVER_2 = '{bf7e460f-5fd4-5543-989d-4d7b50641703}';
/** A share with a dot in the server name, Chinese, a space and an apostrophe in its path. */
const AWKWARD = "\\\\fs01.neu.edu.cn\\案例 助手\\O'Brien";
const GUID_AWKWARD = '{dce37b5c-4e07-5af3-b147-b142888d81b2}';

interface RegKey {
  deleted: boolean;
  values: Record<string, string | number>;
}

/** regedit's import format 5.00, as far as these files use it: keys, REG_SZ and REG_DWORD values, comments. */
function parseReg(bytes: Buffer): { header: string; keys: Record<string, RegKey> } {
  expect([...bytes.subarray(0, 2)]).toEqual([0xff, 0xfe]);
  const text = bytes.subarray(2).toString('utf16le');
  // Every line ends with CR LF; no bare LF.
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  expect(text.endsWith('\r\n')).toBe(true);
  const lines = text.split('\r\n');
  const keys: Record<string, RegKey> = {};
  let current: RegKey | undefined;
  for (const line of lines.slice(1)) {
    if (line === '' || line.startsWith(';')) continue;
    const key = /^\[(-?)(.+)\]$/.exec(line);
    if (key) {
      current = { deleted: key[1] === '-', values: {} };
      keys[key[2]] = current;
      continue;
    }
    const sz = /^"([^"]+)"="((?:[^"\\]|\\.)*)"$/.exec(line);
    const dword = /^"([^"]+)"=dword:([0-9a-f]{8})$/.exec(line);
    if (!current || !(sz || dword)) throw new Error(`not a .reg line: ${line}`);
    if (sz) current.values[sz[1]] = sz[2].replace(/\\(.)/g, '$1');
    else current.values[dword![1]] = parseInt(dword![2], 16);
  }
  return { header: lines[0], keys };
}

function utf8Bom(bytes: Buffer): string {
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.subarray(3).toString('utf8');
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  return text;
}

describe('the share path', () => {
  test.each([
    ['\\\\fileserver\\addins', '\\\\fileserver\\addins'],
    ['//fileserver/addins/', '\\\\fileserver\\addins'],
    ['  \\\\fileserver\\addins\\\\ ', '\\\\fileserver\\addins'],
    ['\\\\fs01.neu.edu.cn\\党建\\案例助手', '\\\\fs01.neu.edu.cn\\党建\\案例助手'],
    ['\\\\server\\addins$', '\\\\server\\addins$'],
  ])('%j is written as %j', (input, expected) => {
    expect(catalog.normalizeCatalogPath(input)).toBe(expected);
  });

  test.each([
    ['', '没有给出共享文件夹的网络路径'],
    ['C:\\加载项', '不是网络共享路径'],
    ['addins', '不是网络共享路径'],
    ['\\\\\\server\\share', '不是网络共享路径'],
    ['https://case.example.edu.cn/addin', '是网址，不是共享文件夹'],
    ['\\\\fileserver', '缺少共享名'],
    ['\\\\fileserver\\a|b', '“a|b”不能用作 Windows 路径'],
    ['\\\\fileserver\\a"b', '不能用作 Windows 路径'],
    ['\\\\fileserver\\a\nb', '不能用作 Windows 路径'],
  ])('%j is refused with a Chinese reason', (input, reason) => {
    expect(() => catalog.normalizeCatalogPath(input)).toThrow(reason);
  });
});

describe('the catalog GUID', () => {
  test('is the name-based UUID of the share under the add-in Id (Python uuid.uuid5 gives the same)', () => {
    expect(catalog.catalogGuid(ADDIN_ID, '\\\\fileserver\\addins')).toBe(GUID_FILESERVER);
    expect(catalog.catalogGuid(ADDIN_ID, AWKWARD)).toBe(GUID_AWKWARD);
  });

  test('is stable for the same share however it is typed, and differs for another share', () => {
    for (const same of ['//fileserver/addins', '\\\\FileServer\\Addins\\', '\\\\FILESERVER\\ADDINS']) {
      expect(catalog.catalogGuid(ADDIN_ID, same)).toBe(GUID_FILESERVER);
    }
    expect(catalog.catalogGuid(ADDIN_ID, '\\\\fileserver\\addins2')).toBe(GUID_FILESERVER_2);
  });

  test('takes the add-in Id from the manifest', () => {
    expect(catalog.catalogFiles({ catalog: '//fileserver/addins', manifestXml: MANIFEST }).guid).toBe(GUID_FILESERVER);
  });
});

describe('the generated files', () => {
  const { files } = catalog.catalogFiles({ catalog: AWKWARD, manifestXml: MANIFEST });

  test('trust-catalog.reg: UTF-16LE with BOM, CRLF, the key Microsoft documents with Id, Url and Flags', () => {
    const reg = parseReg(files['trust-catalog.reg']);
    expect(reg.header).toBe('Windows Registry Editor Version 5.00');
    expect(reg.keys).toEqual({
      [`${KEY}\\${GUID_AWKWARD}`]: {
        deleted: false,
        values: { Id: GUID_AWKWARD, Url: "\\\\fs01.neu.edu.cn\\案例 助手\\O'Brien", Flags: 1 },
      },
    });
    // The path as regedit reads it: every backslash doubled.
    expect(files['trust-catalog.reg'].toString('utf16le')).toContain('"Url"="\\\\\\\\fs01.neu.edu.cn\\\\案例 助手\\\\O\'Brien"\r\n');
  });

  test('untrust-catalog.reg deletes that key and nothing else', () => {
    const reg = parseReg(files['untrust-catalog.reg']);
    expect(reg.header).toBe('Windows Registry Editor Version 5.00');
    expect(reg.keys).toEqual({ [`${KEY}\\${GUID_AWKWARD}`]: { deleted: true, values: {} } });
  });

  test('trust-catalog.ps1: UTF-8 with BOM for Windows PowerShell 5.1, the same key and values, the path quoted literally', () => {
    const ps1 = utf8Bom(files['trust-catalog.ps1']);
    const lines = ps1.split('\r\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        "$CatalogId = '{dce37b5c-4e07-5af3-b147-b142888d81b2}'",
        // Single quotes: nothing is expanded; the apostrophe is doubled.
        "$CatalogUrl = '\\\\fs01.neu.edu.cn\\案例 助手\\O''Brien'",
        "$Catalogs = 'HKCU:\\Software\\Microsoft\\Office\\16.0\\WEF\\TrustedCatalogs'",
        "$Key = $Catalogs + '\\' + $CatalogId",
        "    New-ItemProperty -LiteralPath $Key -Name 'Id' -PropertyType String -Value $CatalogId -Force | Out-Null",
        "    New-ItemProperty -LiteralPath $Key -Name 'Url' -PropertyType String -Value $CatalogUrl -Force | Out-Null",
        "    New-ItemProperty -LiteralPath $Key -Name 'Flags' -PropertyType DWord -Value 1 -Force | Out-Null",
      ]),
    );
    // param() is the first statement after the help comment, with the two switches.
    const code = ps1.replace(/<#[\s\S]*?#>/, '').trim();
    expect(code.startsWith('param(\r\n  [switch]$Remove,\r\n  [switch]$Check\r\n)')).toBe(true);
    // An existing key is never recreated (New-Item -Force on a registry key would empty it).
    expect(code).toContain('if (-not (Test-Path -LiteralPath $Key)) {\r\n      New-Item -Path $Key -Force | Out-Null');
    // Nothing left of the generator's template, braces and parentheses balanced.
    expect(code).not.toMatch(/\$\{|undefined|\[object /);
    const count = (re: RegExp) => (code.replace(/'[^']*'|"[^"]*"/g, '').match(re) ?? []).length;
    expect(count(/\{/g)).toBe(count(/\}/g));
    expect(count(/\(/g)).toBe(count(/\)/g));
    // In a double-quoted string PowerShell would read a Chinese character after $Name as part of the name.
    expect(code).not.toMatch(/\$[A-Za-z]+[\u3400-\u9fff]/);
  });

  test('部署说明.txt names the share, the GUID and the steps', () => {
    const text = utf8Bom(files['部署说明.txt']);
    expect(text).toContain("共享文件夹：\\\\fs01.neu.edu.cn\\案例 助手\\O'Brien");
    expect(text).toContain(`目录 GUID：${GUID_AWKWARD}`);
    expect(text).toContain('任务窗格地址：https://localhost:3000/taskpane.html');
    expect(text).toContain('检查页面：https://localhost:3000/checker.html');
    expect(text).toContain('受信任的加载项目录');
    expect(text).toContain('插入 → 我的加载项');
  });
});

describe('npm run catalog (scripts/catalog.js)', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'catalog-cli-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('writes the four files for a built manifest, and leaves the manifest alone', () => {
    const manifest = path.join(dir, 'manifest.xml');
    const built = MANIFEST.split('https://localhost:3000').join('https://case.example.edu.cn/addin');
    fs.writeFileSync(manifest, built);
    const out = execFileSync(process.execPath, [path.join(ROOT, 'scripts/catalog.js'), '--catalog', '//fileserver/addins', '--manifest', manifest], {
      encoding: 'utf8',
    });
    expect(out).toContain(GUID_FILESERVER);
    expect(fs.readdirSync(path.join(dir, 'deploy')).sort()).toEqual(['trust-catalog.ps1', 'trust-catalog.reg', 'untrust-catalog.reg', '部署说明.txt']);
    expect(fs.readFileSync(manifest, 'utf8')).toBe(built);
    const reg = parseReg(fs.readFileSync(path.join(dir, 'deploy', 'trust-catalog.reg')));
    expect(reg.keys[`${KEY}\\${GUID_FILESERVER}`].values).toEqual({ Id: GUID_FILESERVER, Url: '\\\\fileserver\\addins', Flags: 1 });
    expect(utf8Bom(fs.readFileSync(path.join(dir, 'deploy', '部署说明.txt')))).toContain('检查页面：https://case.example.edu.cn/addin/checker.html');
  });

  test('a path that is not a share: exit code 2, a Chinese message, nothing written', () => {
    const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts/catalog.js'), '--catalog', 'D:\\addins', '--out', path.join(dir, 'out')], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('生成失败：“D:\\addins”不是网络共享路径');
    expect(fs.existsSync(path.join(dir, 'out'))).toBe(false);
  });
});

test('the build refuses a catalog that is not a share before it compiles', () => {
  expect(() => makeConfig({ url: 'https://case.example.edu.cn/addin', catalog: 'C:\\addins' }, { mode: 'production' })).toThrow('不是网络共享路径');
});

describe('npm run build -- --env url=… --env catalog=… (the shared test build)', () => {
  test('writes dist/deploy/ for that share, naming the site the build is for', async () => {
    const { dir } = await builtDist();
    expect(fs.readdirSync(path.join(dir, 'deploy')).sort()).toEqual(['trust-catalog.ps1', 'trust-catalog.reg', 'untrust-catalog.reg', '部署说明.txt']);
    const reg = parseReg(fs.readFileSync(path.join(dir, 'deploy', 'trust-catalog.reg')));
    expect(reg.keys).toEqual({ [`${KEY}\\${GUID_FILESERVER}`]: { deleted: false, values: { Id: GUID_FILESERVER, Url: TEST_BUILD_CATALOG, Flags: 1 } } });
    const readme = utf8Bom(fs.readFileSync(path.join(dir, 'deploy', '部署说明.txt')));
    expect(readme).toContain(`任务窗格地址：${TEST_BUILD_URL}/taskpane.html`);
    expect(readme).toContain(`检查页面：${TEST_BUILD_URL}/checker.html`);
  }, 900_000);
});
