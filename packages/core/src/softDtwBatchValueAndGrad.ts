/**
 * softDtwBatchValueAndGrad: values and gradients of many pairs (xs[k], ys[k]) of possibly
 * different lengths, each through the fused value+gradient kernel (Cuturi & Blondel, ICML 2017,
 * arXiv:1703.01541). The weights buffer is reused from pair to pair, so the memory is that of
 * the largest pair.
 */
import { softDtwSeriesValueAndGrad, softDtwSeriesValueAndGradBytes } from './cpu/softDtwSeriesValueAndGrad.js';
import { checkFiniteResult, checkFiniteResults } from './checkFiniteResult.js';
import { checkMemoryBudget } from './memoryBudget.js';
import { writeSeries } from './readSeries.js';
import type { GradientOf, Series } from './Series.js';
import { SOFT_DTW_OPTION_NAMES } from './softDtw.js';
import { readBatch } from './softDtwBatch.js';
import { resolveOptions, type SoftDtwOptions } from './SoftDtwOptions.js';

/** Result of softDtwBatchValueAndGrad. */
export interface SoftDtwBatchValueAndGrad<X extends Series, Y extends Series> {
  /** b soft-DTW values. */
  readonly values: Float64Array;
  /** ∂values[k]/∂xs[k], each in the layout of xs[k]. */
  readonly gradX: Array<GradientOf<X>>;
  /** ∂values[k]/∂ys[k], each in the layout of ys[k]. */
  readonly gradY: Array<GradientOf<Y>>;
}

/**
 * Soft-DTW values and gradients of each pair (xs[k], ys[k]).
 *
 * @param xs - b series (lengths n_k)
 * @param ys - b series (lengths m_k)
 * @param options - gamma (≥ 0, default 1), band, memoryBudget (checked against the largest pair)
 * @returns values (b), gradX[k] shaped like xs[k], gradY[k] shaped like ys[k]
 * @throws the errors of softDtwBatch and softDtwValueAndGrad
 * @example
 * const { values, gradX } = softDtwBatchValueAndGrad([[0, 1]], [[0, 2]], { gamma: 1 });
 */
export function softDtwBatchValueAndGrad<X extends Series, Y extends Series>(
  xs: readonly X[],
  ys: readonly Y[],
  options?: SoftDtwOptions,
): SoftDtwBatchValueAndGrad<X, Y> {
  const op = 'softDtwBatchValueAndGrad';
  const { gamma, radius, memoryBudget } = resolveOptions(op, options, SOFT_DTW_OPTION_NAMES);
  const pairs = readBatch(op, xs, ys, radius);
  let largest = 0;
  for (const [a, b] of pairs) largest = Math.max(largest, softDtwSeriesValueAndGradBytes(a.n, b.n, a.p, gamma, radius, false));
  checkMemoryBudget(op, largest, memoryBudget, 'the soft-min weights of the largest pair (24 B per DP cell)');
  const values = new Float64Array(pairs.length);
  const gradX: Array<GradientOf<X>> = [];
  const gradY: Array<GradientOf<Y>> = [];
  for (let k = 0; k < pairs.length; k++) {
    const [a, b] = pairs[k];
    const result = softDtwSeriesValueAndGrad(a.data, a.n, b.data, b.n, a.p, gamma, radius, null);
    values[k] = checkFiniteResult(op, result.value, `the soft-DTW value of pair ${k}`);
    checkFiniteResults(op, result.gradX, `gradX[${k}]`);
    checkFiniteResults(op, result.gradY, `gradY[${k}]`);
    gradX.push(writeSeries(result.gradX, a.n, a.p, a.layout) as GradientOf<X>);
    gradY.push(writeSeries(result.gradY, b.n, b.p, b.layout) as GradientOf<Y>);
  }
  return { values, gradX, gradY };
}
