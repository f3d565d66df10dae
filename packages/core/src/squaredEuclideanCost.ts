/**
 * squaredEuclideanCost: the cost matrix soft-DTW uses by default, D_ij = ‖x_i − y_j‖² (no ½),
 * as in Cuturi & Blondel (ICML 2017, arXiv:1703.01541). Kernel: cpu/squaredEuclideanCostMatrix.ts.
 */
import { squaredEuclideanCostMatrix } from './cpu/squaredEuclideanCostMatrix.js';
import { readSeriesPair } from './readSeries.js';
import type { Series } from './Series.js';

/**
 * Squared Euclidean cost matrix between the time steps of x and y.
 *
 * @param x - series of n time steps: number[], number[][] (n × p) or Float64Array
 * @param y - series of m time steps with the same p
 * @returns D, n × m, D[i][j] = ‖x_i − y_j‖²
 * @throws EmptySeriesError, ShapeError, NonFiniteValueError, InvalidArgumentError
 * @example
 * squaredEuclideanCost([0, 1], [0, 2]); // [[0, 4], [1, 1]]
 */
export function squaredEuclideanCost(x: Series, y: Series): number[][] {
  const [a, b] = readSeriesPair('squaredEuclideanCost', x, y, Infinity);
  const D = squaredEuclideanCostMatrix(a.data, b.data, 1, a.n, b.n, a.p);
  const rows: number[][] = new Array<number[]>(a.n);
  for (let i = 0; i < a.n; i++) rows[i] = Array.from(D.subarray(i * b.n, (i + 1) * b.n));
  return rows;
}
