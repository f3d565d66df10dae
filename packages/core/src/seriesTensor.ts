/**
 * The Tensor side of the public API: series given as @softdtw/autodiff Tensors (or mixed with
 * plain arrays) go through the SquaredEuclideanCost and SoftDtw primitives, so results are
 * Tensors on the tape and `grad` differentiates through them. Internal.
 */
import { isTensor, Tensor } from '@softdtw/autodiff';
import { NonFiniteValueError, ShapeError } from './errors.js';
import type { SoftDtwAttrs } from './primitives/primitiveNames.js';
import { SoftDtw } from './primitives/SoftDtw.js';
import { SquaredEuclideanCost } from './primitives/SquaredEuclideanCost.js';
import { readSeries } from './readSeries.js';
import type { Series } from './Series.js';
import { checkMemoryBudget } from './memoryBudget.js';
import { checkBandFits } from './SoftDtwOptions.js';

/**
 * Bytes per DP cell of the autodiff path: the dense D (8), and inside a trace the soft-min weights
 * (24) and E (8). Checked against the memory budget before anything is allocated.
 */
export const TAPE_BYTES_PER_CELL = 40;

/** A series given as a plain array or as a Tensor of shape [n] or [n, p]. */
export type SeriesOrTensor = Series | Tensor;

/**
 * Whether any argument is a Tensor (then the Tensor path is taken).
 *
 * @param values - the series arguments
 * @returns true if one is a Tensor
 * @example
 * anyTensor([1, 2], tensor([1])); // true
 */
export function anyTensor(...values: readonly unknown[]): boolean {
  return values.some((value) => isTensor(value));
}

/**
 * A validated series Tensor: [n] (univariate) or [n, p], finite, non-empty. Plain series become
 * constant Tensors; Tensors are returned as they are (so they stay on the tape).
 *
 * @param op - public function name
 * @param name - the series' name in messages
 * @param value - plain series or Tensor
 * @returns the Tensor
 * @throws ShapeError (rank), EmptySeriesError, NonFiniteValueError
 * @example
 * seriesTensor('softDtw', 'x', [[1, 2], [3, 4]]).shape; // [2, 2]
 */
export function seriesTensor(op: string, name: string, value: SeriesOrTensor): Tensor {
  if (!isTensor(value)) {
    const data = readSeries(op, name, value);
    return new Tensor(data.data, data.layout === 'matrix' ? [data.n, data.p] : [data.n]);
  }
  if ((value.rank !== 1 && value.rank !== 2) || value.shape[0] === 0 || (value.rank === 2 && value.shape[1] === 0)) {
    throw new ShapeError(
      `${op}: expected ${name} as a Tensor of shape [n] or [n, p] with n, p ≥ 1, got [${value.shape.join(', ')}]. ` +
        `Reshape it to one row per time step.`,
    );
  }
  const p = value.rank === 2 ? value.shape[1] : 1;
  for (let k = 0; k < value.size; k++) {
    if (!Number.isFinite(value.data[k])) {
      throw new NonFiniteValueError(
        `${op}: expected finite numbers in ${name}, got ${String(value.data[k])} at row ${Math.floor(k / p)}, column ${k % p}. ` +
          `Fill or drop missing values (NaN) and clip infinities before calling ${op}.`,
      );
    }
  }
  return value;
}

/**
 * Number of features of a series Tensor ([n] → 1).
 *
 * @param t - [n] or [n, p]
 * @returns p
 * @example
 * featuresOf(tensor([1, 2])); // 1
 */
export function featuresOf(t: Tensor): number {
  return t.rank === 2 ? t.shape[1] : 1;
}

/**
 * SoftDtw attrs from validated options (band omitted when there is none).
 *
 * @param gamma - γ ≥ 0
 * @param radius - band radius or Infinity
 * @returns { gamma, band? }
 * @example
 * softDtwAttrs(1, Infinity); // { gamma: 1 }
 */
export function softDtwAttrs(gamma: number, radius: number): SoftDtwAttrs {
  return Number.isFinite(radius) ? { gamma, band: radius } : { gamma };
}

/**
 * Soft-DTW of two series on the tape: SoftDtw(SquaredEuclideanCost(x, y)). Memory: the dense D
 * and, when traced, the weights and E — TAPE_BYTES_PER_CELL bytes per cell, checked first.
 *
 * @param op - public function name
 * @param x - series x (plain or Tensor)
 * @param y - series y (plain or Tensor)
 * @param gamma - γ ≥ 0
 * @param radius - band radius or Infinity
 * @param names - how messages name the two series
 * @param memoryBudget - per-call budget, or undefined for the process-wide one
 * @returns a scalar Tensor
 * @example
 * softDtwOnTape('softDtw', tensor([0, 1]), tensor([0, 2]), 1, Infinity).item();
 */
export function softDtwOnTape(
  op: string,
  x: SeriesOrTensor,
  y: SeriesOrTensor,
  gamma: number,
  radius: number,
  names: readonly [string, string] = ['x', 'y'],
  memoryBudget?: number,
): Tensor {
  const X = seriesTensor(op, names[0], x);
  const Y = seriesTensor(op, names[1], y);
  checkSameFeatureCount(op, X, Y, names);
  checkBandFits(op, radius, X.shape[0], Y.shape[0], `${names[0]} and ${names[1]}`);
  checkMemoryBudget(
    op,
    TAPE_BYTES_PER_CELL * X.shape[0] * Y.shape[0],
    memoryBudget,
    `the dense cost matrix, soft-min weights and E of the autodiff path (${TAPE_BYTES_PER_CELL} B per DP cell)`,
  );
  return SoftDtw({ D: SquaredEuclideanCost({ X, Y }) }, softDtwAttrs(gamma, radius));
}

/**
 * Throws ShapeError when two series Tensors differ in feature count.
 *
 * @param op - public function name
 * @param X - first series
 * @param Y - second series
 * @param names - their names in messages
 * @returns nothing
 * @example
 * checkSameFeatureCount('softDtw', tensor([[1, 2]]), tensor([[1]]), ['x', 'y']); // throws
 */
export function checkSameFeatureCount(op: string, X: Tensor, Y: Tensor, names: readonly [string, string]): void {
  if (featuresOf(X) === featuresOf(Y)) return;
  throw new ShapeError(
    `${op}: expected ${names[0]} and ${names[1]} to have the same number of features, got ${featuresOf(X)} and ${featuresOf(Y)}. ` +
      `Both series need rows of equal length (p features per time step).`,
  );
}

/**
 * A Tensor's values as a Float64Array (the tensor's own array when it is float64; never written).
 *
 * @param t - any Tensor
 * @returns row-major float64 values
 * @example
 * float64Data(tensor([1, 2], { dtype: 'float32' })); // Float64Array [1, 2]
 */
export function float64Data(t: Tensor): Float64Array {
  return t.data instanceof Float64Array ? t.data : Float64Array.from(t.data);
}

/**
 * Wraps float64 results as a Tensor of the given dtype.
 *
 * @param data - values
 * @param shape - shape
 * @param dtype - 'float64' or 'float32'
 * @returns the Tensor
 * @example
 * resultTensor(new Float64Array([1]), [], 'float64').item(); // 1
 */
export function resultTensor(data: Float64Array, shape: readonly number[], dtype: 'float64' | 'float32'): Tensor {
  return new Tensor(dtype === 'float32' ? Float32Array.from(data) : data, shape);
}
