/**
 * dtw: classic dynamic time warping, the γ = 0 case of soft-DTW (Cuturi & Blondel, ICML 2017,
 * arXiv:1703.01541): the minimum over alignment paths of the summed squared distances, with the
 * optimal path (cpu/hardDtwSeries.ts, 1 byte per band cell).
 */
import { hardDtwSeries, hardDtwSeriesBytes } from './cpu/hardDtwSeries.js';
import { checkFiniteResult } from './checkFiniteResult.js';
import { checkMemoryBudget } from './memoryBudget.js';
import { readSeriesPair } from './readSeries.js';
import type { Tensor } from '@softdtw/autodiff';
import { anyTensor, float64Data, seriesTensor, softDtwOnTape, type SeriesOrTensor, featuresOf } from './seriesTensor.js';
import type { Series } from './Series.js';
import { resolveOptions, type DtwOptions } from './SoftDtwOptions.js';

/** Result of dtw. */
export interface DtwResult {
  /** Σ over the path of ‖x_i − y_j‖² (no square root; tslearn's dtw returns its square root). */
  readonly value: number;
  /** The optimal path as [i, j] pairs from [0, 0] to [n − 1, m − 1]. */
  readonly path: Array<[number, number]>;
}

/** Result of dtw for Tensor inputs: the cost on the tape (its gradient is the subgradient along the path). */
export interface DtwResultTensor {
  /** Scalar Tensor: the DTW cost, differentiable (subgradient). */
  readonly value: Tensor;
  /** The optimal path as [i, j] pairs. */
  readonly path: Array<[number, number]>;
}

/**
 * Hard DTW cost and optimal alignment path. Ties prefer the diagonal step, then (i − 1, j),
 * then (i, j − 1) — the path tslearn's dtw_path returns.
 *
 * @param x - series of n time steps: number[], number[][] (n × p), Float64Array or Tensor [n] | [n, p]
 * @param y - series of m time steps with the same p
 * @param options - band (Sakoe-Chiba radius), memoryBudget
 * @returns value (sum of squared distances along the path) and path
 * @throws EmptySeriesError, ShapeError, NonFiniteValueError, InvalidArgumentError, BandTooNarrowError, MemoryBudgetError, NumericalError
 * @example
 * dtw([0, 1, 2], [0, 2]); // { value: 1, path: [[0, 0], [1, 0], [2, 1]] }
 */
export function dtw(x: Series, y: Series, options?: DtwOptions): DtwResult;
export function dtw(x: Tensor, y: SeriesOrTensor, options?: DtwOptions): DtwResultTensor;
export function dtw(x: SeriesOrTensor, y: Tensor, options?: DtwOptions): DtwResultTensor;
export function dtw(x: SeriesOrTensor, y: SeriesOrTensor, options?: DtwOptions): DtwResult | DtwResultTensor {
  const op = 'dtw';
  const { radius, memoryBudget } = resolveOptions(op, options, ['band', 'memoryBudget']);
  if (anyTensor(x, y)) {
    const value = softDtwOnTape(op, x, y, 0, radius, ['x', 'y'], memoryBudget);
    const X = seriesTensor(op, 'x', x);
    const Y = seriesTensor(op, 'y', y);
    checkMemoryBudget(op, hardDtwSeriesBytes(X.shape[0], Y.shape[0], radius), memoryBudget, 'the DTW directions (1 B per DP cell)');
    const result = hardDtwSeries(float64Data(X), X.shape[0], float64Data(Y), Y.shape[0], featuresOf(X), radius);
    return { value, path: pathPairs(result.path) };
  }
  const [a, b] = readSeriesPair(op, x as Series, y as Series, radius);
  checkMemoryBudget(op, hardDtwSeriesBytes(a.n, b.n, radius), memoryBudget, 'the DTW directions (1 B per DP cell)');
  const result = hardDtwSeries(a.data, a.n, b.data, b.n, a.p, radius);
  const value = checkFiniteResult(op, result.value, 'the DTW cost');
  return { value, path: pathPairs(result.path) };
}

function pathPairs(flat: Int32Array): Array<[number, number]> {
  const path: Array<[number, number]> = [];
  for (let k = 0; k < flat.length; k += 2) path.push([flat[k], flat[k + 1]]);
  return path;
}
