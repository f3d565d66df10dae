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
import { isTensor, Tensor } from '@softdtw/autodiff';
import type { SeriesOrTensor } from './seriesTensor.js';
import type { GradientOf, Series } from './Series.js';
import { valueAndGradOfTensors } from './softDtwValueAndGrad.js';
import { SOFT_DTW_OPTION_NAMES } from './softDtw.js';
import { checkBatchSizes, readBatch } from './softDtwBatch.js';
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

/** Result of softDtwBatchValueAndGrad when some series are Tensors. */
export interface SoftDtwBatchValueAndGradTensors {
  /** Values [b]. */
  readonly values: Tensor;
  /** ∂values[k]/∂xs[k], shaped like xs[k]. */
  readonly gradX: Tensor[];
  /** ∂values[k]/∂ys[k], shaped like ys[k]. */
  readonly gradY: Tensor[];
}

/**
 * Soft-DTW values and gradients of each pair (xs[k], ys[k]). With Tensors among the series the
 * results are Tensors (computed by the fused kernel, not recorded on a tape).
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
): SoftDtwBatchValueAndGrad<X, Y>;
export function softDtwBatchValueAndGrad(
  xs: readonly SeriesOrTensor[],
  ys: readonly SeriesOrTensor[],
  options?: SoftDtwOptions,
): SoftDtwBatchValueAndGradTensors;
export function softDtwBatchValueAndGrad(
  xs: readonly SeriesOrTensor[],
  ys: readonly SeriesOrTensor[],
  options?: SoftDtwOptions,
): SoftDtwBatchValueAndGrad<Series, Series> | SoftDtwBatchValueAndGradTensors {
  const op = 'softDtwBatchValueAndGrad';
  const { gamma, radius, memoryBudget } = resolveOptions(op, options, SOFT_DTW_OPTION_NAMES);
  if (Array.isArray(xs) && Array.isArray(ys) && (xs.some((x) => isTensor(x)) || ys.some((y) => isTensor(y)))) {
    checkBatchSizes(op, xs.length, ys.length);
    const results = xs.map((x, k) => valueAndGradOfTensors(op, x, ys[k], gamma, radius, memoryBudget));
    return {
      values: new Tensor(Float64Array.from(results, (r) => r.value.item()), [results.length]),
      gradX: results.map((r) => r.gradX),
      gradY: results.map((r) => r.gradY),
    };
  }
  const pairs = readBatch(op, xs as readonly Series[], ys as readonly Series[], radius);
  let largest = 0;
  for (const [a, b] of pairs) largest = Math.max(largest, softDtwSeriesValueAndGradBytes(a.n, b.n, a.p, gamma, radius, false));
  checkMemoryBudget(op, largest, memoryBudget, 'the soft-min weights of the largest pair (24 B per DP cell)');
  const values = new Float64Array(pairs.length);
  const gradX: Array<GradientOf<Series>> = [];
  const gradY: Array<GradientOf<Series>> = [];
  for (let k = 0; k < pairs.length; k++) {
    const [a, b] = pairs[k];
    const result = softDtwSeriesValueAndGrad(a.data, a.n, b.data, b.n, a.p, gamma, radius, null);
    values[k] = checkFiniteResult(op, result.value, `the soft-DTW value of pair ${k}`);
    checkFiniteResults(op, result.gradX, `gradX[${k}]`);
    checkFiniteResults(op, result.gradY, `gradY[${k}]`);
    gradX.push(writeSeries(result.gradX, a.n, a.p, a.layout) as GradientOf<Series>);
    gradY.push(writeSeries(result.gradY, b.n, b.p, b.layout) as GradientOf<Series>);
  }
  return { values, gradX, gradY };
}
