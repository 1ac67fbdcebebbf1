/**
 * The .docx must open in a real word processor: LibreOffice converts it to PDF. CI installs
 * LibreOffice (and poppler-utils); where soffice is missing the test is skipped with a notice.
 * Each run uses its own LibreOffice profile directory, so parallel runs never fight over a lock.
 * With pdftoppm present, page 1 is kept as .tmp/template-page1.png for review.
 */
import { execFileSync, spawnSync } from 'child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import neu from '../../src/profiles/neu-2024.json';
import type { Profile } from '../../src/core/profile/types';
import { buildTemplateDocx } from '../../src/template';

const NEU = neu as unknown as Profile;

function has(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
}

const soffice = ['soffice', 'libreoffice'].find(has);
const describeWithOffice = soffice ? describe : describe.skip;
if (!soffice) console.warn('跳过 LibreOffice 转换测试：未安装 soffice（CI 会安装 libreoffice）。');

describeWithOffice('the template opens in LibreOffice', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'template-lo-'));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  test.each(['branch', 'committee'])(
    '%s: converts to a PDF that shows the template',
    (category) => {
      const docx = join(dir, `${category}.docx`);
      writeFileSync(docx, buildTemplateDocx(NEU, category));
      const profileDir = join(dir, `lo-profile-${category}`);
      execFileSync(
        soffice!,
        [`-env:UserInstallation=file://${profileDir}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx],
        { timeout: 120_000, stdio: 'pipe' },
      );
      const pdf = join(dir, `${category}.pdf`);
      expect(existsSync(pdf)).toBe(true);
      const bytes = readFileSync(pdf);
      expect(bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
      expect(bytes.length).toBeGreaterThan(1000);

      if (has('pdftotext')) {
        const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
        expect(text).toContain('实施背景');
        expect(text).not.toContain('w:'); // opened as a Word document, not imported as text
        expect(text).toContain('案例名称');
        const limit = NEU.categories.find((c) => c.id === category)!.bodyLimit!;
        expect(text).toContain(`正文 ${limit.value} 字`);
      }
      if (category === 'branch' && has('pdftoppm')) {
        execFileSync('pdftoppm', ['-r', '80', '-png', '-f', '1', '-l', '1', '-singlefile', pdf, join(dir, 'page1')]);
        const keep = resolve(__dirname, '../../.tmp');
        mkdirSync(keep, { recursive: true });
        copyFileSync(join(dir, 'page1.png'), join(keep, 'template-page1.png'));
      }
    },
    150_000,
  );
});
