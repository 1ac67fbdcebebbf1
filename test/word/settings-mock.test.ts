/**
 * Settings through office-addin-mock (the official Office.js mock). It cannot mock
 * collections, which is why the paragraph reads use the recorded double instead; the
 * settings property is a single object, which it can.
 */
import { OfficeMockObject } from 'office-addin-mock';

// office-addin-mock imports office-addin-manifest only for its OfficeApp enum (to special-case
// Outlook); that package pulls in an ES-module-only dependency jest cannot require.
jest.mock('office-addin-manifest', () => ({ OfficeApp: { Outlook: 'outlook', Word: 'word' } }));
import { WordDocumentSource, SETTINGS_PROPERTY, type WordHost } from '../../src/word';
import { dismissedPropertyNames } from '../../src/core/settings';

function hostWith(stored: string | undefined) {
  const added: [string, string][] = [];
  const data = {
    context: {
      document: {
        properties: {
          customProperties: {
            // No isNullObject here: the mock treats it as an unloaded property. The null case is
            // covered by the recorded double (word-source.test.ts).
            item: { value: stored ?? '' },
            // The dismissal store's properties (CaseAssistant.dismissed.1 …), read with the settings: empty here.
            none: { value: '' },
            getItemOrNullObject(this: { item: unknown; none: unknown }, key: string) {
              if (key === SETTINGS_PROPERTY) return this.item;
              if (dismissedPropertyNames().includes(key)) return this.none;
              throw new Error(`unexpected key ${key}`);
            },
            add(key: string, value: string) {
              added.push([key, value]);
            },
          },
        },
      },
    },
    run: async function <T>(this: { context: unknown }, batch: (context: unknown) => Promise<T>): Promise<T> {
      return batch(this.context);
    },
  };
  const mock = new OfficeMockObject(data) as unknown as { context: Word.RequestContext; run: WordHost['run'] };
  const host: WordHost = {
    run: (batch) => mock.run(batch),
    isSetSupported: () => true,
    onSelectionChanged: () => () => undefined,
  };
  return { host, added };
}

describe('settings with office-addin-mock', () => {
  it('loads the stored JSON', async () => {
    const { host } = hostWith(JSON.stringify({ category: 'branch.staff', selfCheck: { typicality: true } }));
    expect(await new WordDocumentSource(host).loadSettings()).toEqual({ category: 'branch.staff', selfCheck: { typicality: true } });
  });

  it('reads an empty property as no settings', async () => {
    const { host } = hostWith('');
    expect(await new WordDocumentSource(host).loadSettings()).toEqual({});
  });

  it('saves with customProperties.add under the agreed name', async () => {
    const { host, added } = hostWith(undefined);
    await new WordDocumentSource(host).saveSettings({ category: 'committee' });
    expect(added).toEqual([[SETTINGS_PROPERTY, '{"category":"committee"}']]);
  });
});
