import { dtw } from '@softdtw/core';
import { cylinderBellFunnel } from '@softdtw/datasets';
import { describe, expect, test } from 'vitest';
import { InvalidOptionError } from './errors.js';
import { subgradientBarycenter } from './subgradientBarycenter.js';

describe('subgradientBarycenter', () => {
  const { series } = cylinderBellFunnel({ perClass: 4, length: 48, seed: 2 });
  const cylinders = series.filter((_, i) => i % 3 === 0);

  test('lowers the mean DTW loss from a random start and returns the best epoch', () => {
    const result = subgradientBarycenter(cylinders, { init: 'random', seed: 4, maxIter: 30 });
    expect(result.lossHistory).toHaveLength(31);
    expect(result.loss).toBe(Math.min(...result.lossHistory));
    expect(result.loss).toBeLessThan(0.5 * result.lossHistory[0]);
    const mean = cylinders.reduce((s, x) => s + dtw(result.barycenter, x).value, 0) / cylinders.length;
    expect(result.loss).toBeCloseTo(mean, 10);
    expect(result.iterations).toBe(30);
  });

  test('the barycenter of one series (from the default init) is that series: the subgradient there is 0', () => {
    const x = [0, 3, 1, 4, 1, 5];
    const result = subgradientBarycenter([x], { maxIter: 5 });
    expect(result.barycenter).toEqual(x);
    expect(result.lossHistory).toEqual([0, 0, 0, 0, 0, 0]);
  });

  test('one update is Z − η · 2 (V ∘ Z − W X) with η = stepSize.start (hand-computed example)', () => {
    // z = [0, 3], x = [0, 1, 3]: the unique optimal path (0,0), (0,1), (1,2) gives V = [2, 1],
    // W X = [1, 3], g = 2 ([0, 3] − [1, 3]) = [−2, 0], z' = [0 + 0.1 · 2, 3] = [0.2, 3] (loss 0.04 + 0.64 = 0.68 < 1).
    const result = subgradientBarycenter([[0, 1, 3]], { init: [0, 3], maxIter: 1, stepSize: { start: 0.1, end: 0.1 } });
    expect(result.barycenter[0]).toBeCloseTo(0.2, 14);
    expect(result.barycenter[1]).toBe(3);
    expect(result.lossHistory[0]).toBe(1);
    expect(result.loss).toBeCloseTo(0.68, 12);
  });

  test('is reproducible for a seed', () => {
    const a = subgradientBarycenter(cylinders, { maxIter: 3, seed: 9 });
    const b = subgradientBarycenter(cylinders, { maxIter: 3, seed: 9 });
    expect(a.barycenter).toEqual(b.barycenter);
  });

  test('rejects non-positive step sizes', () => {
    expect(() => subgradientBarycenter(cylinders, { stepSize: { start: 0, end: 0.1 } })).toThrow(InvalidOptionError);
  });
});
