/**
 * The squared Euclidean cost matrices of a batch of series pairs, and their VJP:
 *
 *     D_kij = ‖X_ki − Y_kj‖² = Σ_f (X_kif − Y_kjf)²        (no ½ factor, Cuturi & Blondel 2017)
 *     given G = ∂L/∂D:  ∂L/∂X_ki = Σ_j G_kij · 2 (X_ki − Y_kj),   ∂L/∂Y_kj = Σ_i G_kij · 2 (Y_kj − X_ki)
 *
 * Layouts (row-major): X [b, n, p], Y [b, m, p], D and G [b, n, m]. The distance is summed in the
 * same order as the fused kernels (squaredEuclideanCostDiagonal.ts), so D is bit-identical.
 */
import { squaredDistance } from './squaredEuclideanCostDiagonal.js';

/**
 * D[k, i, j] = ‖X[k, i] − Y[k, j]‖².
 *
 * @param X - [b, n, p] row-major
 * @param Y - [b, m, p] row-major
 * @param batch - b
 * @param n - rows of each X item
 * @param m - rows of each Y item
 * @param p - features
 * @returns D: Float64Array(b·n·m), [b, n, m]
 * @example
 * squaredEuclideanCostMatrix(new Float64Array([0, 1]), new Float64Array([0, 2]), 1, 2, 2, 1);
 * // Float64Array [0, 4, 1, 1]
 */
export function squaredEuclideanCostMatrix(
  X: Float64Array,
  Y: Float64Array,
  batch: number,
  n: number,
  m: number,
  p: number,
): Float64Array {
  const D = new Float64Array(batch * n * m);
  for (let k = 0; k < batch; k++) {
    for (let i = 0; i < n; i++) {
      const xRow = (k * n + i) * p;
      const dRow = (k * n + i) * m;
      for (let j = 0; j < m; j++) D[dRow + j] = squaredDistance(X, xRow, Y, (k * m + j) * p, p);
    }
  }
  return D;
}

/**
 * VJP of squaredEuclideanCostMatrix: cotangents of X and Y from the cotangent G of D.
 *
 * @param X - [b, n, p]
 * @param Y - [b, m, p]
 * @param G - [b, n, m], cotangent of D
 * @param batch - b
 * @param n - rows of each X item
 * @param m - rows of each Y item
 * @param p - features
 * @returns gradX [b, n, p] and gradY [b, m, p]
 * @example
 * squaredEuclideanCostMatrixVjp(new Float64Array([1]), new Float64Array([0]), new Float64Array([1]), 1, 1, 1, 1);
 * // { gradX: [2], gradY: [-2] }
 */
export function squaredEuclideanCostMatrixVjp(
  X: Float64Array,
  Y: Float64Array,
  G: Float64Array,
  batch: number,
  n: number,
  m: number,
  p: number,
): { gradX: Float64Array; gradY: Float64Array } {
  const gradX = new Float64Array(batch * n * p);
  const gradY = new Float64Array(batch * m * p);
  for (let k = 0; k < batch; k++) {
    for (let i = 0; i < n; i++) {
      const xRow = (k * n + i) * p;
      const gRow = (k * n + i) * m;
      for (let j = 0; j < m; j++) {
        const twoG = 2 * G[gRow + j];
        if (twoG === 0) continue;
        const yRow = (k * m + j) * p;
        for (let f = 0; f < p; f++) {
          const t = twoG * (X[xRow + f] - Y[yRow + f]);
          gradX[xRow + f] += t;
          gradY[yRow + f] -= t;
        }
      }
    }
  }
  return { gradX, gradY };
}
