// Stand-in used by webpack.config.js only while src/web/index.tsx does not exist.
import { createRoot } from 'react-dom/client';
import { FluentProvider, MessageBar, MessageBarBody, webLightTheme } from '@fluentui/react-components';

createRoot(document.getElementById('root') as HTMLElement).render(
  <FluentProvider theme={webLightTheme}>
    <MessageBar intent="info">
      <MessageBarBody>案例检查页面尚未构建（src/web/index.tsx 不存在）。</MessageBarBody>
    </MessageBar>
  </FluentProvider>,
);
