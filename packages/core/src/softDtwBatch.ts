/**
 * softDtwBatch: soft-DTW values of many pairs (xs[k], ys[k]) of possibly different lengths, each
 * through the fused value kernel (Cuturi & Blondel, ICML 2017, arXiv:1703.01541).
 */
import { softDtwSeriesValue } from './cpu/softDtwSeriesValue.js';
import { checkFiniteResult } from './checkFiniteResult.js';
import { NonFiniteValueError, ShapeError } from './errors.js';
import { readSeriesPair, type SeriesData } from './readSeries.js';
import { isTensor, stack, type Tensor } from '@softdtw/autodiff';
import { SoftDtw } from './primitives/SoftDtw.js';
import { SquaredEuclideanCost } from './primitives/SquaredEuclideanCost.js';
import { checkMemoryBudget } from './memoryBudget.js';
import { softDtwOnTape, TAPE_BYTES_PER_CELL, type SeriesOrTensor } from './seriesTensor.js';
import type { Series } from './Series.js';
import { SOFT_DTW_OPTION_NAMES } from './softDtw.js';
import { resolveOptions, type SoftDtwOptions } from './SoftDtwOptions.js';

/** Options of softDtwBatch: SoftDtwOptions, plus per-item lengths for padded Tensor batches. */
export interface SoftDtwBatchOptions extends SoftDtwOptions {
  /** True lengths n_k of the items of a padded X [b, n, p] Tensor (default n). */
  readonly lengthsX?: readonly number[];
  /** True lengths m_k of the items of a padded Y [b, m, p] Tensor (default m). */
  readonly lengthsY?: readonly number[];
}

/**
 * Soft-DTW value of each pair (xs[k], ys[k]).
 *
 * Tensors: X [b, n, p] and Y [b, m, p] (padded; `lengthsX`/`lengthsY` give the true lengths)
 * go through one batched SquaredEuclideanCost + SoftDtw and return values [b] on the tape;
 * arrays holding Tensors return the per-pair values stacked into a Tensor [b].
 *
 * @param xs - b series (any lengths n_k, common p within a pair), or a Tensor [b, n, p]
 * @param ys - b series (lengths m_k), or a Tensor [b, m, p]
 * @param options - gamma (≥ 0, default 1), band (must fit every pair), memoryBudget; lengthsX/lengthsY for Tensor batches
 * @returns Float64Array of b values (a Tensor [b] for Tensor inputs)
 * @throws ShapeError when xs and ys differ in length, and the errors of softDtw (naming the pair)
 * @example
 * softDtwBatch([[0, 1], [2]], [[0, 1, 1], [2, 2]], { gamma: 0 }); // Float64Array [0, 0]
 */
export function softDtwBatch(xs: readonly Series[], ys: readonly Series[], options?: SoftDtwOptions): Float64Array;
export function softDtwBatch(xs: Tensor | readonly SeriesOrTensor[], ys: Tensor | readonly SeriesOrTensor[], options?: SoftDtwBatchOptions): Tensor;
export function softDtwBatch(
  xs: Tensor | readonly SeriesOrTensor[],
  ys: Tensor | readonly SeriesOrTensor[],
  options?: SoftDtwBatchOptions,
): Float64Array | Tensor {
  const op = 'softDtwBatch';
  if (isTensor(xs) || isTensor(ys)) return batchOfTensors(op, xs, ys, options);
  const { gamma, radius, memoryBudget } = resolveOptions(op, options, SOFT_DTW_OPTION_NAMES);
  if (Array.isArray(xs) && Array.isArray(ys) && (xs.some((x) => isTensor(x)) || ys.some((y) => isTensor(y)))) {
    checkBatchSizes(op, xs.length, ys.length);
    return stack(xs.map((x, k) => softDtwOnTape(op, x, ys[k], gamma, radius, [`xs[${k}]`, `ys[${k}]`], memoryBudget)), 0);
  }
  const pairs = readBatch(op, xs as readonly Series[], ys as readonly Series[], radius);
  const values = new Float64Array(pairs.length);
  for (let k = 0; k < pairs.length; k++) {
    const [a, b] = pairs[k];
    const value = softDtwSeriesValue(a.data, a.n, b.data, b.n, a.p, gamma, radius);
    values[k] = checkFiniteResult(op, value, `the soft-DTW value of pair ${k}`);
  }
  return values;
}

