/**
 * The task pane's entry: wait for Office, check the host, then render the pane with the
 * Word gateway as its DocumentSource, in Office's light or dark theme.
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
  const theme = reason === undefined && officeIsDark() ? webDarkTheme : webLightTheme;
  root.render(
    <FluentProvider theme={theme} style={{ minHeight: '100vh' }}>
      {reason !== undefined ? (
        <Unsupported reason={reason} />
      ) : (
        <DocumentSourceProvider source={new WordDocumentSource()}>
          <App profile={NEU_2024} action={launchAction()} />
        </DocumentSourceProvider>
      )}
    </FluentProvider>,
  );
}

void main();
