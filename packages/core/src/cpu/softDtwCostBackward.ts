/**
 * Backward pass of soft-DTW over a batch of cost matrices: E = ∂value_k/∂D_k, the expected
 * alignment matrices (Cuturi & Blondel, ICML 2017, arXiv:1703.01541, Algorithm 2), from the
 * residuals of softDtwCostForward.
 *
 *     γ > 0: E_ij = E_{i+1,j+1}·w(diag) + E_{i+1,j}·w(up) + E_{i,j+1}·w(left),  E_{n_k−1,m_k−1} = 1
 *            (stored soft-min weights, no exp; softDtwBackwardDiagonal.ts)
 *     γ = 0: E = 0/1 indicator of the optimal path (hardDtwPath.ts), a subgradient
 *
 * Output layout matches D: [b, n, m] row-major, zero outside each item's n_k × m_k block and
 * outside the band. Entries lie in [0, 1]; E's first and last cells of each item are 1.
 */
import { InvalidArgumentError } from '../errors.js';
import { hardDtwPath } from './hardDtwPath.js';
import { diagonalHigh, diagonalLow } from './sakoeChibaBand.js';
import type { SoftDtwResiduals } from './softDtwCostForward.js';
import { softDtwBackwardDiagonal } from './softDtwBackwardDiagonal.js';

/**
 * Expected alignment matrices from the forward residuals.
 *
 * @param residuals - from softDtwCostForward(…, keepResiduals = true)
 * @returns E: Float64Array(b·n·m), [b, n, m] row-major
 * @example
 * const D = new Float64Array([0, 1, 1, 0]);
 * const { residuals } = softDtwCostForward(D, { batch: 1, n: 2, m: 2, lengthsX: null, lengthsY: null, gamma: 0, radius: Infinity }, true);
 * softDtwCostBackward(residuals!); // Float64Array [1, 0, 0, 1]
 */
export function softDtwCostBackward(residuals: SoftDtwResiduals): Float64Array {
  const { batch, n, m, lengthsX, lengthsY, radius, cellOffsets, weights, directions } = residuals;
  const E = new Float64Array(batch * n * m);
  if (directions !== null) {
    for (let k = 0; k < batch; k++) {
      const nk = lengthsX[k];
      const mk = lengthsY[k];
      const cells = cellOffsets[k + 1] - cellOffsets[k];
      const path = hardDtwPath(directions, cellOffsets[k], cells, nk, mk, radius);
      for (let c = 0; c < path.length; c += 2) E[k * n * m + path[c] * m + path[c + 1]] = 1;
    }
    return E;
  }
  if (weights === null) {
    throw new InvalidArgumentError(
      'softDtwCostBackward: expected residuals from softDtwCostForward(…, keepResiduals = true), got residuals without weights or directions. ' +
        'Run the forward pass with keepResiduals = true.',
    );
  }
  let a0 = new Float64Array(n + 2);
  let a1 = new Float64Array(n + 2);
  let a2 = new Float64Array(n + 2);
  for (let k = 0; k < batch; k++) {
    const nk = lengthsX[k];
    const mk = lengthsY[k];
    const base = k * n * m;
    a0.fill(0);
    a1.fill(0);
    a0[nk] = 1; // E_{n_k−1, m_k−1} = 1
    let offset = cellOffsets[k + 1];
    for (let d = nk + mk - 2; d >= 0; d--) {
      const low = diagonalLow(d, mk, radius);
      const high = diagonalHigh(d, nk, radius);
      if (high >= low) offset -= high - low + 1;
      softDtwBackwardDiagonal(a0, a1, a2, weights, 3 * offset, low, high);
      for (let i = low; i <= high; i++) E[base + i * m + d - i] = a0[i + 1];
      const newest = a0;
      a0 = a1;
      a1 = a2;
      a2 = newest;
    }
  }
  return E;
}
