#!/usr/bin/env node
/**
 * Regenerates the golden documents of the other notices' profiles (issue 14):
 *   node test/golden/profiles/make-docs.js
 * Each case is written here as HTML (a cover table, headings, paragraphs of a known number
 * of 字, pictures with captions) and converted by LibreOffice (`soffice --headless
 * --convert-to docx`); only the .docx outputs are committed. Every paragraph is N Chinese
 * characters and one 。, so each length below is N + 1 字, counted by hand.
 */
'use strict';
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const zlib = require('node:zlib');

const here = __dirname;
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'profile-docs-'));

// A 4×4 PNG, so that the HTML has a real picture to embed.
function png() {
  const w = 4;
  const raw = Buffer.concat(Array.from({ length: w }, () => Buffer.from([0, ...Array(w).fill([0x20, 0x60, 0xc0]).flat()])));
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (b) => {
    let c = 0xffffffff;
    for (const x of b) c = crcTable[(c ^ x) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (t, d) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(d.length);
    const td = Buffer.concat([Buffer.from(t, 'latin1'), d]);
    const c = Buffer.alloc(4);
    c.writeUInt32BE(crc(td));
    return Buffer.concat([len, td, c]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(w, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}
fs.writeFileSync(path.join(work, 'pic.png'), png());

const POOL = '支部坚持党建引领把组织生活与专业学习紧密结合推动党员在项目攻关和服务师生中发挥先锋模范作用形成了可复制可推广的工作经验';
/** `n` Chinese characters and a 。: n + 1 字 in Word. */
function han(n, offset = 0) {
  let s = '';
  for (let i = 0; i < n; i++) s += POOL[(i + offset) % POOL.length];
  return s + '。';
}

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
function html(title, cover, blocks) {
  const rows = cover.map(([k, v]) => `<tr><td>${esc(k)}</td><td>${esc(v)}</td></tr>`).join('\n');
  const body = blocks
    .map((b) => {
      if (b.h1) return `<h1>${esc(b.h1)}</h1>`;
      if (b.h2) return `<h2>${esc(b.h2)}</h2>`;
      if (b.pic) return `<p><img src="pic.png" alt="" width="40" height="40"></p>\n<p>${esc(b.pic)}</p>`;
      return `<p>${esc(b.p)}</p>`;
    })
    .join('\n');
  return `<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(title)}</title></head>\n<body>\n<p align="center"><b>${esc(title)}</b></p>\n<table border="1">\n${rows}\n</table>\n${body}\n</body></html>\n`;
}

const CASES = {
  'jiangsu-2018': {
    // 正文 2500 字左右: 3 headings (10 + 11 + 11 字) + 600 + 1300 + 560 (paragraphs) + caption 9 = within ±20%.
    pass: html(
      '“党建+科研”双融双促工作机制',
      [['项目名称', '“党建+科研”双融双促工作机制'], ['申报单位', '化学化工学院党总支'], ['项目负责人', '王明 党总支书记'], ['联系人', '李华 组织员'], ['联系电话', '025-83790000']],
      [
        { h1: '案例正文' },
        { h2: '一、创新的背景及起因' },
        { p: han(299) },
        { p: han(299, 7) },
        { h2: '二、创新点及具体做法' },
        { p: han(649) },
        { pic: '图1 党员先锋岗挂牌仪式' },
        { p: han(649, 3) },
        { h2: '三、主要成效及经验启示' },
        { p: han(559) },
      ],
    ),
    // Two sections only and 1000 字: part-missing (主要成效及经验启示) and body-length (far short of 2500).
    fail: html(
      '党员先锋岗建设',
      [['项目名称', '党员先锋岗建设'], ['申报单位', '化学化工学院党总支'], ['联系人', '李华'], ['联系电话', '025-83790000']],
      [{ h2: '一、创新的背景及起因' }, { p: han(399) }, { h2: '二、创新点及具体做法' }, { p: han(579) }],
    ),
  },
  'baiyun-2020': {
    // 特色总结 300 字左右; 正文 2500 字以内; 3 pictures, captions about 20 字.
    pass: html(
      '“红色领航”学业帮扶',
      [['项目名称', '“红色领航”学业帮扶'], ['申报党支部', '会计学院学生第一党支部'], ['所在党总支', '会计学院党总支'], ['联系人', '陈静'], ['联系电话', '020-36090000']],
      [
        { h1: '特色总结' },
        { p: han(299) },
        { h1: '案例正文' },
        { h2: '一、活动主题与思路' },
        { p: han(399) },
        { h2: '二、实施方法与过程' },
        { p: han(699) },
        { pic: '图1 党员与学业困难学生结对帮扶签约现场' },
        { pic: '图2 支部书记为帮扶小组讲授专业课程难点' },
        { h2: '三、所取得主要成效' },
        { p: han(499) },
        { pic: '图3 帮扶学生期末成绩全部合格后的合影留念' },
        { h2: '四、经验与启示' },
        { p: han(399) },
      ],
    ),
    // 2 pictures (3–6 required), a 41-字 caption (about 20), body over 2500 字.
    fail: html(
      '“红色领航”学业帮扶',
      [['项目名称', '“红色领航”学业帮扶'], ['申报党支部', '会计学院学生第二党支部'], ['所在党总支', '会计学院党总支'], ['联系人', '陈静'], ['联系电话', '020-36090000']],
      [
        { h1: '特色总结' },
        { p: han(299) },
        { h1: '案例正文' },
        { h2: '一、活动主题与思路' },
        { p: han(599) },
        { h2: '二、实施方法与过程' },
        { p: han(999) },
        { pic: '图1 党员与学业困难学生结对帮扶签约现场' },
        { h2: '三、所取得主要成效' },
        { p: han(699) },
        { pic: '图2 ' + han(40).slice(0, 40) },
        { h2: '四、经验与启示' },
        { p: han(399) },
      ],
    ),
  },
  'sxdtdx-2024': {
    // 5000 字以内; 3 pictures in 主要做法 / 工作成效, captions within 30 字.
    pass: html(
      '“一站式”学生社区思政育人',
      [['案例名称', '“一站式”学生社区思政育人'], ['报送单位', '中共山西大同大学文学院委员会'], ['联系人', '赵敏'], ['联系电话', '0352-7150000']],
      [
        { h1: '案例正文' },
        { h2: '一、基本情况' },
        { p: han(499) },
        { h2: '二、主要做法' },
        { p: han(999) },
        { pic: '图1 学生社区党员工作站揭牌' },
        { p: han(999, 5) },
        { pic: '图2 辅导员在社区开展谈心谈话' },
        { h2: '三、工作成效' },
        { p: han(799) },
        { pic: '图3 社区思政文化节闭幕式' },
        { h2: '四、工作启示' },
        { p: han(499) },
      ],
    ),
    // 工作启示 before 工作成效 (part-order), 4 pictures (3 required), one in 基本情况 (outside).
    fail: html(
      '“一站式”学生社区思政育人',
      [['案例名称', '“一站式”学生社区思政育人'], ['报送单位', '中共山西大同大学文学院委员会'], ['联系人', '赵敏'], ['联系电话', '0352-7150000']],
      [
        { h1: '案例正文' },
        { h2: '一、基本情况' },
        { p: han(499) },
        { pic: '图1 文学院学生社区外景' },
        { h2: '二、主要做法' },
        { p: han(999) },
        { pic: '图2 学生社区党员工作站揭牌' },
        { pic: '图3 辅导员在社区开展谈心谈话' },
        { h2: '三、工作启示' },
        { p: han(499) },
        { h2: '四、工作成效' },
        { p: han(799) },
        { pic: '图4 社区思政文化节闭幕式' },
      ],
    ),
  },
  'national-2015': {
    // 案例摘要 1500 字左右; 背景 / 做法 / 成效 / 探讨 (附录 optional); 正文不超过 5000 字.
    pass: html(
      '“网格化+党建”服务群众机制',
      [['案例名称', '“网格化+党建”服务群众机制'], ['申报单位', '某市某区委组织部'], ['联系人', '刘洋'], ['联系电话', '010-66000000']],
      [
        { h1: '案例摘要' },
        { p: han(749) },
        { p: han(749, 11) },
        { h1: '案例正文' },
        { h2: '一、背景' },
        { p: han(799) },
        { h2: '二、做法' },
        { p: han(1499) },
        { pic: '图1 社区网格党支部议事会' },
        { h2: '三、成效' },
        { p: han(999) },
        { h2: '四、探讨' },
        { p: han(599) },
      ],
    ),
    // A 600-字 summary (far short of 1500) and no 探讨.
    fail: html(
      '“网格化+党建”服务群众机制',
      [['案例名称', '“网格化+党建”服务群众机制'], ['申报单位', '某市某区委组织部'], ['联系人', '刘洋'], ['联系电话', '010-66000000']],
      [
        { h1: '案例摘要' },
        { p: han(599) },
        { h1: '案例正文' },
        { h2: '一、背景' },
        { p: han(799) },
        { h2: '二、做法' },
        { p: han(1499) },
        { h2: '三、成效' },
        { p: han(999) },
      ],
    ),
  },
};

// `node make-docs.js <profile id>` regenerates one profile's documents only.
const only = process.argv[2];
const profileDir = path.join(work, 'lo-profile');
for (const [id, docs] of Object.entries(CASES)) {
  if (only && id !== only) continue;
  for (const [kind, text] of Object.entries(docs)) {
    const name = `${id}-${kind}`;
    fs.writeFileSync(path.join(work, `${name}.html`), text);
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${profileDir}`, '--headless', '--infilter=HTML (StarWriter)', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', work, path.join(work, `${name}.html`)],
      { stdio: 'ignore', timeout: 120_000 },
    );
    fs.mkdirSync(path.join(here, id), { recursive: true });
    fs.copyFileSync(path.join(work, `${name}.docx`), path.join(here, id, `${kind}.docx`));
    console.log(`${id}/${kind}.docx`, fs.statSync(path.join(here, id, `${kind}.docx`)).size);
  }
}
fs.rmSync(work, { recursive: true, force: true });
