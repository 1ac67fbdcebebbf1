/** Paths of the committed batch fixtures (made by test/fixtures/batch/make-fixtures.js) and what they should trigger. */
import * as path from 'node:path';

export const FIXTURES = path.resolve(__dirname, '../fixtures/batch');
export const CASES = path.join(FIXTURES, 'cases');
export const PRIOR = path.join(FIXTURES, 'prior');
export const PRIOR_CSV = path.join(PRIOR, '往年案例清单.csv');
export const WORD_FILES = path.resolve(__dirname, '../../../shared/wordcount/docx');

/** Issue 11: a reviewer's folder (three spellings of 冶金学院, scans, a ~$ lock file) and the unit roster. */
export const REVIEWER = path.join(FIXTURES, 'reviewer');
export const REVIEWER_CASES = path.join(REVIEWER, '2024年案例');
export const UNITS_CSV = path.join(FIXTURES, 'units', '单位名单.csv');
export const UNITS_XLSX = path.join(FIXTURES, 'units', '单位名单.xlsx');

/** The readable cases (paths below cases/). */
export const GOOD = [
  '信息学院/智慧党建平台.docx',
  '信息学院/红色引擎.docx',
  '冶金学院/冶金学院党委案例.docx',
  '冶金学院/支部建在团队上（修改稿）.docx',
  '外国语学院/未填写单位的案例.docx',
  '机械学院/案例一（分党委）.docx',
  '机械学院/案例二（教师党支部）.docx',
  '材料学院/实验室安全先锋岗.docx',
  '材料学院/新材料创新平台.docx',
  '材料学院/材料学院 案例 二（学生党支部）.docx',
];

/** The stamped scans (attachments, not file-format errors: issue 11). */
export const SCANS = ['扫描件/首页盖章扫描件.pdf'];

/** The bad files and the file-format reason each must get. */
export const BAD: Record<string, string> = {
  '文法学院/WPS 文档案例.wps': 'wps',
  '文法学院/加密的案例.docx': 'encrypted',
  '文法学院/压缩炸弹.docx': 'zip-bomb',
  '文法学院/实体扩展.docx': 'unsafe-xml',
  '文法学院/损坏的案例.docx': 'corrupt',
  '文法学院/旧版文档案例.doc': 'doc',
  '文法学院/空白文件.docx': 'empty',
};
