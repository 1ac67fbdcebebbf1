#!/usr/bin/env node
// What IT pushes to every PC so that Word on Windows finds the add-in in a shared folder,
// where the school has no Microsoft 365 tenant for centralized deployment: the share
// registered as a trusted add-in catalog (Word → 文件 → 选项 → 信任中心 → 信任中心设置 →
// 受信任的加载项目录), as a .reg file, a PowerShell script (for a Group Policy logon script
// or by hand) and a .reg that takes it away again, with the steps written out for this share.
//
// The registry layout is Microsoft's ("Sideload Office Add-ins on Windows from a network
// share", learn.microsoft.com, OfficeDev/office-js-docs-pr
// docs/testing/create-a-network-shared-folder-catalog-for-task-pane-and-content-add-ins.md):
//
//   [HKEY_CURRENT_USER\Software\Microsoft\Office\16.0\WEF\TrustedCatalogs\{GUID}]
//   "Id"="{GUID}"               the same GUID as the key's name
//   "Url"="\\\\server\\share"   the share's network path (each \ doubled in a .reg file)
//   "Flags"=dword:00000001      "Show in Menu": 插入 → 我的加载项 → 共享文件夹
//
// 16.0 is every Office from 2016 on (2019, 2021, 2024, Microsoft 365). The GUID is derived
// from the add-in's Id and the share path (a name-based UUID, RFC 4122 version 5), so every
// build for the same share writes the same key: importing the file again, or a newer build's
// file, updates the entry instead of adding a second catalog.
//
//   npm run build -- --env url=https://host/dir --env catalog=\\server\share
//       writes dist/deploy/ beside the site (webpack.config.js uses CatalogPlugin)
//   node scripts/catalog.js --catalog \\server\share [--manifest dist/manifest.xml] [--out dist/deploy]
//       the same files without a build (--manifest gives the add-in Id and the site address)
'use strict';

const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const CATALOGS_KEY = 'HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\16.0\\WEF\\TrustedCatalogs';
/** "Show in Menu" ticked, as the Trust Center writes it and Microsoft's sample .reg file has it. */
const FLAGS_SHOW_IN_MENU = 1;

/** The files written into the deploy folder (ASCII names: they are typed into Group Policy). */
const FILES = {
  reg: 'trust-catalog.reg',
  removeReg: 'untrust-catalog.reg',
  ps1: 'trust-catalog.ps1',
  readme: '部署说明.txt',
};

