/**
 * The pane's answers to what real Word does (issue: the add-in meets real Word): what the
 * live check cannot see, 精确核对 against the document's own bytes, one insertion per
 * click, and the 关于 view. The live document and the file come from one state of the
 * Office double (test/e2e/fake-office.js): the live read through the Word gateway on a
 * WordApi 1.3 host (deleted text included, as Word hands it over), the file as the .docx
 * getFileAsync gives.
 */
import { TextEncoder as NodeTextEncoder, TextDecoder as NodeTextDecoder } from 'node:util';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App } from '../../src/taskpane/App';
import { DocumentSourceProvider } from '../../src/taskpane/DocumentSourceContext';
import { decodeUtf8 } from '../../src/taskpane/exact-check';
import { NEU_2024 } from '../../src/core/profile';
import type { CaseDocument } from '../../src/core/model/types';
import { WordDocumentSource, officeHost } from '../../src/word';
import { DocumentSourceError } from '../../src/word/types';
import { createFakeOffice, type FakeParagraph } from '../e2e/fake-office';
import { caseDoc, han, validBranchCase } from '../helpers/case-doc';
import { FakeSource } from './fake-source';
import { fluentInJsdom } from '../helpers/jsdom-fluent';


fluentInJsdom();

beforeAll(() => {
  // jsdom has no TextDecoder, and it stays missing on purpose: the exact check must bring
  // its own, as in EdgeHTML 18.
  expect(typeof (globalThis as { TextDecoder?: unknown }).TextDecoder).toBe('undefined');
});

const DELETED = '删掉的八个汉字啊';

/** The valid branch case as Word's double holds it, with a tracked deletion of 8 字 in 主要做法. */
function wordParagraphs(): FakeParagraph[] {
  const doc = validBranchCase().build();
  return doc.paragraphs.map((p) => ({
    runs: p.text === han(400) ? [{ text: p.text }, { text: DELETED, deleted: true }] : [{ text: p.text }],
    styleBuiltIn: p.builtinStyle ?? 'Normal',
    outlineLevel: p.outlineLevel !== undefined ? p.outlineLevel + 1 : 10,
    pictures: p.pictures.map(() => ''),
  }));
}

/** The live read (WordApi 1.3: deleted text in) and the file, from one state of the double. */
async function liveAndFile(): Promise<{ doc: CaseDocument; file: Uint8Array }> {
  const fake = createFakeOffice({ apiVersion: '1.3', paragraphs: wordParagraphs(), properties: { 'CaseAssistant.settings': '{"category":"branch.teacher"}' } });
  Object.assign(globalThis, { Word: fake.Word, Office: fake.Office });
  try {
    const doc = await new WordDocumentSource(officeHost()).read();
    return { doc, file: fake.docx() };
  } finally {
    delete (globalThis as Record<string, unknown>).Word;
    delete (globalThis as Record<string, unknown>).Office;
  }
}

function renderPane(source: FakeSource) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <DocumentSourceProvider source={source}>
        <App profile={NEU_2024} version="9.9.9" hostInfo={() => ({ host: 'Word', platform: 'PC', version: '16.0.18025.20000', sets: { WordApi: '1.3', CompressedFile: '1.1' }, userAgent: 'TestAgent/1.0' })} />
      </DocumentSourceProvider>
    </FluentProvider>,
  );
}

