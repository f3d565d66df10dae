/**
 * One row of the soft-DTW backward pass: the expected alignment matrix E = ∂R_nm/∂D
 * (Cuturi & Blondel, ICML 2017, arXiv:1703.01541, Algorithm 2), computed from the soft-min
 * weights stored by the forward pass instead of from R.
 *
 * Recurrence (0-indexed cells; w_s(k) = weight of predecessor k in cell s's soft-min):
 *
 *     E_{n−1,m−1} = 1
 *     E_ij = E_{i+1,j+1}·w_{(i+1,j+1)}(diag) + E_{i+1,j}·w_{(i+1,j)}(up) + E_{i,j+1}·w_{(i,j+1)}(left)
 *
 * i.e. the probability that the soft-optimal path visits (i, j), summed over its successors.
 * This equals the paper's Algorithm 2 exactly (its ratios exp((R_s − R_ij − D_s)/γ) are these
 * weights) but needs no exp and no differences of large accumulated costs, so it keeps full
 * float64 accuracy when |R|/γ is large.
 *
 * Evaluation order ("push" form): rows from n − 1 down to 0, columns from hi down to lo. When
 * E_ij is final, the cell pushes E_ij·w(diag) to (i−1, j−1), E_ij·w(up) to (i−1, j) and carries
 * E_ij·w(left) to (i, j−1). Every weight read belongs to the cell being processed, so no read
 * leaves the band; a push into an out-of-band cell carries an exact 0 (its weight is e^{−∞} = 0).
 *
 * Buffer convention: accumulator rows are Float64Array(m + 1), column j at index j + 1, index 0 a
 * guard for column −1. On entry accCur holds the pushes received by row i from row i + 1; on
 * exit accCur[j + 1] = E_ij for lo ≤ j ≤ hi, and accPrev holds the pushes for row i − 1.
 */

/**
 * Computes E for row i of the band (from the stored weights) and pushes into row i − 1.
 *
 * @param accCur - in: pushes received by row i (index j + 1); out: E_ij at index j + 1, lo ≤ j ≤ hi
 * @param accPrev - out: pushes for row i − 1; indices lo..hi + 1 are zeroed first, then accumulated
 * @param weights - soft-min weights from the forward pass, 3 per band cell [diag, up, left]
 * @param weightOffset - position of cell (i, lo) in `weights`
 * @param lo - first column of row i (0-based)
 * @param hi - last column of row i (0-based, inclusive)
 * @returns nothing; E is left in accCur
 * @example
 * // 1 × 2 problem: the last cell seeds E = 1 and pushes its left weight (1) to cell (0, 0)
 * const acc = new Float64Array([0, 0, 1]);
 * const prev = new Float64Array(3);
 * softDtwBackwardRow(acc, prev, new Float64Array([1, 0, 0, 0, 0, 1]), 0, 0, 1);
 * // acc = [0, 1, 1]: E_00 = E_01 = 1
 */
export function softDtwBackwardRow(
  accCur: Float64Array,
  accPrev: Float64Array,
  weights: Float64Array,
  weightOffset: number,
  lo: number,
  hi: number,
): void {
  for (let k = lo; k <= hi + 1; k++) accPrev[k] = 0;
  let carry = 0;
  let w = weightOffset + 3 * (hi - lo);
  for (let j = hi; j >= lo; j--, w -= 3) {
    const e = accCur[j + 1] + carry;
    accCur[j + 1] = e;
    accPrev[j] += e * weights[w];
    accPrev[j + 1] += e * weights[w + 1];
    carry = e * weights[w + 2];
  }
}
