/**
 * One anti-diagonal of the hard DTW recursion: soft-DTW at γ = 0 (the γ → 0 limit of
 * Cuturi & Blondel, ICML 2017, arXiv:1703.01541).
 *
 *     R_ij = D_ij + min(R_{i−1,j−1}, R_{i−1,j}, R_{i,j−1}),  R_00 = 0, R_i0 = R_0j = +∞ (1-indexed)
 *
 * Value = R_nm = the sum of the costs along a cheapest alignment path (no square root).
 *
 * Tie-break (deterministic, and the one tslearn's `dtw_path` makes): among equal predecessors
 * prefer diag, then up (i − 1, j), then left (i, j − 1) — numpy's argmin over [diag, up, left].
 * Each band cell's choice is stored as one byte (DIRECTION_DIAG / _UP / _LEFT) and the optimal
 * path is traced back from (n − 1, m − 1) by hardDtwPath. The alignment at γ = 0 is the 0/1
 * indicator of that path, a subgradient of the value with respect to D.
 *
 * Buffers, cost addressing and the +∞ sentinel as in softDtwForwardDiagonal.ts.
 */

/** Direction code: the cell was entered from (i − 1, j − 1). */
export const DIRECTION_DIAG = 0;
/** Direction code: the cell was entered from (i − 1, j). */
export const DIRECTION_UP = 1;
/** Direction code: the cell was entered from (i, j − 1). */
export const DIRECTION_LEFT = 2;

/**
 * Computes anti-diagonal d of the hard DTW accumulated cost, optionally recording directions.
 *
 * @param r2 - R on diagonal d − 2 (cell i at index i + 1)
 * @param r1 - R on diagonal d − 1
 * @param r0 - output: R on diagonal d
 * @param cost - D_ij for j = d − i at cost[costOffset + i·costStride]
 * @param costOffset - see `cost`
 * @param costStride - see `cost`
 * @param low - first row i of the diagonal
 * @param high - last row i of the diagonal (high < low: empty)
 * @param directions - output direction codes, cell i at directionOffset + i − low; or null
 * @param directionOffset - position of the diagonal's first cell in `directions`
 * @returns nothing; r0 is written
 * @example
 * const border = new Float64Array([0, Infinity, Infinity]);
 * const none = new Float64Array(3).fill(Infinity);
 * const d0 = new Float64Array(3), dirs = new Uint8Array(1);
 * hardDtwForwardDiagonal(border, none, d0, new Float64Array([1]), 0, 1, 0, 0, dirs, 0);
 * // d0[1] = 1, dirs[0] = DIRECTION_DIAG
 */
export function hardDtwForwardDiagonal(
  r2: Float64Array,
  r1: Float64Array,
  r0: Float64Array,
  cost: Float64Array,
  costOffset: number,
  costStride: number,
  low: number,
  high: number,
  directions: Uint8Array | null,
  directionOffset: number,
): void {
  r0[low] = Infinity;
  for (let i = low; i <= high; i++) {
    const diag = r2[i];
    const up = r1[i];
    const left = r1[i + 1];
    let best: number;
    let direction: number;
    if (diag <= up && diag <= left) {
      best = diag;
      direction = DIRECTION_DIAG;
    } else if (up <= left) {
      best = up;
      direction = DIRECTION_UP;
    } else {
      best = left;
      direction = DIRECTION_LEFT;
    }
    if (directions !== null) directions[directionOffset + i - low] = direction;
    r0[i + 1] = cost[costOffset + i * costStride] + best;
  }
  if (high + 2 < r0.length) r0[high + 2] = Infinity;
}
