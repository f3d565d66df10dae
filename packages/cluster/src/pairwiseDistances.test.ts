import { dtw, softDtw } from '@softdtw/core';
import { describe, expect, test } from 'vitest';
import { LengthMismatchError } from './errors.js';
import { pairwiseDistances } from './pairwiseDistances.js';

describe('pairwiseDistances', () => {
  const xs = [[0, 1, 2], [1, 1, 3, 2], [2, 0, 1]];
  const ys = [[0, 0, 2], [3, 1]];

  test('softdtw entries are core softDtw values', () => {
    const matrix = pairwiseDistances(xs, ys, { metric: 'softdtw', gamma: 0.3 });
    xs.forEach((x, a) => ys.forEach((y, b) => expect(matrix[a][b]).toBeCloseTo(softDtw(x, y, { gamma: 0.3 }), 12)));
  });

  test('dtw entries are core dtw costs; the self matrix is symmetric with a zero diagonal', () => {
    const matrix = pairwiseDistances(xs, undefined, { metric: 'dtw' });
    xs.forEach((x, a) => xs.forEach((y, b) => expect(matrix[a][b]).toBeCloseTo(dtw(x, y).value, 12)));
    expect(matrix.map((row, a) => row[a])).toEqual([0, 0, 0]);
  });

  test('euclidean entries are summed squared differences (multivariate)', () => {
    expect(pairwiseDistances([[[0, 0], [1, 1]]], [[[1, 0], [1, 3]]], { metric: 'euclidean' })).toEqual([[5]]);
    expect(() => pairwiseDistances(xs, undefined, { metric: 'euclidean' })).toThrow(LengthMismatchError);
  });
});