/** Characters Windows forbids in a path component (and control characters). */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[<>:"|?*\u0000-\u001f]/;

/**
 * The share's network path in Windows form (`\\server\share\folder`), from what an admin
 * types: backslashes or forward slashes, with or without a trailing separator. Throws an
 * Error with a Chinese message for anything that is not a network share: the Trust Center
 * takes a share (or an https catalog, which a shared folder is not), never a local folder.
 */
function normalizeCatalogPath(input) {
  const text = String(input ?? '').trim();
  const example = '应形如 \\\\服务器\\共享名 或 \\\\服务器\\共享名\\文件夹';
  if (text === '') throw new Error(`没有给出共享文件夹的网络路径：${example}。`);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    throw new Error(`“${text}”是网址，不是共享文件夹：受信任的加载项目录需要网络共享路径，${example}。`);
  }
  const slashes = text.replace(/\//g, '\\');
  if (!slashes.startsWith('\\\\') || slashes.startsWith('\\\\\\')) {
    throw new Error(`“${text}”不是网络共享路径（本机路径或盘符不能作为受信任目录），${example}。`);
  }
  const parts = slashes.slice(2).split('\\').filter((p) => p !== '');
  if (parts.length < 2) throw new Error(`“${text}”缺少共享名，${example}。`);
  for (const part of parts) {
    if (FORBIDDEN.test(part) || /^\s|\s$/.test(part) || part === '.' || part === '..') {
      throw new Error(`“${text}”中的“${part}”不能用作 Windows 路径（不能含 < > : " | ? * 或控制字符，不能以空格开头或结尾）。`);
    }
  }
  return `\\\\${parts.join('\\')}`;
}

function uuidBytes(uuid) {
  const hex = uuid.replace(/[{}-]/g, '');
  if (!/^[0-9a-f]{32}$/i.test(hex)) throw new Error(`“${uuid}”不是 GUID。`);
  return Buffer.from(hex, 'hex');
}

/** RFC 4122 version 5 (SHA-1, name-based) UUID, lower case, without braces. */
function uuidV5(namespace, name) {
  const hash = crypto.createHash('sha1').update(uuidBytes(namespace)).update(Buffer.from(name, 'utf8')).digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The catalog's GUID, in braces as the registry holds it: the same for the same add-in and
 * share (Windows paths ignore case, so the path is compared in lower case), another for
 * another share.
 */
function catalogGuid(addinId, catalogPath) {
  return `{${uuidV5(addinId, normalizeCatalogPath(catalogPath).toLowerCase())}}`;
}

/** The add-in's Id and its pane's address, from a manifest's text. */
function manifestFacts(xml) {
  const id = /<Id>\s*([0-9a-fA-F-]{36})\s*<\/Id>/.exec(xml)?.[1];
  if (!id) throw new Error('清单中没有找到加载项 Id。');
  const source = /<SourceLocation\s+DefaultValue="([^"]+)"/.exec(xml)?.[1] ?? '';
  const name = /<DisplayName\s+DefaultValue="([^"]+)"/.exec(xml)?.[1] ?? '案例助手';
  return { id: id.toLowerCase(), source, name };
}

/** A string value in a .reg file: `\` and `"` escaped with a backslash. */
function regString(value) {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/**
 * regedit's import format 5.00 is UTF-16 little-endian with a byte-order mark, lines ended
 * by CR LF (what regedit itself exports); Chinese in a share name survives only so.
 */
function encodeReg(text) {
  const body = Buffer.from(text.replace(/\r?\n/g, '\r\n'), 'utf16le');
  return Buffer.concat([Buffer.from([0xff, 0xfe]), body]);
}

/**
 * Windows PowerShell 5.1 reads a script without a byte-order mark in the ANSI code page
 * (GBK on Chinese Windows): the Chinese messages and a Chinese share name need UTF-8 with
 * its BOM.
 */
function encodeUtf8Bom(text) {
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text.replace(/\r?\n/g, '\r\n'), 'utf8')]);
}

/** A PowerShell single-quoted string: nothing inside is expanded; `'` is doubled. */
function psString(value) {
  return `'${value.replace(/['\u2018\u2019\u201a\u201b]/g, (q) => q + q)}'`;
}

function regFile({ guid, catalog, name }) {
  return [
    'Windows Registry Editor Version 5.00',
    '',
    `; ${name}：把共享文件夹 ${catalog} 登记为 Word 的受信任加载项目录（当前用户）。`,
    '; 导入前请关闭 Word；导入后打开 Word：插入 → 我的加载项 → 共享文件夹。',
    '; 目录的 GUID 由共享路径决定：重复导入或导入新版本的文件只会更新这一项。',
    '',
    `[${CATALOGS_KEY}\\${guid}]`,
    `"Id"=${regString(guid)}`,
    `"Url"=${regString(catalog)}`,
    `"Flags"=dword:${FLAGS_SHOW_IN_MENU.toString(16).padStart(8, '0')}`,
    '',
  ].join('\n');
}

function removeRegFile({ guid, catalog, name }) {
  return [
    'Windows Registry Editor Version 5.00',
    '',
    `; ${name}：取消共享文件夹 ${catalog} 作为受信任加载项目录的登记（当前用户）。`,
    '',
    `[-${CATALOGS_KEY}\\${guid}]`,
    '',
  ].join('\n');
}

