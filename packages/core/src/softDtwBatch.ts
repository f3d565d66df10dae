/**
 * softDtwBatch: soft-DTW values of many pairs (xs[k], ys[k]) of possibly different lengths, each
 * through the active backend's series-batch kernel (cpu: the fused value kernel) (Cuturi &
 * Blondel, ICML 2017, arXiv:1703.01541).
 */
import { softDtwSeriesValueAndGradBytes } from './cpu/softDtwSeriesValueAndGrad.js';
import type { SeriesBatchAttrs, SeriesBatchInputs, SeriesBatchOutput } from './primitives/primitiveNames.js';
import { releasePackBuffers, takePackBuffer } from './packBuffers.js';
import { runSeriesBatch } from './seriesBatch.js';
import { checkFiniteResult } from './checkFiniteResult.js';
import { NonFiniteValueError, ShapeError } from './errors.js';
import { checkPairShapes, copySeriesValues, readSeriesShape, type SeriesShape } from './readSeries.js';
import { isTensor, stack, type Tensor } from '@softdtw/autodiff';
import { SoftDtw } from './primitives/SoftDtw.js';
import { SquaredEuclideanCost } from './primitives/SquaredEuclideanCost.js';
import { checkMemoryBudget } from './memoryBudget.js';
import { softDtwOnTape, TAPE_BYTES_PER_CELL, type SeriesOrTensor } from './seriesTensor.js';
import type { Series } from './Series.js';
import { SERIES_OPTION_NAMES, SOFT_DTW_OPTION_NAMES } from './softDtw.js';
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
  if (Array.isArray(xs) && Array.isArray(ys) && (xs.some((x) => isTensor(x)) || ys.some((y) => isTensor(y)))) {
    const { gamma, radius, memoryBudget } = resolveOptions(op, options, SOFT_DTW_OPTION_NAMES);
    checkBatchSizes(op, xs.length, ys.length);
    return stack(xs.map((x, k) => softDtwOnTape(op, x, ys[k], gamma, radius, [`xs[${k}]`, `ys[${k}]`], memoryBudget)), 0);
  }
  const prepared = prepareSeriesBatch(op, xs as readonly Series[], ys as readonly Series[], options, false);
  const values = batchValues(op, prepared, prepared.groups.map((group) => runSeriesBatch(group.inputs, group.attrs)));
  releasePreparedBatch(prepared);
  return values;
}

/** Pairs of one feature count, packed for one series-batch kernel call. Internal. */
export interface SeriesBatchGroup {
  readonly inputs: SeriesBatchInputs;
  readonly attrs: SeriesBatchAttrs;
  /** Index in the caller's batch of each packed pair. */
  readonly indices: readonly number[];
}

/** A validated plain-array batch: its pairs, grouped by feature count p. Internal. */
export interface PreparedSeriesBatch {
  readonly pairs: ReadonlyArray<readonly [SeriesShape, SeriesShape]>;
  readonly groups: readonly SeriesBatchGroup[];
}

/**
 * Validates plain-array pairs and packs them for the series-batch kernel, one group per feature
 * count p (pairs are independent, so a batch may mix dimensions). Internal.
 *
 * @param op - public function name
 * @param xs - b series
 * @param ys - b series
 * @param options - SoftDtwOptions (with dtype)
 * @param gradients - whether gradients will be asked for (sets the memory check)
 * @returns the validated pairs and the packed groups
 * @throws the errors of softDtwBatch
 * @example
 * prepareSeriesBatch('softDtwBatch', [[0, 1]], [[0]], { gamma: 1 }, false).groups.length; // 1
 */
export function prepareSeriesBatch(
  op: string,
  xs: readonly Series[],
  ys: readonly Series[],
  options: SoftDtwOptions | undefined,
  gradients: boolean,
): PreparedSeriesBatch {
  const { gamma, radius, memoryBudget, dtype } = resolveOptions(op, options, SERIES_OPTION_NAMES);
  const pairs = readBatchShapes(op, xs, ys, radius);
  if (gradients) {
    let largest = 0;
    for (const [a, b] of pairs) largest = Math.max(largest, softDtwSeriesValueAndGradBytes(a.n, b.n, a.p, gamma, radius, false));
    checkMemoryBudget(op, largest, memoryBudget, 'the soft-min weights of the largest pair (24 B per DP cell)');
  }
  const byFeatures = new Map<number, number[]>();
  pairs.forEach(([a], k) => {
    const indices = byFeatures.get(a.p);
    if (indices === undefined) byFeatures.set(a.p, [k]);
    else indices.push(k);
  });
  const groups = [...byFeatures].map(([p, indices]) => ({
    inputs: packBatchValues(op, xs, ys, pairs, indices, p),
    attrs: { p, gamma, radius, gradients, dtype },
    indices,
  }));
  return { pairs, groups };
}

