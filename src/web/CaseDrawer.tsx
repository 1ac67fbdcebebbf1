/** One case in detail: its batch problems, then the shared report view (parts with counts, each diagnostic). */
import {
  Button,
  DrawerBody,
  DrawerHeader,
  DrawerHeaderTitle,
  MessageBar,
  MessageBarBody,
  OverlayDrawer,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { BatchFileResult, BatchReport } from '../core/batch';
import { categoryLabel } from '../core/batch';
import type { Profile } from '../core/profile/types';
import { ReportView } from '../ui';

const useStyles = makeStyles({
  body: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, paddingBottom: tokens.spacingVerticalXL },
  meta: { color: tokens.colorNeutralForeground2, wordBreak: 'break-all' },
});

export function CaseDrawer({ file, batch, profile, onClose }: { file?: BatchFileResult; batch?: BatchReport; profile: Profile; onClose(): void }) {
  const styles = useStyles();
  const batchDiags = file && batch ? batch.diagnostics.filter((d) => d.files.includes(file.file)) : [];
  return (
    <OverlayDrawer open={Boolean(file)} position="end" size="large" onOpenChange={(_, d) => !d.open && onClose()} data-testid="case-drawer">
      <DrawerHeader>
        <DrawerHeaderTitle
          action={
            <Button appearance="subtle" aria-label="关闭" onClick={onClose}>
              关闭
            </Button>
          }
        >
          {file?.title || file?.file || ''}
        </DrawerHeaderTitle>
      </DrawerHeader>
      <DrawerBody>
        {file ? (
          <div className={styles.body}>
            <Text className={styles.meta}>
              文件：{file.file}
              {file.unit ? ` · 申报单位：${file.unit}` : ''}
              {file.category ? ` · 类别：${categoryLabel(file.category, profile)}` : ''}
            </Text>
            {batchDiags.map((d, i) => (
              <MessageBar key={i} intent={d.severity === 'error' ? 'error' : d.severity === 'warning' ? 'warning' : 'info'} layout="multiline">
                <MessageBarBody>{d.message}</MessageBarBody>
              </MessageBar>
            ))}
            {file.report ? <ReportView report={file.report} captionMax={profile.pictures.captionMax} /> : null}
            {file.warnings?.length ? <Text className={styles.meta}>读取提示：{file.warnings.join('；')}</Text> : null}
          </div>
        ) : null}
      </DrawerBody>
    </OverlayDrawer>
  );
}
