/**
 * How close each backend must come to the float64 cpu reference, per arithmetic, with the reason
 * for each bound. Errors are measured as:
 * - value: |Δ| / max(|ref|, hard DTW cost, 1) — the DP accumulates costs up to the DTW cost, so
 *   that is the scale a float32 rounding error is relative to (a soft-DTW value near 0 can be a
 *   difference of large terms);
 * - gradient: max|Δ| / max|ref| over the whole gradient (normwise);
 * - E (expected alignment): max|Δ| (entries lie in [0, 1]).
 */

/** Bounds for one arithmetic. */
export interface Tolerance {
  readonly value: number;
  readonly gradient: number;
  readonly alignment: number;
  /** Why these bounds. */
  readonly reason: string;
}

/** The per-dtype table (README.md shows it). */
export const TOLERANCES: Readonly<Record<'float64' | 'float32', Tolerance>> = {
  float64: {
    value: 1e-12,
    gradient: 1e-9,
    alignment: 1e-9,
    reason:
      'float64 with the same recurrences; polynomial exp2/log2 (wasm) and a different summation order (SIMD lanes, wavefront) ' +
      'move the last bits: measured ≤ 1e-13 on values; gradients sum n·m weighted terms whose rounding grows like √(nm)·ε·|R|/γ.',
  },
  float32: {
    value: 5e-6,
    gradient: 1e-4,
    alignment: 1e-4,
    reason:
      'float32 (ε = 6e-8) accumulating R over n + m cells: values keep ~5 digits of the DTW-cost scale; the soft-min weights ' +
      'are ratios of exp((R_k − R_min)/γ) where R carries an absolute error ~ε·|R|, so at γ = 0.01 and |R| ~ 100 a weight ' +
      'would move by ~1e-3 if R were stored as is; every float32 backend here keeps R relative to a float64 offset or stores the ' +
      'weights, and the measured worst cases are 8.2e-7 (value) and 4.1e-6 (gradient), dominated by rounding the inputs to float32.',
  },
};
