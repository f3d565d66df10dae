/**
 * Elementwise gradient check for scalar functions: every entry of `grad(f)` against the central
 * difference (f(x + ε eᵢ) − f(x − ε eᵢ)) / 2ε, in float64. Costs two evaluations of f per input
 * element, so keep inputs small.
 */
import { GradientCheckError } from '../errors.js';
import { Tensor } from '../tensor/Tensor.js';
import { grad } from '../transforms/grad.js';
import { toFloat64 } from './checkVjp.js';
import { GRADIENT_CHECK_DEFAULTS, relativeError, withinTolerance, type GradientCheckOptions } from './GradientCheckOptions.js';

/** Result of {@link checkGrad}. */
export interface GradCheckReport {
  readonly ok: boolean;
  readonly maxAbsError: number;
  /** Largest |analytic − numeric| / max(|analytic|, |numeric|). */
  readonly maxRelError: number;
  /** The entry that uses the largest share of its tolerance (argument index, flat index, both values). */
  readonly worst: { readonly arg: number; readonly index: number; readonly analytic: number; readonly numeric: number };
}

/**
 * Compares `grad(f)` with central finite differences, entry by entry.
 *
 * @param f - `(...tensors) => scalar Tensor`
 * @param primals - the point (cast to float64)
 * @param opts - `eps` (1e-6), `rtol` (1e-6), `atol` (1e-9)
 * @returns `{ ok, maxAbsError, maxRelError, worst }`
 * @example
 * ```ts
 * checkGrad((x: Tensor) => sum(tanh(x)), [tensor([0.1, -0.4])]).ok; // true
 * ```
 */
export function checkGrad(f: (...args: Tensor[]) => Tensor, primals: readonly Tensor[], opts: GradientCheckOptions = {}): GradCheckReport {
  const { eps, rtol, atol } = { ...GRADIENT_CHECK_DEFAULTS, ...opts };
  const points = toFloat64(primals, 'checkGrad');
  const analytic = grad(f, points.map((_, i) => i))(...points) as Tensor[];
  let ok = true;
  let maxAbsError = 0;
  let maxRelError = 0;
  let worst = { arg: -1, index: -1, analytic: NaN, numeric: NaN };
  let worstUsage = -Infinity;
  points.forEach((point, arg) => {
    for (let index = 0; index < point.size; index++) {
      const numeric = (evaluateShifted(f, points, arg, index, eps) - evaluateShifted(f, points, arg, index, -eps)) / (2 * eps);
      const value = analytic[arg].data[index];
      const absError = Math.abs(value - numeric);
      // How far the entry uses up its tolerance (> 1 = failing); NaN counts as the worst.
      const usage = absError === 0 ? 0 : absError / (atol + rtol * Math.max(Math.abs(value), Math.abs(numeric)));
      ok = ok && withinTolerance(value, numeric, rtol, atol);
      maxAbsError = Math.max(maxAbsError, absError);
      maxRelError = Math.max(maxRelError, relativeError(value, numeric));
      if (usage > worstUsage || Number.isNaN(usage)) {
        worstUsage = Number.isNaN(usage) ? Infinity : usage;
        worst = { arg, index, analytic: value, numeric };
      }
    }
  });
  return { ok, maxAbsError, maxRelError, worst };
}

/**
 * {@link checkGrad} that throws a `GradientCheckError` with the worst entry when the check fails.
 *
 * @param f - `(...tensors) => scalar Tensor`
 * @param primals - the point
 * @param opts - as for checkGrad
 * @returns the report when it passes
 * @throws GradientCheckError when `ok` is false
 * @example
 * ```ts
 * assertGrad((x: Tensor) => sum(exp(x)), [tensor([0, 1])]);
 * ```
 */
export function assertGrad(f: (...args: Tensor[]) => Tensor, primals: readonly Tensor[], opts: GradientCheckOptions = {}): GradCheckReport {
  const report = checkGrad(f, primals, opts);
  if (!report.ok) {
    const { rtol, atol } = { ...GRADIENT_CHECK_DEFAULTS, ...opts };
    const { arg, index, analytic, numeric } = report.worst;
    throw new GradientCheckError(
      `assertGrad: expected gradients within rtol=${rtol}, atol=${atol} of finite differences, got argument ${arg} entry ${index}: ${analytic} (grad) vs ${numeric} (finite differences); max abs error ${report.maxAbsError.toExponential(3)}. Check the VJP rules used by f.`,
    );
  }
  return report;
}

function evaluateShifted(f: (...args: Tensor[]) => Tensor, points: readonly Tensor[], arg: number, index: number, step: number): number {
  const shifted = points.map((point, i) => {
    if (i !== arg) return point;
    const data = Float64Array.from(point.data);
    data[index] += step;
    return new Tensor(data, point.shape);
  });
  return f(...shifted).item();
}
