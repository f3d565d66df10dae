import { detach } from '../tape/recording.js';
import type { Tensor } from '../tensor/Tensor.js';
import { toTensor, type TensorLike } from '../ops/toTensor.js';

/**
 * The same values, treated as a constant by `grad`/`vjp`: no gradient flows through it.
 *
 * @param x - any tensor (no copy of the values is made)
 * @returns an untraced tensor with x's shape, dtype and data
 * @example
 * ```ts
 * grad((x: Tensor) => sum(mul(x, stopGradient(x))))(tensor([3])).toArray(); // [3], not [6]
 * ```
 */
export function stopGradient(x: TensorLike): Tensor {
  return detach(toTensor(x, 'stopGradient'));
}
