/**
 * The case category: 分党委（直属党总支） or 党支部, and for a branch its type (教师 /
 * 机关、直属、后勤、科产、离退休 / 学生). Labels come from the profile.
 */
import { Field, Radio, RadioGroup, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Profile } from '../../core/profile/types';
import type { PaneStrings } from '../strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  // At 320 px (the narrowest task pane) a label must not break inside 党支部: the group wraps between options.
  group: { flexWrap: 'wrap' },
  label: { whiteSpace: 'nowrap' },
  note: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

export interface CategoryPickerProps {
  profile: Profile;
  /** The chosen category id (a subtype id for a typed branch). */
  value?: string;
  /** True when `value` was found in the document rather than chosen here. */
  detected?: boolean;
  onChange: (categoryId: string) => void;
  strings: PaneStrings;
}

export function topCategoryOf(profile: Profile, id: string | undefined): string | undefined {
  const spec = profile.categories.find((c) => c.id === id);
  return spec?.parent ?? spec?.id;
}

export function CategoryPicker({ profile, value, detected, onChange, strings }: CategoryPickerProps) {
  const styles = useStyles();
  const tops = profile.categories.filter((c) => !c.parent);
  const top = topCategoryOf(profile, value);
  const subtypes = profile.categories.filter((c) => top !== undefined && c.parent === top);
  const subtype = subtypes.some((c) => c.id === value) ? value : '';

  return (
    <div className={styles.root}>
      <Field label={`${strings.categoryLabel}${value && detected ? strings.categoryDetected : ''}`}>
        <RadioGroup value={top ?? ''} onChange={(_, d) => onChange(d.value)} layout="horizontal" className={styles.group}>
          {tops.map((c) => (
            <Radio key={c.id} value={c.id} label={{ children: c.label, className: styles.label }} />
          ))}
        </RadioGroup>
      </Field>
      {subtypes.length > 0 ? (
        <Field label={strings.subtypeLabel}>
          <RadioGroup value={subtype} onChange={(_, d) => onChange(d.value)}>
            {subtypes.map((c) => (
              <Radio key={c.id} value={c.id} label={c.label} />
            ))}
          </RadioGroup>
        </Field>
      ) : null}
      {value === undefined ? <Text className={styles.note}>{strings.categoryNone}</Text> : null}
    </div>
  );
}
