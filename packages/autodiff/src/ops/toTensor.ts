/**
 * Operand conversion for the public ops: a `Tensor` passes through; a plain `number` becomes a
 * scalar tensor. Numbers are "weak": they take the dtype of the tensor operand (so `mul(x32, 2)`
 * stays float32), or float64 when no operand is a tensor.
 */
import { InvalidArgumentError } from '../errors.js';
import { scalar } from '../tensor/createTensor.js';
import type { DType } from '../tensor/DType.js';
import { describeValue, isTensor, type Tensor } from '../tensor/Tensor.js';

/** A tensor, or a number treated as a scalar constant. */
export type TensorLike = Tensor | number;

/**
 * Converts one operand.
 *
 * @param value - a tensor or a number
 * @param op - op name for the error message
 * @param dtype - dtype for a number operand
 * @returns a tensor
 * @throws InvalidArgumentError for anything else
 * @example
 * ```ts
 * toTensor(2, 'mul', 'float32').dtype; // 'float32'
 * ```
 */
export function toTensor(value: TensorLike, op: string, dtype: DType = 'float64'): Tensor {
  if (isTensor(value)) return value;
  if (typeof value === 'number') return scalar(value, dtype);
  throw new InvalidArgumentError(`${op}: expected a Tensor or a number, got ${describeValue(value)}. Wrap values with tensor(...).`);
}

/**
 * Converts several operands; numbers take the dtype of the first tensor operand (promoted: float64 if any).
 *
 * @param values - tensors or numbers
 * @param op - op name for the error message
 * @returns tensors, same order
 * @example
 * ```ts
 * toTensors([x32, 1], 'add'); // [x32, scalar(1, 'float32')]
 * ```
 */
export function toTensors(values: readonly TensorLike[], op: string): Tensor[] {
  const tensorDTypes = values.filter(isTensor).map((t) => t.dtype);
  const dtype: DType = tensorDTypes.length > 0 && !tensorDTypes.includes('float64') ? 'float32' : 'float64';
  return values.map((value) => toTensor(value, op, dtype));
}
