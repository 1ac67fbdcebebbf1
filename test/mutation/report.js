#!/usr/bin/env node
/**
 * docs/mutation.md from Stryker's JSON report (.tmp/mutation/mutation.json), run by ./run.js
 * after each `npm run mutate`.
 *
 * A run may cover only some of the scope (`-- --mutate src/core/count/**\/*.ts`): the files it
 * mutated replace their entries in docs/mutation.json (committed, one entry per file: the
 * counts, the survivors, when it was measured and how long its run took), and the others keep
 * theirs. docs/mutation.md is written from that record, so every figure in it was measured,
 * and a file of the scope that no run has reached yet is listed as not measured.
 *
 * Survivors are explained in ./survivors/*.json (./survivors.js): `{ file, original, replacement,
 * why }` or `{ …, killedBy }`, matched on the file, the mutated code and its replacement (not
 * the line, which moves). A survivor with no explanation is listed as open: kill it with a test
 * or explain it.
 *
 * `node test/mutation/report.js --from-record` rewrites the .md from docs/mutation.json alone.
 */
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '../..');
const JSON_REPORT = path.join(ROOT, '.tmp', 'mutation', 'mutation.json');
const RECORD = path.join(ROOT, 'docs', 'mutation.json');
const MD = path.join(ROOT, 'docs', 'mutation.md');
const { explainedSurvivors, sameMutant, recorded, originalText } = require('./survivors');
const SCOPE = require('./scope.json').mutate;

