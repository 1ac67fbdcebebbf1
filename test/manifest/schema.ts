// Offline validation of an add-in manifest against the XML schemas in
// ../shared/manifest-schema, with libxml2 compiled to WebAssembly (xmllint-wasm), so the
// tests do not depend on a system xmllint.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { validateXML } from 'xmllint-wasm';

export const SCHEMA_DIR = path.resolve(__dirname, '../../../shared/manifest-schema');
const ENTRY = 'OfficeAppManifestV1_1.xsd';

export interface SchemaResult {
  valid: boolean;
  errors: string[];
}

export async function validateManifest(xml: string, fileName = 'manifest.xml'): Promise<SchemaResult> {
  // The entry schema imports the others by relative file name: all of them go into the
  // in-memory file system under their own names.
  const xsdFiles = fs.readdirSync(SCHEMA_DIR).filter((name) => name.endsWith('.xsd'));
  const load = (name: string) => ({ fileName: name, contents: fs.readFileSync(path.join(SCHEMA_DIR, name), 'utf8') });
  const result = await validateXML({
    xml: { fileName, contents: xml },
    schema: load(ENTRY),
    preload: xsdFiles.filter((name) => name !== ENTRY).map(load),
  });
  return { valid: result.valid, errors: result.errors.map((e) => e.rawMessage) };
}

/** Attributes of every start tag named `tag` (prefix included, e.g. `bt:Image`). */
export function tags(xml: string, tag: string): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  const re = new RegExp(`<${tag.replace('.', '\\.')}(\\s[^>]*?)?/?>`, 'g');
  for (const m of xml.matchAll(re)) {
    const attrs: Record<string, string> = {};
    for (const a of (m[1] ?? '').matchAll(/([\w:.-]+)="([^"]*)"/g)) attrs[a[1]] = a[2];
    out.push(attrs);
  }
  return out;
}

/** Text inside every `<tag>…</tag>` element (non-nested). */
export function blocks(xml: string, tag: string, where: (open: string) => boolean = () => true): string[] {
  const re = new RegExp(`<${tag}\\b([^>]*)>([\\s\\S]*?)</${tag}>`, 'g');
  return [...xml.matchAll(re)].filter((m) => where(m[1])).map((m) => m[2]);
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!signature.every((b, i) => bytes[i] === b)) throw new Error('not a PNG file');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') throw new Error('PNG without IHDR');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
