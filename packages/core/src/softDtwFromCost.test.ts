import { describe, expect, it } from 'vitest';
import { centralDifference, dot, randomDirection } from '../test/centralDifference.js';
import { randomSeries, seededRandom, toRows } from '../test/enumerateAlignmentPaths.js';
import { softDtw } from './softDtw.js';
import { softDtwFromCost, softDtwFromCostValueAndGrad } from './softDtwFromCost.js';
import { squaredEuclideanCost } from './squaredEuclideanCost.js';

describe('softDtwFromCost', () => {
  it('returns the documented examples', () => {
    expect(softDtwFromCost([[0, 1], [1, 0]], { gamma: 0 })).toBe(0);
    expect(softDtwFromCostValueAndGrad([[0, 1], [1, 0]], { gamma: 0 }).gradD).toEqual([[1, 0], [0, 1]]);
  });

  it('equals softDtw on the squared Euclidean cost', () => {
    const random = seededRandom(14);
    const x = toRows(randomSeries(random, 7, 2), 7, 2);
    const y = toRows(randomSeries(random, 10, 2), 10, 2);
    expect(softDtwFromCost(squaredEuclideanCost(x, y), { gamma: 0.3 })).toBe(softDtw(x, y, { gamma: 0.3 }));
  });

  it('accepts any finite costs, negative ones included', () => {
    expect(softDtwFromCost([[-1, 2], [3, -4]], { gamma: 0 })).toBe(-5);
  });

  for (const gamma of [0.05, 1, 20]) {
    it(`passes the central-difference VJP check for ∂/∂D (γ=${gamma}, band 2 and none)`, () => {
      const random = seededRandom(15);
      for (const band of [undefined, 2]) {
        const n = 6;
        const m = 7;
        const D = randomSeries(random, n * m, 1, 2);
        const opts = band === undefined ? { gamma } : { gamma, band };
        const f = (v: Float64Array) => softDtwFromCost(toRows(v, n, m), opts);
        const { gradD } = softDtwFromCostValueAndGrad(toRows(D, n, m), opts);
        const t = randomDirection(16, n * m);
        const analytic = dot(gradD.flat(), t);
        expect(Math.abs(analytic - centralDifference(f, D, t))).toBeLessThan(1e-7 * Math.max(1, Math.abs(analytic)));
      }
    });
  }
});
