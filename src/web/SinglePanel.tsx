/** A single author: check one file or pasted text, choose the category, download the blank template. */
import * as React from 'react';
import { Button, Dropdown, Field, MessageBar, MessageBarActions, MessageBarBody, Option, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { BUILTIN_PROFILE_INFO } from '../core/profile';
import type { Profile } from '../core/profile/types';
import type { Report } from '../core/report';
import { ReportView } from '../ui';
import { downloadTemplate } from './download';
import { DropZone } from './DropZone';
import type { NamedFile } from './protocol';
import type { CheckerClient } from './worker-client';

const useStyles = makeStyles({
  root: { display: 'grid', gridTemplateColumns: 'minmax(320px, 1fr) minmax(360px, 1.3fr)', columnGap: tokens.spacingHorizontalXXL, paddingTop: tokens.spacingVerticalM },
  col: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  row: { display: 'flex', columnGap: tokens.spacingHorizontalS, alignItems: 'end', flexWrap: 'wrap' },
  muted: { color: tokens.colorNeutralForeground3 },
});

const AUTO = '';

export interface SinglePanelProps {
  client: CheckerClient;
  profile: Profile;
  /** Switch the page to the built-in notice a document's settings name, and check that file again under it. */
  onUseProfile?(id: string, file: NamedFile): void;
  /** A file to check as soon as the panel shows (the one checked again after such a switch). */
  recheck?: NamedFile;
}

export function SinglePanel({ client, profile, onUseProfile, recheck }: SinglePanelProps) {
  const styles = useStyles();
  const [category, setCategory] = React.useState(AUTO);
  const [templateCategory, setTemplateCategory] = React.useState('committee');
  const [text, setText] = React.useState('');
  const [report, setReport] = React.useState<Report | undefined>();
  const [error, setError] = React.useState<string | undefined>();
  const [source, setSource] = React.useState('');
  const [busy, setBusy] = React.useState(false);
  const [lastFile, setLastFile] = React.useState<NamedFile>();
  const cat = category || undefined;
  const catOptions = [{ id: AUTO, label: '自动识别（按文档封面）' }, ...profile.categories.map((c) => ({ id: c.id, label: c.label }))];
  const top = profile.categories.filter((c) => !c.parent);

  const checkFile = async (files: NamedFile[]) => {
    setBusy(true);
    setError(undefined);
    try {
      const res = await client.request<'single'>({ type: 'single', file: files[0], category: cat });
      setSource(files[0].name);
      setLastFile(files[0]);
      if (res.item.report) setReport(res.item.report);
      else {
        setReport(undefined);
        // The worker's FileError is already the whole sentence, naming the file (src/core/batch/file-error.ts).
        setError(res.item.error?.message ?? `“${files[0].name}”无法读取。`);
      }
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const checkText = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const res = await client.request<'text'>({ type: 'text', text, category: cat });
      setSource('粘贴的文本');
      setLastFile(undefined);
      setReport(res.report);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  // Once, when the panel shows (its deps are empty on purpose): the file to check again under the notice just switched to.
  const pending = React.useRef(recheck);
  React.useEffect(() => {
    const file = pending.current;
    pending.current = undefined;
    if (file) void checkFile([file]);
  }, []);

  // The author chose another notice for this document in the pane.
  const saved = report?.savedProfile;
  const savedInfo = saved !== undefined ? BUILTIN_PROFILE_INFO.find((b) => b.id === saved) : undefined;

  return (
    <div className={styles.root}>
      <div className={styles.col}>
        <Field label="案例类别">
          <Dropdown
            data-testid="single-category"
            value={catOptions.find((o) => o.id === category)?.label}
            selectedOptions={[category]}
            onOptionSelect={(_, d) => setCategory(d.optionValue ?? AUTO)}
          >
            {catOptions.map((o) => (
              <Option key={o.id || 'auto'} value={o.id} text={o.label}>
                {o.label}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <DropZone testId="single-drop" label="检查一篇案例（.docx）" hint="把文件拖到这里，或点击选择" multiple={false} disabled={busy} onFiles={checkFile} accept=".docx" />
        <Field label="或粘贴案例全文（WPS 等其他软件的用户可复制全文粘贴）">
          <Textarea data-testid="single-text" value={text} onChange={(_, d) => setText(d.value)} rows={10} resize="vertical" placeholder="案例名称：……&#10;申报单位（盖章）：……&#10;案例简介&#10;……&#10;一、实施背景&#10;……" />
        </Field>
        <div className={styles.row}>
          <Button appearance="primary" data-testid="single-check-text" disabled={busy || !text.trim()} onClick={checkText}>
            检查粘贴的文本
          </Button>
        </div>
        <Field label="下载空白的官方案例模板（.docx）">
          <div className={styles.row}>
            <Dropdown
              data-testid="template-category"
              value={top.find((c) => c.id === templateCategory)?.label}
              selectedOptions={[templateCategory]}
              onOptionSelect={(_, d) => setTemplateCategory(d.optionValue ?? 'committee')}
            >
              {top.map((c) => (
                <Option key={c.id} value={c.id} text={c.label}>
                  {c.label}
                </Option>
              ))}
            </Dropdown>
            <Button data-testid="download-template" onClick={() => downloadTemplate(profile, templateCategory)}>
              下载模板
            </Button>
          </div>
        </Field>
      </div>
      <div className={styles.col} data-testid="single-result">
        {error ? (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{error}</MessageBarBody>
          </MessageBar>
        ) : null}
        {report ? (
          <>
            <Text className={styles.muted}>检查对象：{source}</Text>
            {saved !== undefined ? (
              <MessageBar intent="warning" layout="multiline" data-testid="saved-profile">
                <MessageBarBody>
                  作者在 Word 加载项中为此文档选的通知是“{savedInfo?.name ?? saved}”，当前按“{profile.name}”检查，字数限额和各部分可能不同。
                  {savedInfo ? '' : '它不是本页内置的通知：可在上方“规则配置”中载入它的配置文件。'}
                </MessageBarBody>
                {savedInfo && onUseProfile && lastFile ? (
                  <MessageBarActions>
                    <Button data-testid="use-saved-profile" onClick={() => onUseProfile(savedInfo.id, lastFile)}>
                      改按这份通知检查
                    </Button>
                  </MessageBarActions>
                ) : null}
              </MessageBar>
            ) : null}
            <ReportView report={report} captionMax={profile.pictures.caption.value} captionKind={profile.pictures.caption.kind} />
          </>
        ) : !error ? (
          <Text className={styles.muted}>检查结果将显示在这里。</Text>
        ) : null}
      </div>
    </div>
  );
}
