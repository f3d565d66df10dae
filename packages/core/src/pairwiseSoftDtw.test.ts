import { describe, expect, it } from 'vitest';
import { randomSeries, seededRandom } from '../test/enumerateAlignmentPaths.js';
import { pairwiseSoftDtw } from './pairwiseSoftDtw.js';
import { softDtw } from './softDtw.js';

describe('pairwiseSoftDtw', () => {
  const random = seededRandom(13);
  const xs = [4, 7, 5].map((n) => Array.from(randomSeries(random, n, 1)));
  const ys = [6, 2].map((n) => Array.from(randomSeries(random, n, 1)));

  it('returns the documented example', () => {
    expect(pairwiseSoftDtw([[0, 1], [1, 2]], undefined, { gamma: 0 })).toEqual([[0, 2], [2, 0]]);
  });

  it('is symmetric with xs only, with softDtw(x, x) on the diagonal', () => {
    const matrix = pairwiseSoftDtw(xs, undefined, { gamma: 0.5 });
    expect(matrix.length).toBe(3);
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 3; j++) {
        expect(matrix[i][j]).toBe(matrix[j][i]);
        if (i <= j) expect(matrix[i][j]).toBe(softDtw(xs[i], xs[j], { gamma: 0.5 }));
      }
    }
  });

  it('computes every (xs[i], ys[j]) entry with ys', () => {
    const matrix = pairwiseSoftDtw(xs, ys, { gamma: 0.5 });
    expect(matrix.map((row) => row.length)).toEqual([2, 2, 2]);
    xs.forEach((x, i) => ys.forEach((y, j) => expect(matrix[i][j]).toBe(softDtw(x, y, { gamma: 0.5 }))));
  });
});
