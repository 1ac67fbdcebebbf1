/**
 * Stamped first-page scans and left-behind files (src/core/batch/attachments.ts): which
 * files are which, and how a scan finds its case or unit by its name, by the roster's
 * spellings, or by its folder. Every expected pairing is written out by hand.
 */
import { checkBatch, extensionOf, fileKind, type BatchItem } from '../../../src/core/batch';
import type { UnitRoster } from '../../../src/core/batch/roster';
import { bad, item, PROFILE, profileWith } from './helpers';

const pdf = (file: string): BatchItem => bad(file, 'pdf');
const pairing = (items: BatchItem[], profile = PROFILE, roster?: UnitRoster) => {
  const r = checkBatch(items, profile, roster ? { roster } : {});
  return (file: string) => r.files.find((f) => f.file === file)?.scanOf;
};

describe('files that only Windows leaves behind', () => {
  it.each(['冶金学院/desktop.ini', '冶金学院/EHThumbs.db', 'Thumbs.db'])('%s is an ignored system file', (file) => {
    expect(fileKind(file, PROFILE)).toEqual({ kind: 'ignored', ignored: 'system-file' });
  });
});

describe('extensionOf', () => {
  it.each([
    ['冶金学院/首页盖章.PDF', 'pdf'],
    ['冶金学院/README', ''],
    ['冶金学院/.pdf', ''],
    ['扫描.件/首页', ''],
  ])('%s → “%s”', (file, ext) => {
    expect(extensionOf(file)).toBe(ext);
  });
});

describe('pairing by folder', () => {
  it('pairs a scan with the unit of the cases beside it when none of them has a folder', () => {
    const scanOf = pairing([item('三级联动.docx', { unit: '机械工程与自动化学院党委', title: '三级联动', category: 'committee' }), pdf('首页盖章.pdf')]);
    expect(scanOf('首页盖章.pdf')).toEqual({ unit: '机械工程与自动化学院' });
  });

  it('leaves a scan unpaired in a folder whose cases belong to two units', () => {
    const scanOf = pairing([
      item('汇总/一.docx', { unit: '冶金学院党委', title: '冶金铸魂工程', category: 'committee' }),
      item('汇总/二.docx', { unit: '信息科学与工程学院党委', title: '红色引擎', category: 'committee' }),
      pdf('汇总/首页盖章.pdf'),
    ]);
    expect(scanOf('汇总/首页盖章.pdf')).toBeUndefined();
  });

  it('pairs a scan whose name names nothing with its folder’s unit, not with the folder’s only case', () => {
    const scanOf = pairing([
      item('机械学院/三级联动.docx', { unit: '机械工程与自动化学院党委', title: '三级联动', category: 'committee' }),
      item('冶金学院/一.docx', { unit: '冶金学院党委', title: '冶金铸魂工程', category: 'committee' }),
      item('冶金学院/二.docx', { unit: '冶金学院党委', title: '团队支部', category: 'branch.teacher' }),
      pdf('机械学院/首页盖章.pdf'),
    ]);
    expect(scanOf('机械学院/首页盖章.pdf')).toEqual({ unit: '机械工程与自动化学院' });
  });
});

