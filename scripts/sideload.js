#!/usr/bin/env node
// Sideloads manifest.xml into Word desktop for development, without office-addin-debugging
// (which cannot run on Linux and pulls in a native keyring module).
//
//   Windows: registers the manifest under HKCU\Software\Microsoft\Office\16.0\WEF\Developer
//            (value name = add-in Id, data = manifest path), which Word reads at start-up.
//   macOS:   copies the manifest into Word's sandbox folder
//            ~/Library/Containers/com.microsoft.Word/Data/Documents/wef/.
//   Linux:   no Word desktop; prints how to upload the manifest to Word on the web.
//
//   node scripts/sideload.js [manifest.xml]            sideload
//   node scripts/sideload.js --remove [manifest.xml]   undo
'use strict';

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFileSync } = require('node:child_process');

const WEF_DEVELOPER_KEY = 'HKCU\\Software\\Microsoft\\Office\\16.0\\WEF\\Developer';

function addinId(manifestPath) {
  const match = /<Id>\s*([0-9a-fA-F-]{36})\s*<\/Id>/.exec(fs.readFileSync(manifestPath, 'utf8'));
  if (!match) throw new Error(`清单 ${manifestPath} 中没有找到加载项 Id。`);
  return match[1];
}

function macWefDir(home = os.homedir()) {
  return path.join(home, 'Library', 'Containers', 'com.microsoft.Word', 'Data', 'Documents', 'wef');
}

function webInstructions(manifestPath) {
  return [
    'Word 网页版（任何系统）：在浏览器中打开 OneDrive 或 SharePoint 上的一个 Word 文档，然后',
    '  插入 → 加载项 → 我的加载项 → 上传我的加载项，选择：',
    `  ${manifestPath}`,
    '  （新版界面中为：开始 → 加载项 → 更多加载项 → 我的加载项 → 上传我的加载项。）',
    '  上传的加载项只在本次会话中有效；浏览器需要信任开发证书，否则窗格为空白。',
  ].join('\n');
}

/** Returns { ok, message }. Never throws for an unsupported platform: it explains instead. */
function sideload(manifestPath, { platform = process.platform, home = os.homedir(), run = execFileSync } = {}) {
  const absolute = path.resolve(manifestPath);
  const id = addinId(absolute);
  if (platform === 'win32') {
    run('reg', ['add', WEF_DEVELOPER_KEY, '/v', id, '/t', 'REG_SZ', '/d', absolute, '/f'], { stdio: 'ignore' });
    return {
      ok: true,
      message:
        `已在注册表 ${WEF_DEVELOPER_KEY} 中登记清单。\n` +
        '请完全退出并重新启动 Word：“开始”选项卡右侧会出现“案例助手”组；如未出现，请在 插入 → 我的加载项 → 开发人员加载项 中选择“案例助手”。',
    };
  }
  if (platform === 'darwin') {
    const container = path.join(home, 'Library', 'Containers', 'com.microsoft.Word');
    if (!fs.existsSync(container)) {
      return { ok: false, message: '未找到 Word for Mac（~/Library/Containers/com.microsoft.Word 不存在）。请先安装并运行一次 Word。' };
    }
    const dir = macWefDir(home);
    fs.mkdirSync(dir, { recursive: true });
    fs.copyFileSync(absolute, path.join(dir, `${id}.manifest.xml`));
    return {
      ok: true,
      message: `已将清单复制到 ${dir}。\n请完全退出并重新启动 Word，然后在 插入 → 加载项 → 我的加载项 中选择“案例助手”。`,
    };
  }
  return { ok: false, message: '此系统上没有 Word 桌面版，请使用 Word 网页版加载（见下）。' };
}

function unsideload(manifestPath, { platform = process.platform, home = os.homedir(), run = execFileSync } = {}) {
  const id = addinId(path.resolve(manifestPath));
  if (platform === 'win32') {
    try {
      run('reg', ['delete', WEF_DEVELOPER_KEY, '/v', id, '/f'], { stdio: 'ignore' });
    } catch {
      return { ok: true, message: '注册表中没有登记本加载项，无需移除。' };
    }
    return { ok: true, message: '已从注册表移除本加载项，重新启动 Word 后生效。' };
  }
  if (platform === 'darwin') {
    const file = path.join(macWefDir(home), `${id}.manifest.xml`);
    if (fs.existsSync(file)) fs.rmSync(file);
    return { ok: true, message: `已移除 ${file}，重新启动 Word 后生效。` };
  }
  return { ok: true, message: '此系统上没有旁加载的 Word 桌面版加载项。' };
}

function main() {
  const args = process.argv.slice(2);
  const remove = args.includes('--remove');
  const manifestPath = path.resolve(args.find((a) => !a.startsWith('--')) || path.join(__dirname, '..', 'manifest.xml'));
  const result = remove ? unsideload(manifestPath) : sideload(manifestPath);
  console.log(result.message);
  if (!remove) console.log(webInstructions(manifestPath));
  if (!result.ok && (process.platform === 'win32' || process.platform === 'darwin')) process.exitCode = 1;
}

if (require.main === module) {
  try {
    main();
  } catch (error) {
    console.error(`旁加载失败：${error.message}`);
    process.exit(1);
  }
}

module.exports = { WEF_DEVELOPER_KEY, addinId, macWefDir, sideload, unsideload, webInstructions };
