/**
 * 规则配置: which notice the page checks against — a built-in profile (the 2024 notice by
 * default, the others loaded on demand) or a department's own profile file (.json), read
 * here and validated by the core (its errors listed with their JSON paths). Nothing is sent
 * anywhere; the file is read in the browser.
 */
import * as React from 'react';
import { Button, Field, MessageBar, MessageBarBody, MessageBarTitle, Select, makeStyles, tokens } from '@fluentui/react-components';
import { BUILTIN_PROFILE_INFO, loadBuiltinProfile, loadProfile } from '../core/profile';
import type { Profile } from '../core/profile/types';

/** A profile is a few dozen KB: a file over this is not one, and is not read. */
export const MAX_PROFILE_FILE_BYTES = 1024 * 1024;

const useStyles = makeStyles({
  row: { display: 'flex', columnGap: tokens.spacingHorizontalM, alignItems: 'end', flexWrap: 'wrap' },
  select: { minWidth: '360px' },
  errors: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** The file's text (UTF-8), through FileReader, which every browser (and jsdom) has. */
function readText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error ?? new Error('读取失败'));
    reader.readAsText(file, 'utf-8');
  });
}

export function ProfilePicker({ profile, onChange }: { profile: Profile; onChange(p: Profile): void }) {
  const styles = useStyles();
  const input = React.useRef<HTMLInputElement>(null);
  const [own, setOwn] = React.useState<Profile[]>([]);
  const [problem, setProblem] = React.useState<{ title: string; lines: string[] }>();
  const [busy, setBusy] = React.useState(false);
  const options = [...BUILTIN_PROFILE_INFO, ...own.map((p) => ({ id: p.id, name: `${p.name}（配置文件）` }))];

  const choose = async (id: string) => {
    setProblem(undefined);
    const mine = own.find((p) => p.id === id);
    if (mine) return onChange(mine);
    setBusy(true);
    try {
      const p = await loadBuiltinProfile(id);
      if (p) onChange(p);
    } catch (e) {
      setProblem({ title: '无法载入内置规则配置', lines: [e instanceof Error ? e.message : String(e)] });
    } finally {
      setBusy(false);
    }
  };

  const fromFile = async (file: File) => {
    setProblem(undefined);
    if (file.size > MAX_PROFILE_FILE_BYTES) {
      setProblem({ title: `“${file.name}”不像规则配置`, lines: [`文件过大（${(file.size / 1024 / 1024).toFixed(1)} MB，上限 1 MB）。`] });
      return;
    }
    let text: string;
    try {
      text = await readText(file);
    } catch (e) {
      setProblem({ title: `无法读取“${file.name}”`, lines: [e instanceof Error ? e.message : String(e)] });
      return;
    }
    const r = loadProfile(text.replace(/^\uFEFF/, ''));
    if (!r.ok) {
      setProblem({ title: `规则配置文件“${file.name}”有误`, lines: r.errors.map((e) => `${e.path}：${e.message}`) });
      return;
    }
    // A copy of a built-in keeps its id by mistake: the page keeps each profile's results by id.
    if (BUILTIN_PROFILE_INFO.some((b) => b.id === r.profile.id)) {
      setProblem({ title: `规则配置文件“${file.name}”有误`, lines: [`$.id：“${r.profile.id}”是内置配置的 id，请改用新的 id（例如 ${r.profile.id.replace(/\d{4}$/, (y) => String(Number(y) + 1))}）`] });
      return;
    }
    setOwn((list) => [...list.filter((p) => p.id !== r.profile.id), r.profile]);
    onChange(r.profile);
  };

  return (
    <div>
      <div className={styles.row}>
        <Field label="规则配置（征集通知）">
          <Select className={styles.select} value={profile.id} disabled={busy} data-testid="profile-select" onChange={(_, d) => void choose(d.value)}>
            {options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </Select>
        </Field>
        <Button onClick={() => input.current?.click()} data-testid="profile-file-button">
          载入配置文件（.json）…
        </Button>
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          hidden
          data-testid="profile-file"
          onChange={(e) => {
            const f = e.target.files?.[0];
            e.target.value = '';
            if (f) void fromFile(f);
          }}
        />
      </div>
      {problem ? (
        <MessageBar intent="error" data-testid="profile-problem">
          <MessageBarBody>
            <MessageBarTitle>{problem.title}</MessageBarTitle>
            <ul className={styles.errors}>
              {problem.lines.slice(0, 20).map((l, i) => (
                <li key={i}>{l}</li>
              ))}
            </ul>
            {problem.lines.length > 20 ? `另有 ${problem.lines.length - 20} 处` : null}
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
}
