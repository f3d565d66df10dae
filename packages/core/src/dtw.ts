/**
 * dtw: classic dynamic time warping, the γ = 0 case of soft-DTW (Cuturi & Blondel, ICML 2017,
 * arXiv:1703.01541): the minimum over alignment paths of the summed squared distances, with the
 * optimal path (cpu/hardDtwSeries.ts, 1 byte per band cell).
 */
import { hardDtwSeries, hardDtwSeriesBytes } from './cpu/hardDtwSeries.js';
import { checkFiniteResult } from './checkFiniteResult.js';
import { checkMemoryBudget } from './memoryBudget.js';
import { readSeriesPair } from './readSeries.js';
import type { Series } from './Series.js';
import { resolveOptions, type DtwOptions } from './SoftDtwOptions.js';

/** Result of dtw. */
export interface DtwResult {
  /** Σ over the path of ‖x_i − y_j‖² (no square root; tslearn's dtw returns its square root). */
  readonly value: number;
  /** The optimal path as [i, j] pairs from [0, 0] to [n − 1, m − 1]. */
  readonly path: Array<[number, number]>;
}

/**
 * Hard DTW cost and optimal alignment path. Ties prefer the diagonal step, then (i − 1, j),
 * then (i, j − 1) — the path tslearn's dtw_path returns.
 *
 * @param x - series of n time steps: number[], number[][] (n × p) or Float64Array
 * @param y - series of m time steps with the same p
 * @param options - band (Sakoe-Chiba radius), memoryBudget
 * @returns value (sum of squared distances along the path) and path
 * @throws EmptySeriesError, ShapeError, NonFiniteValueError, InvalidArgumentError, BandTooNarrowError, MemoryBudgetError, NumericalError
 * @example
 * dtw([0, 1, 2], [0, 2]); // { value: 1, path: [[0, 0], [1, 0], [2, 1]] }
 */
export function dtw(x: Series, y: Series, options?: DtwOptions): DtwResult {
  const op = 'dtw';
  const { radius, memoryBudget } = resolveOptions(op, options, ['band', 'memoryBudget']);
  const [a, b] = readSeriesPair(op, x, y, radius);
  checkMemoryBudget(op, hardDtwSeriesBytes(a.n, b.n, radius), memoryBudget, 'the DTW directions (1 B per DP cell)');
  const result = hardDtwSeries(a.data, a.n, b.data, b.n, a.p, radius);
  const value = checkFiniteResult(op, result.value, 'the DTW cost');
  const path: Array<[number, number]> = [];
  for (let k = 0; k < result.path.length; k += 2) path.push([result.path[k], result.path[k + 1]]);
  return { value, path };
}
