/**
 * The description every wavefront kernel shares: a batch of b soft-DTW problems padded to
 * n × m, item k using its top-left n_k × m_k block (Cuturi & Blondel, ICML 2017,
 * arXiv:1703.01541; conventions of @softdtw/core's README, "Definitions").
 */

/** A padded batch of soft-DTW problems. */
export interface WavefrontProblem {
  /** Batch size b (≥ 1). */
  readonly batch: number;
  /** Padded rows n = max n_k (length of the x series). */
  readonly n: number;
  /** Padded columns m = max m_k (length of the y series). */
  readonly m: number;
  /** n_k, 1 ≤ n_k ≤ n. */
  readonly lengthsX: Int32Array;
  /** m_k, 1 ≤ m_k ≤ m. */
  readonly lengthsY: Int32Array;
  /** Smoothing γ ≥ 0 (0 = hard DTW). */
  readonly gamma: number;
  /** Sakoe-Chiba radius (|i − j| ≤ radius, 0-indexed cells), Infinity for none; ≥ |n_k − m_k|. */
  readonly radius: number;
}

/**
 * Builds a problem, filling missing lengths with n and m.
 *
 * @param batch - b
 * @param n - padded rows
 * @param m - padded columns
 * @param gamma - γ ≥ 0
 * @param radius - band radius or Infinity
 * @param lengthsX - n_k, or null for all n
 * @param lengthsY - m_k, or null for all m
 * @returns the problem
 * @example
 * wavefrontProblem(2, 3, 4, 1, Infinity, null, null).lengthsY; // Int32Array [4, 4]
 */
export function wavefrontProblem(
  batch: number,
  n: number,
  m: number,
  gamma: number,
  radius: number,
  lengthsX: Int32Array | null,
  lengthsY: Int32Array | null,
): WavefrontProblem {
  return {
    batch,
    n,
    m,
    gamma,
    radius,
    lengthsX: lengthsX ?? new Int32Array(batch).fill(n),
    lengthsY: lengthsY ?? new Int32Array(batch).fill(m),
  };
}
