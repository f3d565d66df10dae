/** Options shared by `checkVjp` and `checkGrad`. */
export interface GradientCheckOptions {
  /** Central-difference step (applied in float64). Default 1e-6. */
  readonly eps?: number;
  /** Relative tolerance. Default 1e-6. */
  readonly rtol?: number;
  /** Absolute tolerance. Default 1e-9. */
  readonly atol?: number;
  /** Seed of the random directions (checkVjp). Default 0. */
  readonly seed?: number;
}

/** The defaults, chosen for float64 central differences: truncation error ~eps², rounding ~1e-16/eps. */
export const GRADIENT_CHECK_DEFAULTS = { eps: 1e-6, rtol: 1e-6, atol: 1e-9, seed: 0 } as const;

/**
 * Whether two numbers agree: |a − b| ≤ atol + rtol · max(|a|, |b|).
 *
 * @param a - first value
 * @param b - second value
 * @param rtol - relative tolerance
 * @param atol - absolute tolerance
 * @returns `true` when within tolerance (false if either is NaN)
 * @example
 * ```ts
 * withinTolerance(1, 1 + 1e-9, 1e-6, 0); // true
 * ```
 */
export function withinTolerance(a: number, b: number, rtol: number, atol: number): boolean {
  return Math.abs(a - b) <= atol + rtol * Math.max(Math.abs(a), Math.abs(b));
}

/**
 * |a − b| / max(|a|, |b|), and 0 when both are 0.
 *
 * @param a - first value
 * @param b - second value
 * @returns the relative difference
 * @example
 * ```ts
 * relativeError(1, 1.1); // ≈ 0.0909
 * ```
 */
export function relativeError(a: number, b: number): number {
  const scale = Math.max(Math.abs(a), Math.abs(b));
  return scale === 0 ? 0 : Math.abs(a - b) / scale;
}
