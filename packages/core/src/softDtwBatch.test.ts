import { describe, expect, it } from 'vitest';
import { randomSeries, seededRandom } from '../test/enumerateAlignmentPaths.js';
import { ShapeError } from './errors.js';
import { softDtw } from './softDtw.js';
import { softDtwBatch } from './softDtwBatch.js';

describe('softDtwBatch', () => {
  it('equals softDtw pair by pair, with varied lengths', () => {
    const random = seededRandom(11);
    const xs = [5, 1, 9, 3].map((n) => Array.from(randomSeries(random, n, 1)));
    const ys = [7, 4, 9, 1].map((m) => Array.from(randomSeries(random, m, 1)));
    const values = softDtwBatch(xs, ys, { gamma: 0.4 });
    expect(values).toBeInstanceOf(Float64Array);
    xs.forEach((x, k) => expect(values[k]).toBe(softDtw(x, ys[k], { gamma: 0.4 })));
  });

  it('returns an empty array for empty batches', () => {
    expect(softDtwBatch([], []).length).toBe(0);
  });

  it('rejects batches of different sizes', () => {
    expect(() => softDtwBatch([[1]], [[1], [2]])).toThrow(ShapeError);
  });
});