/** Files of the scope: each glob is a folder followed by `**\/*.ts`, or a single file. */
function scopeFiles() {
  const out = [];
  for (const pattern of SCOPE) {
    const m = /^(.*)\/\*\*\/\*\.ts$/.exec(pattern);
    if (!m) {
      out.push(pattern);
      continue;
    }
    const walk = (dir) => {
      for (const e of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
        const rel = `${dir}/${e.name}`;
        if (e.isDirectory()) walk(rel);
        else if (e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')) out.push(rel);
      }
    };
    walk(m[1]);
  }
  return [...new Set(out)].sort();
}



function score(c) {
  const detected = c.killed + c.timeout;
  const valid = detected + c.survived + c.noCoverage;
  return valid === 0 ? null : Math.round((1000 * detected) / valid) / 10;
}

function fromStryker(record) {
  const report = JSON.parse(fs.readFileSync(JSON_REPORT, 'utf8'));
  const run = {
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    seconds: Number(process.env.MUTATION_RUN_SECONDS) || null,
    scope: process.env.MUTATION_RUN_SCOPE || 'all',
    concurrency: process.env.MUTATION_RUN_CONCURRENCY || null,
  };
  for (const [file, f] of Object.entries(report.files)) {
    const rel = path.relative(ROOT, path.resolve(ROOT, file)).split(path.sep).join('/');
    const c = { mutants: 0, killed: 0, timeout: 0, survived: 0, noCoverage: 0, errors: 0, ignored: 0 };
    const survivors = [];
    for (const m of f.mutants) {
      c.mutants++;
      if (m.status === 'Killed') c.killed++;
      else if (m.status === 'Timeout') c.timeout++;
      else if (m.status === 'Survived') c.survived++;
      else if (m.status === 'NoCoverage') c.noCoverage++;
      else if (m.status === 'Ignored') c.ignored++;
      else c.errors++;
      if (m.status === 'Survived' || m.status === 'NoCoverage') {
        survivors.push({
          line: m.location.start.line,
          // Where and what exactly, for ./verify.js to make the change by hand (columns 1-based).
          at: [m.location.start.line, m.location.start.column, m.location.end.line, m.location.end.column],
          code: m.replacement ?? '',
          mutator: m.mutatorName,
          original: recorded(originalText(f.source, m.location)),
          replacement: recorded(m.replacement ?? ''),
          status: m.status,
        });
      }
    }
    survivors.sort((a, b) => a.line - b.line);
    record.files[rel] = { ...c, score: score(c), run, survivors };
  }
}

/** The explanation of a survivor: `{ why }` (equivalent) or `{ killedBy }` (a test added since the run), or undefined. */
function explainer() {
  const list = explainedSurvivors();
  return (file, s) => list.find((e) => e.file === file && sameMutant(e, s));
}

const code = (s) => '`' + (s === '' ? '(空)' : s.replace(/`/g, 'ˋ').replace(/\|/g, '\\|')) + '`';

function markdown(record) {
  const why = explainer();
  const files = scopeFiles();
  const measured = files.filter((f) => record.files[f]);
  const total = { mutants: 0, killed: 0, timeout: 0, survived: 0, noCoverage: 0, errors: 0, ignored: 0 };
  let open = 0;
  let explained = 0;
  let killedLater = 0;
  for (const f of measured) {
    for (const k of Object.keys(total)) total[k] += record.files[f][k];
    for (const s of record.files[f].survivors) {
      const e = why(f, s);
      if (e?.why) explained++;
      else if (e?.killedBy) killedLater++;
      else open++;
    }
  }
  const out = [];
  out.push('# 变异测试（mutation testing）');
  out.push('');
  out.push('由 `npm run mutate` 生成（test/mutation/report.js，读取 Stryker 的 JSON 报告），请勿手改；');
  out.push('幸存变异的说明写在 test/mutation/survivors/*.json。');
  out.push('');
  out.push('StrykerJS（jest 运行器，按测试记录覆盖）对判定代码逐一做小的错误改动（变异），再运行覆盖它的测试：');
  out.push('测试失败即“杀死”；测试仍通过即“幸存”，说明没有测试看得见这一改动。得分 = (杀死 + 超时) / (杀死 + 超时 + 幸存 + 未覆盖)。');
  out.push('目标：每个文件 ≥ 85 %，每个幸存变异要么由新测试杀死，要么在下文说明为等价变异。');
  out.push('不属于 `npm test`。只用判定代码的单元测试（test/core、test/docx、test/template、test/word/settings-*，见 test/mutation/jest.config.js）：');
  out.push('前端的整条流程测试（命令行、审阅、Word 网关、浏览器）看得见而单元测试看不见的变异，记为幸存。');
  out.push('被杀死的变异在第一个失败的测试文件处停止（test/mutation/bail-runner.js），先跑该源文件自己的测试文件。');
  out.push('被 8 个以上测试文件执行到的代码（模块加载时执行的代码如字数统计的码位表，以及每条规则都要经过的结构识别）的变异，');
  out.push('只用其所在目录的测试（或 test/mutation/scope.json 中 `staticTests` 所列的测试）检查；');
  out.push('耗时 3 秒以上、几乎从不杀死变异的 4 个整体测试文件不参加（见 test/mutation/jest.config.js），');
  out.push('其他测试也许能杀死的变异可能记为幸存：得分是下限。“超时”（变异使测试陷入死循环）算作检出；机器繁忙时偶有误判。');
  out.push('');
  out.push('运行：`npm run mutate`（全部范围），或 `npm run mutate -- --mutate "src/core/count/**/*.ts" --concurrency 1`（部分文件；其余文件保留上次的结果）。');
  out.push('HTML 报告在 .tmp/mutation/index.html（不入库）。');
  out.push('');
  out.push('## 总计');
  out.push('');
  out.push(`已测 ${measured.length} / ${files.length} 个文件；变异 ${total.mutants} 个，杀死 ${total.killed}，超时 ${total.timeout}，幸存 ${total.survived}，未覆盖 ${total.noCoverage}，` +
    `编译/运行错误 ${total.errors}；得分 ${score(total) ?? '—'} %（仅已测文件）。幸存变异：等价 ${explained}，由测量后新增的测试杀死（手工验证，下次运行计入）${killedLater}，待处理 ${open}。`);
  out.push('');
  out.push('## 各文件得分');
  out.push('');
  out.push('| 文件 | 变异 | 杀死 | 超时 | 幸存 | 未覆盖 | 得分 | 测量时间 | 该次运行（范围，并发，用时） |');
  out.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |');
  for (const f of files) {
    const r = record.files[f];
    if (!r) {
      out.push(`| ${f} | — | — | — | — | — | 未测 | — | — |`);
      continue;
    }
    const run = `${code(r.run.scope)}，${r.run.concurrency ?? '?'}，${r.run.seconds ? `${Math.round(r.run.seconds / 60)} 分钟` : '?'}`;
    out.push(`| ${f} | ${r.mutants} | ${r.killed} | ${r.timeout} | ${r.survived} | ${r.noCoverage} | ${r.score ?? '—'} % | ${r.run.date} | ${run} |`);
  }
  out.push('');
  out.push('## 幸存变异');
  out.push('');
  out.push('按文件、再按变异类型分组。“待处理”表示既没有测试杀死、也没有说明为等价；“测量后新增的测试杀死”的变异已手工改代码验证，下次运行后计入得分。');
  for (const f of measured) {
    const list = record.files[f].survivors;
    if (list.length === 0) continue;
    out.push('');
    out.push(`### ${f}`);
    const groups = new Map();
    for (const s of list) {
      if (!groups.has(s.mutator)) groups.set(s.mutator, []);
      groups.get(s.mutator).push(s);
    }
    for (const [mutator, ms] of [...groups].sort((a, b) => a[0].localeCompare(b[0]))) {
      out.push('');
      out.push(`- ${mutator}`);
      for (const s of ms) {
        const e = why(f, s);
        const status = s.status === 'NoCoverage' ? '（未覆盖）' : '';
        const note = e?.why ? `等价：${e.why}` : e?.killedBy ? `测量后新增的测试杀死（手工验证）：${e.killedBy}` : '**待处理**';
        out.push(`  - 第 ${s.line} 行${status}：${code(s.original)} → ${code(s.replacement)}：${note}`);
      }
    }
  }
  const unmeasured = files.filter((f) => !record.files[f]);
  if (unmeasured.length > 0) {
    out.push('');
    out.push('## 尚未测量');
    out.push('');
    out.push(`以下 ${unmeasured.length} 个文件还没有运行结果：${unmeasured.map(code).join('、')}。`);
  }
  out.push('');
  return out.join('\n');
}

function main() {
  const record = fs.existsSync(RECORD) ? JSON.parse(fs.readFileSync(RECORD, 'utf8')) : { files: {} };
  if (!process.argv.includes('--from-record')) fromStryker(record);
  // Files that left the scope leave the record too.
  const files = new Set(scopeFiles());
  for (const f of Object.keys(record.files)) if (!files.has(f)) delete record.files[f];
  record.files = Object.fromEntries(Object.entries(record.files).sort(([a], [b]) => a.localeCompare(b)));
  fs.writeFileSync(RECORD, JSON.stringify(record, null, 2) + '\n');
  fs.writeFileSync(MD, markdown(record));
  console.log(`docs/mutation.md: ${Object.keys(record.files).length} of ${files.size} files measured`);
}

main();
