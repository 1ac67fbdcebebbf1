/**
 * The task pane's entry: wait for Office, check the host, then render the pane with the
 * Word gateway as its DocumentSource, in Office's light or dark theme. The first document
 * read and settings load start as soon as Office is ready, before React renders, so that
 * Word works on them while the pane mounts; the pane takes them as its first results.
 */
import { createRoot } from 'react-dom/client';
import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { NEU_2024 } from '../core/profile';
import { WordDocumentSource, checkHost, officeIsDark, whenOfficeReady } from '../word';
import { App, type LaunchAction } from './App';
import { DocumentSourceProvider } from './DocumentSourceContext';
import { Unsupported } from './components/Unsupported';

function launchAction(): LaunchAction {
  const action = new URLSearchParams(window.location.search).get('action');
  return action === 'insertTemplate' ? 'insertTemplate' : undefined;
}

/** Starts `p` now; its failure is handled where the pane awaits it, not reported as unhandled here. */
function early<T>(p: Promise<T>): Promise<T> {
  p.catch(() => undefined);
  return p;
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
  const initialRead = early(source.read());
  const initialSettings = early(source.loadSettings());
  const theme = officeIsDark() ? webDarkTheme : webLightTheme;
  root.render(
    <FluentProvider theme={theme} style={{ minHeight: '100vh' }}>
      <DocumentSourceProvider source={source}>
        <App profile={NEU_2024} action={launchAction()} initialRead={initialRead} initialSettings={initialSettings} />
      </DocumentSourceProvider>
    </FluentProvider>,
  );
}

void main();
