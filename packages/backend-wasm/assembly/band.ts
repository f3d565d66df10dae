// Sakoe-Chiba band geometry on anti-diagonals, identical to @softdtw/core's cpu/sakoeChibaBand.ts:
// cells (i, j) 0-indexed, diagonal d = i + j, band |i − j| ≤ r ("no band": the caller passes r ≥ N + M).

/** First row of diagonal d: max(0, d − (M − 1), ⌈(d − r)/2⌉). */
// @ts-ignore: decorator
@inline export function bandLow(d: i32, M: i32, r: i32): i32 {
  const matrixLow = d - (M - 1) > 0 ? d - (M - 1) : 0;
  const bandLowRow = (d - r + 1) >> 1; // ⌈(d − r)/2⌉ (arithmetic shift = floor division)
  return bandLowRow > matrixLow ? bandLowRow : matrixLow;
}

/** Last row of diagonal d: min(N − 1, d, ⌊(d + r)/2⌋). */
// @ts-ignore: decorator
@inline export function bandHigh(d: i32, N: i32, r: i32): i32 {
  const matrixHigh = d < N - 1 ? d : N - 1;
  const bandHighRow = (d + r) >> 1;
  return bandHighRow < matrixHigh ? bandHighRow : matrixHigh;
}
