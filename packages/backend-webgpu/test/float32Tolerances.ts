/**
 * The float32 tolerance table of the WebGPU backend against core's float64 cpu kernel (the README
 * shows the same table with the measured errors). Value errors are relative to max(|value|, 1);
 * gradient errors are max|Δg| / max|g| over the whole gradient array.
 *
 * Why these numbers: inputs and costs are rounded to float32 (2^-24 ≈ 6e-8 relative) and R sums
 * O(n + m) rounded terms, so value errors grow like √(n + m)·6e-8 (measured ≤ 8.2e-7 for n ≤ 300,
 * ≤ 9.3e-7 at n = 3000). Gradients come from soft-min weights formed from differences of
 * neighbouring R values, each carrying ~ulp(R) absolute error, divided by γ: the error grows with
 * |R|/γ along the path (measured ≤ 6.8e-6 for n ≤ 300; at n = m = 3000, γ = 1: 1.8e-4 on the
 * test's random walk, 2.0e-4 on another).
 */
export const FLOAT32_TOLERANCE = {
  /** Values, n, m ≤ 300. */
  value: 4e-6,
  /** Gradients, n, m ≤ 300. */
  gradient: 5e-5,
  /** Values at n = m = 3000. */
  longValue: 1e-5,
  /** Gradients at n = m = 3000 (the stored-weights backward; recomputing from R measured 1.8e-3). */
  longGradient: 1e-3,
} as const;
