/**
 * Choosing the notice in the pane (issue 14): the built-in profiles are offered, the one
 * chosen is loaded on demand and saved in the document with the category, and a document
 * whose settings name a notice is checked against it.
 */
import * as React from 'react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App } from '../../src/taskpane/App';
import { NEU_2024 } from '../../src/core/profile';
import type { Profile } from '../../src/core/profile/types';
import { DocumentSourceProvider } from '../../src/taskpane/DocumentSourceContext';
import { caseDoc, han } from '../helpers/case-doc';
import { FakeSource } from './fake-source';
import { fluentInJsdom } from '../helpers/jsdom-fluent';


fluentInJsdom();

/** As the pane's entry holds it (src/taskpane/index.tsx, ProfileHost). */
function Host({ initial, changes }: { initial: Profile; changes: string[] }) {
  const [profile, setProfile] = React.useState(initial);
  return (
    <App
      profile={profile}
      onProfileChange={(p) => {
        changes.push(p.id);
        setProfile(p);
      }}
    />
  );
}

function renderPane(source: FakeSource, changes: string[] = []) {
  render(
    <FluentProvider theme={webLightTheme}>
      <DocumentSourceProvider source={source}>
        <Host initial={NEU_2024} changes={changes} />
      </DocumentSourceProvider>
    </FluentProvider>,
  );
  return changes;
}

/** A 大同 case: four sections of its own, no summary. */
function datongCase() {
  return caseDoc()
    .title('“一站式”学生社区思政育人')
    .unit('文学院党委')
    .heading('一、基本情况')
    .para(han(300))
    .heading('二、主要做法')
    .para(han(800))
    .heading('三、工作成效')
    .para(han(500))
    .heading('四、工作启示')
    .para(han(300));
}

describe('the pane’s choice of notice', () => {
  it('offers the built-in profiles, the 2024 notice chosen by default', async () => {
    renderPane(new FakeSource(datongCase().build()));
    const select = (await screen.findByTestId('profile-select')) as HTMLSelectElement;
    expect([...select.options].map((o) => o.value)).toEqual(['neu-2024', 'jiangsu-2018', 'baiyun-2020', 'sxdtdx-2024', 'national-2015']);
    expect(select.value).toBe('neu-2024');
  });

  it('loads the one chosen, saves it with the category, and checks against its parts', async () => {
    const source = new FakeSource(datongCase().build());
    source.settings = { category: 'committee', hintsOff: ['listing-heavy'] };
    const changes = renderPane(source);
    // Under the 2024 notice 实施背景 and 经验启示 are missing.
    await screen.findByRole('progressbar', { name: /案例正文/ });
    const select = (await screen.findByTestId('profile-select')) as HTMLSelectElement;
    fireEvent.change(select, { target: { value: 'sxdtdx-2024' } });
    await waitFor(() => expect(changes).toEqual(['sxdtdx-2024']));
    // committee is no category of that notice: cleared; the rest kept.
    expect(source.saved.at(-1)).toEqual({ profile: 'sxdtdx-2024', hintsOff: ['listing-heavy'] });
    const body = await screen.findByRole('progressbar', { name: /案例正文/ });
    await waitFor(() => expect(body.getAttribute('aria-valuetext')).toMatch(/ \/ 5000 字以内 · /));
    expect(screen.getByText('工作启示')).toBeTruthy();
    expect(screen.queryByText(/缺少“实施背景”/)).toBeNull();
  });

  it('a document whose settings name a notice is checked against it', async () => {
    const source = new FakeSource(datongCase().build());
    source.settings = { profile: 'sxdtdx-2024' };
    const changes = renderPane(source);
    await waitFor(() => expect(changes).toEqual(['sxdtdx-2024']));
    const select = (await screen.findByTestId('profile-select')) as HTMLSelectElement;
    await waitFor(() => expect(select.value).toBe('sxdtdx-2024'));
    // Taken from the document, not written back.
    expect(source.saved).toEqual([]);
  });
});