function ps1File({ guid, catalog, name }) {
  const psKey = `HKCU:${CATALOGS_KEY.slice('HKEY_CURRENT_USER'.length)}`;
  return `<#
.SYNOPSIS
  ${name}：把共享文件夹 ${catalog} 登记为 Word 的受信任加载项目录（当前用户）。

.DESCRIPTION
  写入 ${CATALOGS_KEY}\\${guid}
  （Id、Url、Flags=1 即“显示在菜单中”），与 trust-catalog.reg 相同。可以重复运行：
  已登记时只更新这一项；用户已在信任中心手动添加过同一共享文件夹时不再重复登记。
  Word 在启动时读取这些设置：请在用户打开 Word 之前运行（例如作为登录脚本）。

  组策略（用户配置）：策略 → Windows 设置 → 脚本(登录/注销) → 登录 → 添加，
    脚本名：powershell.exe
    脚本参数：-NoProfile -ExecutionPolicy Bypass -File "\\\\服务器\\NETLOGON\\trust-catalog.ps1"

.PARAMETER Remove
  取消登记（删除上面的注册表项）。

.PARAMETER Check
  另外检查这台电脑能否读取共享文件夹中的清单（manifest.xml）。

.EXAMPLE
  powershell -NoProfile -ExecutionPolicy Bypass -File trust-catalog.ps1 -Check
#>
param(
  [switch]$Remove,
  [switch]$Check
)

$ErrorActionPreference = 'Stop'
$CatalogId = ${psString(guid)}
$CatalogUrl = ${psString(catalog)}
$Catalogs = ${psString(psKey)}
$Key = $Catalogs + '\\' + $CatalogId

function Test-SameShare([string]$a, [string]$b) {
  return $a.TrimEnd('\\') -ieq $b.TrimEnd('\\')
}

try {
  if ($Remove) {
    if (Test-Path -LiteralPath $Key) {
      Remove-Item -LiteralPath $Key -Recurse -Force
      Write-Output "已取消受信任目录：$($CatalogUrl)（重新启动 Word 后生效）"
    } else {
      Write-Output "当前用户没有登记这个目录，无需取消：$($CatalogUrl)"
    }
    exit 0
  }

  $existing = $null
  if (Test-Path -LiteralPath $Catalogs) {
    foreach ($entry in Get-ChildItem -LiteralPath $Catalogs) {
      if ($entry.PSChildName -ne $CatalogId -and (Test-SameShare ([string]$entry.GetValue('Url')) $CatalogUrl)) {
        $existing = $entry.PSChildName
      }
    }
  }
  if ($existing) {
    Write-Output "当前用户已在信任中心登记过这个目录（$($existing)），不再重复登记：$($CatalogUrl)"
  } else {
    if (-not (Test-Path -LiteralPath $Key)) {
      New-Item -Path $Key -Force | Out-Null
    }
    New-ItemProperty -LiteralPath $Key -Name 'Id' -PropertyType String -Value $CatalogId -Force | Out-Null
    New-ItemProperty -LiteralPath $Key -Name 'Url' -PropertyType String -Value $CatalogUrl -Force | Out-Null
    New-ItemProperty -LiteralPath $Key -Name 'Flags' -PropertyType DWord -Value ${FLAGS_SHOW_IN_MENU} -Force | Out-Null
    Write-Output "已登记受信任目录：$($CatalogUrl)（重新启动 Word 后生效：插入 → 我的加载项 → 共享文件夹）"
  }

  if ($Check) {
    $manifest = Join-Path $CatalogUrl 'manifest.xml'
    if (Test-Path -LiteralPath $manifest) {
      Write-Output "可以读取清单：$($manifest)"
    } else {
      Write-Warning "读不到清单 $($manifest)：请确认清单已放入共享文件夹，且当前用户能在资源管理器中打开该共享（Word 不会提示输入共享的用户名和密码）。"
      exit 2
    }
  }
  exit 0
} catch {
  [Console]::Error.WriteLine("登记受信任目录失败：" + $_.Exception.Message)
  exit 1
}
`;
}

