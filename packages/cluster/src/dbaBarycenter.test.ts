import { dtw } from '@softdtw/core';
import { SeededRandom, cylinderBellFunnel } from '@softdtw/datasets';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { dbaBarycenter } from './dbaBarycenter.js';

describe('dbaBarycenter', () => {
  test('the loss never increases across iterations (random sets, random lengths, random starts)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 1, max: 2 }), (seed, p) => {
        const random = new SeededRandom(seed);
        const series = Array.from({ length: 2 + random.nextInt(0, 3) }, () =>
          Array.from({ length: random.nextInt(3, 12) }, () => Array.from({ length: p }, () => random.nextGaussian())),
        );
        const result = dbaBarycenter(series, { init: 'random', seed, maxIter: 15, tol: 0 });
        for (let t = 1; t < result.lossHistory.length; t++) {
          expect(result.lossHistory[t]).toBeLessThanOrEqual(result.lossHistory[t - 1] + 1e-12);
        }
      }),
      { numRuns: 40, seed: 17 },
    );
  });

  test('the loss never increases on CBF series (length 128), and it is the mean DTW cost at the result', () => {
    const { series } = cylinderBellFunnel({ perClass: 4, seed: 3 });
    const result = dbaBarycenter(series.slice(0, 8), { init: 'random', seed: 1 });
    for (let t = 1; t < result.lossHistory.length; t++) expect(result.lossHistory[t]).toBeLessThanOrEqual(result.lossHistory[t - 1]);
    const mean = series.slice(0, 8).reduce((s, x) => s + dtw(result.barycenter, x).value, 0) / 8;
    expect(result.loss).toBeCloseTo(mean, 10);
    expect(result.lossHistory[0]).toBeGreaterThan(result.loss);
  });

  test('the barycenter of one series (from the default init) is that series, with loss 0', () => {
    const x = [0, 3, 1, 4, 1, 5];
    const result = dbaBarycenter([x]);
    expect(result.barycenter).toEqual(x);
    expect(result.loss).toBe(0);
    expect(result.converged).toBe(true);
  });

  test('one update averages the points each row is aligned to (hand-computed example)', () => {
    // z = [0, 3], x = [0, 1, 3]: squared costs [[0, 1, 9], [9, 4, 0]]; the unique optimal path is
    // (0,0), (0,1), (1,2) with cost 1, so V = [2, 1], W X = [0 + 1, 3] and z' = [0.5, 3], whose
    // path is the same with cost 0.25 + 0.25 + 0 = 0.5: a fixed point.
    const result = dbaBarycenter([[0, 1, 3]], { init: [0, 3], maxIter: 5, tol: 1e-9 });
    expect(result.barycenter).toEqual([0.5, 3]);
    expect(result.lossHistory).toEqual([1, 0.5, 0.5]);
    expect(result.iterations).toBe(2); // the second update changes nothing, then the loss stalls
    expect(result.reason).toBe('value-tolerance');
  });

  test('weights: zero-weight series do not move the barycenter', () => {
    const a = dbaBarycenter([[0, 1, 2], [5, 5, 5, 5], [0, 2, 2]], { weights: [1, 0, 1], length: 3 });
    const b = dbaBarycenter([[0, 1, 2], [0, 2, 2]], { length: 3 });
    expect(a.barycenter).toEqual(b.barycenter);
  });
});
