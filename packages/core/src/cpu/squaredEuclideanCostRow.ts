/**
 * Row i of the squared Euclidean cost matrix, computed on the fly by the fused series kernels:
 *
 *     D_ij = ‖x_i − y_j‖² = Σ_k (x_ik − y_jk)²      (no ½ factor, as in Cuturi & Blondel 2017)
 *
 * Series are row-major Float64Arrays: x is n × p (x_ik at x[i·p + k]), y is m × p.
 * The difference form (not ‖x‖² + ‖y‖² − 2x·y) is used so D_ii is exactly 0 for equal rows.
 */

/**
 * Writes D[i, j] for lo ≤ j ≤ hi into out[j].
 *
 * @param x - series x, n × p, row-major
 * @param y - series y, m × p, row-major
 * @param p - number of features
 * @param i - row of x
 * @param lo - first column (0-based)
 * @param hi - last column (0-based, inclusive)
 * @param out - output, Float64Array(≥ hi + 1); entries outside lo..hi are left untouched
 * @returns nothing
 * @example
 * const out = new Float64Array(2);
 * squaredEuclideanCostRow(new Float64Array([1]), new Float64Array([0, 3]), 1, 0, 0, 1, out);
 * // out = [1, 4]
 */
export function squaredEuclideanCostRow(
  x: Float64Array,
  y: Float64Array,
  p: number,
  i: number,
  lo: number,
  hi: number,
  out: Float64Array,
): void {
  if (p === 1) {
    const xi = x[i];
    for (let j = lo; j <= hi; j++) {
      const d = xi - y[j];
      out[j] = d * d;
    }
    return;
  }
  const xRow = i * p;
  for (let j = lo; j <= hi; j++) {
    const yRow = j * p;
    let sum = 0;
    for (let k = 0; k < p; k++) {
      const d = x[xRow + k] - y[yRow + k];
      sum += d * d;
    }
    out[j] = sum;
  }
}
