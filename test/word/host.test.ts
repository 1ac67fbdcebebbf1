import { createFakeOffice } from '../e2e/fake-office';
import { checkHost, hostInfo, isLegacyRuntime, luminance, officeIsDark } from '../../src/word';
import { STARTUP_MESSAGES } from '../../src/taskpane/startup';

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Word;
  delete (globalThis as Record<string, unknown>).Office;
});

function install(apiVersion: string, bodyBackgroundColor = '#ffffff', platform?: string) {
  const fake = createFakeOffice({ apiVersion, theme: { bodyBackgroundColor }, platform });
  Object.assign(globalThis, { Word: fake.Word, Office: fake.Office });
}

describe('checkHost', () => {
  it('accepts WordApi 1.3 and reports whether paragraph events exist', () => {
    install('1.3');
    expect(checkHost()).toEqual({ ok: true, events: false });
    install('1.6');
    expect(checkHost()).toEqual({ ok: true, events: true });
  });

  it('says in Chinese what is needed below WordApi 1.3', () => {
    install('1.2');
    expect(checkHost()).toEqual({ ok: false, problem: 'oldApi' });
    expect(STARTUP_MESSAGES.kinds.oldApi.body).toMatch(/Word JavaScript API 1\.3/);
    // Perpetual Word 2016 (MSI) has WordApi 1.1 only: the message must not promise it works.
    expect(STARTUP_MESSAGES.kinds.oldApi.body).toMatch(/Office 2016 批量许可版（MSI）只有 1\.1/);
  });

  it('without Office.js says Office.js did not load; with Office but no Word, that it needs Word', () => {
    expect(checkHost()).toEqual({ ok: false, problem: 'officeJs' });
    Object.assign(globalThis, { Office: {} });
    expect(checkHost()).toEqual({ ok: false, problem: 'notWord' });
  });
});

describe('hostInfo', () => {
  it('reports the platform, version and the highest version of each requirement set', () => {
    install('1.7', '#ffffff', 'PC');
    expect(hostInfo()).toMatchObject({
      host: 'Word',
      platform: 'PC',
      version: '16.0.18025.20000',
      sets: { WordApi: '1.7', CompressedFile: '1.1', DocumentEvents: '1.1' },
    });
  });

  it('outside Office says what it does not know instead of failing', () => {
    expect(hostInfo()).toMatchObject({ host: '未知', platform: '未知', version: '未知', sets: {} });
  });
});

describe('isLegacyRuntime', () => {
  const modern = { navigator: { userAgent: 'Mozilla/5.0 (Windows NT 10.0) AppleWebKit/537.36 Chrome/120 Edg/120' }, Promise, Proxy };
  it('recognises the Internet Explorer webview and missing Promise/Proxy', () => {
    expect(isLegacyRuntime(modern)).toBe(false);
    expect(isLegacyRuntime({ ...modern, navigator: { userAgent: 'Mozilla/5.0 (Windows NT 10.0; Trident/7.0; rv:11.0) like Gecko' } })).toBe(true);
    expect(isLegacyRuntime({ ...modern, Proxy: undefined })).toBe(true);
    expect(isLegacyRuntime({ ...modern, Promise: undefined })).toBe(true);
  });
});

describe('theme', () => {
  it('follows the Office theme background', () => {
    install('1.3', '#262626');
    expect(officeIsDark()).toBe(true);
    install('1.3', '#f3f2f1');
    expect(officeIsDark()).toBe(false);
    expect(luminance('#000000')).toBe(0);
    expect(luminance('#ffffff')).toBeCloseTo(1);
  });
});
