/** The checker page: everything runs here and in the worker; nothing is sent anywhere. */
import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App } from './App';
import { CheckerClient, type WorkerLike } from './worker-client';

function createWorker(): WorkerLike {
  // @ts-expect-error TS1343: tsconfig.json is commonjs (jest, CLI); webpack compiles this file as an ES module.
  return new Worker(new URL('./worker.ts', import.meta.url)) as unknown as WorkerLike;
}

const client = new CheckerClient(createWorker);

createRoot(document.getElementById('root') as HTMLElement).render(
  <FluentProvider theme={webLightTheme}>
    <App client={client} />
  </FluentProvider>,
);
