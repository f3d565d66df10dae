import { describe, expect, it } from 'vitest';
import { randomSeries, seededRandom, toRows } from '../test/enumerateAlignmentPaths.js';
import { softDtwBatchValueAndGrad } from './softDtwBatchValueAndGrad.js';
import { softDtwValueAndGrad } from './softDtwValueAndGrad.js';

describe('softDtwBatchValueAndGrad', () => {
  it('equals softDtwValueAndGrad pair by pair, with varied lengths', () => {
    const random = seededRandom(12);
    const xs = [6, 2, 8].map((n) => toRows(randomSeries(random, n, 2), n, 2));
    const ys = [3, 7, 8].map((m) => toRows(randomSeries(random, m, 2), m, 2));
    const batch = softDtwBatchValueAndGrad(xs, ys, { gamma: 0.25 });
    xs.forEach((x, k) => {
      const single = softDtwValueAndGrad(x, ys[k], { gamma: 0.25 });
      expect(batch.values[k]).toBe(single.value);
      expect(batch.gradX[k]).toEqual(single.gradX);
      expect(batch.gradY[k]).toEqual(single.gradY);
    });
  });
});
