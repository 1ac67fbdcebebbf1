/**
 * Every part of a case with its length against its limit: the summary, the body total
 * with its background / practice / lessons breakdown, the cover fields found or
 * missing, and the picture groups with the length of their captions. Props only: the
 * task pane and the web page both render it inside their own FluentProvider, so it
 * follows their light or dark theme through the design tokens.
 */
import * as React from 'react';
import {
  Badge,
  Field,
  ProgressBar,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { PartReport, PictureGroupReport, Report } from '../core/report';
import type { PartId } from '../core/profile/types';
import { reportCoverIds, reportSectionIds } from '../core/report-parts';
import { fill, uiStrings, type UiLocale, type UiStrings } from './strings';
import { bodyBreakdown, coverState, limitText, partLength, stateColor, unitName } from './describe';


const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
  },
  subheading: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
  },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  breakdown: {
    listStyleType: 'none',
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    color: tokens.colorNeutralForeground2,
  },
  row: { display: 'flex', columnGap: tokens.spacingHorizontalS, alignItems: 'baseline', justifyContent: 'space-between' },
  value: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  note: { color: tokens.colorStatusWarningForeground1 },
  count: { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  badge: { flexShrink: 0, whiteSpace: 'nowrap' },
});

export interface PartsOverviewProps {
  report: Report;
  /** The caption limit (profile.pictures.caption.value), to draw a bar per caption. */
  captionMax?: number;
  /** Its kind: "以内" (default) or "左右" (then the engine's caption-length verdict colours the bar). */
  captionKind?: 'max' | 'around';
  /**
   * Ids of the parts the notice requires (profile.parts with `required`). When given, it
   * decides which absent or unfilled cover fields are errors; else the report's `required`.
   */
  requiredParts?: readonly PartId[];
  locale?: UiLocale;
}

function validationState(part: PartReport): 'error' | 'warning' | 'success' | 'none' {
  if (!part.limit) return 'none';
  const c = stateColor(part.limit.state);
  return c === 'brand' ? 'none' : c;
}

/** A part with a limit: label, `n 字 / limit · state`, and a bar coloured by the state. */
function LengthField({ part, metric, s }: { part: PartReport; metric: string; s: UiStrings }) {
  const styles = useStyles();
  const unit = unitName(metric, s);
  const actual = partLength(part, metric);
  if (!part.found) {
    return (
      <Field label={part.label} validationState="error" validationMessage={s.partNotFound}>
        <ProgressBar value={0} max={1} color="error" aria-label={`${part.label}${s.colon}${s.partNotFound}`} />
      </Field>
    );
  }
  if (!part.limit) {
    return (
      <div>
        <Text weight="semibold">{part.label}</Text>{' '}
        <Text className={styles.count}>
          {actual} {unit}
        </Text>
      </div>
    );
  }
  const limit = limitText(part.limit, metric, s);
  const state = s.state[part.limit.state];
  const message = `${actual} ${unit} / ${limit} · ${state}`;
  return (
    <Field label={part.label} validationState={validationState(part)} validationMessage={message}>
      <ProgressBar
        value={Math.min(actual, part.limit.value)}
        max={part.limit.value}
        color={stateColor(part.limit.state)}
        aria-label={`${part.label}${s.colon}${message}`}
        aria-valuetext={message}
      />
    </Field>
  );
}

