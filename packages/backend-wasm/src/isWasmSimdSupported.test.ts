import { describe, expect, test } from 'vitest';
import { kernelBytes } from './instantiateKernels.js';
import { isWasmSimdSupported } from './isWasmSimdSupported.js';

describe('isWasmSimdSupported', () => {
  test('true in Node 20, and the kernel module itself validates', () => {
    expect(isWasmSimdSupported()).toBe(true);
    expect(WebAssembly.validate(kernelBytes())).toBe(true);
  });

  test('says why when WebAssembly is missing', () => {
    const saved = globalThis.WebAssembly;
    try {
      (globalThis as { WebAssembly?: unknown }).WebAssembly = undefined;
      expect(isWasmSimdSupported()).toMatch(/WebAssembly is not available/);
    } finally {
      globalThis.WebAssembly = saved;
    }
  });
});
