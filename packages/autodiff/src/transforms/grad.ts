import type { Tensor } from '../tensor/Tensor.js';
import { scalarValueAndGrad } from './valueAndGrad.js';
import type { Gradients } from './pytree.js';

/** A function that can be differentiated: tensors (or pytrees of them) in, a Tensor out. */
export type DifferentiableFn = (...args: never[]) => Tensor;

/** Gradients of the arguments listed in `N` (a tuple of argument indices). */
export type GradientsAt<P extends readonly unknown[], N extends readonly number[]> = { -readonly [K in keyof N]: Gradients<P[N[K] & number]> };

/**
 * Transforms a scalar function into the function computing its gradient (JAX `grad`).
 *
 * `f` must return a tensor with exactly one element. The gradient of each selected argument has
 * that argument's structure: a Tensor for a Tensor, the same nested arrays/objects for a pytree
 * (`null` for non-tensor leaves). An argument `f` does not depend on gets zeros of its shape.
 * Inputs are never modified and nothing is stored on them. Higher-order derivatives (grad of
 * grad) are not supported and raise an `InvalidArgumentError`.
 *
 * @param f - `(...args) => scalar Tensor`
 * @param argnums - index of the argument to differentiate (default 0), or a list of indices
 * @returns `(...args) => gradient` (a list of gradients when `argnums` is a list)
 * @throws ShapeError (when called) if `f` returns more than one element
 * @example
 * ```ts
 * const df = grad((x: Tensor) => sum(mul(x, x)));
 * df(tensor([1, 2, 3])).toArray(); // [2, 4, 6]
 * ```
 */
export function grad<F extends DifferentiableFn>(f: F): (...args: Parameters<F>) => Gradients<Parameters<F>[0]>;
export function grad<F extends DifferentiableFn, const N extends number>(f: F, argnums: N): (...args: Parameters<F>) => Gradients<Parameters<F>[N]>;
export function grad<F extends DifferentiableFn, const N extends readonly number[]>(f: F, argnums: N): (...args: Parameters<F>) => GradientsAt<Parameters<F>, N>;
export function grad(f: DifferentiableFn, argnums: number | readonly number[] = 0): (...args: never[]) => unknown {
  const withValue = scalarValueAndGrad(f, argnums);
  return (...args: never[]) => withValue(...args).grad;
}
