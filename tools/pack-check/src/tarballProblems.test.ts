import { describe, expect, it } from 'vitest';
import type { PackageManifest } from './PackageManifest.js';
import { tarballProblems } from './tarballProblems.js';

const manifest: PackageManifest = {
  name: '@softdtw/example',
  version: '1.0.0',
  main: './dist/index.js',
  types: './dist/index.d.ts',
  sideEffects: ['./dist/register.js', './src/register.ts'],
  exports: {
    '.': { '@softdtw/source': './src/index.ts', types: './dist/index.d.ts', default: './dist/index.js' },
    './package.json': './package.json',
    './internal/*': null,
  },
};
const good = ['package.json', 'README.md', 'src/index.ts', 'src/register.ts', 'dist/index.js', 'dist/index.d.ts', 'dist/index.js.map', 'dist/register.js', 'dist/register.d.ts'];

describe('tarballProblems', () => {
  it('finds nothing wrong with a complete tarball', () => {
    expect(tarballProblems(manifest, good)).toEqual([]);
  });

  it('reports an export target (any condition) that is not published', () => {
    const withoutSrc = good.filter((f) => !f.startsWith('src/'));
    expect(tarballProblems(manifest, withoutSrc)).toEqual([
      'exports["."]["@softdtw/source"] → ./src/index.ts is not in the tarball',
      '"sideEffects" entry ./src/register.ts matches no published file',
    ]);
  });

  it('reports main/types and a missing README', () => {
    const problems = tarballProblems({ ...manifest, types: './dist/main.d.ts' }, good.filter((f) => f !== 'README.md'));
    expect(problems).toContain('README.md is not in the tarball');
    expect(problems).toContain('types → ./dist/main.d.ts is not in the tarball');
  });

  it('reports tests, fixtures, configs and build caches', () => {
    const extra = ['src/index.test.ts', 'src/__fixtures__/a.tsv', 'test/x.ts', 'tsconfig.build.json', 'dist/tsconfig.build.tsbuildinfo', 'vitest.config.ts'];
    const problems = tarballProblems(manifest, [...good, ...extra]);
    for (const file of extra) expect(problems).toContainEqual(expect.stringMatching(new RegExp(`^${file.replace(/\./g, '\\.')} is .*exclude it in "files"$`)));
  });

  it('reports stale dist output and sources without output', () => {
    expect(tarballProblems(manifest, [...good, 'dist/removed.js'])).toEqual([expect.stringContaining('dist/removed.js has no source')]);
    expect(tarballProblems(manifest, [...good, 'src/added.ts'])).toEqual([expect.stringContaining('src/added.ts has no compiled')]);
  });

  it('requires sideEffects to be declared, and globs to match', () => {
    const { sideEffects: _declared, ...undeclared } = manifest;
    expect(tarballProblems(undeclared, good)).toEqual([expect.stringContaining('"sideEffects" is not declared')]);
    expect(tarballProblems({ ...manifest, sideEffects: ['./dist/*.js', 'register.js'] }, good)).toEqual([]);
    expect(tarballProblems({ ...manifest, sideEffects: ['./dist/ops/*.js'] }, good)).toEqual(['"sideEffects" entry ./dist/ops/*.js matches no published file']);
    expect(tarballProblems({ ...manifest, sideEffects: false }, good)).toEqual([]);
  });
});
