/**
 * Traces the optimal hard-DTW alignment path back from (n − 1, m − 1) to (0, 0) through the
 * direction bytes written by hardDtwForwardDiagonal (recursion and tie-break described there).
 * Cells are 0-indexed; directions are stored per band cell, diagonal after diagonal
 * (sakoeChibaBand.ts).
 */
import { DIRECTION_DIAG, DIRECTION_UP } from './hardDtwForwardDiagonal.js';
import { diagonalCellCount, diagonalLow } from './sakoeChibaBand.js';

/**
 * Optimal alignment path from the stored directions.
 *
 * @param directions - one byte per band cell, diagonals stored consecutively from `offset`
 * @param offset - position of the first cell (diagonal 0) in `directions`
 * @param cellCount - number of band cells of this problem (bandCellCount(n, m, radius))
 * @param n - rows (length of x)
 * @param m - columns (length of y)
 * @param radius - band radius, or Infinity
 * @returns the path as a flat Int32Array [i0, j0, i1, j1, …] from (0, 0) to (n − 1, m − 1);
 *   it holds L cells with max(n, m) ≤ L ≤ n + m − 1
 * @example
 * // 1 × 2 problem: (0, 0) then (0, 1), entered from the left
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
  let d = n + m - 2;
  let low = diagonalLow(d, m, radius);
  let diagonalStart = offset + cellCount - diagonalCellCount(d, n, m, radius);
  for (;;) {
    reversed[2 * length] = i;
    reversed[2 * length + 1] = d - i;
    length++;
    if (d === 0) break;
    const direction = directions[diagonalStart + i - low];
    const steps = direction === DIRECTION_DIAG ? 2 : 1;
    if (direction === DIRECTION_DIAG || direction === DIRECTION_UP) i--;
    for (let s = 0; s < steps; s++) {
      d--;
      diagonalStart -= diagonalCellCount(d, n, m, radius);
    }
    low = diagonalLow(d, m, radius);
  }
  const path = new Int32Array(2 * length);
  for (let k = 0; k < length; k++) {
    path[2 * k] = reversed[2 * (length - 1 - k)];
    path[2 * k + 1] = reversed[2 * (length - 1 - k) + 1];
  }
  return path;
}
