/**
 * The task pane: category (saved in the document), the 检查 tab (parts overview and
 * diagnostics, each selecting its place in Word), the 指引 tab (guidance, self-check,
 * checklist) and the template button. Everything Word-specific goes through the
 * DocumentSource from context; errors surface as a Fluent MessageBar.
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
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { CaseDocument, CaseSettings } from '../core/model/types';
import type { Profile } from '../core/profile/types';
import type { Diagnostic } from '../core/report';
import { ReportView, locateDiagnostic } from '../ui';
import { useDocumentSource } from './DocumentSourceContext';
import { useLiveCheck, type LiveCheckOptions } from './hooks/useLiveCheck';
import { CategoryPicker } from './components/CategoryPicker';
import { earlyPromise, earlyValue, type Early } from './early';
import { paneStrings, type PaneLocale } from './strings';

// Not on the first screen: the 指引 tab, the template dialog and the template itself load
// on demand (their own chunks), and in the background once the first report is shown.
const loadGuidance = () => import('./components/GuidanceTab');
const loadDialog = () => import('./components/InsertTemplateDialog');
const loadTemplate = () => import('../template');
const GuidanceTab = lazy(() => loadGuidance().then((m) => ({ default: m.GuidanceTab })));
const InsertTemplateDialog = lazy(() => loadDialog().then((m) => ({ default: m.InsertTemplateDialog })));
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
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
});

export type LaunchAction = 'insertTemplate' | undefined;

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
}

function errorText(e: unknown): string {
  if (e instanceof Error) return e.message;
  return String(e);
}

export function App({ profile, action, locale = 'zh-CN', liveOptions, initialRead, initialSettings }: AppProps) {
  const styles = useStyles();
  const s = paneStrings(locale);
  const source = useDocumentSource();
  const [settings, setSettings] = useState<CaseSettings>(() => earlyValue(initialSettings) ?? {});
  const [settingsLoaded, setSettingsLoaded] = useState(() => earlyValue(initialSettings) !== undefined);
  const [tab, setTab] = useState<'check' | 'guide'>('check');
  const [error, setError] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const [dialog, setDialog] = useState<{ append: boolean } | undefined>();
  const [dialogCategory, setDialogCategory] = useState<string>();
  // The dialog mounts when first asked for and stays mounted, so that it can animate closed.
  const [dialogMounted, setDialogMounted] = useState(false);

  const live = useLiveCheck(source, profile, { ...liveOptions, initialRead, category: settings.category, locale });
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

  const onSelect = useCallback(
    (d: Diagnostic) => {
      if (!report) return;
      const place = locateDiagnostic(d, report);
      if (!place) return;
      source.select(place).catch((e) => setError(errorText(e)));
    },
    [report, source],
  );

  const insert = useCallback(
    async (category: string, append: boolean) => {
      try {
        const { templateBlocks } = await loadTemplate();
        await source.insertTemplate(templateBlocks(profile, category), append ? 'append' : 'replace-empty');
        if (settings.category !== category) save({ ...settings, category });
        setNotice(s.inserted);
        await live.refresh();
      } catch (e) {
        setError(errorText(e));
      }
    },
    [source, profile, settings, save, s.inserted, live],
  );

  const startInsert = useCallback(async () => {
    setNotice(undefined);
    try {
      const empty = await source.isEmpty();
      if (empty && shownCategory) {
        await insert(shownCategory, false);
        return;
      }
      setDialogCategory(shownCategory);
      setDialogMounted(true);
      setDialog({ append: !empty });
    } catch (e) {
      setError(errorText(e));
    }
  }, [source, shownCategory, insert]);

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
    }, PRELOAD_DELAY_MS);
    return () => clearTimeout(timer);
  }, [hasReport]);

  const requiredParts = useMemo(() => profile.parts.filter((p) => p.required).map((p) => p.id), [profile]);
  const readError = live.error ? errorText(live.error) : undefined;

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
      </div>

      <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as 'check' | 'guide')}>
        <Tab value="check">{s.tabCheck}</Tab>
        <Tab value="guide">{s.tabGuide}</Tab>
      </TabList>

      {tab === 'check' ? (
        <div role="tabpanel" aria-label={s.tabCheck}>
          {report ? (
            <ReportView
              report={report}
              onSelectDiagnostic={onSelect}
              captionMax={profile.pictures.captionMax}
              requiredParts={requiredParts}
              locale={locale}
            />
          ) : (
            <Spinner size="tiny" label={s.checking} />
          )}
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
