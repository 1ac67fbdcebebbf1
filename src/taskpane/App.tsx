/**
 * The task pane: category (saved in the document), the 检查 tab (what the live check cannot
 * see here, the exact check's result, 上一个 / 下一个 through the problems in document order,
 * the parts overview and diagnostics, each selecting its place in Word, with the author's
 * actions: 忽略此处, 插入此部分, 选中说明文字, 如何删减; the style hints to switch off), the
 * 指引 tab (guidance, self-check, checklist), the 关于 tab (version, profile, host
 * diagnostics) and the template button. Everything Word-specific goes through the
 * DocumentSource from context; nothing is written to the document unless the author asks;
 * errors surface as a Fluent MessageBar.
 */
import { Suspense, lazy, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Tab,
  TabList,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { CaseDocument, CaseSettings } from '../core/model/types';
import type { PartId, Profile } from '../core/profile/types';
import type { Diagnostic, Report } from '../core/report';
import { dismissalsWith, dismissalsWithout, isDismissible } from '../core/dismiss';
import { captionFix, offersInsertion, planPartInsertion } from '../core/fixes';
import { switchableHints } from '../core/engine';
import type { HostInfo } from '../word/host';
import { DocumentSourceError } from '../word/types';
import { ReportView, diagnosticKey, documentPlace, inDocumentOrder, locateDiagnostic } from '../ui';
import { fill } from '../ui/strings';
import { useDocumentSource } from './DocumentSourceContext';
import { useLiveCheck, type LiveCheckOptions } from './hooks/useLiveCheck';
import { CategoryPicker } from './components/CategoryPicker';
import { ProfileChooser } from './components/ProfileChooser';
import { loadBuiltinProfile } from '../core/profile';
import { Caveats } from './components/Caveats';
import { ExactCheckCard, type ExactState } from './components/ExactCheckCard';
import { HintSwitches } from './components/HintSwitches';
import { ProblemNavigator } from './components/ProblemNavigator';
import { earlyPromise, earlyValue, type Early } from './early';
import { paneStrings, type PaneLocale } from './strings';

// Not on the first screen: the 指引 tab, the template dialog and the template itself load
// on demand (their own chunks), and in the background once the first report is shown.
const loadGuidance = () => import('./components/GuidanceTab');
const loadDialog = () => import('./components/InsertTemplateDialog');
const loadTemplate = () => import('../template');
const loadAbout = () => import('./components/AboutTab');
const loadExact = () => import('./exact-check');
const loadPartTemplate = () => import('./part-template');
const GuidanceTab = lazy(() => loadGuidance().then((m) => ({ default: m.GuidanceTab })));
const InsertTemplateDialog = lazy(() => loadDialog().then((m) => ({ default: m.InsertTemplateDialog })));
const AboutTab = lazy(() => loadAbout().then((m) => ({ default: m.AboutTab })));
/** After the first report, how long to wait before fetching the on-demand parts (UI timing). */
const PRELOAD_DELAY_MS = 500;

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minHeight: '100vh',
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  toolbar: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  panel: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  note: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  fixNote: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, flexBasis: '100%' },
});

/** Document order of two places ([paragraph, offset]). */
function comparePlaces(a: readonly [number, number], b: readonly [number, number]): number {
  return a[0] - b[0] || a[1] - b[1];
}

export type LaunchAction = 'insertTemplate' | undefined;

type PaneTab = 'check' | 'guide' | 'about';

export interface AppProps {
  profile: Profile;
  /** `insertTemplate` when the ribbon button opened the pane. */
  action?: LaunchAction;
  locale?: PaneLocale;
  /** Passed to the live check (tests inject timing-free engines here). */
  liveOptions?: Omit<LiveCheckOptions, 'category' | 'locale'>;
  /**
   * The first read and settings load, when the entry started them before rendering: their
   * results when they have come (the first render then already shows the report), or the
   * promises still running. Used once, in place of the mount's own calls.
   */
  initialRead?: Early<CaseDocument>;
  initialSettings?: Early<CaseSettings>;
  /** The add-in's version and the host's diagnostics, for the 关于 tab. */
  version?: string;
  hostInfo?: () => HostInfo;
  /**
   * When given, the pane offers the built-in profiles (ProfileChooser); the one chosen is
   * loaded on demand, saved in the document with the category, and handed up here.
   */
  onProfileChange?: (profile: Profile) => void;
}

const NO_HOST: HostInfo = { host: '—', platform: '—', version: '—', sets: {}, userAgent: '—' };

