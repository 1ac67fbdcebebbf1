import * as React from 'react';
import { Tab, TabList, Text, Title2, makeStyles, tokens } from '@fluentui/react-components';
import { NEU_2024, loadBuiltinProfile } from '../core/profile';
import type { Profile } from '../core/profile/types';
import { ProfilePicker } from './ProfilePicker';
import { BatchPanel } from './BatchPanel';
import { DraftPanel } from './DraftPanel';
import { SinglePanel } from './SinglePanel';
import type { NamedFile } from './protocol';
import type { CheckerClient } from './worker-client';

const useStyles = makeStyles({
  page: { maxWidth: '1400px', margin: '0 auto', padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXL}`, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  header: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  sub: { color: tokens.colorNeutralForeground3 },
});

type TabId = 'batch' | 'single' | 'draft';

export function App({ client }: { client: CheckerClient }) {
  const styles = useStyles();
  const [tab, setTab] = React.useState<TabId>('batch');
  const [profile, setProfile] = React.useState<Profile>(NEU_2024);
  const choose = React.useCallback(
    (p: Profile) => {
      client.setProfile(p);
      setProfile(p);
    },
    [client],
  );
  // The single check's file, checked again after switching to the notice its settings name.
  const [recheck, setRecheck] = React.useState<NamedFile>();
  const pick = React.useCallback(
    (p: Profile) => {
      setRecheck(undefined);
      choose(p);
    },
    [choose],
  );
  const switchToSaved = React.useCallback(
    (id: string, file: NamedFile) => {
      void loadBuiltinProfile(id).then((p) => {
        if (!p) return;
        setRecheck(file);
        choose(p);
      });
    },
    [choose],
  );
  return (
    <div className={styles.page}>
      <header className={styles.header}>
        <Title2 as="h1">案例检查</Title2>
        <Text className={styles.sub}>
          {[profile.name, profile.notice.number, `截止日期 ${profile.notice.deadline}`].filter(Boolean).join(' · ')} · 全部检查在本机浏览器中完成，文件不会上传
        </Text>
        <ProfilePicker profile={profile} onChange={pick} />
      </header>
      <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabId)}>
        <Tab value="batch">批量审核（党委组织部）</Tab>
        <Tab value="single">单篇检查（作者自查）</Tab>
        <Tab value="draft">配置草稿（从通知生成）</Tab>
      </TabList>
      <div hidden={tab !== 'batch'}>
        {/* Keyed by profile: a change starts afresh (each profile keeps its own last results). */}
        <BatchPanel key={profile.id} client={client} profile={profile} />
      </div>
      <div hidden={tab !== 'single'}>
        <SinglePanel key={profile.id} client={client} profile={profile} onUseProfile={switchToSaved} recheck={recheck} />
      </div>
      <div hidden={tab !== 'draft'}>
        <DraftPanel />
      </div>
    </div>
  );
}
