import { ShapeError } from '../errors.js';
import { ones } from '../tensor/createTensor.js';
import { formatShape } from '../tensor/Shape.js';
import type { Tensor } from '../tensor/Tensor.js';
import { checkArgnums, differentiate } from './differentiate.js';
import type { DifferentiableFn, GradientsAt } from './grad.js';
import type { Gradients } from './pytree.js';

/** What a function made by {@link valueAndGrad} returns. */
export interface ValueAndGrad<G> {
  /** f's output (size 1), detached from the tape. */
  readonly value: Tensor;
  readonly grad: G;
}

/**
 * Like {@link grad}, but also returns the value of `f` (one evaluation for both).
 *
 * @param f - `(...args) => scalar Tensor`
 * @param argnums - index of the argument to differentiate (default 0), or a list of indices
 * @returns `(...args) => { value, grad }`
 * @example
 * ```ts
 * const { value, grad: g } = valueAndGrad((x: Tensor) => sum(square(x)))(tensor([3, 4]));
 * value.item();  // 25
 * g.toArray();   // [6, 8]
 * ```
 */
export function valueAndGrad<F extends DifferentiableFn>(f: F): (...args: Parameters<F>) => ValueAndGrad<Gradients<Parameters<F>[0]>>;
export function valueAndGrad<F extends DifferentiableFn, const N extends number>(f: F, argnums: N): (...args: Parameters<F>) => ValueAndGrad<Gradients<Parameters<F>[N]>>;
export function valueAndGrad<F extends DifferentiableFn, const N extends readonly number[]>(
  f: F,
  argnums: N,
): (...args: Parameters<F>) => ValueAndGrad<GradientsAt<Parameters<F>, N>>;
export function valueAndGrad(f: DifferentiableFn, argnums: number | readonly number[] = 0): (...args: never[]) => ValueAndGrad<unknown> {
  return scalarValueAndGrad(f, argnums);
}

/**
 * The implementation shared by {@link grad} and {@link valueAndGrad} (not overloaded).
 *
 * @param f - `(...args) => scalar Tensor`
 * @param argnums - one index (gradient returned alone) or a list (gradients in a list)
 * @returns `(...args) => { value, grad }`
 */
export function scalarValueAndGrad(f: DifferentiableFn, argnums: number | readonly number[]): (...args: never[]) => ValueAndGrad<unknown> {
  const list = checkArgnums(argnums, 'grad');
  const single = typeof argnums === 'number';
  return (...args: never[]) => {
    const { value, pullback } = differentiate(f, args, list, 'grad');
    if (value.size !== 1) {
      throw new ShapeError(
        `grad: expected f to return a scalar Tensor (size 1), got shape ${formatShape(value.shape)}. Reduce the output (e.g. sum or mean), or use vjp() for non-scalar outputs.`,
      );
    }
    const gradients = pullback(ones(value.shape, value.dtype));
    return { value, grad: single ? gradients[0] : gradients };
  };
}
