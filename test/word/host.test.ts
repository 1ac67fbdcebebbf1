import { createFakeOffice } from '../e2e/fake-office';
import { HOST_MESSAGES, checkHost, isLegacyRuntime, luminance, officeIsDark } from '../../src/word';

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Word;
  delete (globalThis as Record<string, unknown>).Office;
});

function install(apiVersion: string, bodyBackgroundColor = '#ffffff') {
  const fake = createFakeOffice({ apiVersion, theme: { bodyBackgroundColor } });
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
    expect(checkHost()).toEqual({ ok: false, reason: HOST_MESSAGES.oldApi });
    expect(HOST_MESSAGES.oldApi).toMatch(/Word JavaScript API 1\.3/);
  });

  it('outside Office says it needs Word', () => {
    expect(checkHost()).toEqual({ ok: false, reason: HOST_MESSAGES.notWord });
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
