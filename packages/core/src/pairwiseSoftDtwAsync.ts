/**
 * pairwiseSoftDtwAsync: pairwiseSoftDtw on the active backend's asynchronous kernel (WebGPU, a
 * worker pool), for plain-array series.
 */
import { fillPairwise, preparePairwise } from './pairwiseSoftDtw.js';
import { runSeriesBatchAsync } from './seriesBatch.js';
import type { Series } from './Series.js';
import type { SoftDtwOptions } from './SoftDtwOptions.js';

/**
 * Soft-DTW value of every pair (xs[i], ys[j]) (of every pair within xs when ys is omitted: only
 * the upper triangle is computed), on the active backend's async kernel when it has one.
 *
 * @param xs - a series (rows)
 * @param ys - b series (columns), or omitted for xs against itself
 * @param options - gamma (≥ 0, default 1), band, memoryBudget, dtype ('float64' default, 'float32')
 * @returns a Promise of the a × b matrix
 * @throws (rejects with) the errors of pairwiseSoftDtw
 * @example
 * await pairwiseSoftDtwAsync([[0, 1], [1, 2]], undefined, { gamma: 0 }); // [[0, 2], [2, 0]]
 */
export async function pairwiseSoftDtwAsync(xs: readonly Series[], ys?: readonly Series[], options?: SoftDtwOptions): Promise<number[][]> {
  const op = 'pairwiseSoftDtwAsync';
  const prepared = preparePairwise(op, xs, ys, options);
  return fillPairwise(op, prepared, (await runSeriesBatchAsync(prepared.inputs, prepared.attrs)).values);
}
