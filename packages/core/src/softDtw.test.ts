import { describe, expect, it } from 'vitest';
import { randomSeries, seededRandom, toRows } from '../test/enumerateAlignmentPaths.js';
import { dtw } from './dtw.js';
import { softDtw } from './softDtw.js';

describe('softDtw', () => {
  it('computes the documented example values', () => {
    expect(softDtw([1, 2, 3], [1, 2, 2, 3], { gamma: 1 })).toBeCloseTo(-1.5812803126774937, 14);
    expect(softDtw([1, 2, 3], [1, 2, 2, 3], { gamma: 0 })).toBe(0);
  });

  it('defaults to gamma = 1', () => {
    expect(softDtw([0, 1, 3], [1, 2])).toBe(softDtw([0, 1, 3], [1, 2], { gamma: 1 }));
  });

  it('gives the same value for number[], n × 1 number[][] and Float64Array', () => {
    const random = seededRandom(1);
    const x = randomSeries(random, 17, 1);
    const y = randomSeries(random, 23, 1);
    const expected = softDtw(x, y, { gamma: 0.3 });
    expect(softDtw(Array.from(x), Array.from(y), { gamma: 0.3 })).toBe(expected);
    expect(softDtw(toRows(x, 17, 1), toRows(y, 23, 1), { gamma: 0.3 })).toBe(expected);
  });

  it('equals the DTW cost at gamma = 0', () => {
    const random = seededRandom(2);
    const x = toRows(randomSeries(random, 20, 3), 20, 3);
    const y = toRows(randomSeries(random, 14, 3), 14, 3);
    expect(softDtw(x, y, { gamma: 0 })).toBe(dtw(x, y).value);
  });

  it('constrains the alignment with a band (never below the unbanded value)', () => {
    const random = seededRandom(3);
    const x = randomSeries(random, 30, 1);
    const y = randomSeries(random, 26, 1);
    const free = softDtw(x, y, { gamma: 0.5 });
    expect(softDtw(x, y, { gamma: 0.5, band: 30 })).toBe(free);
    expect(softDtw(x, y, { gamma: 0.5, band: 4 })).toBeGreaterThan(free);
  });

  it('handles the n = 1 and m = 1 edges', () => {
    expect(softDtw([2], [2], { gamma: 1 })).toBe(0);
    expect(softDtw([1], [0, 0, 0], { gamma: 0 })).toBe(3);
    expect(softDtw([[1, 1]], [[0, 0]], { gamma: 5 })).toBe(2);
  });
});