describe('pairing by the case’s name', () => {
  it('finds the case from part of its title or of its file name (without the bracketed note), whatever the scan words around it', () => {
    const scanOf = pairing([
      item('信息学院/二.docx', { unit: '信息科学与工程学院党委', title: '红色引擎驱动人才培养', category: 'committee' }),
      item('冶金学院/冶金铸魂（分党委）.docx', { unit: '冶金学院党委', title: '冶金学院党建品牌建设', category: 'committee' }),
      pdf('扫描件汇总/红色引擎-首页盖章.pdf'),
      pdf('扫描件汇总/红色引擎纸质首页扫描.pdf'),
      pdf('扫描件汇总/冶金铸魂案例-首页盖章.pdf'),
    ]);
    expect(scanOf('扫描件汇总/红色引擎-首页盖章.pdf')).toEqual({ unit: '信息科学与工程学院', file: '信息学院/二.docx' });
    expect(scanOf('扫描件汇总/红色引擎纸质首页扫描.pdf')).toEqual({ unit: '信息科学与工程学院', file: '信息学院/二.docx' });
    expect(scanOf('扫描件汇总/冶金铸魂案例-首页盖章.pdf')).toEqual({ unit: '冶金学院', file: '冶金学院/冶金铸魂（分党委）.docx' });
  });

  it('keeps the text after an unclosed bracket as part of the case’s file name (only a closed bracket is a note)', () => {
    const scanOf = pairing([item('冶金学院/红色引擎（二期.docx', { unit: '冶金学院党委', category: 'committee' }), pdf('扫描件汇总/二期-首页盖章.pdf')]);
    expect(scanOf('扫描件汇总/二期-首页盖章.pdf')).toEqual({ unit: '冶金学院', file: '冶金学院/红色引擎（二期.docx' });
  });

  it('reads a scan name with a dot in it up to its extension only', () => {
    const scanOf = pairing([
      item('信息学院/二.docx', { unit: '信息科学与工程学院党委', title: '红色引擎2.0行动', category: 'committee' }),
      pdf('扫描件汇总/红色引擎2.0-首页盖章.pdf'),
    ]);
    expect(scanOf('扫描件汇总/红色引擎2.0-首页盖章.pdf')).toEqual({ unit: '信息科学与工程学院', file: '信息学院/二.docx' });
  });

  it('takes two characters as a name, and a case without a title is named by its file name only', () => {
    const scanOf = pairing([
      item('冶金学院/强基.docx', { unit: '冶金学院党委', category: 'committee' }),
      item('信息学院/二.docx', { unit: '信息科学与工程学院党委', title: '红色引擎驱动人才培养', category: 'committee' }),
      pdf('扫描件汇总/强基-首页盖章.pdf'),
      pdf('扫描件汇总/红色引擎-首页盖章.pdf'),
    ]);
    expect(scanOf('扫描件汇总/强基-首页盖章.pdf')).toEqual({ unit: '冶金学院', file: '冶金学院/强基.docx' });
    expect(scanOf('扫描件汇总/红色引擎-首页盖章.pdf')).toEqual({ unit: '信息科学与工程学院', file: '信息学院/二.docx' });
  });

  it('does not pair a scan with a case without a title when the scan’s name is not in the case’s file name', () => {
    const scanOf = pairing([item('冶金学院/强基.docx', { unit: '冶金学院党委', category: 'committee' }), pdf('扫描件汇总/Washer-首页盖章.pdf')]);
    expect(scanOf('扫描件汇总/Washer-首页盖章.pdf')).toBeUndefined();
  });

  it('takes the longest scan word out first (扫描稿 before 扫描)', () => {
    const scans = { ...PROFILE.batch.scans!, words: ['扫描', '扫描稿'] };
    const scanOf = pairing(
      [item('信息学院/二.docx', { unit: '信息科学与工程学院党委', title: '红色引擎驱动人才培养', category: 'committee' }), pdf('扫描件汇总/红色引擎扫描稿.pdf')],
      profileWith({ scans }),
    );
    expect(scanOf('扫描件汇总/红色引擎扫描稿.pdf')).toEqual({ unit: '信息科学与工程学院', file: '信息学院/二.docx' });
  });

  it('does not pair a scan with a case that could not be read', () => {
    const scanOf = pairing([bad('冶金学院/红色引擎.doc', 'doc'), pdf('扫描件汇总/红色引擎-首页盖章.pdf')]);
    expect(scanOf('扫描件汇总/红色引擎-首页盖章.pdf')).toBeUndefined();
  });

  it('prefers, of several cases its name fits, the one in the scan’s own folder', () => {
    const scanOf = pairing([
      item('冶金学院/党建引领（分党委）.docx', { unit: '冶金学院党委', title: '党建引领促发展', category: 'committee' }),
      item('信息学院/党建引领.docx', { unit: '信息科学与工程学院党委', title: '党建引领红色引擎', category: 'committee' }),
      pdf('冶金学院/党建引领-首页盖章.pdf'),
    ]);
    expect(scanOf('冶金学院/党建引领-首页盖章.pdf')).toEqual({ unit: '冶金学院', file: '冶金学院/党建引领（分党委）.docx' });
  });
});

describe('pairing by the unit’s name and then the case’s', () => {
  it('looks for the case only among the named unit’s cases, in what is left of the name', () => {
    const scanOf = pairing([
      item('冶金学院/冶金铸魂.docx', { unit: '冶金学院党委', title: '党建引领冶金铸魂', category: 'committee' }),
      item('信息学院/党建引领.docx', { unit: '信息科学与工程学院党委', title: '党建引领红色引擎', category: 'committee' }),
      pdf('扫描件汇总/冶金学院-党建引领-首页盖章.pdf'),
      pdf('扫描件汇总/冶金学院-铸魂-首页盖章.pdf'),
    ]);
    expect(scanOf('扫描件汇总/冶金学院-党建引领-首页盖章.pdf')).toEqual({ unit: '冶金学院', file: '冶金学院/冶金铸魂.docx' });
    expect(scanOf('扫描件汇总/冶金学院-铸魂-首页盖章.pdf')).toEqual({ unit: '冶金学院', file: '冶金学院/冶金铸魂.docx' });
  });

  it('takes the longest unit name the scan’s name holds (电子信息学院, not 信息学院)', () => {
    const scanOf = pairing([
      item('信息学院/一.docx', { unit: '信息学院党委', title: '红色引擎', category: 'committee' }),
      item('电子信息学院/二.docx', { unit: '电子信息学院党委', title: '强芯铸魂', category: 'committee' }),
      pdf('扫描件汇总/电子信息学院-首页盖章.pdf'),
    ]);
    expect(scanOf('扫描件汇总/电子信息学院-首页盖章.pdf')).toEqual({ unit: '电子信息学院' });
  });

  it('knows each roster unit’s own aliases', () => {
    const roster: UnitRoster = {
      source: '名单.csv',
      units: [
        { id: 'X', name: '信息科学与工程学院党委', short: '信息学院', aliases: ['信工'] },
        { id: 'Y', name: '冶金学院党委', aliases: ['冶院'] },
      ],
    };
    const scanOf = pairing(
      [
        item('信息学院/二.docx', { unit: '信息科学与工程学院党委', title: '红色引擎驱动人才培养', category: 'committee' }),
        item('冶金学院/一.docx', { unit: '冶金学院党委', title: '冶金铸魂工程', category: 'committee' }),
        pdf('扫描件汇总/冶院-首页盖章.pdf'),
        pdf('扫描件汇总/信工-首页盖章.pdf'),
      ],
      PROFILE,
      roster,
    );
    expect(scanOf('扫描件汇总/冶院-首页盖章.pdf')).toEqual({ unit: 'roster:Y' });
    expect(scanOf('扫描件汇总/信工-首页盖章.pdf')).toEqual({ unit: 'roster:X' });
  });
});
