/**
 * 关于 / 诊断: the add-in's version and notice profile, and what a helper needs to know
 * about this Word (host, platform, version, the requirement sets it supports, the webview)
 * and what the live check cannot see here, as text a user can copy into a report.
 * Clipboard access is often refused inside Office's webviews: the text stays selectable.
 */
import { useMemo, useRef, useState } from 'react';
import { Button, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import type { ReadCaveat } from '../../core/model/types';
import type { Profile } from '../../core/profile/types';
import type { HostInfo } from '../../word/host';
import { caveatTexts } from './Caveats';
import type { PaneStrings } from '../strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  text: { fontFamily: tokens.fontFamilyMonospace, minHeight: '14em' },
});

export interface AboutTabProps {
  version: string;
  profile: Pick<Profile, 'id' | 'name'>;
  host: HostInfo;
  caveats: readonly ReadCaveat[];
  strings: PaneStrings;
}

/** The diagnostics as plain lines, the way they are copied. */
export function diagnosticsText({ version, profile, host, caveats, strings: s }: AboutTabProps): string {
  const sets = Object.entries(host.sets).map(([name, v]) => `${name} ${v}`).join('、') || '—';
  const { warnings, unseen } = caveatTexts(caveats, s);
  const limits = [...warnings, ...(unseen ? [unseen] : [])];
  return [
    `${s.appTitle} ${s.aboutVersion} ${version}`,
    `${s.aboutProfile}：${profile.name}（${profile.id}）`,
    `${s.aboutWord}：${host.host} · ${host.platform} · ${host.version}`,
    `${s.aboutSets}：${sets}`,
    `${s.aboutWebview}：${host.userAgent}`,
    `${s.aboutLimits}：${limits.length > 0 ? limits.join(' ') : s.aboutLimitsNone}`,
  ].join('\n');
}

export function AboutTab(props: AboutTabProps) {
  const styles = useStyles();
  const s = props.strings;
  const text = useMemo(() => diagnosticsText(props), [props]);
  const area = useRef<HTMLTextAreaElement>(null);
  const [copied, setCopied] = useState<'yes' | 'no'>();

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied('yes');
    } catch {
      // Office's webviews often refuse the clipboard API: select the text for Ctrl+C.
      area.current?.select();
      setCopied(document.execCommand?.('copy') ? 'yes' : 'no');
    }
  };

  return (
    <section className={styles.root} aria-labelledby="about-title">
      <h2 id="about-title" className={styles.heading}>
        {s.aboutTitle}
      </h2>
      <Text className={styles.muted}>{s.aboutHint}</Text>
      <Textarea ref={area} readOnly value={text} resize="vertical" textarea={{ className: styles.text }} aria-label={s.aboutTitle} />
      <div>
        <Button onClick={() => void copy()}>{s.aboutCopy}</Button>
      </div>
      {copied ? (
        <Text role="status" className={styles.muted}>
          {copied === 'yes' ? s.aboutCopied : s.aboutCopyManual}
        </Text>
      ) : null}
    </section>
  );
}
