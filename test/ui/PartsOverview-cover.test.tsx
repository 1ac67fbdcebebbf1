/**
 * The cover fields of a real report (the empty branch template read back and checked), as
 * the pane (with the profile's required parts) and the checker page's drawer (without them)
 * show them: a prompt is 未填写, never 已填写, and the unticked box row asks 请勾选一项.
 */
import { TextDecoder } from 'node:util';
import { render } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { ReportView } from '../../src/ui';
import { checkCase } from '../../src/core/engine';
import { NEU_2024 } from '../../src/core/profile';
import { readDocx } from '../../src/docx';
import { buildTemplateDocx } from '../../src/template';
import type { PartId } from '../../src/core/profile/types';

// jsdom has no TextDecoder; the .docx reader needs one (browsers and Node have it).
Object.assign(globalThis, { TextDecoder });

function templateReport() {
  const r = readDocx(buildTemplateDocx(NEU_2024, 'branch'));
  if (!r.ok) throw new Error(r.error.message);
  return checkCase(r.doc, NEU_2024);
}

const REQUIRED = NEU_2024.parts.filter((p) => p.required).map((p) => p.id);

function rows(requiredParts?: PartId[]) {
  const { container } = render(
    <FluentProvider theme={webLightTheme}>
      <ReportView report={templateReport()} requiredParts={requiredParts} />
    </FluentProvider>,
  );
  return Object.fromEntries(
    [...container.querySelectorAll('li[data-state]')].map((li) => [li.getAttribute('data-part'), li.textContent]),
  );
}

test.each([
  ['the pane (required parts given)', REQUIRED],
  ['the drawer (required parts from the report)', undefined],
])('%s', (_, required) => {
  expect(rows(required)).toEqual({
    title: '案例名称未填写',
    unit: '申报单位（盖章）未填写',
    org: '实施党组织未填写（选填）',
    category: '类别：党支部已填写',
    subtype: '党支部类型请勾选一项',
    period: '实施起始时间未填写（选填）',
    contact: '联系人未填写（选填）',
    phone: '联系电话未填写（选填）',
  });
});
