/**
 * pairwiseSoftDtw: the matrix of soft-DTW values between two collections of series (cdist),
 * through the active backend's series-batch kernel (cpu: the fused value kernel per entry) (Cuturi & Blondel, ICML 2017, arXiv:1703.01541).
 */
import type { SeriesBatchAttrs, SeriesBatchInputs } from './primitives/primitiveNames.js';
import { packCells, runSeriesBatch } from './seriesBatch.js';
import { checkFiniteResult } from './checkFiniteResult.js';
import { InvalidArgumentError } from './errors.js';
import { checkSameFeatures, readSeries, type SeriesData } from './readSeries.js';
import { isTensor, stack, type Tensor } from '@softdtw/autodiff';
import { softDtwOnTape, type SeriesOrTensor } from './seriesTensor.js';
import type { Series } from './Series.js';
import { SERIES_OPTION_NAMES, SOFT_DTW_OPTION_NAMES } from './softDtw.js';
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
  if (Array.isArray(xs) && (xs.some((x) => isTensor(x)) || (ys !== undefined && ys.some((y) => isTensor(y))))) {
    const { gamma, radius, memoryBudget } = resolveOptions(op, options, SOFT_DTW_OPTION_NAMES);
    if (xs.length === 0) readCollection(op, 'xs', []);
    const columns = ys ?? xs;
    const columnName = ys === undefined ? 'xs' : 'ys';
    return stack(
      xs.map((x, i) => stack(columns.map((y, j) => softDtwOnTape(op, x, y, gamma, radius, [`xs[${i}]`, `${columnName}[${j}]`], memoryBudget)), 0)),
      0,
    );
  }
  const prepared = preparePairwise(op, xs as readonly Series[], ys as readonly Series[] | undefined, options);
  return fillPairwise(op, prepared, runSeriesBatch(prepared.inputs, prepared.attrs).values);
}

/** A validated pairwise problem, packed for the series-batch kernel. Internal. */
export interface PreparedPairwise {
  readonly inputs: SeriesBatchInputs;
  readonly attrs: SeriesBatchAttrs;
  readonly cells: ReadonlyArray<readonly [number, number]>;
  readonly rowCount: number;
  readonly columnCount: number;
  readonly columnName: string;
  readonly symmetric: boolean;
}

/**
 * Validates plain-array collections and packs the needed cells (the upper triangle when ys is
 * omitted). Internal.
 *
 * @param op - public function name
 * @param xs - row series
 * @param ys - column series, or undefined for xs against itself
 * @param options - SoftDtwOptions (with dtype)
 * @returns the packed problem
 * @throws the errors of pairwiseSoftDtw
 * @example
 * preparePairwise('pairwiseSoftDtw', [[0, 1], [1]], undefined, { gamma: 1 }).cells.length; // 3
 */
export function preparePairwise(
  op: string,
  xs: readonly Series[],
  ys: readonly Series[] | undefined,
  options: SoftDtwOptions | undefined,
): PreparedPairwise {
  const { gamma, radius, dtype } = resolveOptions(op, options, SERIES_OPTION_NAMES);
  const rows = readCollection(op, 'xs', xs);
  const columns = ys === undefined ? rows : readCollection(op, 'ys', ys);
  const columnName = ys === undefined ? 'xs' : 'ys';
  for (let j = 0; j < columns.length; j++) checkSameFeatures(op, rows[0], 'xs[0]', columns[j], `${columnName}[${j}]`);
  for (let i = 1; i < rows.length; i++) checkSameFeatures(op, rows[0], 'xs[0]', rows[i], `xs[${i}]`);
  const symmetric = ys === undefined;
  const cells: Array<readonly [number, number]> = [];
  for (let i = 0; i < rows.length; i++) {
    for (let j = symmetric ? i : 0; j < columns.length; j++) {
      checkBandFits(op, radius, rows[i].n, columns[j].n, `xs[${i}] and ${columnName}[${j}]`);
      cells.push([i, j]);
    }
  }
  return {
    inputs: packCells(rows, columns, cells),
    attrs: { p: rows[0].p, gamma, radius, gradients: false, dtype },
    cells,
    rowCount: rows.length,
    columnCount: columns.length,
    columnName,
    symmetric,
  };
}

/**
 * Checks the kernel's values and writes them into the a × b matrix. Internal.
 *
 * @param op - public function name
 * @param prepared - from preparePairwise
 * @param values - one value per packed cell
 * @returns the matrix
 * @throws NumericalError naming the pair
 * @example
 * fillPairwise(op, prepared, runSeriesBatch(prepared.inputs, prepared.attrs).values);
 */
export function fillPairwise(op: string, prepared: PreparedPairwise, values: Float64Array): number[][] {
  const result: number[][] = Array.from({ length: prepared.rowCount }, () => new Array<number>(prepared.columnCount).fill(0));
  for (let k = 0; k < prepared.cells.length; k++) {
    const [i, j] = prepared.cells[k];
    result[i][j] = checkFiniteResult(op, values[k], `the soft-DTW value of xs[${i}] and ${prepared.columnName}[${j}]`);
    if (prepared.symmetric) result[j][i] = result[i][j];
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
