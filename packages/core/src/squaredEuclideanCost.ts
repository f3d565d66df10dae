/**
 * squaredEuclideanCost: the cost matrix soft-DTW uses by default, D_ij = ‖x_i − y_j‖² (no ½),
 * as in Cuturi & Blondel (ICML 2017, arXiv:1703.01541). Kernel: cpu/squaredEuclideanCostMatrix.ts.
 */
import { squaredEuclideanCostMatrix } from './cpu/squaredEuclideanCostMatrix.js';
import { readSeriesPair } from './readSeries.js';
import type { Tensor } from '@softdtw/autodiff';
import { SquaredEuclideanCost } from './primitives/SquaredEuclideanCost.js';
import { anyTensor, seriesTensor, type SeriesOrTensor } from './seriesTensor.js';
import { isTensor } from '@softdtw/autodiff';
import type { Series } from './Series.js';

/**
 * Squared Euclidean cost matrix between the time steps of x and y.
 *
 * With Tensors it is the SquaredEuclideanCost primitive (differentiable in both series), and
 * also accepts batches X [b, n, p], Y [b, m, p] → D [b, n, m].
 *
 * @param x - series of n time steps: number[], number[][] (n × p), Float64Array, or Tensor [n] | [n, p] | [b, n, p]
 * @param y - series of m time steps with the same p
 * @returns D, n × m, D[i][j] = ‖x_i − y_j‖² (a Tensor for Tensor inputs)
 * @throws EmptySeriesError, ShapeError, NonFiniteValueError, InvalidArgumentError
 * @example
 * squaredEuclideanCost([0, 1], [0, 2]); // [[0, 4], [1, 1]]
 */
export function squaredEuclideanCost(x: Series, y: Series): number[][];
export function squaredEuclideanCost(x: Tensor, y: SeriesOrTensor): Tensor;
export function squaredEuclideanCost(x: SeriesOrTensor, y: Tensor): Tensor;
export function squaredEuclideanCost(x: SeriesOrTensor, y: SeriesOrTensor): number[][] | Tensor {
  const op = 'squaredEuclideanCost';
  if (anyTensor(x, y)) {
    const batched = (isTensor(x) && x.rank === 3) || (isTensor(y) && y.rank === 3);
    const X = batched && isTensor(x) ? x : seriesTensor(op, 'x', x);
    const Y = batched && isTensor(y) ? y : seriesTensor(op, 'y', y);
    return SquaredEuclideanCost({ X, Y });
  }
  const [a, b] = readSeriesPair(op, x as Series, y as Series, Infinity);
  const D = squaredEuclideanCostMatrix(a.data, b.data, 1, a.n, b.n, a.p);
  const rows: number[][] = new Array<number[]>(a.n);
  for (let i = 0; i < a.n; i++) rows[i] = Array.from(D.subarray(i * b.n, (i + 1) * b.n));
  return rows;
}
