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

  it('returns each gradient in its own series layout, read from the shared kernel output', () => {
    const xs = [[0, 1, 2], Float64Array.of(1, 0), [[0, 1], [2, 3]], Float64Array.of(3)];
    const ys = [Float64Array.of(0, 2), [1, 1, 0], [[1, 1]], [2, 5]];
    const batch = softDtwBatchValueAndGrad(xs, ys, { gamma: 0.5 });
    xs.forEach((x, k) => {
      const single = softDtwValueAndGrad(x, ys[k], { gamma: 0.5 });
      expect(batch.values[k]).toBe(single.value);
      expect(batch.gradX[k]).toEqual(single.gradX);
      expect(batch.gradY[k]).toEqual(single.gradY);
    });
    expect(batch.gradX[1]).toBeInstanceOf(Float64Array);
    expect(Array.isArray(batch.gradX[2][0])).toBe(true);
    // Float64Array gradients are copies of their own rows only.
    expect((batch.gradY[0] as Float64Array).length).toBe(2);
    expect((batch.gradX[3] as Float64Array).buffer).not.toBe((batch.gradX[1] as Float64Array).buffer);
  });
});
