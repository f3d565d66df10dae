import { DuplicateModuleError } from '@softdtw/autodiff';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CORE_VERSION } from './singleCopyGuard.js';

const SLOT = Symbol.for('@softdtw/core/version');
const slots = globalThis as unknown as Record<symbol, string | undefined>;

describe('single copy guard', () => {
  afterEach(() => {
    slots[SLOT] = CORE_VERSION;
    vi.resetModules();
  });

  it('records the loaded version', () => {
    expect(slots[SLOT]).toBe(CORE_VERSION);
  });

  it('allows the same version to be evaluated again (and then overrides its registrations)', async () => {
    vi.resetModules();
    const again = await import('./singleCopyGuard.js');
    expect(again.RELOADED).toBe(true);
  });

  it('throws DuplicateModuleError naming both versions when another version was loaded first', async () => {
    slots[SLOT] = '9.9.9';
    vi.resetModules();
    // After resetModules the guard sees a fresh copy of autodiff, so compare the stable code and name.
    await expect(import('./singleCopyGuard.js')).rejects.toMatchObject({ code: new DuplicateModuleError('').code, name: 'DuplicateModuleError' });
    slots[SLOT] = '9.9.9';
    vi.resetModules();
    await expect(import('./singleCopyGuard.js')).rejects.toThrow(/versions 9\.9\.9 and 0\.0\.0/);
  });
});
