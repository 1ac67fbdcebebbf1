/**
 * The checker page's 配置草稿 tab, rendered with React Testing Library (jsdom): a pasted notice
 * becomes a table of 值 / 原文 / 需核对 and a JSON download that validates as a profile.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { loadProfile } from '../../src/core/profile';
import { App } from '../../src/web/App';
import { DraftPanel } from '../../src/web/DraftPanel';
import type { CheckerClient } from '../../src/web/worker-client';
import { fluentInJsdom } from '../helpers/jsdom-fluent';

const NEU_NOTICE = path.resolve(__dirname, '..', '..', '..', 'shared', 'notice', '2024-notice.txt');
const BAIYUN = path.resolve(__dirname, '..', 'fixtures', 'notices', 'baiyun-2020.txt');

fluentInJsdom();

const saved: { name: string; blob: Blob }[] = [];
beforeAll(() => {
  // jsdom has no object URLs: record what the page saves.
  let current: Blob | undefined;
  Object.assign(URL, { createObjectURL: (b: Blob) => ((current = b), 'blob:draft'), revokeObjectURL: () => undefined });
  jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    if (current) saved.push({ name: this.download, blob: current });
  });
});
afterEach(() => {
  saved.length = 0;
});

/** jsdom's Blob has no text(): read it as a browser's FileReader would. */
function blobText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

function paste(text: string) {
  render(
    <FluentProvider theme={webLightTheme}>
      <DraftPanel />
    </FluentProvider>,
  );
  fireEvent.change(screen.getByTestId('draft-notice'), { target: { value: text } });
  fireEvent.click(screen.getByTestId('draft-make'));
}

const row = (p: string) => screen.getAllByTestId('draft-row').find((r) => r.getAttribute('data-path') === p) as HTMLElement;
const cells = (p: string) => within(row(p)).getAllByRole('cell').map((c) => c.textContent);

test('the NEU notice: each value with its sentence; the guesses marked; a valid draft to download', async () => {
  paste(readFileSync(NEU_NOTICE, 'utf8'));
  expect(screen.getByRole('columnheader', { name: '值' })).toBeTruthy();
  expect(screen.getByRole('columnheader', { name: '原文' })).toBeTruthy();
  expect(screen.getByRole('columnheader', { name: '需核对' })).toBeTruthy();
  expect(cells('categories.branch.bodyLimit')).toEqual(['正文字数（党支部）', '1000 字左右', '“党支部案例 1000 字左右”', '通知原文']);
  expect(cells('pictures.max').slice(0, 2)).toEqual(['图片最多（张/组）', '5']);
  expect(row('notice.deadline').getAttribute('data-guess')).toBe('yes');
  expect(cells('notice.deadline')[3]).toContain('2024-11-27 是星期三');
  expect(row('$.integration').getAttribute('data-guess')).toBe('yes');
  expect(screen.getByTestId('draft-summary').textContent).toBe('东北大学 2024 年度基层党建工作创新奖暨党建“一融双高”建设案例：共 41 项，其中 15 项需核对。');
  expect(screen.getByTestId('draft-valid')).toBeTruthy();

  fireEvent.click(screen.getByTestId('draft-download'));
  expect(saved.map((s) => s.name)).toEqual(['配置草稿-draft-2024.json']);
  const json = JSON.parse(await blobText(saved[0].blob));
  expect(json.notice).toMatchObject({ deadline: '2024-11-27', email: 'neuzzb@163.com' });
  expect(loadProfile(json).ok).toBe(true);
});

test('a notice with four parts: its labels in order, and a draft the profile validator accepts', () => {
  paste(readFileSync(BAIYUN, 'utf8'));
  expect(cells('sections')[1]).toBe('活动主题与思路（section-1） / 实施方法与过程（section-2） / 所取得主要成效（section-3） / 经验与启示（lessons）');
  expect(cells('pictures.caption').slice(1, 2)).toEqual(['20 字左右']);
  expect(screen.queryByTestId('draft-invalid')).toBeNull();
  expect(screen.getByTestId('draft-valid')).toBeTruthy();
});

test('nothing pasted, or far too much: a message, no table', () => {
  paste('   ');
  expect(screen.getByTestId('draft-error').textContent).toBe('请先粘贴通知全文。');
  expect(screen.queryByTestId('draft-table')).toBeNull();
  fireEvent.change(screen.getByTestId('draft-notice'), { target: { value: '通'.repeat(200_001) } });
  fireEvent.click(screen.getByTestId('draft-make'));
  expect(screen.getByTestId('draft-error').textContent).toContain('超过上限 200000');
  expect(screen.queryByTestId('draft-table')).toBeNull();
});

test('the checker page offers it as a third tab', async () => {
  const client = {} as unknown as CheckerClient;
  render(
    <FluentProvider theme={webLightTheme}>
      <App client={client} />
    </FluentProvider>,
  );
  // The batch tab restores its last results on mount (none here): let that settle.
  await act(async () => {});
  const tab = screen.getByRole('tab', { name: '配置草稿（从通知生成）' });
  expect(screen.getByTestId('draft-panel').closest('[hidden]')).not.toBeNull();
  fireEvent.click(tab);
  expect(screen.getByTestId('draft-panel').closest('[hidden]')).toBeNull();
});
