/**
 * The notice's guidance for the chosen category (section 二, in its own words), the five
 * criteria (section 三) as a self-check saved in the document, and the submission
 * checklist with the deadline shown as a date without a weekday.
 */
import { Button, Checkbox, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { CategorySpec, Profile } from '../../core/profile/types';
import { fill } from '../../ui/strings';
import { formatDeadline, type PaneLocale, type PaneStrings } from '../strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  quote: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    lineHeight: tokens.lineHeightBase400,
  },
  muted: { color: tokens.colorNeutralForeground3 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  criterion: { display: 'flex', flexDirection: 'column' },
  criterionText: { color: tokens.colorNeutralForeground2, paddingLeft: '32px', fontSize: tokens.fontSizeBase200 },
});

/**
 * The guidance paragraphs that apply: the parent's lead-in, then the category's own, or a
 * branch's subtypes. The notice's sentence runs on from the lead-in into the subtypes
 * (「党支部应重点围绕师生党支部的具体职责，教师党支部要……」): shown apart, a lead-in that
 * ends in a comma ends in a colon instead, so that it does not read as cut off.
 */
export function guidanceFor(profile: Profile, categoryId: string | undefined): { label: string; text: string }[] {
  const spec = profile.categories.find((c) => c.id === categoryId);
  if (!spec) return [];
  const out: { label: string; text: string }[] = [];
  const push = (c: CategorySpec | undefined, leadIn = false) => {
    if (c?.guidance) out.push({ label: c.label, text: leadIn ? c.guidance.replace(/[，,、；;]$/, '：') : c.guidance });
  };
  const subtypes = (id: string) => profile.categories.filter((c) => c.parent === id);
  if (spec.parent) {
    push(profile.categories.find((c) => c.id === spec.parent), true);
    push(spec);
  } else {
    push(spec, subtypes(spec.id).some((c) => c.guidance));
    for (const sub of subtypes(spec.id)) push(sub);
  }
  return out;
}

export interface GuidanceTabProps {
  profile: Profile;
  category?: string;
  selfCheck: Record<string, boolean>;
  onSelfCheck: (criterionId: string, checked: boolean) => void;
  strings: PaneStrings;
  locale?: PaneLocale;
  /** Runs 精确核对: the checklist's last step. */
  onExact?: () => void;
}

export function GuidanceTab({ profile, category, selfCheck, onSelfCheck, strings, locale, onExact }: GuidanceTabProps) {
  const styles = useStyles();
  const guidance = guidanceFor(profile, category);
  return (
    <div className={styles.root}>
      <section className={styles.section} aria-labelledby="guidance-title">
        <h2 id="guidance-title" className={styles.heading}>
          {strings.guidanceTitle}
        </h2>
        {guidance.length === 0 ? <Text className={styles.muted}>{strings.guidanceNone}</Text> : null}
        {guidance.map((g) => (
          <blockquote key={g.label} className={styles.quote} aria-label={g.label}>
            <Text weight="semibold">{g.label}</Text>
            <br />
            <Text>{g.text}</Text>
          </blockquote>
        ))}
      </section>

      <section className={styles.section} aria-labelledby="criteria-title">
        <h2 id="criteria-title" className={styles.heading}>
          {strings.criteriaTitle}
        </h2>
        <Text className={styles.muted}>{strings.criteriaHint}</Text>
        {profile.criteria.map((c) => (
          <div key={c.id} className={styles.criterion}>
            <Checkbox
              checked={selfCheck[c.id] === true}
              onChange={(_, d) => onSelfCheck(c.id, d.checked === true)}
              label={c.label}
              aria-describedby={`criterion-${c.id}`}
            />
            <Text id={`criterion-${c.id}`} className={styles.criterionText}>
              {c.text}
            </Text>
          </div>
        ))}
      </section>

      <section className={styles.section} aria-labelledby="checklist-title">
        <h2 id="checklist-title" className={styles.heading}>
          {strings.checklistTitle}
        </h2>
        <Text weight="semibold" data-testid="deadline">
          {fill(strings.deadline, { date: formatDeadline(profile.notice.deadline, locale) })}
        </Text>
        <ul className={styles.list}>
          {profile.checklist.map((item) => (
            <li key={item}>
              <Text>{item}</Text>
            </li>
          ))}
          {onExact ? (
            <li data-testid="checklist-exact">
              <Text>{strings.checklistExact}</Text>{' '}
              <Button size="small" onClick={onExact}>
                {strings.exactCheck}
              </Button>
            </li>
          ) : null}
        </ul>
      </section>
    </div>
  );
}
