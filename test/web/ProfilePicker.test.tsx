/**
 * The page's 规则配置 (issue 14): the built-ins by name, a department's profile file read
 * in the browser and validated, its mistakes listed by JSON path.
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import * as React from 'react';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { NEU_2024 } from '../../src/core/profile';
import type { Profile } from '../../src/core/profile/types';
import { ProfilePicker } from '../../src/web/ProfilePicker';
import { fluentInJsdom } from '../helpers/jsdom-fluent';

fluentInJsdom();

const NEU_JSON = JSON.parse(readFileSync(path.join(__dirname, '../../src/profiles/neu-2024.json'), 'utf8'));

function Page({ chosen }: { chosen: string[] }) {
  const [profile, setProfile] = React.useState<Profile>(NEU_2024);
  return (
    <FluentProvider theme={webLightTheme}>
      <ProfilePicker
        profile={profile}
        onChange={(p) => {
          chosen.push(p.id);
          setProfile(p);
        }}
      />
    </FluentProvider>
  );
}

function upload(name: string, text: string) {
  const file = new File([text], name, { type: 'application/json' });
  fireEvent.change(screen.getByTestId('profile-file'), { target: { files: [file] } });
}

describe('the page’s profile picker', () => {
  it('loads a built-in on demand', async () => {
    const chosen: string[] = [];
    render(<Page chosen={chosen} />);
    fireEvent.change(screen.getByTestId('profile-select'), { target: { value: 'jiangsu-2018' } });
    await waitFor(() => expect(chosen).toEqual(['jiangsu-2018']));
  });

  it('lists a profile file’s mistakes by JSON path, and takes a good one', async () => {
    const chosen: string[] = [];
    render(<Page chosen={chosen} />);
    upload('2025-有误.json', JSON.stringify({ ...NEU_JSON, id: 'neu-2025', pictures: { ...NEU_JSON.pictures, maxGroups: -1 } }));
    await screen.findByText('$.pictures.maxGroups：不应小于 0，实为 -1');
    expect(chosen).toEqual([]);

    upload('2025.json', JSON.stringify({ ...NEU_JSON, id: 'neu-2025', name: '东北大学 2025 年度案例（试用）' }));
    await waitFor(() => expect(chosen).toEqual(['neu-2025']));
    expect(screen.queryByTestId('profile-problem')).toBeNull();
    expect((screen.getByTestId('profile-select') as HTMLSelectElement).value).toBe('neu-2025');
  });

  it('refuses a copy that kept a built-in’s id', async () => {
    render(<Page chosen={[]} />);
    upload('neu-2024-副本.json', JSON.stringify(NEU_JSON));
    await screen.findByText('$.id：“neu-2024”是内置配置的 id，请改用新的 id（例如 neu-2025）');
  });
});
