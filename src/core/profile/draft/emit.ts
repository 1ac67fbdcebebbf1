/**
 * The emission: what the notice says (NoticeFacts) as a Profile. This is the one file that
 * knows the profile's shape: the body's sections as the notice lists them (ids of their own
 * where neu-2024 has no section of that kind), pictures allowed in the section the notice
 * names, and picture and caption limits of either kind.
 *
 * What no notice says (the heading aliases, the template's prompts, the word lists of
 * `integration-weak` and `listing-heavy`, the tolerance of "左右", the cover fields, the
 * resubmission threshold, the review round's weights) is copied from `base` (neu-2024) and
 * listed as a row to review, with the reason.
 */
import type { CategorySpec, Limit, PartSpec, Profile } from '../types';
import type { DraftLimit, DraftReviewItem, Found, NoticeFacts } from './types';

export interface EmitOptions {
  /** The template's prompts for a profile (src/template's allTemplatePrompts), which the core cannot import. */
  templatePrompts?: (profile: Profile) => string[];
}

const unique = (xs: readonly string[]) => [...new Set(xs.filter(Boolean))];
const bare = (s: string) => s.replace(/[（(][^）)]*[）)]/gu, '').trim();

function sourceOf(f: Found<unknown>): string {
  return f.source ?? `（通知未写明，草稿推测）${f.guess ?? ''}`;
}

function limit(f: Found<DraftLimit>): Limit {
  return { kind: f.value.kind, value: f.value.value, source: sourceOf(f) };
}

function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return t.toISOString().slice(0, 10);
}

