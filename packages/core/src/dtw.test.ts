import { describe, expect, it } from 'vitest';
import { bruteForceSoftDtw, randomSeries, seededRandom } from '../test/enumerateAlignmentPaths.js';
import { dtw } from './dtw.js';
import { squaredEuclideanCost } from './squaredEuclideanCost.js';

describe('dtw', () => {
  it('returns the documented example', () => {
    expect(dtw([0, 1, 2], [0, 2])).toEqual({ value: 1, path: [[0, 0], [1, 0], [2, 1]] });
  });

  it('equals the minimum over all enumerated paths, with a valid path of that cost', () => {
    const random = seededRandom(8);
    for (const [n, m] of [[4, 4], [3, 4], [4, 2], [1, 4]] as const) {
      const x = Array.from(randomSeries(random, n, 1));
      const y = Array.from(randomSeries(random, m, 1));
      const D = squaredEuclideanCost(x, y);
      const oracle = bruteForceSoftDtw(Float64Array.from(D.flat()), n, m, 0);
      const { value, path } = dtw(x, y);
      expect(value).toBeCloseTo(oracle.value, 13);
      expect(path.reduce((s, [i, j]) => s + D[i][j], 0)).toBeCloseTo(value, 13);
      expect(path[0]).toEqual([0, 0]);
      expect(path[path.length - 1]).toEqual([n - 1, m - 1]);
    }
  });

  it('keeps the path inside the band', () => {
    const random = seededRandom(9);
    const x = Array.from(randomSeries(random, 40, 1));
    const y = Array.from(randomSeries(random, 35, 1));
    const { value, path } = dtw(x, y, { band: 6 });
    for (const [i, j] of path) expect(Math.abs(i - j)).toBeLessThanOrEqual(6);
    expect(value).toBeGreaterThanOrEqual(dtw(x, y).value);
  });
});
