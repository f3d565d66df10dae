import { describe, expect, it } from 'vitest';
import { registerBackendPackages, type BackendPackage } from './registerBackendPackages.js';

const pkg = (backend: string, load: () => Promise<unknown>, options?: unknown): BackendPackage => ({
  packageName: `@test/backend-${backend}`,
  backend,
  registerFunction: 'registerIt',
  load,
  ...(options === undefined ? {} : { options }),
});

describe('registerBackendPackages', () => {
  it('registers each package and reports every kind of failure with its reason, without throwing', async () => {
    const calls: unknown[] = [];
    const failures = await registerBackendPackages([
      pkg('good', async () => ({ registerIt: (options: unknown) => calls.push(options) }), { flag: true }),
      pkg('missing', () => Promise.reject(new Error('Failed to fetch dynamically imported module'))),
      pkg('old', async () => ({})),
      pkg('broken', async () => ({
        registerIt: () => {
          throw new Error('no SIMD');
        },
      })),
      pkg('async-broken', async () => ({ registerIt: () => Promise.reject(new Error('late failure')) })),
    ]);
    expect(calls).toEqual([{ flag: true }]);
    expect(failures).toEqual([
      { packageName: '@test/backend-missing', backend: 'missing', reason: 'could not load @test/backend-missing: Failed to fetch dynamically imported module' },
      { packageName: '@test/backend-old', backend: 'old', reason: '@test/backend-old does not export registerIt() (this build of the package has no old backend yet)' },
      { packageName: '@test/backend-broken', backend: 'broken', reason: 'registerIt() threw: no SIMD' },
      { packageName: '@test/backend-async-broken', backend: 'async-broken', reason: 'registerIt() threw: late failure' },
    ]);
  });
});