function batchOfTensors(
  op: string,
  xs: Tensor | readonly SeriesOrTensor[],
  ys: Tensor | readonly SeriesOrTensor[],
  options: SoftDtwBatchOptions | undefined,
): Tensor {
  const { gamma, radius } = resolveOptions(op, options, [...SOFT_DTW_OPTION_NAMES, 'lengthsX', 'lengthsY']);
  if (!isTensor(xs) || !isTensor(ys) || xs.rank !== 3 || ys.rank !== 3) {
    throw new ShapeError(
      `${op}: expected xs and ys as Tensors [b, n, p] and [b, m, p] (or both as arrays of series), got ` +
        `${isTensor(xs) ? `a Tensor [${xs.shape.join(', ')}]` : 'an array'} and ${isTensor(ys) ? `a Tensor [${ys.shape.join(', ')}]` : 'an array'}. ` +
        `Stack the padded series of a batch into one Tensor per side.`,
    );
  }
  for (const [name, t] of [['xs', xs], ['ys', ys]] as const) {
    for (let k = 0; k < t.size; k++) {
      if (!Number.isFinite(t.data[k])) {
        throw new NonFiniteValueError(
          `${op}: expected finite numbers in ${name}, got ${String(t.data[k])} at flat index ${k}. Pad with finite values (e.g. 0) and pass lengths instead of NaN.`,
        );
      }
    }
  }
  checkMemoryBudget(
    op,
    TAPE_BYTES_PER_CELL * xs.shape[0] * xs.shape[1] * ys.shape[1],
    options?.memoryBudget,
    `the dense cost matrices, soft-min weights and E of the autodiff path (${TAPE_BYTES_PER_CELL} B per DP cell)`,
  );
  const D = SquaredEuclideanCost({ X: xs, Y: ys });
  return SoftDtw(
    { D },
    {
      gamma,
      ...(Number.isFinite(radius) ? { band: radius } : {}),
      ...(options?.lengthsX === undefined ? {} : { lengthsX: options.lengthsX }),
      ...(options?.lengthsY === undefined ? {} : { lengthsY: options.lengthsY }),
    },
  );
}

/**
 * Validates a batch of pairs (all of them, before any computation).
 *
 * @param op - public function name
 * @param xs - first series of each pair
 * @param ys - second series of each pair
 * @param radius - band radius (Infinity = none)
 * @returns the validated pairs
 * @throws ShapeError when the batch sizes differ or a pair's feature counts differ
 * @example
 * readBatch('softDtwBatch', [[1]], [[2]], Infinity);
 */
export function readBatch(
  op: string,
  xs: readonly Series[],
  ys: readonly Series[],
  radius: number,
): Array<[SeriesData, SeriesData]> {
  if (!Array.isArray(xs) || !Array.isArray(ys)) {
    throw new ShapeError(
      `${op}: expected xs and ys to be arrays of series, got ${Array.isArray(xs) ? 'an array' : typeof xs} and ` +
        `${Array.isArray(ys) ? 'an array' : typeof ys}. Wrap a single pair as [x], [y].`,
    );
  }
  checkBatchSizes(op, xs.length, ys.length);
  const pairs: Array<[SeriesData, SeriesData]> = [];
  for (let k = 0; k < xs.length; k++) pairs.push(readSeriesPair(op, xs[k], ys[k], radius, [`xs[${k}]`, `ys[${k}]`]));
  return pairs;
}

/**
 * Throws ShapeError when a batch has a different number of xs and ys.
 *
 * @param op - public function name
 * @param xCount - number of xs
 * @param yCount - number of ys
 * @returns nothing
 * @example
 * checkBatchSizes('softDtwBatch', 2, 3); // throws
 */
export function checkBatchSizes(op: string, xCount: number, yCount: number): void {
  if (xCount === yCount) return;
  throw new ShapeError(
    `${op}: expected xs and ys to hold the same number of series (pair k is xs[k] with ys[k]), got ` +
      `${xCount} and ${yCount}. Pass one y per x, or use pairwiseSoftDtw for all pairs.`,
  );
}
