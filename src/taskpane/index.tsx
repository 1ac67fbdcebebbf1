/**
 * The task pane's entry: wait for Office, check the host, then render the pane with the
 * Word gateway as its DocumentSource, in Office's light or dark theme. The first document
 * read and settings load start as soon as Office is ready, before React renders. When Word
 * answers within FIRST_RESULTS_WAIT_MS, the pane's first render already shows the report
 * (one render pass); otherwise the pane renders at once and takes them when they come.
 * Until then the page shows its static 正在读取文档… line.
 */
import './polyfills';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { FluentProvider, webLightTheme, type Theme } from '@fluentui/react-components';
import { useState } from 'react';
import { loadBuiltinProfile, NEU_2024 } from '../core/profile';
import type { Profile } from '../core/profile/types';
import { version } from '../../package.json';
import { HostError, WordDocumentSource, checkHost, hostInfo, officeIsDark, whenOfficeReady } from '../word';
import { App, type AppProps, type LaunchAction } from './App';
import { DocumentSourceProvider } from './DocumentSourceContext';
import { Unsupported } from './components/Unsupported';
import { earlyValue, settleWithin } from './early';
import { bootGuard, type StartupKind } from './startup';

/**
 * How long the entry waits for Word's first answers before it renders without them (UI
 * timing). A render pass costs about as much as this on a slow machine, so waiting longer
 * would only delay the pane when Word is slow.
 */
const FIRST_RESULTS_WAIT_MS = 150;

/** Office's dark theme is rare: its tokens load only when asked for. */
async function officeTheme(): Promise<Theme> {
  if (!officeIsDark()) return webLightTheme;
  const { webDarkTheme } = await import('./dark-theme');
  return webDarkTheme;
}

/**
 * The ribbon's 插入案例模板 opens the pane with ?action=insertTemplate. The action is taken
 * off the address at once: Office reloads panes with the same address (the pane's 重新加载,
 * or a restart after the host thought it hung), and a reload must not insert again.
 */
function takeLaunchAction(): LaunchAction {
  const url = new URL(window.location.href);
  const action = url.searchParams.get('action');
  if (action === null) return undefined;
  url.searchParams.delete('action');
  try {
    window.history.replaceState(window.history.state, '', url.toString());
  } catch {
    // Some webviews refuse replaceState for their host page; the pane still runs the action once.
  }
  return action === 'insertTemplate' ? 'insertTemplate' : undefined;
}

/** One line a helper can act on: Word's platform and version, and its WordApi level. */
function hostLine(): string {
  const info = hostInfo();
  return `${info.host} · ${info.platform} · ${info.version} · WordApi ${info.sets.WordApi ?? '—'}`;
}

/** The profile a document's settings name: a built-in, else (unknown, or it fails to load) the default. */
async function savedProfile(id: string | undefined): Promise<Profile> {
  if (id === undefined || id === NEU_2024.id) return NEU_2024;
  try {
    return (await loadBuiltinProfile(id)) ?? NEU_2024;
  } catch {
    return NEU_2024;
  }
}

/** Holds the notice chosen in the pane (App's ProfileChooser). */
function ProfileHost({ initial, ...props }: Omit<AppProps, 'profile' | 'onProfileChange'> & { initial: Profile }) {
  const [profile, setProfile] = useState(initial);
  return <App {...props} profile={profile} onProfileChange={setProfile} />;
}

async function main(): Promise<void> {
  const boot = bootGuard();
  // The page's guard already says why this webview cannot run the pane, or what went wrong.
  if (boot?.blocked || boot?.shown) return;
  const container = document.getElementById('root');
  if (!container) return;
  const root = createRoot(container);
  const action = takeLaunchAction();
  boot?.at('office-ready');
  let problem: { kind: StartupKind; detail?: string } | undefined;
  try {
    await whenOfficeReady();
    const host = checkHost();
    if (!host.ok) problem = { kind: host.problem, detail: hostLine() };
  } catch (e) {
    problem = e instanceof HostError ? { kind: e.problem } : { kind: 'script', detail: e instanceof Error ? e.message : String(e) };
  }
  if (problem !== undefined) {
    const { kind, detail } = problem;
    flushSync(() =>
      root.render(
        <FluentProvider theme={webLightTheme} style={{ minHeight: '100vh' }}>
          <Unsupported kind={kind} detail={detail} />
        </FluentProvider>,
      ),
    );
    boot?.ready();
    return;
  }
  boot?.at('reading');
  const source = new WordDocumentSource(undefined, { profile: NEU_2024 });
  // Same order as the pane's own mount: the read first, then the settings.
  // settleWithin handles a failure at once (no unhandled rejection); the pane shows it.
  const [theme, initialRead, initialSettings] = await Promise.all([
    officeTheme(),
    settleWithin(source.read(), FIRST_RESULTS_WAIT_MS),
    settleWithin(source.loadSettings(), FIRST_RESULTS_WAIT_MS),
  ]);
  // The notice the document was last checked against (saved with its category); another
  // built-in than the default is loaded now, before the first render (its own chunk).
  const initialProfile = await savedProfile(earlyValue(initialSettings)?.profile);
  if (initialProfile !== NEU_2024) source.useProfile(initialProfile);
  // Synchronously: the data is in hand, and a scheduled render would only wait for a task.
  flushSync(() =>
    root.render(
      <FluentProvider theme={theme} style={{ minHeight: '100vh' }}>
        <DocumentSourceProvider source={source}>
          <ProfileHost
            initial={initialProfile}
            action={action}
            initialRead={initialRead}
            initialSettings={initialSettings}
            version={version}
            hostInfo={hostInfo}
          />
        </DocumentSourceProvider>
      </FluentProvider>,
    ),
  );
  boot?.ready();
}

void main();
