/**
 * Tensor constructors: `tensor`, `zeros`, `ones`, `full`, `scalar`.
 *
 * (This file is not called `tensor.ts` because it would collide with `Tensor.ts` on
 * case-insensitive file systems.) Every constructor copies its input, so later changes to a
 * caller's array never reach the tensor. NaN and ±Infinity are allowed: validating user series
 * is the job of the packages that define what a valid series is.
 */
import { InvalidArgumentError, ShapeError } from '../errors.js';
import { allocate, checkDType, dtypeOf, type DType } from './DType.js';
import { checkShape, formatShape, shapeSize, type Shape } from './Shape.js';
import { describeValue, Tensor, type NestedNumberArray } from './Tensor.js';

/** Options of {@link tensor}. */
export interface TensorOptions {
  /** Reshape the values to this shape (same number of elements). Default: inferred. */
  readonly shape?: Shape;
  /** Element type. Default: `'float64'` (or `'float32'` for a `Float32Array` input). */
  readonly dtype?: DType;
}

/**
 * Creates a tensor from a number, nested arrays of numbers, or a typed array (always copied).
 *
 * @param values - a number (shape `[]`), rectangular nested arrays (shape inferred), or a
 *   `Float64Array`/`Float32Array` (shape `[length]` unless `opts.shape` is given)
 * @param opts - `shape` to reshape, `dtype` to choose float64 (default) or float32
 * @returns a new tensor
 * @throws ShapeError for ragged nested arrays (naming the row) or a size mismatch with `opts.shape`
 * @example
 * ```ts
 * tensor([[1, 2, 3], [4, 5, 6]]).shape;           // [2, 3]
 * tensor([1, 2, 3, 4], { shape: [2, 2] }).shape;  // [2, 2]
 * tensor(1.5, { dtype: 'float32' }).dtype;        // 'float32'
 * ```
 */
export function tensor(values: number | NestedNumberArray | Float64Array | Float32Array, opts: TensorOptions = {}): Tensor {
  let flat: ArrayLike<number>;
  let inferredShape: Shape;
  let defaultDType: DType = 'float64';
  if (typeof values === 'number') {
    flat = [values];
    inferredShape = [];
  } else if (values instanceof Float64Array || values instanceof Float32Array) {
    flat = values;
    inferredShape = [values.length];
    defaultDType = dtypeOf(values);
  } else if (Array.isArray(values)) {
    inferredShape = inferNestedShape(values);
    flat = flattenNested(values, inferredShape);
  } else {
    throw new InvalidArgumentError(
      `tensor: expected a number, nested arrays of numbers or a Float64Array/Float32Array, got ${describeValue(values)}. Convert the values to one of these.`,
    );
  }
  const dtype = opts.dtype === undefined ? defaultDType : checkDType(opts.dtype, 'tensor');
  let shape = inferredShape;
  if (opts.shape !== undefined) {
    shape = checkShape(opts.shape, 'tensor');
    if (shapeSize(shape) !== flat.length) {
      throw new ShapeError(
        `tensor: expected ${shapeSize(shape)} values for shape ${formatShape(shape)}, got ${flat.length}. ` +
          'Pass a shape with the same number of elements, or use full(shape, value) to repeat one value.',
      );
    }
  }
  const data = allocate(dtype, flat.length);
  for (let i = 0; i < flat.length; i++) data[i] = flat[i];
  return new Tensor(data, shape);
}

/**
 * A tensor filled with one value.
 *
 * @param shape - dimensions
 * @param value - the fill value
 * @param dtype - element type, default `'float64'`
 * @returns a new tensor of `shape`
 * @example
 * ```ts
 * full([2], 7).toArray(); // [7, 7]
 * ```
 */
export function full(shape: Shape, value: number, dtype: DType = 'float64'): Tensor {
  const checkedShape = checkShape(shape, 'full');
  if (typeof value !== 'number') {
    throw new InvalidArgumentError(`full: expected a number as fill value, got ${describeValue(value)}. Pass a number.`);
  }
  const data = allocate(checkDType(dtype, 'full'), shapeSize(checkedShape));
  data.fill(value);
  return new Tensor(data, checkedShape);
}

/**
 * A tensor of zeros.
 *
 * @param shape - dimensions
 * @param dtype - element type, default `'float64'`
 * @returns a new tensor of `shape`
 * @example
 * ```ts
 * zeros([2, 2]).toArray(); // [[0, 0], [0, 0]]
 * ```
 */
export function zeros(shape: Shape, dtype: DType = 'float64'): Tensor {
  return full(shape, 0, dtype);
}

/**
 * A tensor of ones.
 *
 * @param shape - dimensions
 * @param dtype - element type, default `'float64'`
 * @returns a new tensor of `shape`
 * @example
 * ```ts
 * ones([3]).toArray(); // [1, 1, 1]
 * ```
 */
export function ones(shape: Shape, dtype: DType = 'float64'): Tensor {
  return full(shape, 1, dtype);
}

/**
 * A rank-0 tensor (shape `[]`).
 *
 * @param value - the value
 * @param dtype - element type, default `'float64'`
 * @returns a new scalar tensor
 * @example
 * ```ts
 * scalar(2).item(); // 2
 * ```
 */
export function scalar(value: number, dtype: DType = 'float64'): Tensor {
  return full([], value, dtype);
}

/** Walks down the first element of each level to find the shape; rows are checked later. */
function inferNestedShape(values: NestedNumberArray): number[] {
  const shape: number[] = [];
  let level: number | NestedNumberArray = values;
  while (Array.isArray(level)) {
    const row: NestedNumberArray = level;
    shape.push(row.length);
    if (row.length === 0) break;
    level = row[0];
  }
  return shape;
}

/** Flattens rectangular nested arrays, naming the first row whose length differs. */
function flattenNested(values: NestedNumberArray, shape: Shape): number[] {
  const flat: number[] = [];
  const visit = (level: number | NestedNumberArray, axis: number, path: number[]): void => {
    if (axis === shape.length) {
      if (typeof level !== 'number') {
        throw new InvalidArgumentError(
          `tensor: expected a number at ${formatPath(path)}, got ${describeValue(level)}. Nested arrays must be rectangular and hold only numbers.`,
        );
      }
      flat.push(level);
      return;
    }
    if (!Array.isArray(level)) {
      throw new ShapeError(
        `tensor: expected a rectangular nested array of shape ${formatShape(shape)}, got a ${describeValue(level)} at ${formatPath(path)} where an array of length ${shape[axis]} belongs. Make every row the same depth.`,
      );
    }
    const row: NestedNumberArray = level;
    if (row.length !== shape[axis]) {
      throw new ShapeError(
        `tensor: expected a rectangular nested array, got a ragged one: row ${formatPath(path)} has length ${row.length} but ${formatPath(firstPath(axis))} has length ${shape[axis]}. Make every row the same length.`,
      );
    }
    for (let i = 0; i < row.length; i++) visit(row[i], axis + 1, [...path, i]);
  };
  visit(values, 0, []);
  return flat;
}

function formatPath(path: readonly number[]): string {
  return path.length === 0 ? 'the top level' : path.map((i) => `[${i}]`).join('');
}

function firstPath(depth: number): number[] {
  return new Array<number>(depth).fill(0);
}
