/**
 * The body's breakdown in the pane and the drawer adds up to the body's total: a section the
 * tool does not recognise is listed in document order with its length and why it is listed.
 */
import { render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { ReportView } from '../../src/ui';
import { checkCase } from '../../src/core/engine';
import { NEU_2024 } from '../../src/core/profile';
import { documentFromText } from '../../src/core/model/from-text';
import { han } from '../helpers/case-doc';

const COVER = ['案例名称：党建引领', '申报单位：信息学院党委', '类别：党支部（教师党支部）'];

function items(lines: string[]) {
  const report = checkCase(documentFromText([...COVER, ...lines].join('\n')), NEU_2024);
  render(
    <FluentProvider theme={webLightTheme}>
      <ReportView report={report} />
    </FluentProvider>,
  );
  const list = screen.getByRole('list', { name: /^案例正文：/ });
  return within(list)
    .getAllByRole('listitem')
    .map((li) => li.textContent);
}

test('an extra section (三、工作成效) between 主要做法 and 经验启示', () => {
  expect(items(['案例简介', han(200), '一、实施背景', han(300), '二、主要做法', han(400), '三、工作成效', han(150), '四、经验启示', han(250)])).toEqual([
    '实施背景306 字',
    '主要做法406 字',
    '三、工作成效（未归入任何部分）156 字',
    '经验启示256 字',
  ]);
  expect(screen.getByRole('progressbar', { name: /^案例正文/ }).getAttribute('aria-valuetext')).toBe('1124 字 / 1000 字左右 · 合适');
});

test('an unrecognised heading where 主要做法 is missing, and a summary that ran into the body', () => {
  expect(items(['案例简介', han(197), han(179), '一、实施背景', han(300), '二、实施方法和过程', han(400), '三、经验启示', han(250)])).toEqual([
    '实施背景306 字',
    '二、实施方法和过程（是否为“主要做法”？）409 字',
    '经验启示256 字',
    '主要做法未找到',
  ]);
});
