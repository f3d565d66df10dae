/**
 * Chain rule through the squared Euclidean cost for one row of E (the gradient w.r.t. D):
 *
 *     ∂D_ij/∂x_i = 2 (x_i − y_j),   ∂D_ij/∂y_j = 2 (y_j − x_i)
 *     gradX_i += E_ij · 2 (x_i − y_j),   gradY_j −= E_ij · 2 (x_i − y_j)
 *
 * Series and gradients are row-major Float64Arrays (x, gradX: n × p; y, gradY: m × p).
 */

/**
 * Accumulates row i's contribution to gradX and gradY.
 *
 * @param e - E row, E_ij at e[eOffset + j]
 * @param eOffset - offset of column 0 in `e`
 * @param x - series x, n × p
 * @param y - series y, m × p
 * @param p - number of features
 * @param i - row of x
 * @param lo - first column (0-based)
 * @param hi - last column (0-based, inclusive)
 * @param gradX - accumulated in place, n × p
 * @param gradY - accumulated in place, m × p
 * @returns nothing
 * @example
 * const gx = new Float64Array(1), gy = new Float64Array(2);
 * squaredEuclideanGradRow(new Float64Array([1, 0.5]), 0, new Float64Array([1]), new Float64Array([0, 3]), 1, 0, 0, 1, gx, gy);
 * // gx = [2·1·(1 − 0) + 2·0.5·(1 − 3)] = [0], gy = [−2, 2]
 */
export function squaredEuclideanGradRow(
  e: Float64Array,
  eOffset: number,
  x: Float64Array,
  y: Float64Array,
  p: number,
  i: number,
  lo: number,
  hi: number,
  gradX: Float64Array,
  gradY: Float64Array,
): void {
  if (p === 1) {
    const xi = x[i];
    let gxi = 0;
    for (let j = lo; j <= hi; j++) {
      const t = 2 * e[eOffset + j] * (xi - y[j]);
      gxi += t;
      gradY[j] -= t;
    }
    gradX[i] += gxi;
    return;
  }
  const xRow = i * p;
  for (let j = lo; j <= hi; j++) {
    const twoE = 2 * e[eOffset + j];
    if (twoE === 0) continue;
    const yRow = j * p;
    for (let k = 0; k < p; k++) {
      const t = twoE * (x[xRow + k] - y[yRow + k]);
      gradX[xRow + k] += t;
      gradY[yRow + k] -= t;
    }
  }
}
