/**
 * The pane in English, rendered (issue 16: its English strings were never shown anywhere).
 * The pane's own words must all be English and grammatical ("1 warning", not "1 warnings");
 * what comes from the notice's profile (categories, part names) and from the document stays
 * Chinese as written.
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App } from '../../src/taskpane/App';
import { DocumentSourceProvider } from '../../src/taskpane/DocumentSourceContext';
import { NEU_2024 } from '../../src/core/profile';
import { guidanceFor } from '../../src/taskpane/components/GuidanceTab';
import { caseDoc, han } from '../helpers/case-doc';
import { FakeSource } from './fake-source';
import { fluentInJsdom } from '../helpers/jsdom-fluent';


fluentInJsdom();

const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;

/** Every string of the profile (labels, aliases, guidance, notice clauses): data, not the pane's words. */
function profileStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) profileStrings(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) profileStrings(v, out);
  return out;
}

/** The text left when the document's and the profile's own strings are taken out. */
function paneWords(text: string, data: string[]): string {
  let rest = text;
  // Only the Chinese ones: the profile's ids and metrics ('words', 'branch') are English words the pane may use too.
  for (const d of [...new Set(data)].filter((x) => CJK.test(x)).sort((a, b) => b.length - a.length)) rest = rest.split(d).join(' ');
  return rest;
}


test('the 检查 tab in English: one warning is “1 warning”, and no Chinese but the document’s and the notice’s own words', async () => {
  // A start in 2023年3月 has not run two years by 2024-11-27: period-range's one warning.
  const doc = caseDoc()
    .title('党建引领“双创”实践育人')
    .unit('信息科学与工程学院党委')
    .org('信息科学与工程学院计算机系教师第一党支部')
    .category('党支部（教师党支部）')
    .period('2023年3月')
    .summary(han(200))
    .background(han(300))
    .practice(han(400))
    .picture({ caption: '图1 支部书记讲党课' })
    .lessons(han(270))
    .build();
  const source = new FakeSource(doc);
  render(
    <FluentProvider theme={webLightTheme}>
      <DocumentSourceProvider source={source}>
        <App profile={NEU_2024} locale="en" />
      </DocumentSourceProvider>
    </FluentProvider>,
  );
  await waitFor(() => expect(screen.getByRole('status').textContent).toBe('0 errors, 1 warning, 0 notes'));
  expect(screen.getByRole('tab', { name: 'Check' })).toBeTruthy();
  expect(screen.getByRole('tab', { name: 'Guidance' })).toBeTruthy();
  expect(screen.getByRole('tab', { name: 'About' })).toBeTruthy();
  expect(screen.getByText('Case category (found in the document)')).toBeTruthy();
  expect(screen.getByRole('progressbar', { name: /案例正文/ }).getAttribute('aria-valuetext')).toMatch(/^\d+ words \/ about 1000 words · /);
  expect(screen.getByText(/The work started in March 2023: by the deadline \(2024-11-27\) it has run less than 2 years; it should have started by November 2022\./)).toBeTruthy();

  const data = [...profileStrings(NEU_2024), ...doc.paragraphs.flatMap((p) => [p.text, ...p.text.split(/[:：]/)])];
  const check = paneWords(document.body.textContent ?? '', data);
  expect(check.match(new RegExp('.{0,30}' + CJK.source + '.{0,30}', 'g')) ?? []).toEqual([]);
  expect(check).not.toMatch(/\{\w+(\|[^}]*)?\}/);
  expect(check).not.toMatch(/(^|[^\d.])1 (errors|warnings|notes|pictures|words)\b/);

  fireEvent.click(screen.getByRole('tab', { name: 'Guidance' }));
  await screen.findByText('Self-check: the five criteria');
  expect(screen.getByText('Deadline: 2024-11-27')).toBeTruthy();
  // The notice's guidance for the category, quoted (a lead-in's last comma becomes a colon).
  const guide = paneWords(document.body.textContent ?? '', [...data, ...guidanceFor(NEU_2024, 'branch.teacher').map((g) => g.text)]);
  expect(guide.match(new RegExp('.{0,30}' + CJK.source + '.{0,30}', 'g')) ?? []).toEqual([]);
});
