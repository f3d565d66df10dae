/**
 * Geometry shared by every DP kernel: anti-diagonal traversal and the Sakoe-Chiba band.
 *
 * Index convention: cells are 0-indexed, cell (i, j) pairs x_i with y_j, 0 ≤ i < n, 0 ≤ j < m.
 * A band of radius r allows cell (i, j) iff |i − j| ≤ r; "no band" is radius = +Infinity.
 * A path from (0, 0) to (n − 1, m − 1) exists iff r ≥ |n − m|, and then every band cell is
 * reachable from (0, 0), so no band cell has three +∞ predecessors.
 *
 * Traversal: the kernels walk anti-diagonals d = i + j = 0, 1, …, n + m − 2 (reverse for the
 * backward pass). A cell's three predecessors lie on diagonals d − 1 and d − 2, so the cells of
 * one diagonal are independent: the CPU overlaps their exp/log calls instead of waiting ~50 ns
 * per cell on a row-major dependency chain (measured: 34 vs 58 ns/cell for the value in V8).
 * Diagonal d holds the cells i ∈ [diagonalLow(d), diagonalHigh(d)] (empty when low > high).
 *
 * Diagonal buffers: Float64Array(n + 2), cell i of the diagonal at index i + 1; index 0 stands
 * for i = −1 (the top border, or R_{−1,−1} = 0 on diagonal −2) and the kernels write +∞ guards
 * just outside each diagonal's range, so out-of-band or out-of-matrix predecessors read +∞.
 *
 * Per-cell storage (weights, directions): band cells only, diagonal after diagonal, i ascending
 * within a diagonal. A problem stores bandCellCount(n, m, r) cells.
 */

/**
 * First row index i of anti-diagonal d = i + j inside the matrix and the band.
 *
 * @param d - anti-diagonal, 0 ≤ d ≤ n + m − 2
 * @param m - number of columns (length of y)
 * @param radius - band radius r (non-negative integer) or Infinity
 * @returns max(0, d − (m − 1), ⌈(d − r)/2⌉)
 * @example
 * diagonalLow(5, 4, Infinity); // 2 (cells (2,3), (3,2), …)
 */
export function diagonalLow(d: number, m: number, radius: number): number {
  const matrixLow = d - (m - 1) > 0 ? d - (m - 1) : 0;
  const bandLowRow = Math.ceil((d - radius) / 2);
  return bandLowRow > matrixLow ? bandLowRow : matrixLow;
}

/**
 * Last row index i of anti-diagonal d = i + j inside the matrix and the band.
 *
 * @param d - anti-diagonal, 0 ≤ d ≤ n + m − 2
 * @param n - number of rows (length of x)
 * @param radius - band radius r (non-negative integer) or Infinity
 * @returns min(n − 1, d, ⌊(d + r)/2⌋)
 * @example
 * diagonalHigh(5, 4, 0); // 2
 */
export function diagonalHigh(d: number, n: number, radius: number): number {
  const matrixHigh = d < n - 1 ? d : n - 1;
  const bandHighRow = Math.floor((d + radius) / 2);
  return bandHighRow < matrixHigh ? bandHighRow : matrixHigh;
}

/**
 * Number of band cells on anti-diagonal d (0 when the band leaves the diagonal empty).
 *
 * @param d - anti-diagonal, 0 ≤ d ≤ n + m − 2
 * @param n - rows (length of x)
 * @param m - columns (length of y)
 * @param radius - band radius or Infinity
 * @returns max(0, diagonalHigh − diagonalLow + 1)
 * @example
 * diagonalCellCount(1, 3, 3, 0); // 0: with r = 0 odd diagonals are empty
 */
export function diagonalCellCount(d: number, n: number, m: number, radius: number): number {
  const count = diagonalHigh(d, n, radius) - diagonalLow(d, m, radius) + 1;
  return count > 0 ? count : 0;
}

/**
 * Number of DP cells inside the band of an n × m problem (= n·m without a band).
 *
 * @param n - rows (length of x)
 * @param m - columns (length of y)
 * @param radius - band radius, or Infinity for no band
 * @returns the number of cells (i, j) with |i − j| ≤ r
 * @example
 * bandCellCount(3, 3, 0); // 3
 * bandCellCount(3, 4, Infinity); // 12
 */
export function bandCellCount(n: number, m: number, radius: number): number {
  if (radius >= n + m) return n * m;
  let count = 0;
  for (let i = 0; i < n; i++) {
    const lo = i - radius > 0 ? i - radius : 0;
    const hi = i + radius < m - 1 ? i + radius : m - 1;
    if (hi >= lo) count += hi - lo + 1;
  }
  return count;
}

/**
 * Smallest band radius for which an n × m problem has an alignment path: |n − m|.
 *
 * @param n - length of x
 * @param m - length of y
 * @returns |n − m|
 * @example
 * minimumBandRadius(10, 7); // 3
 */
export function minimumBandRadius(n: number, m: number): number {
  return Math.abs(n - m);
}
