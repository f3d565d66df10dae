import { getKernel, grad, listBackends, ready, setBackend, tensor, type Backend } from '@softdtw/autodiff';
import {
  pairwiseSoftDtw,
  pairwiseSoftDtwAsync,
  SOFT_DTW_SERIES_BATCH,
  SOFT_DTW_SERIES_BATCH_ASYNC,
  softDtw,
  softDtwBatch,
  softDtwBatchValueAndGradAsync,
  softDtwSeriesBatchKernel,
  softDtwValueAndGrad,
  squaredEuclideanCost,
  type SeriesBatchAttrs,
  type SeriesBatchInputs,
  type SeriesBatchOutput,
} from '@softdtw/core';
import { afterAll, describe, expect, test } from 'vitest';
import { cpuBatch, gradientError, randomBatch, valueError } from '../test/randomBatch.js';
import { WAVEFRONT_BATCH_MIN_CELLS } from './computeSeriesBatch.js';
import { registerWasmBackend, WASM_BACKEND_NAME } from './registerWasmBackend.js';
import { POOL_MIN_CELLS, wasmSeriesBatchKernel } from './seriesBatchKernels.js';
import { createWasmBackend, type WasmBackend } from './WasmBackend.js';

registerWasmBackend({ threads: 2 });
registerWasmBackend({ threads: 7 }); // idempotent: a no-op

let backend: WasmBackend;
afterAll(() => backend?.dispose());

