/**
 * softDtwBatchValueAndGrad: values and gradients of many pairs (xs[k], ys[k]) of possibly
 * different lengths, through the active backend's series-batch kernel (Cuturi & Blondel, ICML
 * 2017, arXiv:1703.01541). On cpu each pair runs the fused value+gradient kernel and the weights
 * buffer is reused from pair to pair, so the memory is that of the largest pair.
 */
import { checkFiniteResults } from './checkFiniteResult.js';
import { writeSeries } from './readSeries.js';
import { isTensor, Tensor } from '@softdtw/autodiff';
import type { SeriesOrTensor } from './seriesTensor.js';
import type { GradientOf, Series } from './Series.js';
import { valueAndGradOfTensors } from './softDtwValueAndGrad.js';
import { SOFT_DTW_OPTION_NAMES } from './softDtw.js';
import { batchValues, checkBatchSizes, prepareSeriesBatch, releasePreparedBatch, type PreparedSeriesBatch } from './softDtwBatch.js';
import type { SeriesBatchOutput } from './primitives/primitiveNames.js';
import { runSeriesBatch } from './seriesBatch.js';
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
  if (Array.isArray(xs) && Array.isArray(ys) && (xs.some((x) => isTensor(x)) || ys.some((y) => isTensor(y)))) {
    const { gamma, radius, memoryBudget } = resolveOptions(op, options, SOFT_DTW_OPTION_NAMES);
    checkBatchSizes(op, xs.length, ys.length);
    const results = xs.map((x, k) => valueAndGradOfTensors(op, x, ys[k], gamma, radius, memoryBudget));
    return {
      values: new Tensor(Float64Array.from(results, (r) => r.value.item()), [results.length]),
      gradX: results.map((r) => r.gradX),
      gradY: results.map((r) => r.gradY),
    };
  }
  const prepared = prepareSeriesBatch(op, xs as readonly Series[], ys as readonly Series[], options, true);
  const result = unpackBatchValueAndGrad(op, prepared, prepared.groups.map((group) => runSeriesBatch(group.inputs, group.attrs)));
  releasePreparedBatch(prepared);
  return result;
}

/**
 * Checks the kernel outputs of a prepared batch and splits the gradients per pair, in the
 * callers' layouts and order. Internal.
 *
 * @param op - public function name
 * @param prepared - from prepareSeriesBatch (with gradients)
 * @param outputs - one kernel output per group
 * @returns values, gradX[k], gradY[k]
 * @throws NumericalError naming the pair
 * @example
 * unpackBatchValueAndGrad(op, prepared, prepared.groups.map((g) => runSeriesBatch(g.inputs, g.attrs)));
 */
export function unpackBatchValueAndGrad(
  op: string,
  prepared: PreparedSeriesBatch,
  outputs: readonly SeriesBatchOutput[],
): SoftDtwBatchValueAndGrad<Series, Series> {
  const values = batchValues(op, prepared, outputs);
  const gradX = new Array<GradientOf<Series>>(prepared.pairs.length);
  const gradY = new Array<GradientOf<Series>>(prepared.pairs.length);
  prepared.groups.forEach(({ inputs, indices }, g) => {
    const allX = outputs[g].gradX as Float64Array;
    const allY = outputs[g].gradY as Float64Array;
    indices.forEach((k, local) => {
      const [a, b] = prepared.pairs[k];
      // Read straight from the kernel's arrays: no per-pair copy (a typed-array slice costs microseconds each).
      const fromX = inputs.xStart[local] * a.p;
      const fromY = inputs.yStart[local] * b.p;
      checkFiniteResults(op, allX, `gradX[${k}]`, fromX, a.n * a.p);
      checkFiniteResults(op, allY, `gradY[${k}]`, fromY, b.n * b.p);
      gradX[k] = writeSeries(allX, a.n, a.p, a.layout, fromX) as GradientOf<Series>;
      gradY[k] = writeSeries(allY, b.n, b.p, b.layout, fromY) as GradientOf<Series>;
    });
  });
  return { values, gradX, gradY };
}
