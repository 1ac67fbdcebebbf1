'use strict';
/**
 * Synthetic but realistic CaseDocuments of a given size in Word's 字数: cover fields,
 * a summary, the three numbered sections with (一)(二) sub-headings, Chinese prose with
 * full-width punctuation, years, percentages and Latin abbreviations, automatically
 * numbered lines, and pictures with captions in 主要做法. Deterministic (seeded).
 */

const CLAUSES = [
  '学院党委坚持以高质量党建引领高质量发展',
  '把党的建设有机融入人才培养、科学研究和社会服务全过程',
  '支部书记“双带头人”培育工程持续深化',
  '2023年共组织主题党日活动24次，覆盖党员312人次',
  '依托国家级一流本科专业建设AI+教育实践平台',
  '推动党建与业务同谋划、同部署、同推进、同考核',
  '建立“党员先锋岗”和“党员责任区”',
  '学生满意度提升至96.5%',
  '围绕关键核心技术攻关组建党员突击队',
  '形成了可复制、可推广的经验做法',
  '通过“三会一课”、组织生活会等载体加强思想引领',
  '与3家企业党组织开展党建联建',
  '实验室安全、学风建设、就业服务等工作取得明显成效',
  '在PBL教学改革中发挥党员教师示范作用',
];
const ENDS = ['，', '；', '。', '，', '、', '。'];

function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 0x100000000;
  };
}

function buildCase(targetWords, countParagraphs, seed = 1) {
  const rand = rng(seed);
  const paragraphs = [];
  const para = (text, o = {}) => {
    const p = { index: paragraphs.length, text, pictures: [], controls: [] };
    Object.assign(p, o);
    paragraphs.push(p);
    return p;
  };
  const prose = (words) => {
    let s = '';
    let w = 0;
    while (w < words) {
      const clause = CLAUSES[Math.floor(rand() * CLAUSES.length)] + ENDS[Math.floor(rand() * ENDS.length)];
      s += clause;
      w = countParagraphs([{ text: s }]).words;
    }
    return s.replace(/[，；、]$/, '。');
  };
  const heading = (text, level) => para(text, { builtinStyle: level === 0 ? 'Heading1' : 'Heading2', outlineLevel: level });

  para('党建引领“一融双高”的实践探索', { builtinStyle: 'Title', centered: true, bold: true });
  para('案例名称：党建引领“一融双高”的实践探索');
  para('申报单位（盖章）：信息科学与工程学院党委');
  para('实施党组织：信息科学与工程学院党委');
  para('类别：分党委（直属党总支）');
  para('实施起始时间：2021年9月');
  heading('案例简介', 0);
  para(prose(200));

  const body = Math.max(600, targetWords - 260);
  const sections = [
    ['一、实施背景', 0.15],
    ['二、主要做法', 0.65],
    ['三、经验启示', 0.2],
  ];
  let picture = 0;
  let practiceParas = 0;
  for (const [title, share] of sections) {
    heading(title, 0);
    let left = Math.round(body * share);
    let sub = 0;
    let inSub = 0;
    while (left > 0) {
      if (title.startsWith('二') && (sub === 0 || inSub > 900)) {
        sub++;
        inSub = 0;
        heading(`（${'一二三四五六七八九十'[(sub - 1) % 10]}）创新举措${sub}`, 1);
      }
      const n = Math.min(left, 120 + Math.floor(rand() * 140));
      const text = prose(n);
      const listed = rand() < 0.15;
      para(text, listed ? { listLabel: `${paragraphs.length % 9 + 1}.`, listSuffix: 'tab', builtinStyle: 'ListParagraph' } : {});
      const w = countParagraphs([{ text }]).words;
      left -= w;
      inSub += w;
      // A picture with its caption after every third paragraph of 主要做法.
      if (title.startsWith('二') && ++practiceParas % 3 === 0) {
        picture++;
        para('', { pictures: [{ kind: 'inline', description: `图片${picture}` }] });
        para(`图${picture} 党员志愿服务活动现场`, { builtinStyle: 'Caption' });
      }
    }
  }
  return { paragraphs, stories: [], source: 'docx' };
}

module.exports = { buildCase };
