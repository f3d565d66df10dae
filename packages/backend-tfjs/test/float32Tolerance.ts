/**
 * The float32 tolerances the tfjs tests hold the kernels to, against @softdtw/core's float64 cpu
 * kernel (README, "Accuracy", explains them; test/accuracy.test.ts measures the actual errors).
 */

/** Bounds for the float32 tfjs kernels. */
export const FLOAT32_TOLERANCE = {
  /** |Δvalue| / max(|ref|, hard DTW cost, 1). */
  value: 1e-5,
  /** max|Δgrad| / max|grad| over gradX and gradY. */
  gradient: 1e-4,
  /** max|ΔE| (entries in [0, 1]). */
  alignment: 1e-4,
} as const;
