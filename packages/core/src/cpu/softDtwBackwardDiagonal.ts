/**
 * One anti-diagonal of the soft-DTW backward pass: the expected alignment matrix
 * E = ∂R_nm/∂D (Cuturi & Blondel, ICML 2017, arXiv:1703.01541, Algorithm 2), computed from the
 * soft-min weights stored by the forward pass (softDtwForwardDiagonal.ts) instead of from R.
 *
 * Recurrence (0-indexed cells; w_s(k) = weight of predecessor k in the soft-min of cell s):
 *
 *     E_{n−1,m−1} = 1
 *     E_ij = E_{i+1,j+1}·w_{(i+1,j+1)}(diag) + E_{i+1,j}·w_{(i+1,j)}(up) + E_{i,j+1}·w_{(i,j+1)}(left)
 *
 * E_ij is the probability that the soft-optimal alignment path visits cell (i, j). This is the
 * paper's Algorithm 2 exactly — its factors exp((R_s − R_ij − D_s)/γ) are these weights — but it
 * needs no exp and never subtracts large accumulated costs, so it keeps full float64 accuracy
 * when |R|/γ is large (the ratio form loses ~1e-4 relative on R ≈ 2.5e10, γ = 0.01).
 *
 * Evaluation order ("push" form): diagonals d = n + m − 2 down to 0. All pushes into diagonal d
 * come from d + 1 and d + 2, so its cells are final when it is reached, and independent of each
 * other. Each cell pushes E_ij·w(diag) to (i − 1, j − 1) on d − 2, E_ij·w(up) to (i − 1, j) and
 * E_ij·w(left) to (i, j − 1) on d − 1. Every weight read belongs to the cell being processed, so
 * no read leaves the band; a push into an out-of-band or border cell carries an exact 0 (its
 * weight is e^{−∞} = 0), except cell (0, 0)'s push into R_{−1,−1}, which lands on guard index 0.
 *
 * Buffers: three accumulator diagonals (cell i at index i + 1, index 0 = guard for i = −1),
 * rotated by the caller: a0 = diagonal d (complete on entry), a1 = d − 1 (has the pushes from
 * d + 1), a2 = d − 2 (stale; zeroed here over every index d − 1 and d − 2 will touch).
 */

/**
 * Finalises E on anti-diagonal d and pushes its contributions to diagonals d − 1 and d − 2.
 *
 * @param a0 - accumulator of diagonal d; on entry a0[i + 1] = E_ij for low ≤ i ≤ high (read only)
 * @param a1 - accumulator of diagonal d − 1; receives the up and left pushes
 * @param a2 - accumulator of diagonal d − 2; zeroed on [low − 2, high + 1], then receives the diag pushes
 * @param weights - forward weights, 3 per band cell [diag, up, left]
 * @param weightOffset - position of the diagonal's first cell (i = low) in `weights`
 * @param low - first row i of the diagonal
 * @param high - last row i of the diagonal (high < low: empty)
 * @returns nothing
 * @example
 * // 1 × 2 problem: cell (0,1) (diagonal 1, E = 1) was entered from the left with weight 1
 * const a0 = new Float64Array([0, 1, 0]), a1 = new Float64Array(3), a2 = new Float64Array(3);
 * softDtwBackwardDiagonal(a0, a1, a2, new Float64Array([0, 0, 1]), 0, 0, 0);
 * // a1[1] = 1: E_00 = 1
 */
export function softDtwBackwardDiagonal(
  a0: Float64Array,
  a1: Float64Array,
  a2: Float64Array,
  weights: Float64Array,
  weightOffset: number,
  low: number,
  high: number,
): void {
  const zeroFrom = low >= 2 ? low - 2 : 0;
  const zeroTo = high + 1 < a2.length ? high + 1 : a2.length - 1;
  for (let k = zeroFrom; k <= zeroTo; k++) a2[k] = 0;
  let w = weightOffset;
  for (let i = low; i <= high; i++, w += 3) {
    const e = a0[i + 1];
    a2[i] += e * weights[w];
    a1[i] += e * weights[w + 1];
    a1[i + 1] += e * weights[w + 2];
  }
}
