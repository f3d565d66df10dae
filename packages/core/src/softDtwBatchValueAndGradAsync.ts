/**
 * softDtwBatchValueAndGradAsync: softDtwBatchValueAndGrad on the active backend's asynchronous
 * kernel (WebGPU, a worker pool), for plain-array series.
 */
import { runSeriesBatchAsync } from './seriesBatch.js';
import type { Series } from './Series.js';
import { prepareSeriesBatch, releasePreparedBatch } from './softDtwBatch.js';
import { unpackBatchValueAndGrad, type SoftDtwBatchValueAndGrad } from './softDtwBatchValueAndGrad.js';
import type { SoftDtwOptions } from './SoftDtwOptions.js';

/**
 * Soft-DTW values and gradients of each pair (xs[k], ys[k]) on the active backend's async kernel
 * when it has one (awaits `ready()` first).
 *
 * @param xs - b series (lengths n_k, common p)
 * @param ys - b series (lengths m_k)
 * @param options - gamma (≥ 0, default 1), band, memoryBudget, dtype ('float64' default, 'float32')
 * @returns a Promise of values (b), gradX[k] shaped like xs[k], gradY[k] shaped like ys[k]
 * @throws (rejects with) the errors of softDtwBatchValueAndGrad
 * @example
 * const { values, gradX } = await softDtwBatchValueAndGradAsync([[0, 1]], [[0, 2]], { gamma: 1 });
 */
export async function softDtwBatchValueAndGradAsync<X extends Series, Y extends Series>(
  xs: readonly X[],
  ys: readonly Y[],
  options?: SoftDtwOptions,
): Promise<SoftDtwBatchValueAndGrad<X, Y>> {
  const op = 'softDtwBatchValueAndGradAsync';
  const prepared = prepareSeriesBatch(op, xs, ys, options, true);
  const outputs = await Promise.all(prepared.groups.map((group) => runSeriesBatchAsync(group.inputs, group.attrs)));
  const result = unpackBatchValueAndGrad(op, prepared, outputs) as SoftDtwBatchValueAndGrad<X, Y>;
  releasePreparedBatch(prepared);
  return result;
}
