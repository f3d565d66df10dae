/**
 * Fused hard DTW over two series: the cost and an optimal alignment path (soft-DTW at γ = 0;
 * Cuturi & Blondel, ICML 2017, arXiv:1703.01541, take it as the γ → 0 limit).
 *
 *     D_ij = ‖x_i − y_j‖²,   R_ij = D_ij + min(R_{i−1,j−1}, R_{i−1,j}, R_{i,j−1}),   value = R_nm
 *
 * The value is the plain sum of squared distances along the path (no square root — tslearn's
 * `dtw` returns its square root). Tie-break diag > up > left (hardDtwForwardDiagonal.ts), which
 * reproduces tslearn's `dtw_path`. Memory: 1 byte per band cell for the directions plus
 * O(n + m) — e.g. 400 MB for n = m = 20 000 without a band.
 */
import { hardDtwForwardDiagonal } from './hardDtwForwardDiagonal.js';
import { hardDtwPath } from './hardDtwPath.js';
import { bandCellCount, diagonalHigh, diagonalLow } from './sakoeChibaBand.js';
import { squaredEuclideanCostDiagonal } from './squaredEuclideanCostDiagonal.js';

/** Result of hardDtwSeries. */
export interface HardDtwSeriesResult {
  /** Sum of the costs along the optimal path (R_nm). */
  readonly value: number;
  /** The path as a flat Int32Array [i0, j0, i1, j1, …] from (0, 0) to (n − 1, m − 1). */
  readonly path: Int32Array;
}

/**
 * Bytes hardDtwSeries allocates: one direction byte per band cell plus O(n + m).
 *
 * @param n - length of x
 * @param m - length of y
 * @param radius - band radius or Infinity
 * @returns bytes
 * @example
 * hardDtwSeriesBytes(1000, 1000, Infinity); // ≈ 1 MB
 */
export function hardDtwSeriesBytes(n: number, m: number, radius: number): number {
  return bandCellCount(n, m, radius) + 8 * 4 * (n + 2) + 16 * (n + m);
}

/**
 * Hard DTW cost and optimal path of x against y.
 *
 * @param x - series x, n × p, row-major
 * @param n - length of x (≥ 1)
 * @param y - series y, m × p, row-major
 * @param m - length of y (≥ 1)
 * @param p - number of features
 * @param radius - band radius (≥ |n − m|) or Infinity
 * @returns the cost and the path
 * @example
 * hardDtwSeries(new Float64Array([0, 1]), 2, new Float64Array([0, 0, 1]), 3, 1, Infinity);
 * // { value: 0, path: Int32Array [0, 0, 0, 1, 1, 2] }
 */
export function hardDtwSeries(
  x: Float64Array,
  n: number,
  y: Float64Array,
  m: number,
  p: number,
  radius: number,
): HardDtwSeriesResult {
  const lastDiagonal = n + m - 2;
  const cellCount = bandCellCount(n, m, radius);
  const directions = new Uint8Array(cellCount);
  let r2 = new Float64Array(n + 2).fill(Infinity);
  let r1 = new Float64Array(n + 2).fill(Infinity);
  let r0 = new Float64Array(n + 2);
  const cost = new Float64Array(n);
  r2[0] = 0; // R_{−1,−1}: the paper's R_00
  let offset = 0;
  for (let d = 0; d <= lastDiagonal; d++) {
    const low = diagonalLow(d, m, radius);
    const high = diagonalHigh(d, n, radius);
    squaredEuclideanCostDiagonal(x, y, p, d, low, high, cost);
    hardDtwForwardDiagonal(r2, r1, r0, cost, 0, 1, low, high, directions, offset);
    if (high >= low) offset += high - low + 1;
    const oldest = r2;
    r2 = r1;
    r1 = r0;
    r0 = oldest;
  }
  return { value: r1[n], path: hardDtwPath(directions, 0, cellCount, n, m, radius) };
}
