/**
 * Which notice the document is checked against: the built-in profiles by name (the 2024
 * notice first). The others are loaded only when chosen (their own chunks), so that the
 * pane's first script stays small. The choice is saved in the document with the category.
 */
import { Field, Select, makeStyles } from '@fluentui/react-components';
import { BUILTIN_PROFILE_INFO } from '../../core/profile';
import type { Profile } from '../../core/profile/types';
import type { PaneStrings } from '../strings';

// At 320 px (the narrowest pane) a native select is as wide as its longest name: held to the pane's width.
const useStyles = makeStyles({
  root: { width: '100%', maxWidth: '100%', minWidth: 0 },
  select: { width: '100%', minWidth: 0, textOverflow: 'ellipsis' },
});

export function ProfileChooser({ profile, busy, onChange, strings }: { profile: Profile; busy?: boolean; onChange(id: string): void; strings: PaneStrings }) {
  const styles = useStyles();
  return (
    <Field label={strings.profileLabel} className={styles.root}>
      <Select className={styles.root} select={{ className: styles.select }} value={profile.id} disabled={busy} data-testid="profile-select" onChange={(_, d) => onChange(d.value)}>
        {BUILTIN_PROFILE_INFO.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
        {BUILTIN_PROFILE_INFO.some((p) => p.id === profile.id) ? null : <option value={profile.id}>{profile.name}</option>}
      </Select>
    </Field>
  );
}
