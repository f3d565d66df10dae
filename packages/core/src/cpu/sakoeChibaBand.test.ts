import { describe, expect, it } from 'vitest';
import { bandCellCount, diagonalCellCount, diagonalHigh, diagonalLow, minimumBandRadius } from './sakoeChibaBand.js';

describe('sakoeChibaBand', () => {
  it('diagonal ranges list exactly the in-band cells of each anti-diagonal', () => {
    for (const [n, m] of [[1, 1], [1, 5], [5, 1], [4, 7], [7, 4], [6, 6]] as const) {
      for (const radius of [Infinity, 0, 1, 2, 3, 5, 10]) {
        if (radius < Math.abs(n - m)) continue;
        let total = 0;
        for (let d = 0; d <= n + m - 2; d++) {
          const expected: number[] = [];
          for (let i = 0; i < n; i++) {
            const j = d - i;
            if (j >= 0 && j < m && Math.abs(i - j) <= radius) expected.push(i);
          }
          const low = diagonalLow(d, m, radius);
          const high = diagonalHigh(d, n, radius);
          const actual: number[] = [];
          for (let i = low; i <= high; i++) actual.push(i);
          expect(actual).toEqual(expected);
          expect(diagonalCellCount(d, n, m, radius)).toBe(expected.length);
          total += expected.length;
        }
        expect(bandCellCount(n, m, radius)).toBe(total);
      }
    }
  });

  it('counts n·m cells without a band and n cells for r = 0 on a square problem', () => {
    expect(bandCellCount(30, 40, Infinity)).toBe(1200);
    expect(bandCellCount(30, 30, 0)).toBe(30);
    expect(bandCellCount(1_000_000, 1_000_000, 50)).toBe(1_000_000 * 101 - 50 * 51);
  });

  it('keeps diagonal ends non-decreasing (the kernels rely on it)', () => {
    for (const radius of [Infinity, 0, 2]) {
      for (let d = 1; d <= 14; d++) {
        expect(diagonalLow(d, 8, radius) - diagonalLow(d - 1, 8, radius)).toBeGreaterThanOrEqual(0);
        expect(diagonalLow(d, 8, radius) - diagonalLow(d - 1, 8, radius)).toBeLessThanOrEqual(1);
        expect(diagonalHigh(d, 8, radius) - diagonalHigh(d - 1, 8, radius)).toBeGreaterThanOrEqual(0);
        expect(diagonalHigh(d, 8, radius) - diagonalHigh(d - 1, 8, radius)).toBeLessThanOrEqual(1);
      }
    }
  });

  it('minimumBandRadius is |n − m|', () => {
    expect(minimumBandRadius(10, 7)).toBe(3);
    expect(minimumBandRadius(7, 10)).toBe(3);
  });
});