function CaptionRow({
  group,
  captionMax,
  captionKind = 'max',
  tooLong,
  metric,
  s,
}: {
  group: PictureGroupReport;
  captionMax?: number;
  captionKind?: 'max' | 'around';
  tooLong: boolean;
  metric: string;
  s: UiStrings;
}) {
  const styles = useStyles();
  const title = fill(s.pictureGroup, { n: group.index, count: group.pictureCount });
  const unit = unitName(metric, s);
  if (group.caption === undefined) {
    return (
      <li className={styles.row}>
        <Text>{title}</Text>
        <Badge appearance="tint" color="danger" className={styles.badge}>
          {s.captionMissing}
        </Badge>
      </li>
    );
  }
  const words = group.captionWords ?? 0;
  const over = captionMax !== undefined && (captionKind === 'max' ? words > captionMax : tooLong);
  const message =
    captionMax !== undefined
      ? `${words} ${unit} / ${fill(captionKind === 'max' ? s.limitMax : s.limitAround, { value: captionMax, unit })}`
      : `${words} ${unit}`;
  return (
    <li>
      <Field
        label={`${title}${s.colon}${group.caption}`}
        validationState={captionMax === undefined ? 'none' : over ? 'error' : 'success'}
        validationMessage={message}
      >
        {captionMax !== undefined ? (
          <ProgressBar
            value={Math.min(words, captionMax)}
            max={captionMax}
            color={over ? 'error' : 'success'}
            aria-label={`${title}${s.colon}${message}`}
            aria-valuetext={message}
          />
        ) : null}
      </Field>
    </li>
  );
}

export function PartsOverview({ report, captionMax, captionKind, requiredParts, locale = 'zh-CN' }: PartsOverviewProps) {
  const styles = useStyles();
  const s = uiStrings(locale);
  const metric = report.metric;
  const parts = report.parts;
  const id = React.useId();
  // The profile's own parts, in its order (each part of the report carries its kind).
  const coverIds = reportCoverIds(report);
  const sectionIds = reportSectionIds(report);
  const cover = coverIds.map((c) => parts[c]).filter((p): p is PartReport => p !== undefined);
  const sections = sectionIds.map((c) => parts[c]).filter((p): p is PartReport => p !== undefined);
  const breakdown = bodyBreakdown(report, sectionIds, s);
  const totalUnit = unitName(metric, s);
  const total = (report.counts as unknown as Record<string, number>)[metric] ?? report.counts.words;

  return (
    <section className={styles.root} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className={styles.heading}>
        {s.overviewTitle}
      </h2>
      <Text>
        {s.totalWords}
        {s.colon}
        <span className={styles.count}>
          {total} {totalUnit}
        </span>
      </Text>

      {parts.summary ? <LengthField part={parts.summary} metric={metric} s={s} /> : null}

      {parts.body || sections.length > 0 ? (
        <div role="group" aria-label={s.bodyTitle}>
          {parts.body ? <LengthField part={parts.body} metric={metric} s={s} /> : null}
          {breakdown.length > 0 ? (
            <ul className={styles.breakdown} aria-label={`${s.bodyTitle}${s.colon}${breakdown.map((r) => r.label).join(s.listJoin)}`}>
              {breakdown.map((r) => (
                <li key={r.key} className={styles.row} data-part={r.key}>
                  <Text>
                    {r.label}
                    {r.note ? <span className={styles.note}>{fill(s.aside, { x: r.note })}</span> : null}
                  </Text>
                  <Text className={styles.count}>{r.length !== undefined ? `${r.length} ${totalUnit}` : s.missing}</Text>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}

      {cover.length > 0 ? (
        <div>
          <h3 className={styles.subheading}>{s.coverTitle}</h3>
          <ul className={styles.list}>
            {cover.map((p) => {
              const c = coverState(p, s, requiredParts ? requiredParts.includes(p.id) : undefined);
              return (
                <li key={p.id} className={styles.row} data-part={p.id as PartId} data-state={c.state}>
                  <Text>
                    {p.label}
                    {c.showValue ? <span className={styles.value}>{s.colon}{p.value}</span> : null}
                  </Text>
                  <Badge appearance={c.color === 'informative' ? 'outline' : 'tint'} color={c.color} className={styles.badge}>
                    {c.label}
                  </Badge>
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}

      <div>
        <h3 className={styles.subheading}>{s.picturesTitle}</h3>
        {report.pictures.length === 0 ? (
          <Text className={styles.value}>{s.noPictures}</Text>
        ) : (
          <ul className={styles.list}>
            {report.pictures.map((g) => (
              <CaptionRow
                key={g.index}
                group={g}
                captionMax={captionMax}
                captionKind={captionKind}
                tooLong={report.diagnostics.some((d) => d.ruleId === 'caption-length' && d.target.group === g.index)}
                metric={metric}
                s={s}
              />
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
