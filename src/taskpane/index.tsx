/**
 * The task pane's entry: wait for Office, check the host, then render the pane with the
 * Word gateway as its DocumentSource, in Office's light or dark theme. The first document
 * read and settings load start as soon as Office is ready, before React renders. When Word
 * answers within FIRST_RESULTS_WAIT_MS, the pane's first render already shows the report
 * (one render pass); otherwise the pane renders at once and takes them when they come.
 * Until then the page shows its static 正在读取文档… line.
 */
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { FluentProvider, webLightTheme, type Theme } from '@fluentui/react-components';
import { NEU_2024 } from '../core/profile';
import { WordDocumentSource, checkHost, officeIsDark, whenOfficeReady } from '../word';
import { App, type LaunchAction } from './App';
import { DocumentSourceProvider } from './DocumentSourceContext';
import { Unsupported } from './components/Unsupported';
import { settleWithin } from './early';

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

function launchAction(): LaunchAction {
  const action = new URLSearchParams(window.location.search).get('action');
  return action === 'insertTemplate' ? 'insertTemplate' : undefined;
}

async function main(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) return;
  const root = createRoot(container);
  let reason: string | undefined;
  try {
    await whenOfficeReady();
    const host = checkHost();
    if (!host.ok) reason = host.reason;
  } catch (e) {
    reason = e instanceof Error ? e.message : String(e);
  }
  if (reason !== undefined) {
    root.render(
      <FluentProvider theme={webLightTheme} style={{ minHeight: '100vh' }}>
        <Unsupported reason={reason} />
      </FluentProvider>,
    );
    return;
  }
  const source = new WordDocumentSource();
  // Same order as the pane's own mount: the read first, then the settings.
  // settleWithin handles a failure at once (no unhandled rejection); the pane shows it.
  const [theme, initialRead, initialSettings] = await Promise.all([
    officeTheme(),
    settleWithin(source.read(), FIRST_RESULTS_WAIT_MS),
    settleWithin(source.loadSettings(), FIRST_RESULTS_WAIT_MS),
  ]);
  // Synchronously: the data is in hand, and a scheduled render would only wait for a task.
  flushSync(() =>
    root.render(
      <FluentProvider theme={theme} style={{ minHeight: '100vh' }}>
        <DocumentSourceProvider source={source}>
          <App profile={NEU_2024} action={launchAction()} initialRead={initialRead} initialSettings={initialSettings} />
        </DocumentSourceProvider>
      </FluentProvider>,
    ),
  );
}

void main();
