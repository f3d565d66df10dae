/**
 * One row of the soft-DTW forward recursion (Algorithm 1 of Cuturi & Blondel, "Soft-DTW: a
 * Differentiable Loss Function for Time-Series", ICML 2017, arXiv:1703.01541).
 *
 * Recurrence (1-indexed cells, as in the paper; R_00 = 0, R_i0 = R_0j = +∞ for i, j ≥ 1):
 *
 *     R_ij = D_ij + softmin_γ(R_{i−1,j−1}, R_{i−1,j}, R_{i,j−1})
 *     softmin_γ(a, b, c) = −γ log(e^{−a/γ} + e^{−b/γ} + e^{−c/γ})
 *
 * Domain terms: D = cost matrix (D_ij = cost of pairing x_i with y_j), R = accumulated soft cost,
 * γ = smoothing (gamma). The names diag / up / left are the three predecessors of a cell:
 * diag = R_{i−1,j−1}, up = R_{i−1,j}, left = R_{i,j−1}.
 *
 * Stability trick (max-shifted log-sum-exp): with μ = min(diag, up, left),
 *
 *     softmin_γ = μ − γ log(Σ_k e^{−(r_k − μ)/γ})
 *
 * where the minimum's own term is exactly 1, so each cell costs 2 exp + 1 log, the sum lies in
 * [1, 3] and nothing overflows or underflows into NaN.
 *
 * Residuals: the soft-min weights w_k = e^{−(r_k − μ)/γ} / Σ (probability that the optimal soft
 * path enters the cell from predecessor k; they sum to 1) are what the backward pass needs, so the
 * forward pass can store them (3 float64 per band cell, order [diag, up, left]). The backward
 * pass then needs no exp at all, which is both faster and more accurate than the paper's
 * Algorithm 2 (whose exp((R_next − R − D_next)/γ) loses ~ulp(R)/γ relative accuracy).
 *
 * Buffer convention: R rows are Float64Array(m + 1) with column j stored at index j + 1, and
 * index 0 the left border. The row kernel writes +∞ guards just outside the band of the row it
 * computes (indices lo and hi + 2), so the next row reads +∞ for every out-of-band predecessor.
 * Sentinel: a literal +Infinity. It is safe here because every in-band cell has at least one
 * finite predecessor (see sakoeChibaBand.ts), so μ is finite and μ − ∞ = −∞ gives e^{−∞} = 0,
 * never ∞ − ∞ = NaN; the backward pass never subtracts R values.
 */

/**
 * Computes row i of R (soft-DTW forward, value only): R[i, lo..hi] from R[i − 1, ·] and the costs.
 *
 * @param prevR - R row i − 1, Float64Array(m + 1), column j at index j + 1 (index 0 = border)
 * @param curR - output R row i, same layout; written at indices lo..hi + 2 (guards included)
 * @param cost - costs D[i, j] for this row, read at cost[costOffset + j] for lo ≤ j ≤ hi
 * @param costOffset - offset of column 0 of this row in `cost`
 * @param lo - first column of the row (band start, 0-based)
 * @param hi - last column of the row (band end, 0-based, inclusive)
 * @param gamma - smoothing γ > 0
 * @returns nothing; the row is written into curR
 * @example
 * const prev = new Float64Array([0, Infinity, Infinity]); // the border row R_0·
 * const cur = new Float64Array(3);
 * softDtwForwardRow(prev, cur, new Float64Array([1, 4]), 0, 0, 1, 1);
 * // cur[1] = 1 (R_11 = D_11 + R_00), cur[2] = 4 + 1 = 5
 */
export function softDtwForwardRow(
  prevR: Float64Array,
  curR: Float64Array,
  cost: Float64Array,
  costOffset: number,
  lo: number,
  hi: number,
  gamma: number,
): void {
  const invGamma = 1 / gamma;
  let left = Infinity; // column lo − 1: border or outside the band
  let diag = prevR[lo];
  curR[lo] = Infinity;
  for (let j = lo; j <= hi; j++) {
    const up = prevR[j + 1];
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
    const r = cost[costOffset + j] + (mu - gamma * Math.log(sum));
    curR[j + 1] = r;
    left = r;
    diag = up;
  }
  if (hi + 2 < curR.length) curR[hi + 2] = Infinity;
}

/**
 * Computes row i of R and stores the soft-min weights of each cell (the residuals of the
 * backward pass).
 *
 * @param prevR - R row i − 1, Float64Array(m + 1), column j at index j + 1
 * @param curR - output R row i, same layout
 * @param cost - costs of this row, cost[costOffset + j]
 * @param costOffset - offset of column 0 of this row in `cost`
 * @param lo - first column of the row (0-based)
 * @param hi - last column of the row (0-based, inclusive)
 * @param gamma - smoothing γ > 0
 * @param weights - output, 3 per cell in the order [diag, up, left], cell j at weightOffset + 3·(j − lo)
 * @param weightOffset - where this row's first cell starts in `weights`
 * @returns nothing; R and the weights are written in place
 * @example
 * const prev = new Float64Array([0, Infinity, Infinity]);
 * const cur = new Float64Array(3);
 * const w = new Float64Array(6);
 * softDtwForwardRowWithWeights(prev, cur, new Float64Array([1, 4]), 0, 0, 1, 1, w, 0);
 * // w = [1, 0, 0, 0, 0, 1]: cell 0 comes from R_00 (diag), cell 1 from its left neighbour
 */
export function softDtwForwardRowWithWeights(
  prevR: Float64Array,
  curR: Float64Array,
  cost: Float64Array,
  costOffset: number,
  lo: number,
  hi: number,
  gamma: number,
  weights: Float64Array,
  weightOffset: number,
): void {
  const invGamma = 1 / gamma;
  let left = Infinity;
  let diag = prevR[lo];
  curR[lo] = Infinity;
  let w = weightOffset;
  for (let j = lo; j <= hi; j++, w += 3) {
    const up = prevR[j + 1];
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
    const r = cost[costOffset + j] + (mu - gamma * Math.log(sum));
    const invSum = 1 / sum;
    weights[w] = eDiag * invSum;
    weights[w + 1] = eUp * invSum;
    weights[w + 2] = eLeft * invSum;
    curR[j + 1] = r;
    left = r;
    diag = up;
  }
  if (hi + 2 < curR.length) curR[hi + 2] = Infinity;
}
