import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listPublishablePackages, parsePackageFilter } from './listPublishablePackages.js';

const root = mkdtempSync(join(tmpdir(), 'pack-check-list-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function addPackage(dir: string, manifest: object | string): void {
  mkdirSync(join(root, 'packages', dir), { recursive: true });
  writeFileSync(join(root, 'packages', dir, 'package.json'), typeof manifest === 'string' ? manifest : JSON.stringify(manifest));
}
addPackage('autodiff', { name: '@softdtw/autodiff', version: '0.0.0' });
addPackage('core', { name: '@softdtw/core', version: '0.0.0', dependencies: { '@softdtw/autodiff': '^0.0.0' } });
addPackage('backend-x', { name: '@softdtw/backend-x', version: '0.0.0', peerDependencies: { '@softdtw/core': '^0.0.0' } });
addPackage('datasets', { name: '@softdtw/datasets', version: '0.0.0' });
addPackage('secret', { name: '@softdtw/secret', version: '0.0.0', private: true });
mkdirSync(join(root, 'packages', 'half-created')); // no package.json yet

describe('listPublishablePackages', () => {
  it('finds every non-private package under packages/, sorted', () => {
    expect(listPublishablePackages(root).map((p) => p.dirName)).toEqual(['autodiff', 'backend-x', 'core', 'datasets']);
  });

  it('keeps the filtered packages and the @softdtw/* packages they need (dependencies and peers)', () => {
    expect(listPublishablePackages(root, ['backend-x']).map((p) => p.dirName)).toEqual(['autodiff', 'backend-x', 'core']);
    expect(listPublishablePackages(root, ['@softdtw/datasets']).map((p) => p.dirName)).toEqual(['datasets']);
  });

  it('rejects a name that is not a publishable package, listing the known ones', () => {
    expect(() => listPublishablePackages(root, ['secret'])).toThrow(/got 'secret'. Known: autodiff, backend-x, core, datasets/);
  });

  it('rejects an unreadable package.json', () => {
    const broken = mkdtempSync(join(tmpdir(), 'pack-check-broken-'));
    try {
      mkdirSync(join(broken, 'packages', 'bad'), { recursive: true });
      writeFileSync(join(broken, 'packages', 'bad', 'package.json'), '{ "name": ');
      expect(() => listPublishablePackages(broken)).toThrow(/expected valid JSON/);
    } finally {
      rmSync(broken, { recursive: true, force: true });
    }
  });
});

describe('parsePackageFilter', () => {
  it('splits on commas and spaces; blank means no filter', () => {
    expect(parsePackageFilter('core, cluster forecast')).toEqual(['core', 'cluster', 'forecast']);
    expect(parsePackageFilter('  ')).toBeUndefined();
    expect(parsePackageFilter(undefined)).toBeUndefined();
  });
});
