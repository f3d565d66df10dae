import { getBackend, registerBackend, registerKernel, setBackend, type Backend } from '@softdtw/autodiff';
import { afterEach, describe, expect, it } from 'vitest';
import { InvalidArgumentError } from './errors.js';
import { pairwiseSoftDtw } from './pairwiseSoftDtw.js';
import { pairwiseSoftDtwAsync } from './pairwiseSoftDtwAsync.js';
import { softDtwSeriesBatchKernel } from './primitives/SeriesBatch.js';
import {
  SOFT_DTW_SERIES_BATCH,
  SOFT_DTW_SERIES_BATCH_ASYNC,
  type SeriesBatchAttrs,
  type SeriesBatchInputs,
  type SeriesBatchOutput,
} from './primitives/primitiveNames.js';
import { softDtw } from './softDtw.js';
import { softDtwBatch } from './softDtwBatch.js';
import { softDtwBatchAsync } from './softDtwBatchAsync.js';
import { softDtwBatchValueAndGrad } from './softDtwBatchValueAndGrad.js';
import { softDtwBatchValueAndGradAsync } from './softDtwBatchValueAndGradAsync.js';
import { softDtwValueAndGrad } from './softDtwValueAndGrad.js';

const xs = [[0, 1, 2, 1], [3, 1], [[0, 1], [1, 1], [2, 0]]];
const ys = [[0, 2, 1], [1, 2, 3, 3, 0], [[1, 0], [2, 2]]];

interface Call {
  readonly kernel: string;
  readonly pairs: number;
  readonly attrs: SeriesBatchAttrs;
}

/** Registers a backend whose series-batch kernels record their calls and delegate to cpu. */
function registerSpyBackend(name: string, kernels: { sync: boolean; async: boolean }): Call[] {
  const calls: Call[] = [];
  registerBackend(name, (): Backend => ({ name, capabilities: { float64: true, syncRead: true } }), { priority: 0, override: true });
  if (kernels.sync) {
    registerKernel(SOFT_DTW_SERIES_BATCH, name, (backend: Backend, inputs: SeriesBatchInputs, attrs: SeriesBatchAttrs): SeriesBatchOutput => {
      calls.push({ kernel: 'sync', pairs: inputs.lengthsX.length, attrs });
      return softDtwSeriesBatchKernel(backend, inputs, attrs);
    }, { override: true });
  }
  if (kernels.async) {
    registerKernel(SOFT_DTW_SERIES_BATCH_ASYNC, name, async (backend: Backend, inputs: SeriesBatchInputs, attrs: SeriesBatchAttrs): Promise<SeriesBatchOutput> => {
      await Promise.resolve();
      calls.push({ kernel: 'async', pairs: inputs.lengthsX.length, attrs });
      return softDtwSeriesBatchKernel(backend, inputs, attrs);
    }, { override: true });
  }
  return calls;
}

describe('series-batch dispatch', () => {
  afterEach(async () => {
    await setBackend('cpu');
  });

  it('runs the plain-array functions on the active backend\'s kernel, with the requested dtype', async () => {
    const expected = softDtwBatch(xs, ys, { gamma: 0.5 });
    const calls = registerSpyBackend('spySync', { sync: true, async: false });
    await setBackend('spySync');
    expect(softDtwBatch(xs, ys, { gamma: 0.5, dtype: 'float32' })).toEqual(expected);
    // One kernel call per feature count: the two univariate pairs, then the bivariate one.
    expect(calls.map((c) => [c.pairs, c.attrs.p, c.attrs.dtype, c.attrs.gradients])).toEqual([
      [2, 1, 'float32', false],
      [1, 2, 'float32', false],
    ]);
    calls.length = 0;
    softDtw(xs[0], ys[0]);
    softDtwValueAndGrad(xs[0], ys[0], { band: 2 });
    pairwiseSoftDtw([xs[0], xs[1]]);
    expect(calls.map((c) => [c.pairs, c.attrs.gradients, c.attrs.radius, c.attrs.dtype])).toEqual([
      [1, false, Infinity, 'float64'],
      [1, true, 2, 'float64'],
      [3, false, Infinity, 'float64'],
    ]);
  });

  it('falls back to the cpu kernel when the active backend has none (sync calls on an async-only backend)', async () => {
    const calls = registerSpyBackend('spyAsyncOnly', { sync: false, async: true });
    await setBackend('spyAsyncOnly');
    const value = softDtw(xs[0], ys[0]);
    expect(calls).toEqual([]);
    await setBackend('cpu');
    expect(value).toBe(softDtw(xs[0], ys[0]));
  });

  it('runs the async functions on the async kernel and gives the sync results', async () => {
    const sync = softDtwBatchValueAndGrad(xs, ys, { gamma: 0.1 });
    const matrix = pairwiseSoftDtw(xs.slice(0, 2), ys.slice(0, 2), { gamma: 0 });
    const calls = registerSpyBackend('spyAsync', { sync: true, async: true });
    await setBackend('spyAsync');
    expect(await softDtwBatchAsync(xs, ys, { gamma: 0.1 })).toEqual(sync.values);
    expect(await softDtwBatchValueAndGradAsync(xs, ys, { gamma: 0.1 })).toEqual(sync);
    expect(await pairwiseSoftDtwAsync(xs.slice(0, 2), ys.slice(0, 2), { gamma: 0 })).toEqual(matrix);
    expect(calls.every((c) => c.kernel === 'async')).toBe(true);
    expect(calls.length).toBe(5);
  });

  it('uses the sync kernel from the async functions when the backend has no async one', async () => {
    const calls = registerSpyBackend('spySyncOnly', { sync: true, async: false });
    await setBackend('spySyncOnly');
    await softDtwBatchAsync([xs[0]], [ys[0]]);
    expect(calls.map((c) => c.kernel)).toEqual(['sync']);
    expect(getBackend().name).toBe('spySyncOnly');
  });

  it('validates before any kernel runs, with the same typed errors as the sync functions', async () => {
    const calls = registerSpyBackend('spyErrors', { sync: true, async: true });
    await setBackend('spyErrors');
    expect(() => softDtw([1, NaN], [1])).toThrow(/got NaN/);
    await expect(softDtwBatchAsync([[1, NaN]], [[1]])).rejects.toThrow(/got NaN/);
    await expect(softDtwBatchAsync([[1]], [[1]], { dtype: 'float16' as 'float32' })).rejects.toThrow(InvalidArgumentError);
    expect(() => softDtwBatch([[1]], [[1]], { dtype: 'half' as 'float32' })).toThrow(/expected dtype to be 'float64' or 'float32', got/);
    await expect(pairwiseSoftDtwAsync([[1, 2, 3, 4]], [[1]], { band: 1 })).rejects.toThrow(/band/);
    expect(calls).toEqual([]);
  });

  it('turns a NaN from a kernel into a NumericalError naming the pair', async () => {
    const name = 'nanBackend';
    registerBackend(name, (): Backend => ({ name, capabilities: { float64: true, syncRead: true } }), { priority: 0, override: true });
    registerKernel(SOFT_DTW_SERIES_BATCH, name, (_b: Backend, inputs: SeriesBatchInputs): SeriesBatchOutput => ({
      values: new Float64Array(inputs.lengthsX.length).fill(NaN),
      gradX: null,
      gradY: null,
    }), { override: true });
    await setBackend(name);
    expect(() => softDtwBatch([[1], [2]], [[1], [2]])).toThrow(/pair 0/);
  });
});
