/**
 * 配置草稿: the department pastes next year's notice and gets a draft profile (the same
 * core as `case-check profile draft`): a table of every value, the notice's sentence it
 * came from, and whether a person must check it, and the draft as a JSON file to complete.
 * The notice stays in this page: nothing is sent anywhere.
 */
import * as React from 'react';
import {
  Badge,
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { draftJson, draftProfile, MAX_NOTICE_CHARS, reviewText, type ProfileDraft } from '../core/profile/draft';
import { allTemplatePrompts } from '../template';
import { MIME, saveBytes } from './download';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, paddingTop: tokens.spacingVerticalM },
  row: { display: 'flex', columnGap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  muted: { color: tokens.colorNeutralForeground3 },
  source: { color: tokens.colorNeutralForeground2, whiteSpace: 'pre-wrap' },
  guess: { backgroundColor: tokens.colorPaletteYellowBackground1 },
  note: { display: 'block', color: tokens.colorPaletteDarkOrangeForeground1, marginTop: tokens.spacingVerticalXXS },
  value: { whiteSpace: 'pre-wrap', wordBreak: 'break-word' },
});

export function DraftPanel() {
  const styles = useStyles();
  const [text, setText] = React.useState('');
  const [draft, setDraft] = React.useState<ProfileDraft | undefined>();
  const [error, setError] = React.useState<string | undefined>();

  const make = () => {
    setDraft(undefined);
    if (text.trim() === '') return setError('请先粘贴通知全文。');
    if (text.length > MAX_NOTICE_CHARS) return setError(`粘贴的文字有 ${text.length} 个字符，超过上限 ${MAX_NOTICE_CHARS}（一份征集通知只有几千字），未生成草稿。`);
    try {
      setDraft(draftProfile(text, { templatePrompts: allTemplatePrompts }));
      setError(undefined);
    } catch (e) {
      setError(`生成草稿时发生内部错误（${e instanceof Error ? e.name : '未知错误'}），请把通知文字发给开发者。`);
    }
  };

  const guesses = draft ? draft.review.filter((r) => r.guess).length : 0;
  return (
    <div className={styles.root} data-testid="draft-panel">
      <Text className={styles.muted}>
        把明年的征集通知全文粘贴到下面，生成规则配置草稿：每个值都注明通知原文，通知没有写明的值标为“需核对”。核对、补全后下载的
        JSON 即可作为配置文件使用（命令行 case-check --profile 草稿.json）。
      </Text>
      <Field label="通知全文">
        <Textarea value={text} onChange={(_, d) => setText(d.value)} rows={10} resize="vertical" placeholder="关于开展……的通知" data-testid="draft-notice" />
      </Field>
      <div className={styles.row}>
        <Button appearance="primary" onClick={make} data-testid="draft-make">
          生成配置草稿
        </Button>
        {draft && (
          <>
            <Button onClick={() => saveBytes(draftJson(draft), `配置草稿-${draft.profile.id}.json`, MIME.json)} data-testid="draft-download">
              下载配置草稿（JSON）
            </Button>
            <Button onClick={() => saveBytes(reviewText(draft), `配置草稿核对清单-${draft.profile.id}.txt`, 'text/plain;charset=utf-8')} data-testid="draft-download-review">
              下载核对清单（.txt）
            </Button>
          </>
        )}
      </div>
      {error && (
        <MessageBar intent="error" data-testid="draft-error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {draft && (
        <>
          <Text data-testid="draft-summary">
            {draft.profile.name}：共 {draft.review.length} 项，其中 {guesses} 项需核对。
          </Text>
          {draft.validation.ok ? (
            <MessageBar intent="success" data-testid="draft-valid">
              <MessageBarBody>草稿符合配置格式；核对标“需核对”的各项后即可使用。</MessageBarBody>
            </MessageBar>
          ) : (
            <MessageBar intent="warning" data-testid="draft-invalid">
              <MessageBarBody>
                <MessageBarTitle>草稿还不符合配置格式</MessageBarTitle>
                补全或改正后才能用于检查：
                {draft.validation.errors.map((e) => `${e.path}：${e.message}`).join('；')}
              </MessageBarBody>
            </MessageBar>
          )}
          <Table size="small" aria-label="配置草稿核对表" data-testid="draft-table">
            <TableHeader>
              <TableRow>
                <TableHeaderCell style={{ width: '16%' }}>项目</TableHeaderCell>
                <TableHeaderCell style={{ width: '24%' }}>值</TableHeaderCell>
                <TableHeaderCell>原文</TableHeaderCell>
                <TableHeaderCell style={{ width: '22%' }}>需核对</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {draft.review.map((r) => (
                <TableRow key={r.path} className={r.guess ? styles.guess : undefined} data-testid="draft-row" data-path={r.path} data-guess={r.guess ? 'yes' : 'no'}>
                  <TableCell>{r.label}</TableCell>
                  <TableCell className={styles.value}>{r.value}</TableCell>
                  <TableCell className={styles.source}>{r.source ? `“${r.source}”` : '—'}</TableCell>
                  <TableCell>
                    {r.guess ? (
                      <>
                        <Badge color="warning" appearance="filled">
                          需核对
                        </Badge>
                        <span className={styles.note}>{r.guess}</span>
                      </>
                    ) : (
                      <Badge color="success" appearance="outline">
                        通知原文
                      </Badge>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
    </div>
  );
}
