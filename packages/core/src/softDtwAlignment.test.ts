import { describe, expect, it } from 'vitest';
import { randomSeries, seededRandom, toRows } from '../test/enumerateAlignmentPaths.js';
import { dtw } from './dtw.js';
import { softDtwAlignment } from './softDtwAlignment.js';
import { softDtwFromCostValueAndGrad } from './softDtwFromCost.js';
import { squaredEuclideanCost } from './squaredEuclideanCost.js';

describe('softDtwAlignment', () => {
  it('returns E with entries in [0, 1] and both corners 1', () => {
    const random = seededRandom(5);
    const x = toRows(randomSeries(random, 8, 2), 8, 2);
    const y = toRows(randomSeries(random, 11, 2), 11, 2);
    const { alignment } = softDtwAlignment(x, y, { gamma: 0.5 });
    expect(alignment.length).toBe(8);
    expect(alignment[0].length).toBe(11);
    for (const row of alignment) for (const e of row) expect(e >= 0 && e <= 1 + 1e-15).toBe(true);
    expect(alignment[0][0]).toBeCloseTo(1, 14);
    expect(alignment[7][10]).toBe(1);
  });

  it('equals the gradient of softDtwFromCost with respect to D', () => {
    const random = seededRandom(6);
    const x = Array.from(randomSeries(random, 6, 1));
    const y = Array.from(randomSeries(random, 9, 1));
    const fromSeries = softDtwAlignment(x, y, { gamma: 0.7 });
    const fromCost = softDtwFromCostValueAndGrad(squaredEuclideanCost(x, y), { gamma: 0.7 });
    expect(fromSeries.value).toBe(fromCost.value);
    expect(fromSeries.alignment).toEqual(fromCost.gradD);
  });

  it('is the 0/1 optimal path at gamma = 0', () => {
    const x = [0, 1, 2, 2, 5];
    const y = [0, 2, 5];
    const { alignment } = softDtwAlignment(x, y, { gamma: 0 });
    const expected = x.map(() => y.map(() => 0));
    for (const [i, j] of dtw(x, y).path) expected[i][j] = 1;
    expect(alignment).toEqual(expected);
  });

  it('is zero outside the band', () => {
    const random = seededRandom(7);
    const x = Array.from(randomSeries(random, 9, 1));
    const y = Array.from(randomSeries(random, 9, 1));
    const { alignment } = softDtwAlignment(x, y, { gamma: 1, band: 2 });
    alignment.forEach((row, i) => row.forEach((e, j) => (Math.abs(i - j) > 2 ? expect(e).toBe(0) : expect(e).toBeGreaterThan(0))));
  });
});