function readmeFile({ guid, catalog, name, source }) {
  const site = source.replace(/\/taskpane\.html$/, '/');
  return `${name}：共享文件夹目录部署说明（本文件由构建生成，其中的路径与 GUID 就是本次构建所用的）

共享文件夹：${catalog}
目录 GUID：${guid}
任务窗格地址：${source || '（未知）'}
检查页面：${site ? `${site}checker.html` : '（未知）'}

适用于 Windows 上的 Word 2016 及以上版本（含 Microsoft 365）。Mac 与 Word 网页版不读取共享文件夹目录。
Office 2016、2019 批量许可版用 Internet Explorer 内核运行加载项，案例助手无法在其中运行，
窗格会说明原因并链接检查页面；这些作者请直接使用检查页面。

一、准备共享文件夹（文件服务器上，一次）
  1. 建立文件夹并共享为 ${catalog}；共享权限与文件夹权限：作者所在的用户组“读取”，管理员“完全控制”。
  2. 把构建出的 manifest.xml（dist/manifest.xml）复制到该文件夹。文件夹中不要放同一加载项的其他清单。
  3. 把 dist/ 中的其余文件放到 HTTPS 网站上，地址与清单一致（见上面的任务窗格地址）。

二、在每台电脑上登记受信任目录（任选一种；登记的是“当前用户”，即 HKEY_CURRENT_USER）
  A. 组策略登录脚本（推荐，域中的电脑）：
     用户配置 → 策略 → Windows 设置 → 脚本(登录/注销) → 登录 → 添加：
       脚本名：powershell.exe
       脚本参数：-NoProfile -ExecutionPolicy Bypass -File "<放置位置>\\${FILES.ps1}"
     （${FILES.ps1} 放在用户可读的位置，例如 \\\\域\\NETLOGON。）
  B. 组策略首选项：用户配置 → 首选项 → Windows 设置 → 注册表 → 新建 → 注册表项，
     配置单元 HKEY_CURRENT_USER，项路径 Software\\Microsoft\\Office\\16.0\\WEF\\TrustedCatalogs\\${guid}，
     三个值：Id（REG_SZ）= ${guid}；Url（REG_SZ）= ${catalog}；Flags（REG_DWORD）= 1。
     也可先在管理机上双击 ${FILES.reg}，再用“注册表向导”选取这个项。
  C. 单台电脑：关闭 Word，双击 ${FILES.reg} 并确认；或在 PowerShell 中运行
       powershell -NoProfile -ExecutionPolicy Bypass -File ${FILES.ps1} -Check
  D. 手动：Word → 文件 → 选项 → 信任中心 → 信任中心设置 → 受信任的加载项目录，
     “目录 URL”填 ${catalog}，点“添加目录”，勾选“显示在菜单中”，确定，重新启动 Word。

三、作者添加加载项（每人一次）
  重新启动 Word → 插入 → 我的加载项（新版：开始 → 加载项 → 更多加载项）→ 共享文件夹 →
  选择“${name}” → 添加。“开始”选项卡出现“${name}”组。

四、取消
  双击 ${FILES.removeReg}，或运行 ${FILES.ps1} -Remove。

五、常见问题
  - “共享文件夹”下是空的：确认当前用户能在资源管理器中打开 ${catalog}（Word 不会询问共享的用户名和密码；
    不在域中的电脑请先在资源管理器中打开一次并勾选“记住我的凭据”），然后点对话框中的“刷新”。
  - 看不到“共享文件夹”：确认 Word 已完全退出后重新启动；组策略“阻止 Web 加载项”或“受信任的目录”类策略
    可能禁止了共享文件夹目录。
  - 窗格空白或报错：在电脑上用浏览器打开任务窗格地址，确认证书受信任、网站可以访问。
`;
}

