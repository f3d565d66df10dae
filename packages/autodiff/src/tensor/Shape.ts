/**
 * Shapes: dimension lists in row-major (C) order. `[]` is a scalar, `[n]` a vector, `[..., m, n]`
 * a batch of m×n matrices. The last dimension varies fastest in memory.
 */
import { ShapeError } from '../errors.js';

/** Dimensions of a tensor, outermost first. `[]` is a scalar. */
export type Shape = readonly number[];

/**
 * Number of elements of a shape (the product of its dimensions; 1 for a scalar).
 *
 * @param shape - dimensions
 * @returns the element count
 * @example
 * ```ts
 * shapeSize([2, 3]); // 6
 * ```
 */
export function shapeSize(shape: Shape): number {
  let size = 1;
  for (const dim of shape) size *= dim;
  return size;
}

/**
 * Row-major strides: how far to move in the flat array for a step along each dimension.
 *
 * @param shape - dimensions
 * @returns strides, same length as `shape`
 * @example
 * ```ts
 * stridesOf([2, 3, 4]); // [12, 4, 1]
 * ```
 */
export function stridesOf(shape: Shape): number[] {
  const strides = new Array<number>(shape.length);
  let stride = 1;
  for (let axis = shape.length - 1; axis >= 0; axis--) {
    strides[axis] = stride;
    stride *= shape[axis];
  }
  return strides;
}

/**
 * Formats a shape for error messages: `[2, 3]`.
 *
 * @param shape - dimensions
 * @returns the shape as text
 * @example
 * ```ts
 * formatShape([2, 3]); // '[2, 3]'
 * ```
 */
export function formatShape(shape: Shape): string {
  return `[${shape.join(', ')}]`;
}

/**
 * Whether two shapes are identical.
 *
 * @param a - first shape
 * @param b - second shape
 * @returns `true` when ranks and every dimension match
 * @example
 * ```ts
 * shapesEqual([2, 3], [2, 3]); // true
 * ```
 */
export function shapesEqual(a: Shape, b: Shape): boolean {
  if (a.length !== b.length) return false;
  for (let axis = 0; axis < a.length; axis++) if (a[axis] !== b[axis]) return false;
  return true;
}

/**
 * Validates a user-supplied shape (non-negative integers) and returns a frozen copy.
 *
 * @param shape - candidate dimensions
 * @param op - operation name for the error message
 * @returns a frozen copy of `shape`
 * @example
 * ```ts
 * checkShape([2, 3], 'zeros'); // [2, 3]
 * ```
 */
export function checkShape(shape: unknown, op: string): Shape {
  if (!Array.isArray(shape)) {
    throw new ShapeError(`${op}: expected a shape (array of non-negative integers), got ${typeof shape}. Pass e.g. [2, 3].`);
  }
  for (const dim of shape) {
    if (typeof dim !== 'number' || !Number.isInteger(dim) || dim < 0) {
      throw new ShapeError(
        `${op}: expected a shape of non-negative integers, got [${shape.map(String).join(', ')}]. Fix the dimension ${String(dim)}.`,
      );
    }
  }
  return Object.freeze(shape.slice() as number[]);
}
