/**
 * `customVjp(f).defVjp(fwd, bwd)`: give your own function a hand-written derivative (JAX
 * `custom_vjp`). Use it when the automatic derivative is slow, unstable, or not what you want
 * (e.g. a clipped gradient).
 *
 * - Outside `grad`/`vjp` (no traced argument) the result behaves exactly like `f`.
 * - With a traced argument, `fwd(...args)` runs instead (not recorded op by op) and returns
 *   `[out, residuals]`; the call becomes ONE tape node, and the backward pass calls
 *   `bwd(residuals, ct)`, which returns one cotangent per argument (`null` = zero).
 * - Like JAX, `fwd` must not close over traced tensors: pass everything you differentiate as an argument.
 */
import { InvalidArgumentError, ShapeError } from '../errors.js';
import { recordOp, traceOfInputs, withRecordingSuspended } from '../tape/recording.js';
import { formatShape, shapesEqual } from '../tensor/Shape.js';
import { describeValue, isTensor, type Tensor } from '../tensor/Tensor.js';

/** A function of tensors returning a tensor. */
export type TensorFn = (...args: Tensor[]) => Tensor;

/** What {@link customVjp} returns: call `defVjp` to attach the rule. */
export interface CustomVjp<F extends TensorFn> {
  /**
   * Attaches the forward-with-residuals and backward functions.
   *
   * @param fwd - `(...args) => [out, residuals]`; `out` must equal `f(...args)`
   * @param bwd - `(residuals, ct) => cotangents`, one per argument, shaped like it (`null` = zero)
   * @returns a function that behaves like `f` and is differentiated with this rule
   */
  defVjp<R>(fwd: (...args: Parameters<F>) => readonly [Tensor, R], bwd: (residuals: R, ct: Tensor) => readonly (Tensor | null)[]): F;
}

/**
 * Starts the definition of a function with a custom VJP.
 *
 * @param f - `(...args: Tensor[]) => Tensor`, the plain forward computation
 * @returns `{ defVjp(fwd, bwd) }`
 * @example
 * ```ts
 * // log(1 + eˣ) with the gradient written as sigmoid(x)
 * const softplus = customVjp((x: Tensor) => log(add(1, exp(x)))).defVjp(
 *   (x) => [log(add(1, exp(x))), { x }],
 *   ({ x }, ct) => [mul(ct, sigmoid(x))],
 * );
 * grad((x: Tensor) => sum(softplus(x)))(tensor([0])).toArray(); // [0.5]
 * ```
 */
export function customVjp<F extends TensorFn>(f: F): CustomVjp<F> {
  if (typeof f !== 'function') {
    throw new InvalidArgumentError(`customVjp: expected a function (...args: Tensor[]) => Tensor, got ${describeValue(f)}. Pass the forward function.`);
  }
  const name = `customVjp(${f.name || 'anonymous'})`;
  return {
    defVjp<R>(fwd: (...args: Parameters<F>) => readonly [Tensor, R], bwd: (residuals: R, ct: Tensor) => readonly (Tensor | null)[]): F {
      if (typeof fwd !== 'function' || typeof bwd !== 'function') {
        throw new InvalidArgumentError(`${name}.defVjp: expected fwd and bwd functions, got ${typeof fwd} and ${typeof bwd}. Pass (…args) => [out, residuals] and (residuals, ct) => cotangents.`);
      }
      const wrapped = (...args: Tensor[]): Tensor => {
        args.forEach((arg, index) => {
          if (!isTensor(arg)) {
            throw new InvalidArgumentError(`${name}: expected argument ${index} to be a Tensor, got ${describeValue(arg)}. Wrap values with tensor(...).`);
          }
        });
        const trace = traceOfInputs(args, name);
        if (trace === undefined) return f(...args);
        const [out, residuals] = withRecordingSuspended(() => fwd(...(args as Parameters<F>)));
        if (!isTensor(out)) {
          throw new InvalidArgumentError(`${name}: expected fwd to return [Tensor, residuals], got ${describeValue(out)} first. Return [out, residuals].`);
        }
        const rule = (saved: unknown, ct: Tensor): (Tensor | null)[] => checkCotangents(bwd(saved as R, ct), args, name);
        return recordOp(trace, name, args, out, { residuals, rule });
      };
      Object.defineProperty(wrapped, 'name', { value: name });
      return wrapped as F;
    },
  };
}

function checkCotangents(cotangents: readonly (Tensor | null)[], args: readonly Tensor[], name: string): (Tensor | null)[] {
  if (!Array.isArray(cotangents) || cotangents.length !== args.length) {
    throw new InvalidArgumentError(
      `${name}: expected bwd to return ${args.length} cotangents (one per argument), got ${Array.isArray(cotangents) ? cotangents.length : describeValue(cotangents)}. Return an array, with null for arguments without gradient.`,
    );
  }
  return cotangents.map((cotangent, index) => {
    if (cotangent === null || cotangent === undefined) return null;
    if (!isTensor(cotangent) || !shapesEqual(cotangent.shape, args[index].shape)) {
      const got = isTensor(cotangent) ? formatShape(cotangent.shape) : describeValue(cotangent);
      throw new ShapeError(`${name}: expected bwd's cotangent ${index} to have the argument's shape ${formatShape(args[index].shape)}, got ${got}. Sum or reshape it to the argument's shape.`);
    }
    return cotangent;
  });
}
