/**
 * One anti-diagonal of the soft-DTW forward recursion (Algorithm 1 of Cuturi & Blondel,
 * "Soft-DTW: a Differentiable Loss Function for Time-Series", ICML 2017, arXiv:1703.01541).
 *
 * Recurrence (the paper's 1-indexed cells; R_00 = 0, R_i0 = R_0j = +∞ for i, j ≥ 1):
 *
 *     R_ij = D_ij + softmin_γ(R_{i−1,j−1}, R_{i−1,j}, R_{i,j−1})
 *     softmin_γ(a, b, c) = −γ log(e^{−a/γ} + e^{−b/γ} + e^{−c/γ})
 *
 * Domain terms: D = cost matrix (D_ij = cost of pairing x_i with y_j), R = accumulated soft cost,
 * γ = smoothing (gamma). The kernels use 0-indexed cells, so the paper's R_00 is the virtual
 * cell (−1, −1). The three predecessors of a cell are called diag = R_{i−1,j−1},
 * up = R_{i−1,j} and left = R_{i,j−1}.
 *
 * Stability trick (max-shifted log-sum-exp): with μ = min(diag, up, left),
 *
 *     softmin_γ = μ − γ log(Σ_k e^{−(r_k − μ)/γ})
 *
 * The minimum's own term is exactly 1, so a cell costs 2 exp + 1 log, the sum lies in [1, 3],
 * and nothing overflows or underflows into NaN (|R| up to 1e300 is fine; D up to ~1e8 with
 * γ = 1e-3 is routine).
 *
 * Residuals: the soft-min weights w_k = e^{−(r_k − μ)/γ} / Σ (probability that the soft-optimal
 * path enters the cell from predecessor k; they sum to 1) are exactly what the backward pass
 * needs, so the forward pass can store them: 3 float64 per band cell, order [diag, up, left].
 * The backward pass then needs no exp, and never forms differences of large accumulated costs
 * (the paper's Algorithm 2 does, losing ~ulp(R)/γ relative accuracy; see softDtwBackwardDiagonal).
 *
 * Sentinel: a literal +Infinity for out-of-band and border cells. Every band cell has a finite
 * predecessor (see sakoeChibaBand.ts), so μ is finite; μ − ∞ = −∞ gives e^{−∞} = 0 and never
 * ∞ − ∞ = NaN. The backward pass never reads R, so no −∞ border is needed there.
 *
 * Buffers: diagonal buffers as described in sakoeChibaBand.ts (cell i at index i + 1).
 * Costs are read at cost[costOffset + i·costStride], which serves both a per-diagonal cost buffer
 * (offset 0, stride 1) and a row-major D matrix (offset base + d, stride m − 1).
 */

/**
 * Computes anti-diagonal d of R (value only).
 *
 * @param r2 - R on diagonal d − 2 (cell i at index i + 1)
 * @param r1 - R on diagonal d − 1
 * @param r0 - output: R on diagonal d; indices low..high + 2 are written (guards included)
 * @param cost - D_ij for j = d − i at cost[costOffset + i·costStride]
 * @param costOffset - see `cost`
 * @param costStride - see `cost`
 * @param low - first row i of the diagonal (diagonalLow)
 * @param high - last row i of the diagonal (diagonalHigh); high < low means an empty diagonal
 * @param gamma - smoothing γ > 0
 * @returns nothing; r0 is written
 * @example
 * // 1 × 2 problem with D = [[1, 4]]: diagonal 0 holds (0,0), diagonal 1 holds (0,1)
 * const border = new Float64Array([0, Infinity, Infinity]); // diagonal −2: R_{−1,−1} = 0
 * const none = new Float64Array(3).fill(Infinity); // diagonal −1
 * const d0 = new Float64Array(3);
 * softDtwForwardDiagonal(border, none, d0, new Float64Array([1]), 0, 1, 0, 0, 1); // d0[1] = 1
 */
