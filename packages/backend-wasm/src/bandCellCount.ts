/**
 * Band geometry the JS drivers need to size the wasm scratch (the kernels walk the same cells; see
 * assembly/band.ts and @softdtw/core's cpu/sakoeChibaBand.ts for the conventions).
 */

/**
 * Number of cells (i, j) of an n × m grid with |i − j| ≤ radius (= n·m without a band).
 *
 * @param n - rows
 * @param m - columns
 * @param radius - band radius (non-negative integer) or Infinity
 * @returns the cell count
 * @example
 * bandCellCount(3, 3, 0); // 3
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
