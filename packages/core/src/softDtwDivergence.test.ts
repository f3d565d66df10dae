import { describe, expect, it } from 'vitest';
import { randomSeries, seededRandom } from '../test/enumerateAlignmentPaths.js';
import { dtw } from './dtw.js';
import { softDtw } from './softDtw.js';
import { softDtwDivergence } from './softDtwDivergence.js';

describe('softDtwDivergence', () => {
  it('is 0 at x = y although softDtw(x, x) is negative', () => {
    const x = [[0, 1], [2, 3], [1, 1]];
    expect(softDtw(x, x, { gamma: 1 })).toBeLessThan(0);
    expect(softDtwDivergence(x, x, { gamma: 1 })).toBe(0);
  });

  it('is the documented combination of three soft-DTW values, and ≥ 0', () => {
    const random = seededRandom(10);
    const x = Array.from(randomSeries(random, 10, 1));
    const y = Array.from(randomSeries(random, 13, 1));
    const expected = softDtw(x, y) - 0.5 * (softDtw(x, x) + softDtw(y, y));
    expect(softDtwDivergence(x, y)).toBeCloseTo(expected, 13);
    expect(softDtwDivergence(x, y)).toBeGreaterThan(0);
  });

  it('is the DTW cost at gamma = 0', () => {
    expect(softDtwDivergence([0, 1, 3], [1, 2], { gamma: 0 })).toBe(dtw([0, 1, 3], [1, 2]).value);
  });
});
