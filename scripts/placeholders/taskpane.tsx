// Stand-in used by webpack.config.js only while src/taskpane/index.tsx does not exist.
import { createRoot } from 'react-dom/client';
import { FluentProvider, MessageBar, MessageBarBody, webLightTheme } from '@fluentui/react-components';

function Placeholder() {
  return (
    <FluentProvider theme={webLightTheme}>
      <MessageBar intent="info">
        <MessageBarBody>案例助手任务窗格尚未构建（src/taskpane/index.tsx 不存在）。</MessageBarBody>
      </MessageBar>
    </FluentProvider>
  );
}

Office.onReady(() => {
  createRoot(document.getElementById('root') as HTMLElement).render(<Placeholder />);
});
