/**
 * softDtwValueAndGrad: soft-DTW and its gradients with respect to both series (Cuturi & Blondel,
 * ICML 2017, arXiv:1703.01541, Algorithms 1 and 2, chained through D_ij = ‖x_i − y_j‖²):
 *
 *     gradX_i = Σ_j E_ij · 2 (x_i − y_j),   gradY_j = Σ_i E_ij · 2 (y_j − x_i),   E = ∂value/∂D
 *
 * Computed by the fused kernel (cpu/softDtwSeriesValueAndGrad.ts): 24 bytes per band cell for
 * γ > 0 (1 byte for γ = 0), E never materialised.
 */
import { softDtwSeriesValueAndGrad, softDtwSeriesValueAndGradBytes } from './cpu/softDtwSeriesValueAndGrad.js';
import { checkFiniteResult, checkFiniteResults } from './checkFiniteResult.js';
import { checkMemoryBudget } from './memoryBudget.js';
import { readSeriesPair, writeSeries } from './readSeries.js';
import type { Tensor } from '@softdtw/autodiff';
import { anyTensor, checkSameFeatureCount, float64Data, featuresOf, resultTensor, seriesTensor, type SeriesOrTensor } from './seriesTensor.js';
import type { GradientOf, Series } from './Series.js';
import { SERIES_OPTION_NAMES, SOFT_DTW_OPTION_NAMES } from './softDtw.js';
import { packPairs, runSeriesBatch } from './seriesBatch.js';
import { checkBandFits, resolveOptions, type SoftDtwOptions } from './SoftDtwOptions.js';

/** Value and gradients of softDtwValueAndGrad, gradients in the layout of their series. */
export interface SoftDtwValueAndGrad<X extends Series, Y extends Series> {
  /** The soft-DTW value. */
  readonly value: number;
  /** ∂value/∂x, same layout as x (n values or n × p). */
  readonly gradX: GradientOf<X>;
  /** ∂value/∂y, same layout as y (m values or m × p). */
  readonly gradY: GradientOf<Y>;
}

/** Value and gradients of softDtwValueAndGrad for Tensor inputs (computed, not recorded on a tape). */
export interface SoftDtwValueAndGradTensors {
  /** Scalar Tensor. */
  readonly value: Tensor;
  /** ∂value/∂x, shaped like x ([n] or [n, p]). */
  readonly gradX: Tensor;
  /** ∂value/∂y, shaped like y. */
  readonly gradY: Tensor;
}

/**
 * Soft-DTW value and its gradients with respect to x and y.
 *
 * For γ = 0 the gradients are the subgradient along the optimal DTW path (tie-break diagonal,
 * then up, then left, as tslearn's dtw_path).
 *
 * With Tensor arguments the results are Tensors (computed by the same fused kernel; to
 * differentiate a larger expression use `grad` over `softDtw` instead).
 *
 * @param x - series of n time steps: number[], number[][] (n × p), Float64Array or Tensor [n] | [n, p]
 * @param y - series of m time steps with the same p
 * @param options - gamma (≥ 0, default 1), band, memoryBudget
 * @returns value; gradX shaped like x (n or n × p); gradY shaped like y
 * @throws the errors of softDtw, and MemoryBudgetError when 24 B per band cell exceed the budget
 * @see https://arxiv.org/abs/1703.01541
 * @example
 * const { value, gradX, gradY } = softDtwValueAndGrad([0, 1], [0, 2], { gamma: 1 });
 * // gradX has 2 entries, gradY has 2 entries
 */
export function softDtwValueAndGrad<X extends Series, Y extends Series>(x: X, y: Y, options?: SoftDtwOptions): SoftDtwValueAndGrad<X, Y>;
export function softDtwValueAndGrad(x: Tensor, y: SeriesOrTensor, options?: SoftDtwOptions): SoftDtwValueAndGradTensors;
export function softDtwValueAndGrad(x: SeriesOrTensor, y: Tensor, options?: SoftDtwOptions): SoftDtwValueAndGradTensors;
export function softDtwValueAndGrad(
  x: SeriesOrTensor,
  y: SeriesOrTensor,
  options?: SoftDtwOptions,
): SoftDtwValueAndGrad<Series, Series> | SoftDtwValueAndGradTensors {
  const op = 'softDtwValueAndGrad';
  if (anyTensor(x, y)) {
    const { gamma, radius, memoryBudget } = resolveOptions(op, options, SOFT_DTW_OPTION_NAMES);
    return valueAndGradOfTensors(op, x, y, gamma, radius, memoryBudget);
  }
  const { gamma, radius, memoryBudget, dtype } = resolveOptions(op, options, SERIES_OPTION_NAMES);
  const [a, b] = readSeriesPair(op, x as Series, y as Series, radius);
  checkMemoryBudget(
    op,
    softDtwSeriesValueAndGradBytes(a.n, b.n, a.p, gamma, radius, false),
    memoryBudget,
    gamma === 0 ? 'the DTW directions (1 B per DP cell)' : 'the soft-min weights (24 B per DP cell)',
  );
  const result = runSeriesBatch(packPairs([[a, b]]), { p: a.p, gamma, radius, gradients: true, dtype });
  const gradX = result.gradX as Float64Array;
  const gradY = result.gradY as Float64Array;
  checkFiniteResult(op, result.values[0], 'the soft-DTW value');
  checkFiniteResults(op, gradX, 'gradX');
  checkFiniteResults(op, gradY, 'gradY');
  return {
    value: result.values[0],
    gradX: writeSeries(gradX, a.n, a.p, a.layout) as GradientOf<Series>,
    gradY: writeSeries(gradY, b.n, b.p, b.layout) as GradientOf<Series>,
  };
}

/**
 * softDtwValueAndGrad on series given as Tensors (or mixed): Tensor results. Internal.
 *
 * @param op - public function name
 * @param x - series x
 * @param y - series y
 * @param gamma - γ ≥ 0
 * @param radius - band radius or Infinity
 * @param memoryBudget - per-call budget or undefined
 * @returns value, gradX, gradY as Tensors
 * @example
 * valueAndGradOfTensors('softDtwValueAndGrad', tensor([0]), [1], 1, Infinity, undefined);
 */
export function valueAndGradOfTensors(
  op: string,
  x: SeriesOrTensor,
  y: SeriesOrTensor,
  gamma: number,
  radius: number,
  memoryBudget: number | undefined,
): SoftDtwValueAndGradTensors {
  const X = seriesTensor(op, 'x', x);
  const Y = seriesTensor(op, 'y', y);
  checkSameFeatureCount(op, X, Y, ['x', 'y']);
  const n = X.shape[0];
  const m = Y.shape[0];
  const p = featuresOf(X);
  checkBandFits(op, radius, n, m, 'x and y');
  checkMemoryBudget(op, softDtwSeriesValueAndGradBytes(n, m, p, gamma, radius, false), memoryBudget, 'the soft-min weights');
  const result = softDtwSeriesValueAndGrad(float64Data(X), n, float64Data(Y), m, p, gamma, radius, null);
  checkFiniteResult(op, result.value, 'the soft-DTW value');
  checkFiniteResults(op, result.gradX, 'gradX');
  checkFiniteResults(op, result.gradY, 'gradY');
  const dtype = X.dtype === 'float32' && Y.dtype === 'float32' ? 'float32' : 'float64';
  return {
    value: resultTensor(new Float64Array([result.value]), [], dtype),
    gradX: resultTensor(result.gradX, X.shape, X.dtype),
    gradY: resultTensor(result.gradY, Y.shape, Y.dtype),
  };
}
