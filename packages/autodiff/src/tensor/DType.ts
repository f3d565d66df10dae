/**
 * Element types and the promotion rule.
 *
 * Two floating dtypes exist: `float64` (the default, and what gradient checks use) and `float32`
 * (what GPU backends compute in). Promotion: float32 op float32 -> float32; any float64 operand
 * -> float64. Plain JavaScript numbers passed as operands are "weak": they take the dtype of the
 * tensor operand, so `mul(x32, 2)` stays float32.
 */
import { DTypeError } from '../errors.js';

/** Element type of a {@link Tensor}. */
export type DType = 'float64' | 'float32';

/** The typed array that stores a tensor of a given dtype. */
export type TypedArrayFor<D extends DType> = D extends 'float32' ? Float32Array : Float64Array;

/** Every supported dtype, in promotion order (widest last). */
export const DTYPES: readonly DType[] = ['float32', 'float64'];

/**
 * Whether `value` names a supported dtype.
 *
 * @param value - anything
 * @returns `true` for `'float64'` and `'float32'`
 * @example
 * ```ts
 * isDType('float32'); // true
 * ```
 */
export function isDType(value: unknown): value is DType {
  return value === 'float64' || value === 'float32';
}

/**
 * Throws a {@link DTypeError} unless `value` is a supported dtype.
 *
 * @param value - the dtype to check
 * @param op - the operation name used in the message
 * @returns the dtype, narrowed
 * @example
 * ```ts
 * checkDType('float64', 'zeros'); // 'float64'
 * ```
 */
export function checkDType(value: unknown, op: string): DType {
  if (!isDType(value)) {
    throw new DTypeError(`${op}: expected dtype 'float64' or 'float32', got ${JSON.stringify(value)}. Use one of the supported dtypes.`);
  }
  return value;
}

/**
 * The result dtype of an operation on several dtypes: float64 if any operand is float64, else float32.
 *
 * @param dtypes - operand dtypes (at least one)
 * @returns the promoted dtype
 * @example
 * ```ts
 * promoteDTypes('float32', 'float64'); // 'float64'
 * ```
 */
export function promoteDTypes(...dtypes: readonly DType[]): DType {
  return dtypes.includes('float64') ? 'float64' : 'float32';
}

/**
 * Allocates a zero-filled typed array for `size` elements of `dtype`.
 *
 * @param dtype - element type
 * @param size - number of elements
 * @returns a `Float64Array` or `Float32Array` of length `size`
 * @example
 * ```ts
 * allocate('float32', 3); // Float32Array [0, 0, 0]
 * ```
 */
export function allocate(dtype: DType, size: number): Float64Array | Float32Array {
  return dtype === 'float32' ? new Float32Array(size) : new Float64Array(size);
}

/**
 * The dtype of a typed array.
 *
 * @param data - a `Float64Array` or `Float32Array`
 * @returns `'float64'` or `'float32'`
 * @example
 * ```ts
 * dtypeOf(new Float32Array(2)); // 'float32'
 * ```
 */
export function dtypeOf(data: Float64Array | Float32Array): DType {
  return data instanceof Float32Array ? 'float32' : 'float64';
}
