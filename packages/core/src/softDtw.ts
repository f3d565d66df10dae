/**
 * softDtw: the soft-DTW discrepancy between two series (Cuturi & Blondel, "Soft-DTW: a
 * Differentiable Loss Function for Time-Series", ICML 2017, arXiv:1703.01541, Algorithm 1).
 *
 *     dtw_γ(x, y) = softmin_γ over all alignment paths A of ⟨A, D(x, y)⟩,  D_ij = ‖x_i − y_j‖²
 *
 * Plain arrays: the active backend's series-batch kernel (cpu: the fused value kernel
 * cpu/softDtwSeriesValue.ts — cost on the fly, anti-diagonal order, O(min(n, m)) memory, band
 * cells only). Tensors: the SquaredEuclideanCost
 * and SoftDtw primitives, so the result is on the autodiff tape.
 */
import { softDtwSeriesValueBytes } from './cpu/softDtwSeriesValue.js';
import { checkFiniteResult } from './checkFiniteResult.js';
import { checkMemoryBudget } from './memoryBudget.js';
import { readSeriesPair } from './readSeries.js';
import type { Tensor } from '@softdtw/autodiff';
import { packPairs, runSeriesBatch } from './seriesBatch.js';
import { anyTensor, softDtwOnTape, type SeriesOrTensor } from './seriesTensor.js';
import type { Series } from './Series.js';
import { resolveOptions, type SoftDtwOptions } from './SoftDtwOptions.js';

/** Option names accepted by softDtw and the other pair functions. */
export const SOFT_DTW_OPTION_NAMES = ['gamma', 'band', 'memoryBudget'] as const;

/** Option names of the functions that dispatch plain-array series to the active backend's series-batch kernel. */
export const SERIES_OPTION_NAMES = [...SOFT_DTW_OPTION_NAMES, 'dtype'] as const;

/**
 * Soft-DTW value of x against y: a smooth minimum, over all monotone alignments, of the summed
 * squared distances. It is ≤ the DTW cost, tends to it as γ → 0, and can be negative (it is not a
 * distance; see softDtwDivergence for a non-negative version).
 *
 * With a Tensor argument (shape [n] or [n, p]) the result is a scalar Tensor on the tape:
 * `grad((w) => softDtw(model(w, x), y, { gamma }))(w)` differentiates through it.
 *
 * @param x - series of n time steps: number[] (p = 1), number[][] (n × p), Float64Array, or Tensor [n] | [n, p]
 * @param y - series of m time steps with the same p
 * @param options - gamma (≥ 0, default 1; 0 = hard DTW), band (Sakoe-Chiba radius), memoryBudget
 * @returns the scalar R_nm (a scalar Tensor when x or y is a Tensor)
 * @throws EmptySeriesError, ShapeError, NonFiniteValueError, InvalidArgumentError, BandTooNarrowError, NumericalError
 * @see https://arxiv.org/abs/1703.01541
 * @example
 * softDtw([1, 2, 3], [1, 2, 2, 3], { gamma: 1 }); // -1.5812803126774937
 * softDtw([1, 2, 3], [1, 2, 2, 3], { gamma: 0 }); // 0 (the DTW cost)
 */
export function softDtw(x: Series, y: Series, options?: SoftDtwOptions): number;
export function softDtw(x: Tensor, y: SeriesOrTensor, options?: SoftDtwOptions): Tensor;
export function softDtw(x: SeriesOrTensor, y: Tensor, options?: SoftDtwOptions): Tensor;
export function softDtw(x: SeriesOrTensor, y: SeriesOrTensor, options?: SoftDtwOptions): number | Tensor {
  const op = 'softDtw';
  if (anyTensor(x, y)) {
    const { gamma, radius, memoryBudget } = resolveOptions(op, options, SOFT_DTW_OPTION_NAMES);
    return softDtwOnTape(op, x, y, gamma, radius, ['x', 'y'], memoryBudget);
  }
  const { gamma, radius, memoryBudget, dtype } = resolveOptions(op, options, SERIES_OPTION_NAMES);
  const [a, b] = readSeriesPair(op, x as Series, y as Series, radius);
  checkMemoryBudget(op, softDtwSeriesValueBytes(a.n, b.n), memoryBudget, 'the DP diagonals');
  const { values } = runSeriesBatch(packPairs([[a, b]]), { p: a.p, gamma, radius, gradients: false, dtype });
  return checkFiniteResult(op, values[0], 'the soft-DTW value');
}
