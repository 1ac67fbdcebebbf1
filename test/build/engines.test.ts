/**
 * The Node versions we claim (package.json `engines`, the README's quick start) are ones the
 * whole dependency tree accepts: every package in package-lock.json with an `engines.node`
 * range must accept every version ours admits, so that `npm ci` on a version we admit never
 * warns (EBADENGINE) and never meets a tool that refuses to run.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

/* eslint-disable @typescript-eslint/no-require-imports */
// semver 7 (with `subset`) as ts-jest, one of our direct dependencies, brings it.
const semver = require(require.resolve('semver', { paths: [path.dirname(require.resolve('ts-jest/package.json'))] })) as {
  subset(sub: string, dom: string): boolean;
  minVersion(range: string): { version: string } | null;
};
/* eslint-enable @typescript-eslint/no-require-imports */

const ROOT = path.resolve(__dirname, '../..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { engines?: { node?: string } | string[]; optional?: boolean }>;
};

it('every dependency accepts every Node version our engines field admits', () => {
  const ours = pkg.engines.node;
  const refusing: string[] = [];
  for (const [where, p] of Object.entries(lock.packages)) {
    const node = p.engines && !Array.isArray(p.engines) ? p.engines.node : undefined;
    if (!where || !node || p.optional) continue;
    if (!semver.subset(ours, node)) refusing.push(`${where.replace(/^.*node_modules\//, '')} (${node})`);
  }
  expect(refusing).toEqual([]);
});

it('the README names the lowest Node version our engines field admits', () => {
  const lowest = semver.minVersion(pkg.engines.node)!.version.replace(/\.0$/, '');
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  expect(readme).toContain(`需要 Node.js ${lowest} 或更高`);
});