describe('registerWasmBackend', () => {
  test('registers wasm at priority 3, supported, and ready() picks it over cpu', async () => {
    const row = listBackends().find((b) => b.name === WASM_BACKEND_NAME);
    expect(row).toMatchObject({ priority: 3, supported: true });
    backend = (await ready()) as WasmBackend;
    expect(backend.name).toBe('wasm');
    expect(backend.capabilities).toEqual({ float64: true, syncRead: true });
    expect(backend.threads).toBe(2);
  });

  test('the core API runs on wasm and matches cpu', async () => {
    backend = (await setBackend('wasm')) as WasmBackend;
    const x = [0, 1.5, 2, 3.5, 2, 0.5];
    const y = [0, 2, 3, 1];
    const wasmValue = softDtw(x, y, { gamma: 0.1 });
    const wasmGrad = softDtwValueAndGrad(x, y, { gamma: 0.1 });
    const wasmHard = softDtwBatch([x], [y], { gamma: 0 });
    await setBackend('cpu');
    const cpuValue = softDtw(x, y, { gamma: 0.1 });
    const cpuGrad = softDtwValueAndGrad(x, y, { gamma: 0.1 });
    expect(Math.abs(wasmValue - cpuValue) / Math.abs(cpuValue)).toBeLessThan(1e-13);
    wasmGrad.gradX.forEach((g, i) => expect(g).toBeCloseTo(cpuGrad.gradX[i], 10));
    expect(wasmHard[0]).toBe(softDtwBatch([x], [y], { gamma: 0 })[0]);
    backend = (await setBackend('wasm')) as WasmBackend;
  });

  test('γ = 0 gives the cpu value and subgradient exactly (ties: diag > up > left)', () => {
    const data = randomBatch(3, 5, 1, 1, 9, 2);
    for (const k of [0, 1]) data.x[k] = Math.round(data.x[k]); // some exact ties
    const attrs: SeriesBatchAttrs = { p: 1, gamma: 0, radius: 2, gradients: true, dtype: 'float64' };
    const got = kernel()(backend, data, attrs);
    const ref = softDtwSeriesBatchKernel(backend, data, attrs);
    expect(got.values).toEqual(ref.values);
    expect(got.gradX).toEqual(ref.gradX);
    expect(got.gradY).toEqual(ref.gradY);
  });

  test('dtype float32 selects the f32x4 kernels (float32 rounding, close to float64)', () => {
    const data = randomBatch(9, 9, 2, 5, 30, 3);
    const f64 = kernel()(backend, data, { p: 2, gamma: 1, radius: Infinity, gradients: true, dtype: 'float64' });
    const f32 = kernel()(backend, data, { p: 2, gamma: 1, radius: Infinity, gradients: true, dtype: 'float32' });
    const err = valueError(f32.values, f64.values);
    expect(err).toBeGreaterThan(1e-12); // really float32
    expect(err).toBeLessThan(2e-5);
    expect(gradientError(data, 2, f32, f64)).toBeLessThan(2e-3);
  });

  test("createWasmBackend({ dtype: 'float32' }) runs float64 requests in float32", async () => {
    const forced = await createWasmBackend({ dtype: 'float32', threads: 1 });
    expect(forced.pool()).toBeNull();
    const data = randomBatch(12, 5, 1, 4, 20, 2);
    const asked = { p: 1, gamma: 1, radius: Infinity, gradients: false, dtype: 'float64' } as const;
    const got = wasmSeriesBatchKernel(forced, data, asked);
    expect(got.values).toEqual(kernel()(backend, data, { ...asked, dtype: 'float32' }).values);
    expect(got.values).not.toEqual(kernel()(backend, data, asked).values);
  });

  test('a single long pair goes to the wavefront and matches cpu', () => {
    const data = randomBatch(4, 1, 1, 300, 300, 0);
    const attrs: SeriesBatchAttrs = { p: 1, gamma: 1, radius: Infinity, gradients: true, dtype: 'float64' };
    const got = kernel()(backend, data, attrs);
    const ref = cpuBatch(data, 1, 1, Infinity, true);
    expect(valueError(got.values, ref.values)).toBeLessThan(1e-13);
    expect(gradientError(data, 1, got, ref)).toBeLessThan(1e-10);
  });

  test('a batch mixing a pair above WAVEFRONT_BATCH_MIN_CELLS (wavefront) with small ones (lanes) matches cpu', () => {
    const big = randomBatch(6, 1, 1, 1024, 1024, 0);
    const small = randomBatch(7, 3, 1, 5, 12, 2);
    const rows = big.x.length;
    const data = {
      x: Float64Array.from([...big.x, ...small.x]),
      y: Float64Array.from([...big.y, ...small.y]),
      xStart: Int32Array.from([0, ...Array.from(small.xStart, (s) => s + rows)]),
      yStart: Int32Array.from([0, ...Array.from(small.yStart, (s) => s + big.y.length)]),
      lengthsX: Int32Array.from([1024, ...small.lengthsX]),
      lengthsY: Int32Array.from([big.lengthsY[0], ...small.lengthsY]),
    };
    expect(data.lengthsX[0] * data.lengthsY[0]).toBeGreaterThanOrEqual(WAVEFRONT_BATCH_MIN_CELLS);
    const attrs: SeriesBatchAttrs = { p: 1, gamma: 1, radius: Infinity, gradients: true, dtype: 'float64' };
    const got = kernel()(backend, data, attrs);
    const ref = cpuBatch(data, 1, 1, Infinity, true);
    expect(valueError(got.values, ref.values)).toBeLessThan(1e-13);
    expect(gradientError(data, 1, got, ref)).toBeLessThan(1e-10);
  });

  test('the async kernel splits a large batch over the pool and matches the sync kernel', async () => {
    const data = randomBatch(21, 40, 1, 90, 110, 5);
    let cells = 0;
    data.lengthsX.forEach((n, k) => (cells += n * data.lengthsY[k]));
    expect(cells).toBeGreaterThanOrEqual(POOL_MIN_CELLS);
    const attrs: SeriesBatchAttrs = { p: 1, gamma: 0.5, radius: Infinity, gradients: true, dtype: 'float64' };
    const asyncKernel = getKernel<SeriesBatchInputs, SeriesBatchAttrs, Promise<SeriesBatchOutput>>(SOFT_DTW_SERIES_BATCH_ASYNC, 'wasm');
    const pooled = await asyncKernel(backend, data, attrs);
    expect(backend.pool()).not.toBeNull();
    const sync = kernel()(backend, data, attrs);
    expect(pooled.values).toEqual(sync.values);
    expect(pooled.gradX).toEqual(sync.gradX);
    expect(pooled.gradY).toEqual(sync.gradY);
  });

  test('core async functions run through the pool-backed kernel', async () => {
    const rnd = (k: number) => Array.from({ length: 120 }, (_, i) => Math.sin(i * 0.1 * (k + 1)));
    const xs = Array.from({ length: 30 }, (_, k) => rnd(k));
    const viaAsync = await pairwiseSoftDtwAsync(xs, undefined, { gamma: 1 });
    const viaSync = pairwiseSoftDtw(xs, undefined, { gamma: 1 });
    expect(viaAsync).toEqual(viaSync);
    const { values } = await softDtwBatchValueAndGradAsync(xs, xs.slice().reverse(), { gamma: 1 });
    expect(values.length).toBe(30);
  });

  test('autodiff through SoftDtw over D runs the wasm D-level kernels', async () => {
    const X = tensor([[0], [1], [2.5], [1]]);
    const Y = tensor([[0.5], [2], [1]]);
    const loss = (a: typeof X) => softDtw(a, Y, { gamma: 0.3 });
    const onWasm = grad(loss)(X);
    await setBackend('cpu');
    const onCpu = grad(loss)(X);
    backend = (await setBackend('wasm')) as WasmBackend;
    onWasm.data.forEach((g, i) => expect(g).toBeCloseTo(onCpu.data[i], 12));
    expect(squaredEuclideanCost(X, Y).shape).toEqual([4, 3]);
  });

  test('dispose terminates the workers; the process still exits (no ref’d handles)', async () => {
    const data = randomBatch(2, 8, 1, 200, 200, 0);
    const asyncKernel = getKernel<SeriesBatchInputs, SeriesBatchAttrs, Promise<SeriesBatchOutput>>(SOFT_DTW_SERIES_BATCH_ASYNC, 'wasm');
    await asyncKernel(backend, data, { p: 1, gamma: 1, radius: Infinity, gradients: false, dtype: 'float64' });
    const pool = backend.pool();
    backend.dispose();
    await expect(pool!.runSeriesBatch(data, { p: 1, gamma: 1, radius: Infinity, gradients: false, dtype: 'float64' })).rejects.toThrow(/disposed/);
  });
});

function kernel(): (backend: Backend, inputs: SeriesBatchInputs, attrs: SeriesBatchAttrs) => SeriesBatchOutput {
  return getKernel<SeriesBatchInputs, SeriesBatchAttrs, SeriesBatchOutput>(SOFT_DTW_SERIES_BATCH, 'wasm');
}
