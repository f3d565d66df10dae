/**
 * γ sweep from 1e-3 to 1e3 over the edge shapes (n = 1, m = 1, both, square, rectangular) and
 * value magnitudes from 1e-3 to 1e3 (costs up to 4e6): results stay finite and E stays in [0, 1].
 */
import { describe, expect, it } from 'vitest';
import { softDtw, softDtwAlignment, softDtwValueAndGrad } from '../src/index.js';
import { randomSeries, seededRandom } from './enumerateAlignmentPaths.js';

const gammas = [1e-3, 1e-2, 1e-1, 1, 10, 100, 1e3];
const shapes = [[1, 1], [1, 7], [7, 1], [6, 6], [5, 9]] as const;
const scales = [1e-3, 1, 1e3];

describe('γ sweep', () => {
  for (const [n, m] of shapes) {
    it(`n=${n}, m=${m}: finite values and gradients, E in [0, 1], for every γ and scale`, () => {
      const random = seededRandom(n * 31 + m);
      for (const scale of scales) {
        const x = randomSeries(random, n, 1, scale);
        const y = randomSeries(random, m, 1, scale).map((v) => v - scale); // offset: costs up to (3·scale)²
        let previous = Infinity;
        for (const gamma of gammas) {
          const { value, gradX, gradY } = softDtwValueAndGrad(x, y, { gamma });
          expect(Number.isFinite(value)).toBe(true);
          for (const g of gradX) expect(Number.isFinite(g)).toBe(true);
          for (const g of gradY) expect(Number.isFinite(g)).toBe(true);
          expect(value).toBeLessThanOrEqual(previous); // soft-DTW decreases as γ grows
          previous = value;
          const { alignment } = softDtwAlignment(x, y, { gamma });
          for (const row of alignment) for (const e of row) expect(e >= 0 && e <= 1 + 1e-14).toBe(true);
          expect(alignment[n - 1][m - 1]).toBe(1);
          expect(Math.abs(alignment[0][0] - 1)).toBeLessThan(1e-12);
        }
      }
    });
  }

  it('handles ±1e3 values with γ = 1e-3 (costs ~4e6, where exp(−D/γ) would underflow)', () => {
    const x = [1000, -1000, 1000, -1000];
    const y = [-1000, 1000, -1000];
    const { value, gradX } = softDtwValueAndGrad(x, y, { gamma: 1e-3 });
    expect(value).toBe(softDtw(x, y, { gamma: 0 }));
    for (const g of gradX) expect(Number.isFinite(g)).toBe(true);
  });

  it('n = m = 1 is exactly the cost for every γ (a single path)', () => {
    for (const gamma of gammas) expect(softDtw([3], [-2], { gamma })).toBe(25);
  });
});
