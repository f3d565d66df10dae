import { describe, expect, it } from 'vitest';
import { consumerProject, resolveInLock, type Lockfile } from './consumerProject.js';
import type { PackageManifest } from './PackageManifest.js';
import { PackCheckError } from './PackCheckError.js';

/** A workspace: core → autodiff, protobufjs (→ its own long 5, @types/node → undici-types) and long 4 nested under core. */
const workspaceLock: Lockfile = {
  lockfileVersion: 3,
  packages: {
    '': { name: 'monorepo', devDependencies: { vitest: '^4' } } as never,
    'node_modules/@softdtw/autodiff': { resolved: 'packages/autodiff', link: true },
    'node_modules/@softdtw/core': { resolved: 'packages/core', link: true },
    'node_modules/@softdtw/cli': { resolved: 'apps/cli', link: true },
    'packages/autodiff': { name: '@softdtw/autodiff', version: '0.0.0' },
    'packages/core': { name: '@softdtw/core', version: '0.0.0', dependencies: { '@softdtw/autodiff': '^0.0.0', protobufjs: '7.6.6', long: '^4.0.0' } },
    'packages/core/node_modules/long': { version: '4.0.0', integrity: 'sha512-old' },
    'node_modules/protobufjs': { version: '7.6.6', integrity: 'sha512-pb', dependencies: { long: '^5.2.3', '@types/node': '>=13.7.0' }, hasInstallScript: true },
    'node_modules/protobufjs/node_modules/long': { version: '5.3.2', integrity: 'sha512-long5', resolved: 'https://mirror.example/long-5.3.2.tgz' },
    'node_modules/@types/node': { version: '20.19.43', integrity: 'sha512-types', dev: true, peer: true, dependencies: { 'undici-types': '~6.21.0' } },
    'node_modules/undici-types': { version: '6.21.0', integrity: 'sha512-undici', dev: true },
    'node_modules/vitest': { version: '4.1.12', integrity: 'sha512-vitest', dev: true },
  },
};

const manifest = (name: string, dependencies?: Record<string, string>): PackageManifest => ({ name, version: '0.0.0', license: 'MIT', ...(dependencies ? { dependencies } : {}) });
const autodiff = { manifest: manifest('@softdtw/autodiff'), tarball: '/t/softdtw-autodiff-0.0.0.tgz', integrity: 'sha512-a' };
const core = { manifest: manifest('@softdtw/core', { '@softdtw/autodiff': '^0.0.0', protobufjs: '7.6.6', long: '^4.0.0' }), tarball: '/t/softdtw-core-0.0.0.tgz', integrity: 'sha512-c' };

describe('resolveInLock', () => {
  it('looks in the requiring package first, then in each enclosing node_modules', () => {
    expect(resolveInLock(workspaceLock.packages, 'node_modules/protobufjs', 'long')).toBe('node_modules/protobufjs/node_modules/long');
    expect(resolveInLock(workspaceLock.packages, 'packages/core', 'long')).toBe('packages/core/node_modules/long');
    expect(resolveInLock(workspaceLock.packages, 'node_modules/protobufjs', '@types/node')).toBe('node_modules/@types/node');
    expect(resolveInLock(workspaceLock.packages, 'node_modules/@types/node', 'left-pad')).toBeUndefined();
  });
});

describe('consumerProject', () => {
  const { packageJson, lockfile } = consumerProject(workspaceLock, [autodiff, core], 'https://registry.example/');

  it('depends on exactly the tarballs', () => {
    expect(packageJson.dependencies).toEqual({ '@softdtw/autodiff': 'file:/t/softdtw-autodiff-0.0.0.tgz', '@softdtw/core': 'file:/t/softdtw-core-0.0.0.tgz' });
    expect(lockfile.packages['']?.dependencies).toEqual(packageJson.dependencies);
    expect(lockfile.packages['node_modules/@softdtw/core']).toMatchObject({ version: '0.0.0', resolved: 'file:/t/softdtw-core-0.0.0.tgz', integrity: 'sha512-c' });
  });

  it('copies the third-party closure from the workspace lock, with the same placement', () => {
    expect(Object.keys(lockfile.packages).sort()).toEqual([
      '',
      'node_modules/@softdtw/autodiff',
      'node_modules/@softdtw/core',
      'node_modules/@softdtw/core/node_modules/long',
      'node_modules/@types/node',
      'node_modules/protobufjs',
      'node_modules/protobufjs/node_modules/long',
      'node_modules/undici-types',
    ]);
  });

  it('adds registry URLs where the workspace lock omits them, keeps those it has, and drops dev/peer flags', () => {
    expect(lockfile.packages['node_modules/@types/node']).toEqual({
      version: '20.19.43',
      integrity: 'sha512-types',
      resolved: 'https://registry.example/@types/node/-/node-20.19.43.tgz',
      dependencies: { 'undici-types': '~6.21.0' },
    });
    expect(lockfile.packages['node_modules/protobufjs/node_modules/long']?.resolved).toBe('https://mirror.example/long-5.3.2.tgz');
    expect(lockfile.packages['node_modules/protobufjs']?.hasInstallScript).toBe(true);
  });

  it('refuses a dependency that is neither packed nor installed, and a workspace package that was not packed', () => {
    const orphan = { ...core, manifest: manifest('@softdtw/core', { 'left-pad': '^1.0.0' }) };
    expect(() => consumerProject(workspaceLock, [orphan], 'https://registry.example/')).toThrow(PackCheckError);
    const needsCli = { ...core, manifest: manifest('@softdtw/core', { '@softdtw/cli': '^0.0.0' }) };
    expect(() => consumerProject(workspaceLock, [needsCli], 'https://registry.example/')).toThrow(/not packed/);
  });

  it('adds the packages a README says to install, at the workspace version, even when only nested there', () => {
    const lock: Lockfile = { ...workspaceLock, packages: { ...workspaceLock.packages, 'packages/autodiff/node_modules/webgpu': { version: '0.6.2', integrity: 'sha512-dawn' } } };
    const project = consumerProject(lock, [autodiff], 'https://registry.example/', ['webgpu', 'protobufjs', '@softdtw/autodiff']);
    expect(project.packageJson.dependencies).toEqual({ '@softdtw/autodiff': 'file:/t/softdtw-autodiff-0.0.0.tgz', webgpu: '0.6.2', protobufjs: '7.6.6' });
    expect(project.lockfile.packages['node_modules/webgpu']).toMatchObject({ version: '0.6.2', resolved: 'https://registry.example/webgpu/-/webgpu-0.6.2.tgz' });
    expect(project.lockfile.packages['node_modules/protobufjs/node_modules/long']?.version).toBe('5.3.2');
    expect(() => consumerProject(lock, [autodiff], 'https://registry.example/', ['left-pad'])).toThrow(/npm install left-pad/);
  });

  it('skips optional peers and absent optional dependencies', () => {
    const peerish = {
      ...core,
      manifest: { ...manifest('@softdtw/core'), peerDependencies: { vitest: '^4' }, peerDependenciesMeta: { vitest: { optional: true } }, optionalDependencies: { fsevents: '^2' } },
    };
    expect(Object.keys(consumerProject(workspaceLock, [peerish], 'https://registry.example').lockfile.packages)).toEqual(['', 'node_modules/@softdtw/core']);
  });
});
