/**
 * One row of the hard DTW recursion: soft-DTW at γ = 0 (Sakoe & Chiba; the γ → 0 limit of
 * Cuturi & Blondel, ICML 2017, arXiv:1703.01541).
 *
 *     R_ij = D_ij + min(R_{i−1,j−1}, R_{i−1,j}, R_{i,j−1}),  R_00 = 0, R_i0 = R_0j = +∞
 *
 * Value = R_nm = the sum of the costs along a cheapest alignment path (no square root).
 *
 * Tie-break (deterministic, and the one tslearn's `dtw_path` makes): among equal predecessors
 * prefer diag, then up (i − 1, j), then left (i, j − 1) — numpy's argmin over [diag, up, left].
 * The direction of each band cell is stored as one byte (DIRECTION_DIAG / _UP / _LEFT), and the
 * optimal path is traced back from (n − 1, m − 1) by hardDtwPath. The expected alignment at
 * γ = 0 is the 0/1 indicator of that path: a subgradient of the value with respect to D.
 *
 * Buffers and sentinels as in softDtwForwardRow.ts (R rows of length m + 1, column j at
 * index j + 1, +∞ guards outside the band).
 */

/** Direction code: the cell was entered from (i − 1, j − 1). */
export const DIRECTION_DIAG = 0;
/** Direction code: the cell was entered from (i − 1, j). */
export const DIRECTION_UP = 1;
/** Direction code: the cell was entered from (i, j − 1). */
export const DIRECTION_LEFT = 2;

/**
 * Computes row i of the hard DTW accumulated cost R, optionally recording each cell's direction.
 *
 * @param prevR - R row i − 1, Float64Array(m + 1), column j at index j + 1
 * @param curR - output R row i, same layout
 * @param cost - costs of this row, cost[costOffset + j]
 * @param costOffset - offset of column 0 of this row in `cost`
 * @param lo - first column of the row (0-based)
 * @param hi - last column of the row (0-based, inclusive)
 * @param directions - output direction codes, one byte per band cell (cell j at directionOffset + j − lo), or null
 * @param directionOffset - position of cell (i, lo) in `directions`
 * @returns nothing; the row is written into curR
 * @example
 * const prev = new Float64Array([0, Infinity, Infinity]);
 * const cur = new Float64Array(3);
 * const dirs = new Uint8Array(2);
 * hardDtwForwardRow(prev, cur, new Float64Array([1, 4]), 0, 0, 1, dirs, 0);
 * // cur = [Infinity, 1, 5], dirs = [DIRECTION_DIAG, DIRECTION_LEFT]
 */
export function hardDtwForwardRow(
  prevR: Float64Array,
  curR: Float64Array,
  cost: Float64Array,
  costOffset: number,
  lo: number,
  hi: number,
  directions: Uint8Array | null,
  directionOffset: number,
): void {
  let left = Infinity;
  let diag = prevR[lo];
  curR[lo] = Infinity;
  for (let j = lo; j <= hi; j++) {
    const up = prevR[j + 1];
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
    const r = cost[costOffset + j] + best;
    if (directions !== null) directions[directionOffset + j - lo] = direction;
    curR[j + 1] = r;
    left = r;
    diag = up;
  }
  if (hi + 2 < curR.length) curR[hi + 2] = Infinity;
}
