import { afterEach, describe, expect, test } from 'vitest';
import { getKernel, hasKernel, listKernels, registerKernel, type Tensor } from '../index.js';
import { resetRegistryForTests } from './resetRegistry.js';

afterEach(() => resetRegistryForTests());

describe('kernel registry', () => {
  const kernel = (_backend: unknown, { x }: { x: Tensor }): Tensor => x;

  test('register, look up, list', () => {
    registerKernel('Foo', 'cpu', kernel);
    registerKernel('Foo', 'wasm', kernel);
    registerKernel('Bar', 'cpu', kernel);
    expect(hasKernel('Foo', 'wasm')).toBe(true);
    expect(hasKernel('Foo', 'webgpu')).toBe(false);
    expect(getKernel('Foo', 'cpu')).toBe(kernel);
    expect(listKernels()).toEqual([
      { primitive: 'Bar', backend: 'cpu' },
      { primitive: 'Foo', backend: 'cpu' },
      { primitive: 'Foo', backend: 'wasm' },
    ]);
  });

  test('a missing kernel throws KernelNotFoundError listing the backends that have it', () => {
    registerKernel('Foo', 'cpu', kernel);
    expect(() => getKernel('Foo', 'webgpu')).toThrow(
      "getKernel: expected a kernel for primitive 'Foo' on backend 'webgpu', got none. Backends with this kernel: cpu. Register one with registerKernel('Foo', 'webgpu', fn), or switch backend with setBackend(...).",
    );
    expect(() => getKernel('Nope', 'cpu')).toThrow(/No backend has this kernel/);
    expect(() => getKernel('Nope', 'cpu')).toThrow(expect.objectContaining({ code: 'E_KERNEL_NOT_FOUND' }));
  });

  test('duplicates throw unless override; override replaces', () => {
    const other = (_backend: unknown, { x }: { x: Tensor }): Tensor => x;
    registerKernel('Foo', 'cpu', kernel);
    expect(() => registerKernel('Foo', 'cpu', other)).toThrow(expect.objectContaining({ code: 'E_DUPLICATE_REGISTRATION' }));
    registerKernel('Foo', 'cpu', other, { override: true });
    expect(getKernel('Foo', 'cpu')).toBe(other);
  });

  test('invalid names and functions are rejected', () => {
    expect(() => registerKernel('', 'cpu', kernel)).toThrow(expect.objectContaining({ code: 'E_INVALID_ARGUMENT' }));
    expect(() => registerKernel('Foo', 'cpu', 3 as never)).toThrow(expect.objectContaining({ code: 'E_INVALID_ARGUMENT' }));
  });
});
