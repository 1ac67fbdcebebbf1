/**
 * The page's 检查未完成 bar (issue 16: untested): when checking the folder fails as a whole
 * (the worker's combine step, not one file), the bar names the reason; a new check clears it.
 */
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { BatchPanel } from '../../src/web/BatchPanel';
import type { CheckerClient } from '../../src/web/worker-client';
import type { BatchReport } from '../../src/core/batch';
import { NEU_2024 } from '../../src/core/profile';
import { fluentInJsdom } from '../helpers/jsdom-fluent';

fluentInJsdom();

function pick(name: string) {
  const input = screen.getByTestId('batch-drop-input') as HTMLInputElement;
  const file = new File([new Uint8Array([0x50, 0x4b, 3, 4])], name);
  act(() => {
    fireEvent.change(input, { target: { files: [file] } });
  });
}

test('a check that fails as a whole shows 检查未完成 with the reason, and the next check clears it', async () => {
  const checkFiles = jest.fn<Promise<BatchReport>, unknown[]>().mockRejectedValueOnce(new Error('检查程序出错：内存不足，请分批检查。'));
  checkFiles.mockImplementationOnce(() => new Promise(() => undefined));
  const client = { checkFiles } as unknown as CheckerClient;
  render(
    <FluentProvider theme={webLightTheme}>
      <BatchPanel client={client} profile={NEU_2024} />
    </FluentProvider>,
  );
  pick('案例.docx');
  const title = await screen.findByText('检查未完成');
  expect(title.closest('.fui-MessageBar')?.textContent).toBe('检查未完成检查程序出错：内存不足，请分批检查。');
  expect(screen.queryByTestId('batch-summary')).toBeNull();
  expect(checkFiles).toHaveBeenCalledTimes(1);
  pick('案例2.docx');
  await waitFor(() => expect(checkFiles).toHaveBeenCalledTimes(2));
  expect(screen.queryByText('检查未完成')).toBeNull();
  expect(screen.getByTestId('progress').textContent).toMatch(/^正在检查 0\/1/);
});
