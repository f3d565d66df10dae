/**
 * Traces the optimal hard-DTW alignment path back from (n − 1, m − 1) to (0, 0) through the
 * direction bytes written by hardDtwForwardRow (see that file for the recursion and tie-break).
 * Cells are 0-indexed; directions are stored band row after band row (sakoeChibaBand.ts).
 */
import { DIRECTION_DIAG, DIRECTION_UP } from './hardDtwForwardRow.js';
import { bandHigh, bandLow } from './sakoeChibaBand.js';

/**
 * Optimal alignment path from the stored directions.
 *
 * @param directions - one direction byte per band cell, rows stored consecutively, starting at `offset`
 * @param offset - position of cell (0, bandLow(0)) in `directions`
 * @param cellCount - number of band cells of this problem (bandCellCount(n, m, radius))
 * @param n - rows (length of x)
 * @param m - columns (length of y)
 * @param radius - band radius, or Infinity
 * @returns the path as a flat Int32Array [i0, j0, i1, j1, …] from (0, 0) to (n − 1, m − 1);
 *   its length is 2·L with max(n, m) ≤ L ≤ n + m − 1
 * @example
 * // 1 × 2 problem: (0, 0) then (0, 1)
 * hardDtwPath(new Uint8Array([0, 2]), 0, 2, 1, 2, Infinity); // Int32Array [0, 0, 0, 1]
 */
export function hardDtwPath(
  directions: Uint8Array,
  offset: number,
  cellCount: number,
  n: number,
  m: number,
  radius: number,
): Int32Array {
  const reversed = new Int32Array(2 * (n + m - 1));
  let length = 0;
  let i = n - 1;
  let j = m - 1;
  let lo = bandLow(i, radius);
  let rowStart = offset + cellCount - (bandHigh(i, m, radius) - lo + 1);
  for (;;) {
    reversed[2 * length] = i;
    reversed[2 * length + 1] = j;
    length++;
    if (i === 0 && j === 0) break;
    const direction = directions[rowStart + j - lo];
    if (direction !== DIRECTION_UP && direction !== DIRECTION_DIAG) {
      j--;
      continue;
    }
    if (direction === DIRECTION_DIAG) j--;
    i--;
    lo = bandLow(i, radius);
    rowStart -= bandHigh(i, m, radius) - lo + 1;
  }
  const path = new Int32Array(2 * length);
  for (let k = 0; k < length; k++) {
    path[2 * k] = reversed[2 * (length - 1 - k)];
    path[2 * k + 1] = reversed[2 * (length - 1 - k) + 1];
  }
  return path;
}
