/**
 * The 'webgpu' backend through the registry and core's public API: ready() picks it, the async
 * functions run on the GPU, the sync ones fall back to the cpu kernel, a lost device is replaced,
 * and dispose() ends it.
 */
import { getBackend, listBackends, ready, setBackend } from '@softdtw/autodiff';
import { pairwiseSoftDtw, pairwiseSoftDtwAsync, softDtwBatch, softDtwBatchAsync, softDtwBatchValueAndGrad, softDtwBatchValueAndGradAsync } from '@softdtw/core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { registerWebGpuBackend } from '../src/registerWebGpuBackend.js';
import { WebGpuBackend } from '../src/WebGpuBackend.js';
import { WebGpuDeviceLostError } from '../src/WebGpuError.js';
import { FLOAT32_TOLERANCE } from './float32Tolerances.js';
import { logSkip, probeNodeGpu } from './probeNodeGpu.js';

const probe = await probeNodeGpu();
logSkip('backendSelection.test.ts', probe);

const xs = [[0, 1, 2, 3, 2, 1], [1, 2, 2, 0], [3, 1, 4, 1, 5, 9, 2, 6]];
const ys = [[0, 2, 3, 1], [1, 1, 2, 0, 0], [2, 7, 1, 8, 2, 8]];

function expectClose(actual: ArrayLike<number>, expected: ArrayLike<number>, tolerance: number): void {
  expect(actual.length).toBe(expected.length);
  for (let k = 0; k < expected.length; k++) expect(Math.abs(actual[k] - expected[k]) / Math.max(Math.abs(expected[k]), 1), `entry ${k}`).toBeLessThan(tolerance);
}

describe.skipIf(probe.gpu === undefined)("the 'webgpu' backend through the registry", () => {
  let backend: WebGpuBackend;
  beforeAll(async () => {
    delete process.env['SOFTDTW_BACKEND'];
    registerWebGpuBackend({ gpu: probe.gpu as GPU });
    backend = (await ready()) as WebGpuBackend;
  });
  afterAll(() => backend?.dispose());

  it('is what ready() picks (priority 4 over cpu), float32 and asynchronous', () => {
    expect(backend).toBeInstanceOf(WebGpuBackend);
    expect(backend.name).toBe('webgpu');
    expect(backend.capabilities).toEqual({ float64: false, syncRead: false });
    expect(listBackends().find((b) => b.name === 'webgpu')).toMatchObject({ active: true, status: 'ready' });
  });

  it("runs core's async functions on the GPU, matching the sync (cpu) results within float32 tolerance", async () => {
    const spy = vi.spyOn(backend, 'runSeriesBatch');
    const values = await softDtwBatchAsync(xs, ys, { gamma: 0.5 });
    expectClose(values, softDtwBatch(xs, ys, { gamma: 0.5 }), FLOAT32_TOLERANCE.value);
    const withGrad = await softDtwBatchValueAndGradAsync(xs, ys, { gamma: 0.5, band: 3 });
    const reference = softDtwBatchValueAndGrad(xs, ys, { gamma: 0.5, band: 3 });
    expectClose(withGrad.values, reference.values, FLOAT32_TOLERANCE.value);
    for (let k = 0; k < xs.length; k++) {
      const scale = Math.max(...(reference.gradX[k] as number[]).map(Math.abs));
      (withGrad.gradX[k] as number[]).forEach((g, i) => expect(Math.abs(g - (reference.gradX[k] as number[])[i]) / scale).toBeLessThan(FLOAT32_TOLERANCE.gradient));
    }
    const matrix = await pairwiseSoftDtwAsync(xs, undefined, { gamma: 0 });
    expectClose(matrix.flat(), pairwiseSoftDtw(xs, undefined, { gamma: 0 }).flat(), FLOAT32_TOLERANCE.value);
    expect(spy).toHaveBeenCalled();
    spy.mockRestore();
  });

  it('leaves the synchronous functions on the cpu kernel (exact float64) while webgpu is active', () => {
    const spy = vi.spyOn(backend, 'runSeriesBatch');
    expect(getBackend().name).toBe('webgpu');
    // float64 result: 1 + 1e-12 survives, which float32 could not represent.
    const value = softDtwBatch([[1 + 1e-12]], [[1]], { gamma: 0 })[0];
    expect(value).toBe((1e-12 + 1 - 1) ** 2);
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  });

  it('replaces a lost device on the next call', async () => {
    const first = backend.device as GPUDevice;
    first.destroy(); // as if the driver reset the GPU
    await first.lost;
    await new Promise((resolve) => setTimeout(resolve, 0));
    const values = await softDtwBatchAsync(xs, ys, { gamma: 1 });
    expectClose(values, softDtwBatch(xs, ys, { gamma: 1 }), FLOAT32_TOLERANCE.value);
    expect(backend.device).toBeDefined();
    expect(backend.device).not.toBe(first);
  });

  it('rejects calls after dispose() with WebGpuDeviceLostError, and cpu can take over', async () => {
    const spare = await WebGpuBackend.create({ gpu: probe.gpu as GPU });
    spare.dispose();
    spare.dispose(); // idempotent
    await expect(spare.runSeriesBatch({ x: new Float64Array(1), y: new Float64Array(1), xStart: Int32Array.of(0), yStart: Int32Array.of(0), lengthsX: Int32Array.of(1), lengthsY: Int32Array.of(1) }, { p: 1, gamma: 1, radius: Infinity, gradients: false, dtype: 'float32' })).rejects.toThrow(WebGpuDeviceLostError);
    expect((await setBackend('cpu')).name).toBe('cpu');
    expect(await softDtwBatchAsync(xs, ys, { gamma: 0 })).toEqual(softDtwBatch(xs, ys, { gamma: 0 }));
  });
});