export function softDtwForwardDiagonal(
  r2: Float64Array,
  r1: Float64Array,
  r0: Float64Array,
  cost: Float64Array,
  costOffset: number,
  costStride: number,
  low: number,
  high: number,
  gamma: number,
): void {
  const invGamma = 1 / gamma;
  r0[low] = Infinity;
  for (let i = low; i <= high; i++) {
    const diag = r2[i];
    const up = r1[i];
    const left = r1[i + 1];
    let mu: number;
    let sum: number;
    if (diag <= up && diag <= left) {
      mu = diag;
      sum = 1 + Math.exp((diag - up) * invGamma) + Math.exp((diag - left) * invGamma);
    } else if (up <= left) {
      mu = up;
      sum = Math.exp((up - diag) * invGamma) + 1 + Math.exp((up - left) * invGamma);
    } else {
      mu = left;
      sum = Math.exp((left - diag) * invGamma) + Math.exp((left - up) * invGamma) + 1;
    }
    r0[i + 1] = cost[costOffset + i * costStride] + (mu - gamma * Math.log(sum));
  }
  if (high + 2 < r0.length) r0[high + 2] = Infinity;
}

/**
 * Computes anti-diagonal d of R and stores each cell's soft-min weights (the backward residuals).
 *
 * @param r2 - R on diagonal d − 2 (cell i at index i + 1)
 * @param r1 - R on diagonal d − 1
 * @param r0 - output: R on diagonal d
 * @param cost - D_ij for j = d − i at cost[costOffset + i·costStride]
 * @param costOffset - see `cost`
 * @param costStride - see `cost`
 * @param low - first row i of the diagonal
 * @param high - last row i of the diagonal (high < low: empty)
 * @param gamma - smoothing γ > 0
 * @param weights - output: 3 per cell [diag, up, left], cell i at weightOffset + 3·(i − low)
 * @param weightOffset - position of the diagonal's first cell in `weights`
 * @returns nothing; r0 and the weights are written
 * @example
 * const border = new Float64Array([0, Infinity, Infinity]);
 * const none = new Float64Array(3).fill(Infinity);
 * const d0 = new Float64Array(3), w = new Float64Array(3);
 * softDtwForwardDiagonalWithWeights(border, none, d0, new Float64Array([1]), 0, 1, 0, 0, 1, w, 0);
 * // d0[1] = 1, w = [1, 0, 0]: cell (0,0) is entered from R_{−1,−1}
 */
export function softDtwForwardDiagonalWithWeights(
  r2: Float64Array,
  r1: Float64Array,
  r0: Float64Array,
  cost: Float64Array,
  costOffset: number,
  costStride: number,
  low: number,
  high: number,
  gamma: number,
  weights: Float64Array,
  weightOffset: number,
): void {
  const invGamma = 1 / gamma;
  r0[low] = Infinity;
  let w = weightOffset;
  for (let i = low; i <= high; i++, w += 3) {
    const diag = r2[i];
    const up = r1[i];
    const left = r1[i + 1];
    let mu: number;
    let eDiag: number;
    let eUp: number;
    let eLeft: number;
    if (diag <= up && diag <= left) {
      mu = diag;
      eDiag = 1;
      eUp = Math.exp((diag - up) * invGamma);
      eLeft = Math.exp((diag - left) * invGamma);
    } else if (up <= left) {
      mu = up;
      eDiag = Math.exp((up - diag) * invGamma);
      eUp = 1;
      eLeft = Math.exp((up - left) * invGamma);
    } else {
      mu = left;
      eDiag = Math.exp((left - diag) * invGamma);
      eUp = Math.exp((left - up) * invGamma);
      eLeft = 1;
    }
    const sum = eDiag + eUp + eLeft;
    const invSum = 1 / sum;
    weights[w] = eDiag * invSum;
    weights[w + 1] = eUp * invSum;
    weights[w + 2] = eLeft * invSum;
    r0[i + 1] = cost[costOffset + i * costStride] + (mu - gamma * Math.log(sum));
  }
  if (high + 2 < r0.length) r0[high + 2] = Infinity;
}
