import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const sideloading = require('../../scripts/sideload') as {
  WEF_DEVELOPER_KEY: string;
  addinId(manifestPath: string): string;
  macWefDir(home: string): string;
  sideload(manifestPath: string, options: object): { ok: boolean; message: string };
  unsideload(manifestPath: string, options: object): { ok: boolean; message: string };
  webInstructions(manifestPath: string): string;
};

const MANIFEST = path.resolve(__dirname, '../../manifest.xml');
const ID = /<Id>([^<]+)<\/Id>/.exec(fs.readFileSync(MANIFEST, 'utf8'))?.[1];

let home: string;
beforeEach(() => {
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'case-assistant-home-'));
});
afterEach(() => fs.rmSync(home, { recursive: true, force: true }));

test('reads the add-in id from the manifest', () => {
  expect(sideloading.addinId(MANIFEST)).toBe(ID);
});

test('Windows: registers the manifest path under WEF\\Developer, named by the add-in id', () => {
  const calls: string[][] = [];
  const run = (cmd: string, args: string[]) => calls.push([cmd, ...args]);
  expect(sideloading.sideload(MANIFEST, { platform: 'win32', run }).ok).toBe(true);
  expect(calls).toEqual([['reg', 'add', 'HKCU\\Software\\Microsoft\\Office\\16.0\\WEF\\Developer', '/v', ID, '/t', 'REG_SZ', '/d', MANIFEST, '/f']]);
  sideloading.unsideload(MANIFEST, { platform: 'win32', run });
  expect(calls[1]).toEqual(['reg', 'delete', sideloading.WEF_DEVELOPER_KEY, '/v', ID, '/f']);
});

test('Mac: copies the manifest into Word\'s wef folder, and removes it again', () => {
  expect(sideloading.sideload(MANIFEST, { platform: 'darwin', home }).ok).toBe(false);
  fs.mkdirSync(path.join(home, 'Library', 'Containers', 'com.microsoft.Word'), { recursive: true });
  const result = sideloading.sideload(MANIFEST, { platform: 'darwin', home });
  expect(result.ok).toBe(true);
  const copied = path.join(home, 'Library/Containers/com.microsoft.Word/Data/Documents/wef', `${ID}.manifest.xml`);
  expect(fs.readFileSync(copied, 'utf8')).toBe(fs.readFileSync(MANIFEST, 'utf8'));
  sideloading.unsideload(MANIFEST, { platform: 'darwin', home });
  expect(fs.existsSync(copied)).toBe(false);
});

test('Linux: nothing to sideload; the Word on the web steps name the manifest', () => {
  expect(sideloading.sideload(MANIFEST, { platform: 'linux', home }).ok).toBe(false);
  const text = sideloading.webInstructions(MANIFEST);
  expect(text).toContain('插入 → 加载项 → 我的加载项 → 上传我的加载项');
  expect(text).toContain(MANIFEST);
});