/**
 * Every file of the deploy folder, as bytes, for one share and one manifest.
 * Throws (Chinese message) for a share path that cannot be a catalog.
 */
function catalogFiles({ catalog, manifestXml }) {
  const normalized = normalizeCatalogPath(catalog);
  const facts = manifestFacts(manifestXml);
  const values = { guid: catalogGuid(facts.id, normalized), catalog: normalized, name: facts.name, source: facts.source };
  return {
    guid: values.guid,
    catalog: normalized,
    files: {
      [FILES.reg]: encodeReg(regFile(values)),
      [FILES.removeReg]: encodeReg(removeRegFile(values)),
      [FILES.ps1]: encodeUtf8Bom(ps1File(values)),
      [FILES.readme]: encodeUtf8Bom(readmeFile(values)),
    },
  };
}

/**
 * Adds the deploy folder to a production build (`--env catalog=…`), from the manifest the
 * build itself writes, so that the files always name the site they were built for.
 */
class CatalogPlugin {
  constructor({ catalog, dir = 'deploy' }) {
    // Checked when the build is configured, before minutes of compiling.
    this.catalog = normalizeCatalogPath(catalog);
    this.dir = dir;
  }

  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('CatalogPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'CatalogPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS }, () => {
        const manifest = compilation.getAsset('manifest.xml');
        if (!manifest) {
          compilation.errors.push(new compiler.webpack.WebpackError('CatalogPlugin: 构建中没有 manifest.xml，无法生成共享文件夹目录的文件。'));
          return;
        }
        const { files } = catalogFiles({ catalog: this.catalog, manifestXml: manifest.source.source().toString() });
        for (const [name, bytes] of Object.entries(files)) {
          compilation.emitAsset(`${this.dir}/${name}`, new sources.RawSource(bytes));
        }
      });
    });
  }
}

function parseArgs(argv) {
  const options = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const m = /^--([a-z]+)(?:=(.*))?$/.exec(arg);
    if (!m) throw new Error(`无法识别的参数：${arg}`);
    options[m[1]] = m[2] ?? argv[++i];
    if (options[m[1]] === undefined) throw new Error(`参数 --${m[1]} 缺少值。`);
  }
  return options;
}

function main(argv = process.argv.slice(2)) {
  const options = parseArgs(argv);
  if (!options.catalog) {
    throw new Error('用法：node scripts/catalog.js --catalog \\\\服务器\\共享名 [--manifest dist/manifest.xml] [--out dist/deploy]');
  }
  normalizeCatalogPath(options.catalog);
  const manifestPath = path.resolve(options.manifest ?? path.join(ROOT, 'dist', 'manifest.xml'));
  if (!fs.existsSync(manifestPath)) {
    throw new Error(`找不到清单 ${manifestPath}：请先构建（npm run build -- --env url=…），或用 --manifest 指定。`);
  }
  const out = path.resolve(options.out ?? path.join(path.dirname(manifestPath), 'deploy'));
  const { guid, catalog, files } = catalogFiles({ catalog: options.catalog, manifestXml: fs.readFileSync(manifestPath, 'utf8') });
  fs.mkdirSync(out, { recursive: true });
  for (const [name, bytes] of Object.entries(files)) fs.writeFileSync(path.join(out, name), bytes);
  return `已为共享文件夹 ${catalog}（目录 GUID ${guid}）生成 ${Object.keys(files).join('、')}，位于 ${out}`;
}

if (require.main === module) {
  try {
    console.log(main());
  } catch (error) {
    console.error(`生成失败：${error.message}`);
    process.exit(2);
  }
}

module.exports = {
  CATALOGS_KEY,
  FILES,
  normalizeCatalogPath,
  catalogGuid,
  manifestFacts,
  catalogFiles,
  CatalogPlugin,
  main,
};
