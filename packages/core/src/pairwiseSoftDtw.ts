/**
 * pairwiseSoftDtw: the matrix of soft-DTW values between two collections of series (cdist),
 * each entry through the fused value kernel (Cuturi & Blondel, ICML 2017, arXiv:1703.01541).
 */
import { softDtwSeriesValue } from './cpu/softDtwSeriesValue.js';
import { checkFiniteResult } from './checkFiniteResult.js';
import { InvalidArgumentError } from './errors.js';
import { checkSameFeatures, readSeries, type SeriesData } from './readSeries.js';
import { isTensor, stack, type Tensor } from '@softdtw/autodiff';
import { softDtwOnTape, type SeriesOrTensor } from './seriesTensor.js';
import type { Series } from './Series.js';
import { SOFT_DTW_OPTION_NAMES } from './softDtw.js';
import { checkBandFits, resolveOptions, type SoftDtwOptions } from './SoftDtwOptions.js';

/**
 * Soft-DTW value of every pair (xs[i], ys[j]); with ys omitted, of every pair within xs (the
 * matrix is then symmetric and only its upper triangle is computed). The diagonal is
 * dtw_γ(x, x), which is not 0 for γ > 0.
 *
 * When any series is a Tensor the result is a Tensor [a, b] on the tape (every entry through
 * the SoftDtw primitive), e.g. for a differentiable clustering objective.
 *
 * @param xs - a series (rows of the result)
 * @param ys - b series (columns), or omitted for xs against itself
 * @param options - gamma (≥ 0, default 1), band (must fit every pair), memoryBudget
 * @returns number[][] of shape a × b (a × a when ys is omitted); a Tensor with Tensor inputs
 * @throws the errors of softDtw, naming the offending series
 * @example
 * pairwiseSoftDtw([[0, 1], [1, 2]], undefined, { gamma: 0 }); // [[0, 2], [2, 0]]
 */
export function pairwiseSoftDtw(xs: readonly Series[], ys?: readonly Series[], options?: SoftDtwOptions): number[][];
export function pairwiseSoftDtw(xs: readonly SeriesOrTensor[], ys?: readonly SeriesOrTensor[], options?: SoftDtwOptions): Tensor;
export function pairwiseSoftDtw(
  xs: readonly SeriesOrTensor[],
  ys?: readonly SeriesOrTensor[],
  options?: SoftDtwOptions,
): number[][] | Tensor {
  const op = 'pairwiseSoftDtw';
  const { gamma, radius, memoryBudget } = resolveOptions(op, options, SOFT_DTW_OPTION_NAMES);
  if (Array.isArray(xs) && (xs.some((x) => isTensor(x)) || (ys !== undefined && ys.some((y) => isTensor(y))))) {
    if (xs.length === 0) readCollection(op, 'xs', []);
    const columns = ys ?? xs;
    const columnName = ys === undefined ? 'xs' : 'ys';
    return stack(
      xs.map((x, i) => stack(columns.map((y, j) => softDtwOnTape(op, x, y, gamma, radius, [`xs[${i}]`, `${columnName}[${j}]`], memoryBudget)), 0)),
      0,
    );
  }
  const rows = readCollection(op, 'xs', xs as readonly Series[]);
  const columns = ys === undefined ? rows : readCollection(op, 'ys', ys as readonly Series[]);
  const columnName = ys === undefined ? 'xs' : 'ys';
  for (let j = 0; j < columns.length; j++) checkSameFeatures(op, rows[0], 'xs[0]', columns[j], `${columnName}[${j}]`);
  for (let i = 1; i < rows.length; i++) checkSameFeatures(op, rows[0], 'xs[0]', rows[i], `xs[${i}]`);
  const symmetric = ys === undefined;
  const result: number[][] = rows.map(() => new Array<number>(columns.length).fill(0));
  for (let i = 0; i < rows.length; i++) {
    for (let j = symmetric ? i : 0; j < columns.length; j++) {
      const a = rows[i];
      const b = columns[j];
      checkBandFits(op, radius, a.n, b.n, `xs[${i}] and ${columnName}[${j}]`);
      const value = softDtwSeriesValue(a.data, a.n, b.data, b.n, a.p, gamma, radius);
      result[i][j] = checkFiniteResult(op, value, `the soft-DTW value of xs[${i}] and ${columnName}[${j}]`);
      if (symmetric) result[j][i] = result[i][j];
    }
  }
  return result;
}

function readCollection(op: string, name: string, collection: readonly Series[]): SeriesData[] {
  if (!Array.isArray(collection) || collection.length === 0) {
    throw new InvalidArgumentError(
      `${op}: expected ${name} to be a non-empty array of series, got ${Array.isArray(collection) ? 'an empty array' : typeof collection}. ` +
        `Pass e.g. [[1, 2, 3], [2, 3]].`,
    );
  }
  return collection.map((series, k) => readSeries(op, `${name}[${k}]`, series));
}