export function emitProfile(f: NoticeFacts, base: Profile, options: EmitOptions = {}): { profile: Profile; defaults: DraftReviewItem[] } {
  const defaults: DraftReviewItem[] = [];
  const fill = (path: string, label: string, value: string, guess: string) => defaults.push({ path, label, value, guess });
  const baseCategory = (id: string) => base.categories.find((c) => c.id === id);
  const basePart = (id: string) => base.parts.find((p) => p.id === id);

  const categories: CategorySpec[] = f.categories.value.map((c) => ({
    id: c.id,
    label: c.label,
    aliases: unique([c.label, bare(c.label), ...(baseCategory(c.id)?.aliases ?? [])]),
    ...(c.parent ? { parent: c.parent } : {}),
    ...(c.bodyLimit ? { bodyLimit: limit(c.bodyLimit) } : {}),
    ...(c.guidance ? { guidance: c.guidance } : {}),
  }));
  fill('$.categories[*].aliases', '类别的别名（封面“类别”一栏可写的词）', '通知中的名称，加上 neu-2024 同一类别的别名', '别名不出自通知：请删去本校不用的，补上本校的写法。');

  const cover = base.parts.filter((p) => p.kind === 'cover');
  fill('$.parts（封面）', '封面信息表各栏', cover.map((p) => p.label).join('、'), '通知没有规定封面信息表：沿用 neu-2024 模板的各栏，请按本通知的申报表核对。');

  const parts: PartSpec[] = [...cover.map((p) => ({ ...p, aliases: [...p.aliases] }))];
  const summary = f.summary.value;
  if (summary) {
    parts.push({
      id: 'summary',
      label: summary.label,
      kind: 'summary',
      required: true,
      tag: 'case.summary',
      aliases: unique([summary.label, ...(basePart('summary')?.aliases ?? [])]),
      ...(summary.limit ? { limit: limit({ ...f.summary, value: summary.limit }) } : {}),
      ...(basePart('summary')?.prompt ? { prompt: basePart('summary')?.prompt } : {}),
    });
  }
  const pictureSection = f.sections.value.find((s) => s.label === f.pictures.section.value)?.id ?? f.sections.value.find((s) => s.id === 'practice')?.id ?? f.sections.value[0]?.id;
  if (!f.sections.value.some((s) => s.label === f.pictures.section.value)) {
    fill('$.parts[*].pictures', '图片所在部分', pictureSection ?? '（无）', `通知说图片放在“${f.pictures.section.value}”，但正文各部分中没有这个名称：草稿放在 ${pictureSection ?? '（无）'}，请核对。`);
  }
  for (const s of f.sections.value) {
    const prompt = basePart(s.id)?.prompt;
    parts.push({
      id: s.id,
      label: s.label,
      kind: 'section',
      required: true,
      tag: `case.${s.id}`,
      aliases: unique([s.label, ...(basePart(s.id)?.aliases ?? [])]),
      ...(s.id === pictureSection && f.pictures.max.value > 0 ? { pictures: true } : {}),
      ...(prompt ? { prompt } : {}),
      source: sourceOf(f.sections),
    });
  }
  parts.push({
    id: 'body',
    label: '案例正文',
    kind: 'section',
    required: false,
    tag: 'case.body',
    aliases: [...(basePart('body')?.aliases ?? ['案例正文', '正文'])],
    ...(f.bodyLimit ? { limit: limit(f.bodyLimit) } : {}),
  });
  fill('$.parts[*].aliases', '各部分标题的别名', '通知中的名称，加上 neu-2024 同一部分的别名', '别名不出自通知：作者常用的其他标题写法请补上。');

  const pictures: Profile['pictures'] = {
    ...(f.pictures.min.value > 0 ? { minGroups: f.pictures.min.value } : {}),
    maxGroups: f.pictures.max.value,
    caption: limit(f.pictures.caption),
    source: unique([f.pictures.min.source ?? '', f.pictures.max.source ?? '', f.pictures.caption.source ?? '']).join('；') || sourceOf(f.pictures.max),
  };
  // 简单罗列 is judged in 主要做法; a notice without one: the section with the pictures (its 做法).
  const listingSection = f.sections.value.find((s) => s.id === 'practice')?.id ?? pictureSection ?? base.listing.section;
  if (listingSection !== 'practice') {
    fill('$.listing.section', '“简单罗列”检查的部分', listingSection, '通知没有“主要做法”：草稿检查图片所在的部分，请改为讲做法的那一部分。');
  }

  const school = /^(?:中共|中国共产党)?(.{2,20}?)委员会/u.exec(f.issuer.value)?.[1];
  const batch: Profile['batch'] = {
    maxCasesPerUnit: f.quota.value,
    distinctLevels: f.distinctLevels.value,
    resubmissionThreshold: base.batch.resubmissionThreshold,
    source: unique([f.quota.source ?? '', f.resubmission?.source ?? '']).join('；') || sourceOf(f.quota),
    unitNames: {
      prefixes: unique(['中国共产党', '中共', ...(school ? [school] : [])]),
      suffixes: [...(base.batch.unitNames?.suffixes ?? [])],
      source: `（草稿推测）去掉前缀“中国共产党”“中共”${school ? `“${school}”` : ''}和组织后缀后归为同一申报单位`,
    },
    ...(base.batch.scans ? { scans: { ...base.batch.scans, words: [...base.batch.scans.words], extensions: [...base.batch.scans.extensions] } } : {}),
  };
  fill('$.batch.resubmissionThreshold', '与往年案例相似度达到多少算重复申报', String(base.batch.resubmissionThreshold), '通知没有规定：沿用 neu-2024 的 0.8。');
  fill('$.batch.unitNames', '申报单位名称的前缀与后缀', `前缀 ${batch.unitNames!.prefixes.join('、')}`, '由落款推得，后缀沿用 neu-2024：请补上本校单位名称的其他写法。');
  if (batch.scans) fill('$.batch.scans', '随文报送的扫描件', batch.scans.words.join('、'), '沿用 neu-2024（首页盖章扫描件）：通知不要求扫描件时请删去此项。');

  const period = {
    withinYears: f.period.withinYears.value,
    minYearsRunning: f.period.minYearsRunning.value,
    source: unique([f.period.withinYears.source ?? '', f.period.minYearsRunning.source ?? '']).join('；') || sourceOf(f.period.withinYears),
  };

  const criteria = f.criteria.value.map((c) => ({ id: c.id, label: c.label, text: c.text }));
  const profile: Profile = {
    id: `draft-${f.year.value}`,
    name: f.name.value,
    notice: { number: f.number.value, title: f.title.value, year: f.year.value, deadline: f.deadline.value, email: f.email.value },
    metric: base.metric,
    tolerances: { around: { ...base.tolerances.around }, nearMax: base.tolerances.nearMax },
    categories,
    parts,
    pictures,
    period,
    batch,
    placeholders: [],
    listing: { ...base.listing, section: listingSection },
    integration: { ...base.integration, partyWords: [...base.integration.partyWords], coreWords: [...base.integration.coreWords] },
    criteria,
    checklist: unique([
      `${f.deadline.value} 前报送`,
      f.quota.source ?? '',
      f.email.value ? `发送至 ${f.email.value}` : '',
    ]),
  };
  fill('$.id', '配置编号', profile.id, '请改为本通知的简称，如 neu-2025（只用小写字母、数字、点和连字符）。');
  fill('$.metric', '字数的计法', 'Word 的“字数”', '通知按“字”计：与 Word 审阅 → 字数统计一致。');
  fill('$.tolerances', '“左右”的幅度', `±${base.tolerances.around.warning * 100}% 提示，±${base.tolerances.around.error * 100}% 为错误`, '通知没有规定“左右”的幅度：沿用 neu-2024。');
  fill('$.listing', '“简单罗列”的判断', `短句 ≤ ${base.listing.shortLineMaxWords} 字，占 ${base.listing.minShare * 100}%`, '通知没有给出数字：沿用 neu-2024。');
  fill('$.integration', '党建与业务融合的词表', `${base.integration.partyWords.length} 个党建词、${base.integration.coreWords.length} 个业务词`, '词表不出自通知：沿用 neu-2024，请按本通知的重点补充。');
  fill('$.checklist', '报送清单', profile.checklist.join('；'), '由截止日期、限报项数和邮箱拼成：请按通知的“材料包括……”核对。');

  if (options.templatePrompts) {
    try {
      profile.placeholders = options.templatePrompts(profile);
    } catch {
      profile.placeholders = [];
    }
  }
  fill(
    '$.placeholders',
    '模板中的填写提示',
    profile.placeholders.length ? `${profile.placeholders.length} 条（由案例助手的模板按草稿中的数字生成）` : '（空）',
    '提示语不出自通知：若本通知附有自己的模板，请换成其中的提示语，否则作者遗留的提示查不出来。',
  );

  if (criteria.length > 0) {
    const each = Math.floor(100 / criteria.length);
    const weights: Record<string, number> = {};
    criteria.forEach((c, i) => (weights[c.id] = each + (i < 100 - each * criteria.length ? 1 : 0)));
    profile.review = {
      letters: {
        title: '形式审查反馈单',
        sender: f.issuer.value,
        contact: f.email.value ? { text: `专用邮箱 ${f.email.value}`, source: sourceOf(f.email) } : { text: f.issuer.value, assumed: '通知没有给出邮箱：反馈单上写发文单位。' },
        resubmitDeadline: { value: addDays(f.deadline.value, 7), assumed: `通知没有规定退回修改的期限：默认为报送截止日期后一周（${addDays(f.deadline.value, 7)}）` },
      },
      scoring: {
        min: 0,
        max: 10,
        weights,
        disagreement: 20,
        source: `评选标准：${criteria.map((c) => c.label).join('、')}`,
        assumed: `通知没有规定权重和分值：默认各项权重相同（${Object.values(weights).join('、')}），每项 0～10 分，满分 100 分；同一案例各专家总分相差 20 分及以上时标出“分歧较大”`,
      },
    };
    fill('$.review', '审核：反馈单与评分', `退回修改截止 ${profile.review.letters.resubmitDeadline.value}；${criteria.length} 项标准等权`, '通知没有规定：退回期限取截止日期后一周，各项标准等权，请核对。');
  }
  return { profile, defaults };
}