function errorText(e: unknown): string {
  if (e instanceof Error) return e.message;
  return String(e);
}

export function App({ profile, action, locale = 'zh-CN', liveOptions, initialRead, initialSettings, version = '', hostInfo, onProfileChange }: AppProps) {
  const styles = useStyles();
  const s = paneStrings(locale);
  const source = useDocumentSource();
  const [settings, setSettings] = useState<CaseSettings>(() => earlyValue(initialSettings) ?? {});
  const [settingsLoaded, setSettingsLoaded] = useState(() => earlyValue(initialSettings) !== undefined);
  const [tab, setTab] = useState<PaneTab>('check');
  const [error, setError] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const [dialog, setDialog] = useState<{ append: boolean } | undefined>();
  const [dialogCategory, setDialogCategory] = useState<string>();
  // The dialog mounts when first asked for and stays mounted, so that it can animate closed.
  const [dialogMounted, setDialogMounted] = useState(false);
  const [exact, setExact] = useState<ExactState & { report?: Report; doc?: CaseDocument }>();
  // One insertion at a time: a double click on 插入案例模板 inserts once.
  const inserting = useRef(false);

  const live = useLiveCheck(source, profile, {
    ...liveOptions,
    initialRead,
    category: settings.category,
    locale,
    dismissed: settings.dismissed,
    hintsOff: settings.hintsOff,
  });
  const report = live.report;
  const shownCategory = settings.category ?? report?.category;

  const firstSettings = useRef(initialSettings);
  useEffect(() => {
    let cancelled = false;
    const started = firstSettings.current;
    firstSettings.current = undefined;
    if (started?.settled === 'fulfilled') return; // already in the state
    (earlyPromise(started) ?? source.loadSettings())
      .then((loaded) => {
        if (!cancelled) setSettings(loaded);
      })
      .catch((e) => !cancelled && setError(errorText(e)))
      .finally(() => !cancelled && setSettingsLoaded(true));
    return () => {
      cancelled = true;
    };
  }, [source]);

  const save = useCallback(
    (next: CaseSettings) => {
      setSettings(next);
      source.saveSettings(next).catch((e) => setError(errorText(e)));
    },
    [source],
  );

  // Another notice: loaded on demand, then saved with the category (kept when the new
  // notice has it, else cleared: the new notice's categories are its own).
  const [profileBusy, setProfileBusy] = useState(false);
  const chooseProfile = useCallback(
    async (id: string) => {
      if (id === profile.id || !onProfileChange) return;
      setProfileBusy(true);
      try {
        const next = await loadBuiltinProfile(id);
        if (!next) return;
        source.useProfile?.(next);
        const category = settings.category !== undefined && next.categories.some((c) => c.id === settings.category) ? settings.category : undefined;
        save({ ...settings, profile: next.id, category });
        onProfileChange(next);
      } catch (e) {
        setError(errorText(e));
      } finally {
        setProfileBusy(false);
      }
    },
    [profile.id, onProfileChange, source, settings, save],
  );
  // A document whose settings name another notice (read after the first render): take it.
  const savedProfile = settings.profile;
  useEffect(() => {
    if (!onProfileChange || savedProfile === undefined || savedProfile === profile.id) return;
    let cancelled = false;
    loadBuiltinProfile(savedProfile)
      .then((next) => {
        if (cancelled || !next) return;
        source.useProfile?.(next);
        onProfileChange(next);
      })
      .catch((e) => !cancelled && setError(errorText(e)));
    return () => {
      cancelled = true;
    };
  }, [savedProfile, profile.id, onProfileChange, source]);

  // The report shown: the live one, or the exact check's when the author asked for it.
  const showing = exact?.status === 'done' && exact.showing ? exact.report : undefined;
  const shown = showing ?? report;

  /** The problem 上一个 / 下一个 (or a click) reached, with its place, so that the walk goes on after it is fixed. */
  const [current, setCurrent] = useState<{ key: string; place: [number, number] }>();

  const onSelect = useCallback(
    (d: Diagnostic) => {
      if (!shown) return;
      setCurrent({ key: diagnosticKey(d), place: documentPlace(d, shown) });
      const place = locateDiagnostic(d, shown);
      if (!place) return;
      source.select(place).catch((e) => setError(errorText(e)));
    },
    [shown, source],
  );

  // 上一个 / 下一个: in document order, wrapping round; after the current problem went away
  // (fixed), from where it was.
  const walk = useMemo(() => (shown ? inDocumentOrder(shown) : []), [shown]);
  const currentIndex = current ? walk.findIndex((d) => diagnosticKey(d) === current.key) : -1;
  const go = useCallback(
    (step: 1 | -1) => {
      if (!shown || walk.length === 0) return;
      let i: number;
      if (currentIndex !== -1) i = (currentIndex + step + walk.length) % walk.length;
      else if (current) {
        const places = walk.map((d) => documentPlace(d, shown));
        if (step === 1) i = places.findIndex((p) => comparePlaces(p, current.place) >= 0);
        else {
          i = -1;
          for (let k = places.length - 1; k >= 0 && i === -1; k--) if (comparePlaces(places[k], current.place) < 0) i = k;
        }
        if (i === -1) i = step === 1 ? 0 : walk.length - 1;
      } else i = step === 1 ? 0 : walk.length - 1;
      onSelect(walk[i]);
    },
    [shown, walk, current, currentIndex, onSelect],
  );

  // Alt+↓ / Alt+↑ while the pane has the focus, on the 检查 tab.
  useEffect(() => {
    if (tab !== 'check') return;
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || e.ctrlKey || e.metaKey || (e.key !== 'ArrowDown' && e.key !== 'ArrowUp')) return;
      e.preventDefault();
      go(e.key === 'ArrowDown' ? 1 : -1);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [tab, go]);

  // 忽略此处 and its way back: saved in the document at once (its own properties); the
  // check applies them before the save returns, and a failed save puts them back.
  const saveDismissed = useCallback(
    (next: string[]) => {
      const before = settings.dismissed;
      setSettings((x) => ({ ...x, dismissed: next }));
      source.saveDismissed(next).catch((e) => {
        setSettings((x) => ({ ...x, dismissed: before }));
        setError(errorText(e));
      });
    },
    [settings.dismissed, source],
  );
  const dismiss = useCallback(
    (d: Diagnostic) => {
      if (report && d.fingerprint) saveDismissed(dismissalsWith(report, d.fingerprint));
    },
    [report, saveDismissed],
  );
  const restore = useCallback(
    (fingerprints?: string[]) => {
      if (report) saveDismissed(dismissalsWithout(report, fingerprints));
    },
    [report, saveDismissed],
  );

  const openDialog = useCallback(
    (append: boolean) => {
      setDialogCategory(shownCategory);
      setDialogMounted(true);
      setDialog({ append });
    },
    [shownCategory],
  );

  const insert = useCallback(
    async (category: string, append: boolean) => {
      if (inserting.current) return;
      inserting.current = true;
      try {
        const { templateBlocks } = await loadTemplate();
        await source.insertTemplate(templateBlocks(profile, category), append ? 'append' : 'replace-empty');
        if (settings.category !== category) save({ ...settings, category });
        setNotice(s.inserted);
        await live.refresh();
      } catch (e) {
        // Something arrived in the document meanwhile: ask again, offering the end of it.
        if (e instanceof DocumentSourceError && e.code === 'not-empty') openDialog(true);
        else setError(errorText(e));
      } finally {
        inserting.current = false;
      }
    },
    [source, profile, settings, save, s.inserted, live, openDialog],
  );

  const startInsert = useCallback(async () => {
    if (inserting.current) return;
    setNotice(undefined);
    inserting.current = true;
    let empty: boolean;
    try {
      empty = await source.isEmpty();
    } catch (e) {
      setError(errorText(e));
      return;
    } finally {
      inserting.current = false;
    }
    if (empty && shownCategory) await insert(shownCategory, false);
    else openDialog(!empty);
  }, [source, shownCategory, insert, openDialog]);

  const hints = useMemo(() => switchableHints(), []);
  const setHint = useCallback(
    (id: string, on: boolean) => {
      const off = (settings.hintsOff ?? []).filter((h) => h !== id);
      if (!on) off.push(id);
      save({ ...settings, hintsOff: off.length > 0 ? off : undefined });
    },
    [settings, save],
  );

  // 插入此部分: one click, one insertion (a second click while it runs does nothing).
  const insertPart = useCallback(
    async (d: Diagnostic) => {
      const doc = live.doc;
      if (inserting.current || !doc) return;
      inserting.current = true;
      setNotice(undefined);
      const part = d.target.part as PartId;
      const label = profile.parts.find((p) => p.id === part)?.label ?? part;
      try {
        const { partTemplate } = await loadPartTemplate();
        const template = partTemplate(profile, shownCategory, part);
        const plan = template ? planPartInsertion(doc, profile, part, template) : undefined;
        if (!plan) {
          setError(fill(s.insertPartNowhere, { part: label }));
          return;
        }
        await source.insertPart(plan);
        setNotice(fill(s.insertedPart, { part: label }));
        await live.refresh();
      } catch (e) {
        setError(errorText(e));
      } finally {
        inserting.current = false;
      }
    },
    [live, profile, shownCategory, source, s.insertPartNowhere, s.insertedPart],
  );

  // 选中说明文字: the caption without its label, and how much of it to cut.
  const [captionNote, setCaptionNote] = useState<{ key: string; text: string }>();
  const selectCaption = useCallback(
    (d: Diagnostic) => {
      const fix = live.doc ? captionFix(d, live.doc) : undefined;
      if (!fix) return;
      setCurrent({ key: diagnosticKey(d), place: [fix.span.paragraph, fix.span.start] });
      source
        .select(fix.span)
        .then(() => setCaptionNote({ key: diagnosticKey(d), text: fill(s.captionCut, { remove: fix.remove, actual: fix.actual, max: fix.max }) }))
        .catch((e) => setError(errorText(e)));
    },
    [live.doc, source, s.captionCut],
  );

  /** The author's actions under an item of the live report (none on the exact check's). */
  const actions = (d: Diagnostic) => {
    if (showing) return null;
    const key = diagnosticKey(d);
    return (
      <>
        {offersInsertion(d, profile) ? (
          <Button size="small" appearance="primary" onClick={() => void insertPart(d)}>
            {s.insertPart}
          </Button>
        ) : null}
        {d.ruleId === 'caption-length' && live.doc && captionFix(d, live.doc) ? (
          <Button size="small" onClick={() => selectCaption(d)}>
            {s.captionSelect}
          </Button>
        ) : null}
        {isDismissible(d) && d.fingerprint ? (
          <Button size="small" appearance="transparent" onClick={() => dismiss(d)}>
            {s.dismissHere}
          </Button>
        ) : null}
        {hints.includes(d.ruleId) ? (
          <Button size="small" appearance="transparent" onClick={() => setHint(d.ruleId, false)}>
            {s.hintOffThis}
          </Button>
        ) : null}
        {captionNote?.key === key ? (
          <Text className={styles.fixNote} aria-live="polite">
            {captionNote.text}
          </Text>
        ) : null}
      </>
    );
  };

  const runExact = useCallback(async () => {
    if (exact?.status === 'running') return;
    setTab('check');
    setExact({ status: 'running' });
    try {
      const { exactCheck } = await loadExact();
      const result = await exactCheck(source, profile, report, {
        category: settings.category,
        locale,
        dismissed: settings.dismissed,
        hintsOff: settings.hintsOff,
      });
      setExact({ status: 'done', differences: result.differences, stale: false, showing: false, report: result.report, doc: live.doc });
    } catch (e) {
      setExact(undefined);
      setError(errorText(e));
    }
  }, [exact?.status, source, profile, report, settings.category, settings.dismissed, settings.hintsOff, locale, live.doc]);

  // The exact result belongs to the document as it was: an edit makes it stale.
  useEffect(() => {
    setExact((x) => (x?.status === 'done' && !x.stale && x.doc !== undefined && live.doc !== x.doc ? { ...x, stale: true } : x));
  }, [live.doc]);

  // The ribbon's 插入案例模板 opens the pane with ?action=insertTemplate: run it once settings are known.
  const launched = useRef(false);
  useEffect(() => {
    if (action === 'insertTemplate' && settingsLoaded && !launched.current) {
      launched.current = true;
      void startInsert();
    }
  }, [action, settingsLoaded, startInsert]);

  // Fetch the on-demand parts once the first report is up, so that they are ready when asked for.
  const hasReport = report !== undefined;
  useEffect(() => {
    if (!hasReport) return;
    const timer = setTimeout(() => {
      void loadGuidance().catch(() => undefined);
      void loadDialog().catch(() => undefined);
      void loadTemplate().catch(() => undefined);
      void loadAbout().catch(() => undefined);
      void loadPartTemplate().catch(() => undefined);
    }, PRELOAD_DELAY_MS);
    return () => clearTimeout(timer);
  }, [hasReport]);

  const requiredParts = useMemo(() => profile.parts.filter((p) => p.required).map((p) => p.id), [profile]);
  const readError = live.error ? errorText(live.error) : undefined;
  const caveats = live.doc?.caveats ?? [];

  return (
    <main className={styles.root} aria-label={s.appTitle}>
      <h1 className={styles.title}>{s.appTitle}</h1>
      {error || readError ? (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{s.errorTitle}</MessageBarTitle>
            {error ?? readError}
          </MessageBarBody>
          {error ? (
            <MessageBarActions>
              <Button size="small" onClick={() => setError(undefined)}>
                {s.dismiss}
              </Button>
            </MessageBarActions>
          ) : null}
        </MessageBar>
      ) : null}
      {notice ? (
        <MessageBar intent="success">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      ) : null}

      {onProfileChange ? <ProfileChooser profile={profile} busy={profileBusy} onChange={(id) => void chooseProfile(id)} strings={s} /> : null}
      <CategoryPicker
        profile={profile}
        value={shownCategory}
        detected={settings.category === undefined && shownCategory !== undefined}
        onChange={(category) => save({ ...settings, category })}
        strings={s}
      />

      <div className={styles.toolbar}>
        <Button appearance="primary" onClick={() => void startInsert()}>
          {s.insertTemplate}
        </Button>
        {/* Never disabled: periodic reads would make it flicker, and a newer read supersedes an older one. */}
        <Button onClick={() => void live.refresh()}>
          {s.recheck}
        </Button>
        <Button onClick={() => void runExact()} disabled={exact?.status === 'running'}>
          {s.exactCheck}
        </Button>
      </div>

      <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as PaneTab)}>
        <Tab value="check">{s.tabCheck}</Tab>
        <Tab value="guide">{s.tabGuide}</Tab>
        <Tab value="about">{s.tabAbout}</Tab>
      </TabList>

      {tab === 'check' ? (
        <div role="tabpanel" aria-label={s.tabCheck} className={styles.panel}>
          <Caveats caveats={caveats} onExact={() => void runExact()} strings={s} />
          {exact ? (
            <ExactCheckCard
              state={exact}
              onToggleReport={() => setExact((x) => (x?.status === 'done' ? { ...x, showing: !x.showing } : x))}
              strings={s}
            />
          ) : null}
          {showing ? <Text className={styles.note}>{s.exactReportNote}</Text> : null}
          {shown ? (
            <>
              <ProblemNavigator index={currentIndex + 1} total={walk.length} onPrev={() => go(-1)} onNext={() => go(1)} strings={s} />
              <ReportView
                report={shown}
                onSelectDiagnostic={onSelect}
                captionMax={profile.pictures.caption.value}
                captionKind={profile.pictures.caption.kind}
                requiredParts={requiredParts}
                locale={locale}
                actions={actions}
                currentKey={currentIndex !== -1 ? current?.key : undefined}
                onRestore={showing ? undefined : restore}
              />
              <HintSwitches hints={hints} off={settings.hintsOff ?? []} onChange={setHint} strings={s} locale={locale} />
            </>
          ) : (
            <Spinner size="tiny" label={s.checking} />
          )}
        </div>
      ) : tab === 'about' ? (
        <div role="tabpanel" aria-label={s.tabAbout}>
          <Suspense fallback={<Spinner size="tiny" />}>
            <AboutTab version={version} profile={profile} host={hostInfo?.() ?? NO_HOST} caveats={caveats} strings={s} />
          </Suspense>
        </div>
      ) : (
        <div role="tabpanel" aria-label={s.tabGuide}>
          <Suspense fallback={<Spinner size="tiny" />}>
            <GuidanceTab
              profile={profile}
              category={shownCategory}
              selfCheck={settings.selfCheck ?? {}}
              onSelfCheck={(id, checked) => save({ ...settings, selfCheck: { ...settings.selfCheck, [id]: checked } })}
              strings={s}
              locale={locale}
              onExact={() => void runExact()}
            />
          </Suspense>
        </div>
      )}

      {dialogMounted ? (
        <Suspense fallback={null}>
          <InsertTemplateDialog
            open={dialog !== undefined}
            append={dialog?.append ?? false}
            profile={profile}
            category={dialogCategory}
            onCategory={setDialogCategory}
            onCancel={() => setDialog(undefined)}
            onConfirm={() => {
              const append = dialog?.append ?? false;
              setDialog(undefined);
              if (dialogCategory) void insert(dialogCategory, append);
            }}
            strings={s}
          />
        </Suspense>
      ) : null}
    </main>
  );
}
