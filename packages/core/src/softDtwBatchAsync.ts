/**
 * softDtwBatchAsync: softDtwBatch on the active backend's asynchronous kernel (WebGPU, a
 * worker pool), for plain-array series. Same validation, errors and results as softDtwBatch.
 */
import { runSeriesBatchAsync } from './seriesBatch.js';
import type { Series } from './Series.js';
import { batchValues, prepareSeriesBatch, releasePreparedBatch } from './softDtwBatch.js';
import type { SoftDtwOptions } from './SoftDtwOptions.js';

/**
 * Soft-DTW value of each pair (xs[k], ys[k]), computed by the active backend's async kernel
 * when it has one (awaits `ready()` first, so `SOFTDTW_BACKEND` and registered backends apply).
 *
 * @param xs - b series (lengths n_k, common p)
 * @param ys - b series (lengths m_k)
 * @param options - gamma (≥ 0, default 1), band, memoryBudget, dtype ('float64' default, 'float32')
 * @returns a Promise of b values
 * @throws (rejects with) the errors of softDtwBatch
 * @example
 * await softDtwBatchAsync([[0, 1], [2]], [[0, 1, 1], [2, 2]], { gamma: 0 }); // Float64Array [0, 0]
 */
export async function softDtwBatchAsync(xs: readonly Series[], ys: readonly Series[], options?: SoftDtwOptions): Promise<Float64Array> {
  const op = 'softDtwBatchAsync';
  const prepared = prepareSeriesBatch(op, xs, ys, options, false);
  const outputs = await Promise.all(prepared.groups.map((group) => runSeriesBatchAsync(group.inputs, group.attrs)));
  releasePreparedBatch(prepared);
  return batchValues(op, prepared, outputs);
}
