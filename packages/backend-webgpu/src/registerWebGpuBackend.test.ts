/**
 * Registration and selection without a usable GPU (no device needed): the reasons a backend that
 * cannot start gives, the fallback of 'auto', and which kernels 'webgpu' registers.
 */
import { getBackend, getKernel, hasKernel, listBackends, ready, setBackend } from '@softdtw/autodiff';
import { SOFT_DTW_SERIES_BATCH, SOFT_DTW_SERIES_BATCH_ASYNC } from '@softdtw/core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { WebGpuBackend } from './WebGpuBackend.js';
import { registerWebGpuBackend, webGpuSupport, WEBGPU_PRIORITY } from './registerWebGpuBackend.js';

/** A WebGPU entry point whose requestAdapter() resolves to null, like a browser without a usable GPU. */
const noAdapterGpu = { requestAdapter: async () => null } as unknown as GPU;

const globals = globalThis as { navigator?: unknown };
const originalNavigator = Object.getOwnPropertyDescriptor(globalThis, 'navigator');

function setNavigator(value: unknown): void {
  Object.defineProperty(globalThis, 'navigator', { value, configurable: true, writable: true });
}

describe('registerWebGpuBackend without a GPU', () => {
  beforeAll(() => {
    delete process.env['SOFTDTW_BACKEND'];
    registerWebGpuBackend();
  });
  afterEach(() => {
    if (originalNavigator === undefined) delete globals.navigator;
    else Object.defineProperty(globalThis, 'navigator', originalNavigator);
  });

  it("registers 'webgpu' once, at priority 4, with its async kernel only (sync calls fall back to cpu)", () => {
    registerWebGpuBackend(); // idempotent: no DuplicateRegistrationError
    const rows = listBackends().filter((b) => b.name === 'webgpu');
    expect(rows).toHaveLength(1);
    expect(rows[0].priority).toBe(WEBGPU_PRIORITY);
    expect(WEBGPU_PRIORITY).toBe(4);
    expect(hasKernel(SOFT_DTW_SERIES_BATCH_ASYNC, 'webgpu')).toBe(true);
    expect(hasKernel(SOFT_DTW_SERIES_BATCH, 'webgpu')).toBe(false);
  });

  it('reports why it is unsupported when navigator.gpu is missing, and setBackend says so', async () => {
    setNavigator(undefined);
    const reason = webGpuSupport({});
    expect(reason).toMatch(/^webgpu: navigator\.gpu is missing/);
    expect(listBackends().find((b) => b.name === 'webgpu')?.supported).toBe(reason);
    await expect(setBackend('webgpu')).rejects.toThrow(/navigator\.gpu is missing.*createNodeGpu/);
    expect(webGpuSupport({ gpu: noAdapterGpu })).toBe(true);
  });

  it("fails with 'webgpu: no adapter — navigator.gpu.requestAdapter() returned null', and 'auto' falls back to cpu", async () => {
    setNavigator({ gpu: noAdapterGpu });
    await expect(setBackend('webgpu')).rejects.toThrow('webgpu: no adapter — navigator.gpu.requestAdapter() returned null');
    const row = listBackends().find((b) => b.name === 'webgpu');
    expect(row?.status).toBe('failed');
    expect(row?.reason).toContain('webgpu: no adapter — navigator.gpu.requestAdapter() returned null');
    expect((await ready()).name).toBe('cpu');
    expect(getBackend().name).toBe('cpu');
  });

  it('names the gpu option and the Vulkan ICD hint when a given gpu has no adapter', async () => {
    await expect(WebGpuBackend.create({ gpu: noAdapterGpu })).rejects.toThrow(/^webgpu: no adapter — gpu\.requestAdapter\(\) returned null \(in Node, Dawn needs a Vulkan driver/);
    await expect(WebGpuBackend.create({ gpu: noAdapterGpu, tile: 100 })).rejects.toThrow(/tile to be a multiple of 32/);
  });

  it('refuses to run the webgpu kernel on another backend', async () => {
    const kernel = getKernel(SOFT_DTW_SERIES_BATCH_ASYNC, 'webgpu') as (backend: unknown, inputs: unknown, attrs: unknown) => Promise<unknown>;
    await expect(kernel(getBackend(), {}, {})).rejects.toMatchObject({ code: 'E_INVALID_ARGUMENT', message: expect.stringMatching(/expected the 'webgpu' backend object, got 'cpu'/) });
  });
});
