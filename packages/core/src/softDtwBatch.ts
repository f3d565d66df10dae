/**
 * softDtwBatch: soft-DTW values of many pairs (xs[k], ys[k]) of possibly different lengths, each
 * through the fused value kernel (Cuturi & Blondel, ICML 2017, arXiv:1703.01541).
 */
import { softDtwSeriesValue } from './cpu/softDtwSeriesValue.js';
import { checkFiniteResult } from './checkFiniteResult.js';
import { ShapeError } from './errors.js';
import { readSeriesPair, type SeriesData } from './readSeries.js';
import type { Series } from './Series.js';
import { SOFT_DTW_OPTION_NAMES } from './softDtw.js';
import { resolveOptions, type SoftDtwOptions } from './SoftDtwOptions.js';

/**
 * Soft-DTW value of each pair (xs[k], ys[k]).
 *
 * @param xs - b series (any lengths n_k, common p within a pair)
 * @param ys - b series (lengths m_k)
 * @param options - gamma (≥ 0, default 1), band (must fit every pair), memoryBudget
 * @returns Float64Array of b values
 * @throws ShapeError when xs and ys differ in length, and the errors of softDtw (naming the pair)
 * @example
 * softDtwBatch([[0, 1], [2]], [[0, 1, 1], [2, 2]], { gamma: 0 }); // Float64Array [0, 0]
 */
export function softDtwBatch(xs: readonly Series[], ys: readonly Series[], options?: SoftDtwOptions): Float64Array {
  const op = 'softDtwBatch';
  const { gamma, radius } = resolveOptions(op, options, SOFT_DTW_OPTION_NAMES);
  const pairs = readBatch(op, xs, ys, radius);
  const values = new Float64Array(pairs.length);
  for (let k = 0; k < pairs.length; k++) {
    const [a, b] = pairs[k];
    const value = softDtwSeriesValue(a.data, a.n, b.data, b.n, a.p, gamma, radius);
    values[k] = checkFiniteResult(op, value, `the soft-DTW value of pair ${k}`);
  }
  return values;
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
  if (xs.length !== ys.length) {
    throw new ShapeError(
      `${op}: expected xs and ys to hold the same number of series (pair k is xs[k] with ys[k]), got ` +
        `${xs.length} and ${ys.length}. Pass one y per x, or use pairwiseSoftDtw for all pairs.`,
    );
  }
  const pairs: Array<[SeriesData, SeriesData]> = [];
  for (let k = 0; k < xs.length; k++) pairs.push(readSeriesPair(op, xs[k], ys[k], radius, [`xs[${k}]`, `ys[${k}]`]));
  return pairs;
}
