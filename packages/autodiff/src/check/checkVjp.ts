/**
 * The inner-product test of a VJP (JAX `check_vjp`): for random directions t (input-shaped)
 * and c (output-shaped), ⟨J t, c⟩ must equal ⟨t, Jᵀ c⟩. J t comes from central differences,
 * (f(x + εt) − f(x − εt)) / 2ε, in float64; Jᵀ c comes from `vjp`. One scalar comparison tests
 * every entry of the Jacobian at once, with any output shape.
 */
import { GradientCheckError, InvalidArgumentError } from '../errors.js';
import { createRng, type Rng } from '../random/createRng.js';
import { add, mul, sub } from '../ops/elementwiseBinary.js';
import { cast } from '../ops/elementwiseUnary.js';
import { Tensor, describeValue, isTensor } from '../tensor/Tensor.js';
import { shapeSize, type Shape } from '../tensor/Shape.js';
import { vjp } from '../transforms/vjp.js';
import { GRADIENT_CHECK_DEFAULTS, relativeError, withinTolerance, type GradientCheckOptions } from './GradientCheckOptions.js';

/** Result of {@link checkVjp}. */
export interface VjpCheckReport {
  readonly ok: boolean;
  /** ⟨J t, c⟩ by central differences. */
  readonly lhs: number;
  /** ⟨t, Jᵀ c⟩ from the VJP. */
  readonly rhs: number;
  readonly relError: number;
}

/**
 * Checks the VJP of `f` at `primals` by the inner-product test.
 *
 * @param f - `(...tensors) => Tensor`, any output shape
 * @param primals - the point (cast to float64 for the check)
 * @param opts - `eps` (1e-6), `rtol` (1e-6), `atol` (1e-9), `seed` (0) for the random directions
 * @returns `{ ok, lhs, rhs, relError }`
 * @example
 * ```ts
 * checkVjp((x: Tensor) => exp(x), [tensor([0.5, 1])]).ok; // true
 * ```
 */
export function checkVjp(f: (...args: Tensor[]) => Tensor, primals: readonly Tensor[], opts: GradientCheckOptions = {}): VjpCheckReport {
  const { eps, rtol, atol, seed } = { ...GRADIENT_CHECK_DEFAULTS, ...opts };
  const points = toFloat64(primals, 'checkVjp');
  const rng = createRng(seed);
  const tangents = points.map((p) => randomNormalLike(p.shape, rng));
  const { out, vjp: pullback } = vjp(f, ...points);
  const cotangent = randomNormalLike(out.shape, rng);
  const transposed = pullback(cotangent);
  const rhs = tangents.reduce((total, t, i) => total + dot(t, transposed[i]), 0);
  const plus = f(...points.map((p, i) => add(p, mul(eps, tangents[i]))));
  const minus = f(...points.map((p, i) => sub(p, mul(eps, tangents[i]))));
  const lhs = dot(mul(sub(plus, minus), 1 / (2 * eps)), cotangent);
  return { ok: withinTolerance(lhs, rhs, rtol, atol), lhs, rhs, relError: relativeError(lhs, rhs) };
}

/**
 * {@link checkVjp} that throws a `GradientCheckError` carrying the numbers when the check fails.
 *
 * @param f - `(...tensors) => Tensor`
 * @param primals - the point
 * @param opts - as for checkVjp
 * @returns the report when it passes
 * @throws GradientCheckError when `ok` is false
 * @example
 * ```ts
 * assertVjp((x: Tensor) => tanh(x), [tensor([0.3])]);
 * ```
 */
export function assertVjp(f: (...args: Tensor[]) => Tensor, primals: readonly Tensor[], opts: GradientCheckOptions = {}): VjpCheckReport {
  const report = checkVjp(f, primals, opts);
  if (!report.ok) {
    const { rtol, atol } = { ...GRADIENT_CHECK_DEFAULTS, ...opts };
    throw new GradientCheckError(
      `assertVjp: expected <J t, c> ≈ <t, Jᵀ c> within rtol=${rtol}, atol=${atol}, got ${report.lhs} (finite differences) vs ${report.rhs} (vjp), relative error ${report.relError.toExponential(3)}. Check the VJP rule of f, or loosen eps/rtol for a non-smooth point.`,
    );
  }
  return report;
}

/**
 * Casts the check's inputs to float64, rejecting non-tensors.
 *
 * @param primals - user values
 * @param op - public name for messages
 * @returns float64 tensors
 */
export function toFloat64(primals: readonly Tensor[], op: string): Tensor[] {
  if (!Array.isArray(primals)) {
    throw new InvalidArgumentError(`${op}: expected primals as an array of Tensors, got ${describeValue(primals)}. Pass e.g. [x, y].`);
  }
  return primals.map((p, i) => {
    if (!isTensor(p)) throw new InvalidArgumentError(`${op}: expected primal ${i} to be a Tensor, got ${describeValue(p)}. Wrap values with tensor(...).`);
    return p.dtype === 'float64' ? p : cast(p, 'float64');
  });
}

function randomNormalLike(shape: Shape, rng: Rng): Tensor {
  const data = new Float64Array(shapeSize(shape));
  for (let i = 0; i < data.length; i++) data[i] = rng.nextNormal();
  return new Tensor(data, shape);
}

function dot(a: Tensor, b: Tensor): number {
  let total = 0;
  for (let i = 0; i < a.size; i++) total += a.data[i] * b.data[i];
  return total;
}