/**
 * Reads the listed pairs' values (checking each) straight into the kernel's two packed buffers, each pair owning
 * its rows: one allocation per side instead of one array per series, which for 1024 short pairs was most of the
 * preparation time and garbage-collection work of a batch call.
 */
function packBatchValues(
  op: string,
  xs: readonly Series[],
  ys: readonly Series[],
  shapes: ReadonlyArray<readonly [SeriesShape, SeriesShape]>,
  indices: readonly number[],
  p: number,
): SeriesBatchInputs {
  const count = indices.length;
  const xStart = new Int32Array(count);
  const yStart = new Int32Array(count);
  const lengthsX = new Int32Array(count);
  const lengthsY = new Int32Array(count);
  let rowsX = 0;
  let rowsY = 0;
  for (let local = 0; local < count; local++) {
    const [a, b] = shapes[indices[local]];
    xStart[local] = rowsX;
    yStart[local] = rowsY;
    lengthsX[local] = a.n;
    lengthsY[local] = b.n;
    rowsX += a.n;
    rowsY += b.n;
  }
  const x = takePackBuffer(rowsX * p);
  const y = takePackBuffer(rowsY * p);
  for (let local = 0; local < count; local++) {
    const k = indices[local];
    const [a, b] = shapes[k];
    copySeriesValues(op, `xs[${k}]`, xs[k], a, x, xStart[local] * p);
    copySeriesValues(op, `ys[${k}]`, ys[k], b, y, yStart[local] * p);
  }
  return { x, y, xStart, yStart, lengthsX, lengthsY };
}

/**
 * Hands a prepared batch's packed buffers back for reuse, once every kernel call on it has returned. Internal.
 *
 * @param prepared - from prepareSeriesBatch; its inputs must not be used after
 * @returns nothing
 * @example
 * releasePreparedBatch(prepared);
 */
export function releasePreparedBatch(prepared: PreparedSeriesBatch): void {
  for (const { inputs } of prepared.groups) releasePackBuffers(inputs.x, inputs.y);
}

/**
 * The values of a prepared batch in the caller's order, checked for NaN/±Infinity. Internal.
 *
 * @param op - public function name
 * @param prepared - from prepareSeriesBatch
 * @param outputs - one kernel output per group
 * @returns b values
 * @throws NumericalError naming the pair
 * @example
 * batchValues(op, prepared, prepared.groups.map((g) => runSeriesBatch(g.inputs, g.attrs)));
 */
export function batchValues(op: string, prepared: PreparedSeriesBatch, outputs: readonly SeriesBatchOutput[]): Float64Array {
  const values = new Float64Array(prepared.pairs.length);
  prepared.groups.forEach((group, g) => {
    group.indices.forEach((k, local) => {
      values[k] = checkFiniteResult(op, outputs[g].values[local], `the soft-DTW value of pair ${k}`);
    });
  });
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
 * Checks a batch's structure, all pairs before any value is read: arrays of equal length, every series a series,
 * each pair's feature counts equal and its band wide enough. The values are checked as they are packed.
 *
 * @param op - public function name
 * @param xs - first series of each pair
 * @param ys - second series of each pair
 * @param radius - band radius (Infinity = none)
 * @returns the shape of each pair's series
 * @throws ShapeError when the batch sizes differ or a pair's feature counts differ, and readSeriesShape's errors
 * @example
 * readBatchShapes('softDtwBatch', [[1]], [[2]], Infinity); // [[{ n: 1, p: 1, layout: 'vector' }, …]]
 */
export function readBatchShapes(
  op: string,
  xs: readonly Series[],
  ys: readonly Series[],
  radius: number,
): Array<[SeriesShape, SeriesShape]> {
  if (!Array.isArray(xs) || !Array.isArray(ys)) {
    throw new ShapeError(
      `${op}: expected xs and ys to be arrays of series, got ${Array.isArray(xs) ? 'an array' : typeof xs} and ` +
        `${Array.isArray(ys) ? 'an array' : typeof ys}. Wrap a single pair as [x], [y].`,
    );
  }
  checkBatchSizes(op, xs.length, ys.length);
  const pairs: Array<[SeriesShape, SeriesShape]> = [];
  for (let k = 0; k < xs.length; k++) {
    const names = [`xs[${k}]`, `ys[${k}]`] as const;
    const a = readSeriesShape(op, names[0], xs[k]);
    const b = readSeriesShape(op, names[1], ys[k]);
    checkPairShapes(op, a, b, radius, names);
    pairs.push([a, b]);
  }
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
