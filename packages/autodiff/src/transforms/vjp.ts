import type { Tensor } from '../tensor/Tensor.js';
import { checkCotangent, differentiate } from './differentiate.js';
import type { Gradients } from './pytree.js';

/** What {@link vjp} returns. */
export interface VjpResult<P extends readonly unknown[]> {
  /** f(...primals), detached from the tape. */
  readonly out: Tensor;
  /** Maps an output cotangent (out's shape) to one cotangent per primal (same structures). Can be called many times. */
  readonly vjp: (cotangent: Tensor) => { -readonly [K in keyof P]: Gradients<P[K]> };
}

/**
 * Evaluates `f` at `primals` and returns its vector-Jacobian product (JAX `vjp`): for a
 * cotangent c shaped like the output, `vjp(c)` is Jᵀc, one entry per primal.
 *
 * @param f - `(...primals) => Tensor` (any output shape)
 * @param primals - the arguments (tensors or pytrees of tensors); all are differentiated
 * @returns `{ out, vjp }`
 * @throws ShapeError (from `vjp(c)`) when `c` does not have the output's shape
 * @example
 * ```ts
 * const { out, vjp: pullback } = vjp((x: Tensor) => mul(x, 2), tensor([1, 2]));
 * out.toArray();                          // [2, 4]
 * pullback(tensor([1, 10]))[0].toArray(); // [2, 20]
 * ```
 */
export function vjp<P extends unknown[]>(f: (...args: P) => Tensor, ...primals: P): VjpResult<P> {
  const { value, pullback } = differentiate(f as unknown as (...args: never[]) => Tensor, primals, primals.map((_, i) => i), 'vjp');
  return {
    out: value,
    vjp: (cotangent) => pullback(checkCotangent(cotangent, value, 'vjp')) as { -readonly [K in keyof P]: Gradients<P[K]> },
  };
}
