/**
 * softDtwDivergence: the soft-DTW divergence of Blondel, Mensch & Vert ("Differentiable
 * Divergences Between Time Series", AISTATS 2021, arXiv:2010.08354):
 *
 *     D_γ(x, y) = dtw_γ(x, y) − ½ (dtw_γ(x, x) + dtw_γ(y, y))
 *
 * It is ≥ 0 and = 0 at x = y (for the squared Euclidean cost), unlike dtw_γ itself. Three
 * value-only runs of the fused kernel, O(max(n, m)) memory.
 */
import { checkFiniteResult } from './checkFiniteResult.js';
import { readSeriesPair } from './readSeries.js';
import { add, mul, sub, type Tensor } from '@softdtw/autodiff';
import { anyTensor, softDtwOnTape, type SeriesOrTensor } from './seriesTensor.js';
import type { Series } from './Series.js';
import { SERIES_OPTION_NAMES, SOFT_DTW_OPTION_NAMES } from './softDtw.js';
import { packCells, runSeriesBatch } from './seriesBatch.js';
import { resolveOptions, type SoftDtwOptions } from './SoftDtwOptions.js';

/**
 * Soft-DTW divergence between x and y.
 *
 * With a Tensor argument the result is a scalar Tensor on the tape.
 *
 * @param x - series of n time steps: number[], number[][] (n × p), Float64Array or Tensor [n] | [n, p]
 * @param y - series of m time steps with the same p
 * @param options - gamma (≥ 0, default 1; 0 gives the DTW cost), band, memoryBudget
 * @returns dtw_γ(x, y) − ½(dtw_γ(x, x) + dtw_γ(y, y)), ≥ 0 up to rounding
 * @throws the errors of softDtw
 * @see https://arxiv.org/abs/2010.08354
 * @example
 * softDtwDivergence([1, 2, 3], [1, 2, 3]); // 0
 */
export function softDtwDivergence(x: Series, y: Series, options?: SoftDtwOptions): number;
export function softDtwDivergence(x: Tensor, y: SeriesOrTensor, options?: SoftDtwOptions): Tensor;
export function softDtwDivergence(x: SeriesOrTensor, y: Tensor, options?: SoftDtwOptions): Tensor;
export function softDtwDivergence(x: SeriesOrTensor, y: SeriesOrTensor, options?: SoftDtwOptions): number | Tensor {
  const op = 'softDtwDivergence';
  if (anyTensor(x, y)) {
    const { gamma, radius, memoryBudget } = resolveOptions(op, options, SOFT_DTW_OPTION_NAMES);
    const xy = softDtwOnTape(op, x, y, gamma, radius, ['x', 'y'], memoryBudget);
    const xx = softDtwOnTape(op, x, x, gamma, radius, ['x', 'x'], memoryBudget);
    const yy = softDtwOnTape(op, y, y, gamma, radius, ['y', 'y'], memoryBudget);
    return sub(xy, mul(0.5, add(xx, yy)));
  }
  const { gamma, radius, dtype } = resolveOptions(op, options, SERIES_OPTION_NAMES);
  const [a, b] = readSeriesPair(op, x as Series, y as Series, radius);
  // Pairs (x, y), (x, x), (y, y): series 0 is x and 1 is y, shared rows, one kernel call.
  const inputs = packCells([a, b], [a, b], [[0, 1], [0, 0], [1, 1]]);
  const [xy, xx, yy] = runSeriesBatch(inputs, { p: a.p, gamma, radius, gradients: false, dtype }).values;
  return checkFiniteResult(op, xy - 0.5 * (xx + yy), 'the soft-DTW divergence');
}
