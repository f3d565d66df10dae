import { describe, expect, it } from 'vitest';
import { randomSeries, seededRandom } from '../test/enumerateAlignmentPaths.js';
import { ShapeError } from './errors.js';
import { softDtw } from './softDtw.js';
import { softDtwBatch } from './softDtwBatch.js';
import { softDtwBatchAsync } from './softDtwBatchAsync.js';

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

  it('reads every layout straight into the packed batch, and names the pair and place of a bad value', () => {
    const xs = [Float64Array.of(1, 2, 3), [[0, 1], [1, 0]], [4, 5]];
    const ys = [[1, 2], [[1, 1]], Float64Array.of(5)];
    const values = softDtwBatch(xs, ys, { gamma: 0.3 });
    xs.forEach((x, k) => expect(values[k]).toBe(softDtw(x, ys[k], { gamma: 0.3 })));
    expect(() => softDtwBatch([xs[0], Float64Array.of(0, Number.NaN)], [ys[0], [1]])).toThrow(/xs\[1\].*got NaN at row 1, column 0/);
    expect(() => softDtwBatch([xs[1], xs[1]], [ys[1], [[1, 1], [2]]])).toThrow(/ys\[1\] to have 2 features.*got 1 in row 1/);
    expect(() => softDtwBatch([[1, 'a' as unknown as number]], [[1]])).toThrow(/xs\[0\].*"a" at index 1|xs\[0\].*at index 1/);
    expect(() => softDtwBatch([[[1, 2]]], [[1]])).toThrow(/xs\[0\] and ys\[0\] to have the same number of features, got 2 and 1/);
  });

  it('reuses packing buffers without mixing calls: big, small, concurrent async, big again', async () => {
    const random = seededRandom(3);
    const big = [12, 30, 7, 19].map((n) => Array.from(randomSeries(random, n, 1)));
    const bigY = [9, 25, 30, 4].map((n) => Array.from(randomSeries(random, n, 1)));
    const small = [[1, 2], [0]];
    const smallY = [[2], [1, 1, 0]];
    const first = softDtwBatch(big, bigY, { gamma: 0.2 });
    const single = big.map((x, k) => softDtw(x, bigY[k], { gamma: 0.2 }));
    expect(Array.from(first)).toEqual(single);
    expect(Array.from(softDtwBatch(small, smallY, { gamma: 0.2 }))).toEqual(small.map((x, k) => softDtw(x, smallY[k], { gamma: 0.2 })));
    const [a, b] = await Promise.all([softDtwBatchAsync(big, bigY, { gamma: 0.2 }), softDtwBatchAsync(small, smallY, { gamma: 0.2 })]);
    expect(Array.from(a)).toEqual(single);
    expect(b.length).toBe(2);
    expect(Array.from(softDtwBatch(big, bigY, { gamma: 0.2 }))).toEqual(single);
  });

  it('rejects batches of different sizes', () => {
    expect(() => softDtwBatch([[1]], [[1], [2]])).toThrow(ShapeError);
  });
});
