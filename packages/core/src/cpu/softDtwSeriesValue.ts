/**
 * Fused soft-DTW value over two series (Cuturi & Blondel, ICML 2017, arXiv:1703.01541,
 * Algorithm 1) with the squared Euclidean cost computed on the fly.
 *
 *     D_ij = ‖x_i − y_j‖²,   R_ij = D_ij + softmin_γ(R_{i−1,j−1}, R_{i−1,j}, R_{i,j−1}),   value = R_nm
 *
 * (γ = 0: hard min, the DTW cost.) Memory: two R rows and one cost row over the shorter series,
 * i.e. O(min(n, m)) — no n·m allocation at any size. The value is symmetric under transposing the
 * problem (diag stays diag, up and left swap; the band |i − j| ≤ r is symmetric), so the longer
 * series always indexes the rows. With a band only the band cells are visited: O(n·r) time.
 * Row conventions, sentinels and the max-shifted soft-min are described in softDtwForwardRow.ts.
 */
import { hardDtwForwardRow } from './hardDtwForwardRow.js';
import { bandHigh, bandLow } from './sakoeChibaBand.js';
import { softDtwForwardRow } from './softDtwForwardRow.js';
import { squaredEuclideanCostRow } from './squaredEuclideanCostRow.js';

/**
 * Bytes allocated by softDtwSeriesValue for an n × m problem (3 rows of min(n, m) + 1 float64).
 *
 * @param n - length of x
 * @param m - length of y
 * @returns bytes
 * @example
 * softDtwSeriesValueBytes(20_000, 20_000); // 480 024
 */
export function softDtwSeriesValueBytes(n: number, m: number): number {
  return 3 * 8 * (Math.min(n, m) + 1);
}

/**
 * Soft-DTW value of x against y (γ = 0: hard DTW cost).
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
  if (m > n) return softDtwSeriesValue(y, m, x, n, p, gamma, radius);
  let prevR = new Float64Array(m + 1).fill(Infinity);
  let curR = new Float64Array(m + 1);
  const cost = new Float64Array(m);
  prevR[0] = 0;
  for (let i = 0; i < n; i++) {
    const lo = bandLow(i, radius);
    const hi = bandHigh(i, m, radius);
    squaredEuclideanCostRow(x, y, p, i, lo, hi, cost);
    if (gamma === 0) hardDtwForwardRow(prevR, curR, cost, 0, lo, hi, null, 0);
    else softDtwForwardRow(prevR, curR, cost, 0, lo, hi, gamma);
    const swap = prevR;
    prevR = curR;
    curR = swap;
  }
  return prevR[m];
}
