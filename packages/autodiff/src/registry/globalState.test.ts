import { describe, expect, test, vi } from 'vitest';
import { DuplicateModuleError, VERSION } from '../index.js';
import { assertCompatibleVersions, globalState } from './globalState.js';

describe('process-wide registry slot', () => {
  test('lives on globalThis under Symbol.for, so a same-version second copy shares it', () => {
    const slot = (globalThis as Record<symbol, unknown>)[Symbol.for('@softdtw/autodiff/registry')];
    expect(slot).toBe(globalState);
    expect(globalState.version).toBe(VERSION);
    expect(() => assertCompatibleVersions(VERSION, VERSION)).not.toThrow();
  });

  test('a second copy with another version throws DuplicateModuleError naming both versions', () => {
    expect(() => assertCompatibleVersions('0.1.0', '0.2.0')).toThrow(DuplicateModuleError);
    expect(() => assertCompatibleVersions('0.1.0', '0.2.0')).toThrow(/expected one copy per process, got versions 0.1.0 and 0.2.0/);
  });

  test('a second copy loaded for real with another version fails at import', async () => {
    const slotKey = Symbol.for('@softdtw/autodiff/registry');
    const holder = globalThis as Record<symbol, unknown>;
    const saved = Object.getOwnPropertyDescriptor(holder, slotKey);
    Object.defineProperty(holder, slotKey, { value: { ...globalState, version: '9.9.9' }, configurable: true });
    try {
      vi.resetModules(); // the next import evaluates the module again, like a second bundled copy
      await expect(import('./globalState.js')).rejects.toMatchObject({ code: 'E_DUPLICATE_MODULE' });
    } finally {
      Object.defineProperty(holder, slotKey, saved as PropertyDescriptor);
    }
  });
});
