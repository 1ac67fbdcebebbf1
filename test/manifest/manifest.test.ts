import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEV_BASE_URL, manifestForBaseUrl, normalizeBaseUrl } from '../../scripts/manifest';
import { blocks, pngSize, tags, validateManifest } from './schema';

const ROOT = path.resolve(__dirname, '../..');
const SOURCE = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const SAMPLE_URL = 'https://case.example.edu.cn/addin/';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const icons = require('../../scripts/make-icons') as {
  SIZES: number[];
  encodePng(size: number, rgba: Buffer): Buffer;
  render(size: number): Buffer;
};

/** Local file behind a manifest URL on the given base. */
function localFile(url: string, base: string): string {
  expect(url.startsWith(base + '/')).toBe(true);
  return path.join(ROOT, url.slice(base.length + 1).split('?')[0]);
}

function stringsById(xml: string): Map<string, { zh: string; en?: string }> {
  const map = new Map<string, { zh: string; en?: string }>();
  const re = /<bt:String\s+id="([^"]+)"\s+DefaultValue="([^"]*)"\s*(?:\/>|>([\s\S]*?)<\/bt:String>)/g;
  for (const m of xml.matchAll(re)) {
    const en = tags(m[3] ?? '', 'bt:Override').find((o) => o.Locale === 'en-US')?.Value;
    map.set(m[1], { zh: m[2], en });
  }
  return map;
}

describe.each([
  ['manifest.xml (development)', SOURCE, DEV_BASE_URL],
  ['dist/manifest.xml (production, sample URL)', manifestForBaseUrl(SOURCE, SAMPLE_URL), 'https://case.example.edu.cn/addin'],
])('%s', (_name, xml, base) => {
  test('is valid against the OfficeApp 1.1 schemas (offline)', async () => {
    const result = await validateManifest(xml);
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  test('is a Word task-pane add-in needing WordApi 1.3 and ReadWriteDocument', () => {
    expect(tags(xml, 'OfficeApp')[0]['xsi:type']).toBe('TaskPaneApp');
    expect(tags(xml, 'Host').filter((h) => h.Name).map((h) => h.Name)).toEqual(['Document']);
    expect(tags(xml, 'Sets')[0].DefaultMinVersion).toBe('1.3');
    expect(tags(xml, 'Set')).toEqual([{ Name: 'WordApi', MinVersion: '1.3' }]);
    expect(blocks(xml, 'Permissions')).toEqual(['ReadWriteDocument']);
    expect(blocks(xml, 'Id')[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });

  test('defaults to zh-CN with en-US overrides', () => {
    expect(blocks(xml, 'DefaultLocale')).toEqual(['zh-CN']);
    const displayName = blocks(xml, 'DisplayName')[0];
    expect(tags(xml, 'DisplayName')[0].DefaultValue).toBe('案例助手');
    expect(tags(displayName, 'Override')).toEqual([{ Locale: 'en-US', Value: 'Case Assistant' }]);
    expect(tags(blocks(xml, 'Description')[0], 'Override')[0].Locale).toBe('en-US');
    for (const [id, s] of stringsById(xml)) {
      expect({ id, han: /\p{Script=Han}/u.test(s.zh) }).toEqual({ id, han: true });
      expect({ id, en: typeof s.en === 'string' && s.en.length > 0 }).toEqual({ id, en: true });
    }
  });

  test('has the ribbon buttons 插入案例模板 and 案例检查, both opening the task pane', () => {
    const strings = stringsById(xml);
    const urls = new Map(tags(xml, 'bt:Url').map((u) => [u.id, u.DefaultValue]));
    const controls = blocks(xml, 'Control', (open) => open.includes('xsi:type="Button"'));
    const buttons = controls.map((c) => ({
      label: strings.get(tags(c, 'Label')[0].resid)?.zh,
      action: tags(c, 'Action')[0]['xsi:type'],
      url: urls.get(tags(c, 'SourceLocation')[0].resid),
    }));
    expect(buttons).toEqual([
      { label: '插入案例模板', action: 'ShowTaskpane', url: `${base}/taskpane.html?action=insertTemplate` },
      { label: '案例检查', action: 'ShowTaskpane', url: `${base}/taskpane.html` },
    ]);
    expect(tags(xml, 'SourceLocation')[0].DefaultValue).toBe(`${base}/taskpane.html`);
  });

  test('uses https only, on the given base URL', () => {
    const urls = [...xml.matchAll(/\s(?!xmlns)[\w:]+="([a-z]+:\/\/[^"]*)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls) expect(url.startsWith(base + '/')).toBe(true);
    if (base !== DEV_BASE_URL) expect(xml).not.toMatch(/\/\/localhost/);
  });

  test('declares icons that exist at their declared sizes', () => {
    const images = new Map(tags(xml, 'bt:Image').filter((i) => i.id).map((i) => [i.id, i.DefaultValue]));
    const declared: [string, number][] = [
      [tags(xml, 'IconUrl')[0].DefaultValue, 32],
      [tags(xml, 'HighResolutionIconUrl')[0].DefaultValue, 64],
      ...tags(xml, 'bt:Image')
        .filter((i) => i.size)
        .map((i): [string, number] => [images.get(i.resid) as string, Number(i.size)]),
    ];
    expect(new Set(declared.map(([, size]) => size))).toEqual(new Set([16, 32, 64, 80]));
    for (const [url, size] of declared) {
      const { width, height } = pngSize(fs.readFileSync(localFile(url, base)));
      expect({ url, width, height }).toEqual({ url, width: size, height: size });
    }
  });

  test('links a support page that exists', () => {
    expect(fs.existsSync(localFile(tags(xml, 'SupportUrl')[0].DefaultValue, base))).toBe(true);
  });
});

describe('production base URL', () => {
  test.each([
    ['https://case.example.edu.cn', 'https://case.example.edu.cn'],
    ['https://case.example.edu.cn/addin/', 'https://case.example.edu.cn/addin'],
    [' https://Case.Example.edu.cn:8443/a/b ', 'https://case.example.edu.cn:8443/a/b'],
  ])('%s becomes %s', (input, expected) => {
    expect(normalizeBaseUrl(input)).toBe(expected);
  });

  test.each([
    ['http://case.example.edu.cn', 'https://'],
    ['case.example.edu.cn', '不是有效的网址'],
    ['https://case.example.edu.cn/?v=1', '“?”或“#”'],
    ['https://case.example.edu.cn/#x', '“?”或“#”'],
    ['https://user:pw@case.example.edu.cn', '用户名或密码'],
    ['', '不是有效的网址'],
  ])('%j is refused', (input, message) => {
    expect(() => normalizeBaseUrl(input)).toThrow(message);
  });

  test('replaces every development URL and nothing else', () => {
    const out = manifestForBaseUrl(SOURCE, 'https://x.example.edu.cn/p');
    const before = SOURCE.split(DEV_BASE_URL).length - 1;
    expect(before).toBeGreaterThan(10);
    expect(out.split('https://x.example.edu.cn/p/').length - 1).toBe(before);
    expect(out.replaceAll('https://x.example.edu.cn/p', DEV_BASE_URL)).toBe(SOURCE);
  });
});

describe('icons', () => {
  test.each(icons.SIZES)('assets/icon-%i.png is what scripts/make-icons.js draws', (size) => {
    const committed = fs.readFileSync(path.join(ROOT, 'assets', `icon-${size}.png`));
    expect(pngSize(committed)).toEqual({ width: size, height: size });
    expect(icons.encodePng(size, icons.render(size)).equals(committed)).toBe(true);
  });
});

describe('schema validator', () => {
  test('rejects a manifest the schema forbids', async () => {
    const broken = SOURCE.replace('<Permissions>ReadWriteDocument</Permissions>', '<Permissions>Everything</Permissions>');
    const result = await validateManifest(broken);
    expect(result.valid).toBe(false);
    expect(result.errors.join('\n')).toContain('Permissions');
  });
});
