import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';

// src/template is bundled into the task pane, the browser page and the CLI: it may import
// only itself, the pure core and fflate (no Office, DOM, React or Node modules).
const DIR = join(__dirname, '../../src/template');

test.each(readdirSync(DIR).filter((f) => f.endsWith('.ts')))('src/template/%s imports only pure modules', (file) => {
  const source = readFileSync(join(DIR, file), 'utf8');
  const imports = [...source.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+'([^']+)'/gm)].map((m) => m[1]);
  expect(imports.length).toBeGreaterThan(0);
  for (const spec of imports) expect(spec).toMatch(/^(\.\/[\w-]+|\.\.\/core\/[\w/-]+|fflate)$/);
  // Code only: comments and string literals may name Word and document.xml freely.
  const code = source
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '')
    .replace(/'(?:[^'\\\n]|\\.)*'|`[^`]*`/g, "''");
  expect(code).not.toMatch(/\b(window|document|navigator|Office|Word|process|require|Buffer)\s*[.(]/);
});
