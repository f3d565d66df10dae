/**
 * `Tensor`: an immutable, row-major block of float64 or float32 values with a shape.
 *
 * A tensor never changes after creation; every op returns a new one. Gradients are never
 * stored on tensors. Inside `grad`/`vjp`, a tensor produced from a traced input also carries
 * a tape node under a private symbol (see `tape/TapeNode.ts`); outside, it carries nothing.
 */
import { InvalidArgumentError, ShapeError } from '../errors.js';
import { TAPE_NODE, type TapeNode } from '../tape/TapeNode.js';
import { dtypeOf, type DType } from './DType.js';
import { formatShape, shapeSize, type Shape } from './Shape.js';

/** Nested plain arrays of numbers, as accepted by `tensor(...)` (`[[1, 2], [3, 4]]`). */
export type NestedNumberArray = readonly (number | NestedNumberArray)[];

/** Nested plain arrays of numbers, as returned by {@link Tensor.toArray}. */
export type NestedArray = (number | NestedArray)[];

/** Brand shared by every copy of this module, so `isTensor` works across duplicated bundles. */
const TENSOR_BRAND: unique symbol = Symbol.for('@softdtw/autodiff/Tensor');

/** Tensors with more elements than this print a summary in `toString()`. */
const MAX_PRINTED_VALUES = 100;

/**
 * An immutable n-dimensional array of float64 or float32 values, stored contiguously in row-major order.
 *
 * Create tensors with `tensor`, `zeros`, `ones`, `full`, `scalar` or the random constructors;
 * the constructor is the low-level path and does not copy `data`.
 *
 * @example
 * ```ts
 * const x = tensor([[1, 2], [3, 4]]);
 * x.shape;     // [2, 2]
 * x.toArray(); // [[1, 2], [3, 4]]
 * ```
 */
export class Tensor {
  /** Dimensions, outermost first; `[]` for a scalar. Frozen. */
  readonly shape: Shape;
  /** `'float64'` (default) or `'float32'`. */
  readonly dtype: DType;
  /** Number of elements (product of `shape`). */
  readonly size: number;
  /** Number of dimensions (`shape.length`). */
  readonly rank: number;
  /** Values in row-major order. Never mutated after creation; do not write into it. */
  readonly data: Float64Array | Float32Array;
  /** @internal Tape node while traced by `grad`/`vjp`; see `tape/TapeNode.ts`. */
  declare readonly [TAPE_NODE]?: TapeNode;

  /**
   * Wraps a typed array without copying it. Prefer `tensor(...)`, which copies and validates.
   *
   * @param data - values in row-major order; its type sets the dtype
   * @param shape - dimensions; their product must equal `data.length`
   */
  constructor(data: Float64Array | Float32Array, shape: Shape) {
    if (!(data instanceof Float64Array) && !(data instanceof Float32Array)) {
      throw new InvalidArgumentError(
        `Tensor: expected data as a Float64Array or Float32Array, got ${describeValue(data)}. Use tensor(values) to convert plain arrays.`,
      );
    }
    if (!Array.isArray(shape) || !shape.every((dim) => Number.isInteger(dim) && dim >= 0)) {
      throw new ShapeError(`Tensor: expected a shape of non-negative integers, got ${JSON.stringify(shape)}. Pass e.g. [2, 3].`);
    }
    const size = shapeSize(shape);
    if (size !== data.length) {
      throw new ShapeError(
        `Tensor: expected ${size} values for shape ${formatShape(shape)}, got ${data.length}. Pass a shape whose product is the data length.`,
      );
    }
    this.shape = Object.isFrozen(shape) ? shape : Object.freeze(shape.slice());
    this.dtype = dtypeOf(data);
    this.size = size;
    this.rank = shape.length;
    this.data = data;
  }

  /**
   * The values as nested plain arrays (a plain number for a rank-0 tensor).
   *
   * @returns `number` for shape `[]`, otherwise nested arrays with the tensor's shape
   * @example
   * ```ts
   * tensor([[1, 2], [3, 4]]).toArray(); // [[1, 2], [3, 4]]
   * ```
   */
  toArray(): number | NestedArray {
    if (this.rank === 0) return this.data[0];
    return nestValues(this.data, this.shape, 0, 0);
  }

  /**
   * The single value of a size-1 tensor.
   *
   * @returns the value
   * @throws ShapeError when `size !== 1`
   * @example
   * ```ts
   * tensor([[3]]).item(); // 3
   * ```
   */
  item(): number {
    if (this.size !== 1) {
      throw new ShapeError(
        `item: expected a tensor with exactly one element, got shape ${formatShape(this.shape)} (${this.size} elements). Reduce it first, e.g. sum(x), or use toArray().`,
      );
    }
    return this.data[0];
  }

  /**
   * A readable rendering: dtype, shape and values (a summary above 100 values).
   *
   * @returns e.g. `Tensor<float64>[2, 2] [[1, 2], [3, 4]]`
   * @example
   * ```ts
   * String(tensor([1, 2])); // 'Tensor<float64>[2] [1, 2]'
   * ```
   */
  toString(): string {
    const header = `Tensor<${this.dtype}>${formatShape(this.shape)}`;
    if (this.size > MAX_PRINTED_VALUES) {
      const head = Array.from(this.data.subarray(0, 6), String).join(', ');
      return `${header} (${this.size} values: ${head}, ...)`;
    }
    return `${header} ${formatValues(this.toArray())}`;
  }
}

Object.defineProperty(Tensor.prototype, TENSOR_BRAND, { value: true });

/**
 * Whether `value` is a {@link Tensor} (also one created by another copy of this package).
 *
 * @param value - anything
 * @returns `true` for tensors
 * @example
 * ```ts
 * isTensor(tensor(1)); // true
 * isTensor([1]);       // false
 * ```
 */
export function isTensor(value: unknown): value is Tensor {
  return (
    value instanceof Tensor ||
    (typeof value === 'object' && value !== null && (value as { [TENSOR_BRAND]?: unknown })[TENSOR_BRAND] === true)
  );
}

/**
 * A short description of any value for error messages (`Tensor[2, 3]`, `string`, `null`).
 *
 * @param value - anything
 * @returns a few words
 * @example
 * ```ts
 * describeValue('a'); // 'string'
 * ```
 */
export function describeValue(value: unknown): string {
  if (isTensor(value)) return `Tensor<${value.dtype}>${formatShape(value.shape)}`;
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'object') return value.constructor?.name ?? 'object';
  return typeof value;
}

function formatValues(values: number | NestedArray): string {
  return typeof values === 'number' ? String(values) : `[${values.map(formatValues).join(', ')}]`;
}

function nestValues(data: Float64Array | Float32Array, shape: Shape, axis: number, offset: number): NestedArray {
  const length = shape[axis];
  const out: NestedArray = new Array(length);
  if (axis === shape.length - 1) {
    for (let i = 0; i < length; i++) out[i] = data[offset + i];
    return out;
  }
  const blockSize = shapeSize(shape.slice(axis + 1));
  for (let i = 0; i < length; i++) out[i] = nestValues(data, shape, axis + 1, offset + i * blockSize);
  return out;
}
