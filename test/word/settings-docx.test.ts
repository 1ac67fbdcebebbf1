/**
 * Settings the pane saves are read back by the .docx reader: Word stores
 * `customProperties.add('CaseAssistant.settings', json)` in docProps/custom.xml as a
 * string property. Here the template .docx gets that part, as Word would write it, with
 * exactly the text the gateway saves, and readDocx must return the same settings.
 */
import { strToU8, unzipSync, zipSync } from 'fflate';
import { buildTemplateDocx, escapeXml } from '../../src/template';
import { readDocx } from '../../src/docx';
import { NEU_2024 } from '../../src/core/profile';
import { SETTINGS_PROPERTY, parseSettings, serializeSettings } from '../../src/word/types';
import type { CaseSettings } from '../../src/core/model/types';

const CUSTOM_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties';

function withCustomProperty(docx: Uint8Array, name: string, value: string): Uint8Array {
  const files = unzipSync(docx);
  const dec = new TextDecoder();
  files['docProps/custom.xml'] = strToU8(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" ' +
      'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
      `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="${escapeXml(name)}"><vt:lpwstr>${escapeXml(value)}</vt:lpwstr></property>` +
      '</Properties>',
  );
  files['_rels/.rels'] = strToU8(
    dec.decode(files['_rels/.rels']).replace('</Relationships>', `<Relationship Id="rIdCustom" Type="${CUSTOM_REL}" Target="docProps/custom.xml"/></Relationships>`),
  );
  files['[Content_Types].xml'] = strToU8(
    dec
      .decode(files['[Content_Types].xml'])
      .replace('</Types>', '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>'),
  );
  return zipSync(files);
}

describe.each<CaseSettings>([
  { category: 'branch.student' },
  { category: 'committee', selfCheck: { authenticity: true, completeness: false, innovation: true } },
])('settings %j', (settings) => {
  it('saved by the gateway, read by the .docx reader', () => {
    const saved = serializeSettings(settings);
    const bytes = withCustomProperty(buildTemplateDocx(NEU_2024, 'branch'), SETTINGS_PROPERTY, saved);
    const result = readDocx(bytes);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.doc.settings).toEqual(parseSettings(saved));
    expect(result.doc.settings).toEqual(settings);
  });
});

test('the gateway writes only true/false self-check answers and only the profile’s criteria', () => {
  const settings = { category: 'committee', selfCheck: { authenticity: true, completeness: 'yes', innovation: 1, unknown: true } } as unknown as CaseSettings;
  expect(serializeSettings(settings, NEU_2024)).toBe('{"category":"committee","selfCheck":{"authenticity":true}}');
  // Without a profile every criterion id is kept, still only with a true/false answer.
  expect(serializeSettings(settings)).toBe('{"category":"committee","selfCheck":{"authenticity":true,"unknown":true}}');
});
