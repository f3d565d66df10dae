/**
 * Sakoe-Chiba band geometry shared by every DP kernel.
 *
 * Index convention: cells are 0-indexed, cell (i, j) pairs x_i with y_j, 0 ≤ i < n, 0 ≤ j < m.
 * A band of radius r allows cell (i, j) iff |i − j| ≤ r. "No band" is radius = +Infinity.
 * Row i therefore spans the columns [bandLow(i, r), bandHigh(i, m, r)]; both ends are
 * non-decreasing in i, which the kernels rely on (a cell's predecessors are in the band or +∞).
 * A path from (0, 0) to (n − 1, m − 1) exists iff r ≥ |n − m|; every cell of such a band is
 * reachable, so no in-band cell has three +∞ predecessors.
 *
 * Kernels that store one entry per DP cell (weights, directions) store only the band cells,
 * row after row: row i starts where row i − 1 ends and holds bandHigh − bandLow + 1 entries.
 */

/**
 * First allowed column of row i.
 *
 * @param i - row index, 0 ≤ i < n
 * @param radius - band radius r (a non-negative integer, or Infinity for no band)
 * @returns max(0, i − r)
 * @example
 * bandLow(5, 2); // 3
 */
export function bandLow(i: number, radius: number): number {
  return radius >= i ? 0 : i - radius;
}

/**
 * Last allowed column of row i.
 *
 * @param i - row index, 0 ≤ i < n
 * @param m - number of columns (length of y)
 * @param radius - band radius r (a non-negative integer, or Infinity for no band)
 * @returns min(m − 1, i + r)
 * @example
 * bandHigh(5, 7, 2); // 6
 */
export function bandHigh(i: number, m: number, radius: number): number {
  return radius >= m - 1 - i ? m - 1 : i + radius;
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
    const lo = bandLow(i, radius);
    const hi = bandHigh(i, m, radius);
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
