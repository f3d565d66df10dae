/**
 * Chain rule through the squared Euclidean cost for one anti-diagonal of E (= ∂value/∂D):
 *
 *     ∂D_ij/∂x_i = 2 (x_i − y_j),   ∂D_ij/∂y_j = 2 (y_j − x_i)
 *     gradX_i += E_ij · 2 (x_i − y_j),   gradY_j −= E_ij · 2 (x_i − y_j)
 *
 * Series and gradients are row-major Float64Arrays (x, gradX: n × p; y, gradY: m × p).
 */

/**
 * Accumulates the contribution of the cells (i, d − i), low ≤ i ≤ high, to gradX and gradY.
 *
 * @param e - E on the diagonal, E_{i, d−i} at e[eOffset + i]
 * @param eOffset - see `e` (1 for the kernels' diagonal buffers)
 * @param x - series x, n × p
 * @param y - series y, m × p
 * @param p - number of features
 * @param d - anti-diagonal i + j
 * @param low - first row i
 * @param high - last row i
 * @param gradX - accumulated in place, n × p
 * @param gradY - accumulated in place, m × p
 * @returns nothing
 * @example
 * const gx = new Float64Array(1), gy = new Float64Array(1);
 * squaredEuclideanGradDiagonal(new Float64Array([0, 1]), 1, new Float64Array([1]), new Float64Array([0]), 1, 0, 0, 0, gx, gy);
 * // gx = [2], gy = [−2]
 */
export function squaredEuclideanGradDiagonal(
  e: Float64Array,
  eOffset: number,
  x: Float64Array,
  y: Float64Array,
  p: number,
  d: number,
  low: number,
  high: number,
  gradX: Float64Array,
  gradY: Float64Array,
): void {
  if (p === 1) {
    for (let i = low; i <= high; i++) {
      const j = d - i;
      const t = 2 * e[eOffset + i] * (x[i] - y[j]);
      gradX[i] += t;
      gradY[j] -= t;
    }
    return;
  }
  for (let i = low; i <= high; i++) {
    const twoE = 2 * e[eOffset + i];
    if (twoE === 0) continue;
    const xRow = i * p;
    const yRow = (d - i) * p;
    for (let k = 0; k < p; k++) {
      const t = twoE * (x[xRow + k] - y[yRow + k]);
      gradX[xRow + k] += t;
      gradY[yRow + k] -= t;
    }
  }
}
