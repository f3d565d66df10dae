/**
 * Fused soft-DTW value over two series (Cuturi & Blondel, ICML 2017, arXiv:1703.01541,
 * Algorithm 1) with the squared Euclidean cost computed on the fly:
 *
 *     D_ij = ‖x_i − y_j‖²,   R_ij = D_ij + softmin_γ(R_{i−1,j−1}, R_{i−1,j}, R_{i,j−1}),   value = R_nm
 *
 * (γ = 0: hard min, the DTW cost.) Traversal by anti-diagonals (sakoeChibaBand.ts), so only the
 * band cells are visited: O(n·r) time with a band. Memory: three R diagonals and one cost
 * diagonal indexed by the shorter series, i.e. 32·(min(n, m) + 2) bytes — no n·m allocation at
 * any size. Transposing the problem leaves the value unchanged (diag stays diag, up and left
 * swap, the band |i − j| ≤ r is symmetric), which is what lets the shorter series index the rows.
 * The per-cell recursion, sentinels and max-shifted soft-min are described in
 * softDtwForwardDiagonal.ts.
 */
import { hardDtwForwardDiagonal } from './hardDtwForwardDiagonal.js';
import { diagonalHigh, diagonalLow } from './sakoeChibaBand.js';
import { softDtwForwardDiagonal } from './softDtwForwardDiagonal.js';
import { squaredEuclideanCostDiagonal } from './squaredEuclideanCostDiagonal.js';

/**
 * Bytes allocated by softDtwSeriesValue for an n × m problem: 4 diagonals of min(n, m) + 2 float64.
 *
 * @param n - length of x
 * @param m - length of y
 * @returns bytes
 * @example
 * softDtwSeriesValueBytes(20_000, 20_000); // 640 064
 */
export function softDtwSeriesValueBytes(n: number, m: number): number {
  return 4 * 8 * (Math.min(n, m) + 2);
}

/**
 * Soft-DTW value of x against y (γ = 0: the hard DTW cost).
 *
 * @param x - series x, n × p, row-major
 * @param n - length of x (≥ 1)
 * @param y - series y, m × p, row-major
 * @param m - length of y (≥ 1)
 * @param p - number of features (≥ 1)
 * @param gamma - smoothing γ ≥ 0
 * @param radius - Sakoe-Chiba band radius (≥ |n − m|), or Infinity for no band
 * @returns R_nm
 * @example
 * softDtwSeriesValue(new Float64Array([0, 1]), 2, new Float64Array([0, 1]), 2, 1, 0, Infinity); // 0
 */
export function softDtwSeriesValue(
  x: Float64Array,
  n: number,
  y: Float64Array,
  m: number,
  p: number,
  gamma: number,
  radius: number,
): number {
  if (n > m) return softDtwSeriesValue(y, m, x, n, p, gamma, radius);
  let r2 = new Float64Array(n + 2).fill(Infinity);
  let r1 = new Float64Array(n + 2).fill(Infinity);
  let r0 = new Float64Array(n + 2);
  const cost = new Float64Array(n);
  r2[0] = 0; // R_{−1,−1}: the paper's R_00
  const lastDiagonal = n + m - 2;
  for (let d = 0; d <= lastDiagonal; d++) {
    const low = diagonalLow(d, m, radius);
    const high = diagonalHigh(d, n, radius);
    squaredEuclideanCostDiagonal(x, y, p, d, low, high, cost);
    if (gamma === 0) hardDtwForwardDiagonal(r2, r1, r0, cost, 0, 1, low, high, null, 0);
    else softDtwForwardDiagonal(r2, r1, r0, cost, 0, 1, low, high, gamma);
    const oldest = r2;
    r2 = r1;
    r1 = r0;
    r0 = oldest;
  }
  return r1[n];
}
