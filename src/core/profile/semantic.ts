/**
 * Checks a schema cannot express: references between parts of the profile and numbers
 * that only make sense together. Run after the schema passed, so shapes are known.
 */
import { RESERVED_PART_KINDS, sectionIds, type Profile } from './types';
import { childPath, type ProfileError } from './validate';

function duplicates(list: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const x of list) (seen.has(x) ? dup : seen).add(x);
  return dup;
}

function isRealDate(iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

export function semanticErrors(p: Profile): ProfileError[] {
  const errors: ProfileError[] = [];
  const err = (path: string, message: string) => errors.push({ path, message });

  // Categories: unique ids, parents that exist, no cycles, at least one top level.
  const catIds = p.categories.map((c) => c.id);
  const dupCats = duplicates(catIds);
  p.categories.forEach((c, i) => {
    const path = childPath('$.categories', i);
    if (dupCats.has(c.id) && catIds.indexOf(c.id) !== i) err(childPath(path, 'id'), `类别 id “${c.id}”重复`);
    if (c.parent !== undefined) {
      if (!catIds.includes(c.parent)) err(childPath(path, 'parent'), `上级类别“${c.parent}”不存在`);
      else if (c.parent === c.id) err(childPath(path, 'parent'), '类别不能以自身为上级');
    }
  });
  for (const c of p.categories) {
    const chain = new Set<string>();
    let cur: string | undefined = c.id;
    while (cur !== undefined && !chain.has(cur)) {
      chain.add(cur);
      cur = p.categories.find((x) => x.id === cur)?.parent;
    }
    if (cur !== undefined && cur === c.id && c.parent !== c.id) {
      err(childPath(childPath('$.categories', catIds.indexOf(c.id)), 'parent'), `类别“${c.id}”的上级关系构成循环`);
    }
  }
  if (!p.categories.some((c) => c.parent === undefined)) err('$.categories', '至少应有一个顶层类别（没有 parent）');

  // Parts: unique ids; the known cover fields, summary and body of their fixed kind, any other
  // id a cover field or a section of the profile's own; at least one body section.
  const partIds = p.parts.map((x) => x.id as string);
  const dupParts = duplicates(partIds);
  p.parts.forEach((part, i) => {
    const path = childPath('$.parts', i);
    if (dupParts.has(part.id) && partIds.indexOf(part.id) !== i) err(childPath(path, 'id'), `部分 id “${part.id}”重复`);
    const fixed = Object.prototype.hasOwnProperty.call(RESERVED_PART_KINDS, part.id) ? RESERVED_PART_KINDS[part.id] : undefined;
    if (fixed !== undefined && part.kind !== fixed) err(childPath(path, 'kind'), `“${part.id}”的 kind 应为“${fixed}”，实为“${part.kind}”`);
    if (fixed === undefined && part.kind === 'summary') err(childPath(path, 'kind'), `案例简介（kind 为“summary”）的 id 应为“summary”，实为“${part.id}”`);
    if (part.pictures === true && (part.kind !== 'section' || part.id === 'body')) err(childPath(path, 'pictures'), `只有正文的部分可以放图片，“${part.id}”不是`);
  });
  const sections = sectionIds(p);
  if (sections.length === 0) err('$.parts', '至少应有一个正文部分（kind 为“section”，id 不是“body”）');
  const tags = duplicates(p.parts.map((x) => x.tag));
  p.parts.forEach((part, i) => {
    if (tags.has(part.tag) && p.parts.findIndex((x) => x.tag === part.tag) !== i) err(childPath(childPath('$.parts', i), 'tag'), `内容控件标记“${part.tag}”重复`);
  });
  // Pictures: somewhere to put them when any are allowed, a minimum within the maximum.
  const pictureHomes = p.parts.filter((x) => x.pictures === true);
  if (p.pictures.maxGroups > 0 && pictureHomes.length === 0) err('$.parts', `允许 ${p.pictures.maxGroups} 张（组）图片，但没有哪个正文部分标明 "pictures": true`);
  if (p.pictures.minGroups !== undefined && p.pictures.minGroups > p.pictures.maxGroups) {
    err('$.pictures.minGroups', `不应大于 maxGroups（${p.pictures.maxGroups}），实为 ${p.pictures.minGroups}`);
  }
  if (!sections.includes(p.listing.section)) err('$.listing.section', `“${p.listing.section}”不是正文的部分（可选：${sections.join('、')}）`);

  // Tolerances: a warning band inside the error band, a near-maximum share inside (0, 1].
  const { warning, error } = p.tolerances.around;
  if (!(warning > 0)) err('$.tolerances.around.warning', '应大于 0');
  if (!(error > warning)) err('$.tolerances.around.error', `应大于 warning（${warning}），实为 ${error}`);
  if (!(p.tolerances.nearMax > 0 && p.tolerances.nearMax <= 1)) err('$.tolerances.nearMax', `应在 0（不含）到 1 之间，实为 ${p.tolerances.nearMax}`);

  if (!isRealDate(p.notice.deadline)) err('$.notice.deadline', `不是有效日期：“${p.notice.deadline}”`);
  if (p.review) reviewErrors(p, err);
  if (p.integration.partyWords.length === 0) err('$.integration.partyWords', '不应为空');
  if (p.integration.coreWords.length === 0) err('$.integration.coreWords', '不应为空');
  return errors;
}

/** The review round: a weight for every criterion and none for another, weights that make 100, a real score range and deadline. */
function reviewErrors(p: Profile, err: (path: string, message: string) => void): void {
  const review = p.review!;
  const { weights, min, max } = review.scoring;
  const ids = p.criteria.map((c) => c.id);
  for (const id of ids) if (!(id in weights)) err('$.review.scoring.weights', `缺少评选标准“${id}”的权重`);
  for (const id of Object.keys(weights)) if (!ids.includes(id)) err(`$.review.scoring.weights.${id}`, `评选标准“${id}”不在 criteria 中`);
  const total = Object.values(weights).reduce((a, b) => a + b, 0);
  if (Math.abs(total - 100) > 1e-9) err('$.review.scoring.weights', `各项权重之和应为 100，实为 ${total}`);
  if (!(max > min)) err('$.review.scoring.max', `应大于 min（${min}），实为 ${max}`);
  if (!isRealDate(review.letters.resubmitDeadline.value)) err('$.review.letters.resubmitDeadline.value', `不是有效日期：“${review.letters.resubmitDeadline.value}”`);
  const sourced = (path: string, v: { source?: string; assumed?: string }) => {
    if (!v.source && !v.assumed) err(path, '应注明通知原文（source），或说明默认值的理由（assumed）');
  };
  sourced('$.review.letters.contact', review.letters.contact);
  sourced('$.review.letters.resubmitDeadline', review.letters.resubmitDeadline);
  sourced('$.review.scoring', review.scoring);
}