describe('精确核对', () => {
  it('reads the document file, names every figure that differs, and the exact ones leave out the deleted text', async () => {
    const { doc, file } = await liveAndFile();
    const source = new FakeSource(doc);
    source.file = file;
    renderPane(source);
    await screen.findByRole('progressbar', { name: /案例正文/ });
    fireEvent.click(screen.getByRole('button', { name: '精确核对' }));
    const card = await screen.findByTestId('exact-result');
    const lines = within(card).getByTestId('exact-figures').textContent ?? '';
    const figure = (label: string) => {
      const m = new RegExp(`${label}：实时 (\\d+) 字，精确 (\\d+) 字`).exec(lines);
      if (!m) throw new Error(`no line for ${label} in ${lines}`);
      return Number(m[1]) - Number(m[2]);
    };
    // Exactly the 8 deleted 字, in the section, the body and the whole text; nothing else differs.
    expect(figure('主要做法')).toBe(8);
    expect(figure('案例正文')).toBe(8);
    expect(figure('全文字数')).toBe(8);
    expect(lines).not.toMatch(/实施背景|经验启示|案例简介|图片/);
    expect(source.fileReads).toBe(1);
  });

  it('shows the full exact report on request, and says when the document changed since', async () => {
    const { doc, file } = await liveAndFile();
    const source = new FakeSource(doc);
    source.file = file;
    renderPane(source);
    await screen.findByRole('progressbar', { name: /案例正文/ });
    const liveBody = screen.getByRole('progressbar', { name: /案例正文/ }).getAttribute('aria-valuetext') ?? '';
    fireEvent.click(screen.getByRole('button', { name: '精确核对' }));
    fireEvent.click(await screen.findByRole('button', { name: '查看完整报告' }));
    await screen.findByText('正在显示精确核对的报告（不随编辑更新）。');
    const exactBody = screen.getByRole('progressbar', { name: /案例正文/ }).getAttribute('aria-valuetext') ?? '';
    expect(Number(/^(\d+) 字/.exec(liveBody)![1]) - Number(/^(\d+) 字/.exec(exactBody)![1])).toBe(8);
    fireEvent.click(screen.getByRole('button', { name: '返回实时检查' }));
    expect(screen.getByRole('progressbar', { name: /案例正文/ }).getAttribute('aria-valuetext')).toBe(liveBody);
    // An edit: the next read brings a new document, and the result says it may be out of date.
    source.doc = { ...doc, paragraphs: doc.paragraphs.map((p) => ({ ...p })) };
    fireEvent.click(screen.getByRole('button', { name: '重新检查' }));
    expect(await screen.findByText('文档在核对后有改动，结果可能已过时。')).toBeTruthy();
  });

  it('says so when the same figures come out', async () => {
    const fake = createFakeOffice({ apiVersion: '1.3', paragraphs: [{ text: '案例简介', styleBuiltIn: 'Heading1', outlineLevel: 1 }, { text: han(200) }] });
    Object.assign(globalThis, { Word: fake.Word, Office: fake.Office });
    const doc = await new WordDocumentSource(officeHost()).read();
    delete (globalThis as Record<string, unknown>).Word;
    delete (globalThis as Record<string, unknown>).Office;
    const source = new FakeSource(doc);
    source.file = fake.docx();
    renderPane(source);
    await screen.findByRole('progressbar', { name: /案例简介/ });
    fireEvent.click(screen.getByRole('button', { name: '精确核对' }));
    expect(await screen.findByText('与实时检查一致：各部分字数、图片和问题都相同。')).toBeTruthy();
  });

  it('is the last step of the 指引 checklist', async () => {
    const { doc, file } = await liveAndFile();
    const source = new FakeSource(doc);
    source.file = file;
    renderPane(source);
    await screen.findByRole('progressbar', { name: /案例正文/ });
    fireEvent.click(screen.getByRole('tab', { name: '指引' }));
    const step = await screen.findByTestId('checklist-exact');
    expect(step.textContent).toMatch(/^最后一步：按文档文件再核对一遍/);
    fireEvent.click(within(step).getByRole('button', { name: '精确核对' }));
    // The result shows on the 检查 tab.
    await screen.findByTestId('exact-result');
    expect(source.fileReads).toBe(1);
  });

  it('a file Word cannot hand over is a MessageBar with Word\'s reason', async () => {
    const source = new FakeSource(validBranchCase().build());
    source.failFile = new DocumentSourceError('file', 'Word 网页版没能从云端取得文件（网络问题）。请稍候重试，或把文档另存到本机后用检查页面检查。');
    renderPane(source);
    await screen.findByRole('progressbar', { name: /案例正文/ });
    fireEvent.click(screen.getByRole('button', { name: '精确核对' }));
    expect(await screen.findByText(/没能从云端取得文件（网络问题）/)).toBeTruthy();
    expect(screen.queryByTestId('exact-result')).toBeNull();
  });

  it('the stand-in TextDecoder decodes UTF-8 as the real one does (EdgeHTML 18 has none)', () => {
    const text = '党建引领 ABC 𠀋𪚥（扩展B区）… “引号” 😀\u200d';
    const bytes = new NodeTextEncoder().encode(text);
    expect(decodeUtf8(bytes)).toBe(new NodeTextDecoder('utf-8').decode(bytes));
    expect(decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toBe('A');
  });
});

describe('what the live check cannot see', () => {
  it('a document with tracked deletions gets a warning whose button runs the exact check', async () => {
    const { doc, file } = await liveAndFile();
    const source = new FakeSource({ ...doc, caveats: [{ kind: 'deleted-text', certainty: 'present' }] });
    source.file = file;
    renderPane(source);
    const caveat = await screen.findByTestId('caveat');
    expect(caveat.textContent).toMatch(/文档中有修订（删除的文字）/);
    fireEvent.click(within(caveat).getByRole('button', { name: '精确核对' }));
    await screen.findByTestId('exact-result');
    expect(source.fileReads).toBe(1);
  });

  it('what this Word cannot tell is one quiet line; a counted floating object is a warning', async () => {
    const source = new FakeSource({ ...caseDoc().para('x').build(), caveats: [{ kind: 'deleted-text', certainty: 'unknown' }, { kind: 'floating' }] });
    renderPane(source);
    expect((await screen.findByTestId('caveat-unseen')).textContent).toBe(
      '实时检查看不到修订中删除的文字和隐藏文字、浮动（非“嵌入型”）图片和文本框。报送前请点“精确核对”。',
    );
    expect(screen.queryByTestId('caveat')).toBeNull();
  });

  it('floating pictures Word desktop counted are a warning with their number', async () => {
    const source = new FakeSource({ ...caseDoc().para('x').build(), caveats: [{ kind: 'floating', count: 2 }] });
    renderPane(source);
    expect((await screen.findByTestId('caveat')).textContent).toMatch(/文档中有 2 个浮动图片或文本框/);
  });
});

describe('inserting the template', () => {
  it('a double click inserts once', async () => {
    const source = new FakeSource(caseDoc().para('').build());
    source.settings = { category: 'committee' };
    renderPane(source);
    await waitFor(() => expect((screen.getByRole('radio', { name: '分党委（直属党总支）' }) as HTMLInputElement).checked).toBe(true));
    const button = screen.getByRole('button', { name: '插入案例模板' });
    fireEvent.click(button);
    fireEvent.click(button);
    await screen.findByText('已插入案例模板。');
    expect(source.inserts).toHaveLength(1);
  });

  it('when content arrived after the check, the refusal turns into the question whether to append', async () => {
    const source = new FakeSource(caseDoc().para('').build());
    source.settings = { category: 'committee' };
    source.failInsert = new DocumentSourceError('not-empty', '文档中已有内容（文本框）：为避免覆盖，未插入模板。');
    renderPane(source);
    await waitFor(() => expect((screen.getByRole('radio', { name: '分党委（直属党总支）' }) as HTMLInputElement).checked).toBe(true));
    fireEvent.click(screen.getByRole('button', { name: '插入案例模板' }));
    const dialog = await screen.findByRole('dialog', { hidden: true });
    expect(within(dialog).getByText('文档中已有内容')).toBeTruthy();
    expect(source.inserts).toHaveLength(0);
  });
});

describe('关于', () => {
  it('shows the version, the profile, the host, its requirement sets and the live check\'s limits, ready to copy', async () => {
    const source = new FakeSource({ ...caseDoc().para('x').build(), caveats: [{ kind: 'floating' }] });
    const writeText = jest.fn(() => Promise.resolve());
    Object.assign(navigator, { clipboard: { writeText } });
    renderPane(source);
    await screen.findByTestId('caveat-unseen');
    fireEvent.click(screen.getByRole('tab', { name: '关于' }));
    const text = (await screen.findByRole('textbox', { name: '关于案例助手' })) as HTMLTextAreaElement;
    expect(text.value.split('\n')).toEqual([
      '案例助手 版本 9.9.9',
      `通知配置：${NEU_2024.name}（neu-2024）`,
      'Word：Word · PC · 16.0.18025.20000',
      '支持的接口：WordApi 1.3、CompressedFile 1.1',
      '网页组件：TestAgent/1.0',
      '实时检查在此 Word 中看不到：实时检查看不到浮动（非“嵌入型”）图片和文本框。报送前请点“精确核对”。',
    ]);
    fireEvent.click(screen.getByRole('button', { name: '复制诊断信息' }));
    await screen.findByText('已复制，可以粘贴到邮件或聊天中。');
    expect(writeText).toHaveBeenCalledWith(text.value);
  });
});
