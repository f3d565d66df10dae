import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../test/randomSeries.js';
import { alignmentFromDiagonals, costsByDiagonal } from './hostDiagonals.js';
import { wavefrontProblem } from './WavefrontProblem.js';

describe('costsByDiagonal / alignmentFromDiagonals', () => {
  it('lays out one 2 × 2 matrix by anti-diagonal, the sentinel outside the matrix', () => {
    const problem = wavefrontProblem(1, 2, 2, 1, Infinity, null, null);
    expect(Array.from(costsByDiagonal(Float64Array.of(1, 2, 3, 4), problem, 9))).toEqual([1, 9, 2, 3, 9, 4]);
    expect(Array.from(alignmentFromDiagonals(Float32Array.of(1, 0, 0, 0, 0, 1), problem))).toEqual([1, 0, 0, 1]);
  });

  it('round-trips a batch of rectangular matrices, the sentinel outside the band', () => {
    const problem = wavefrontProblem(3, 4, 6, 1, 2, null, null);
    const next = mulberry32(5);
    const D = Float64Array.from({ length: 3 * 4 * 6 }, () => Math.round(next() * 100));
    const diagonals = costsByDiagonal(D, problem, -1);
    expect(diagonals).toHaveLength((4 + 6 - 1) * 4 * 3);
    const back = alignmentFromDiagonals(diagonals, problem);
    for (let k = 0; k < 3; k++) {
      for (let i = 0; i < 4; i++) {
        for (let j = 0; j < 6; j++) {
          const cell = k * 24 + i * 6 + j;
          expect(back[cell]).toBe(Math.abs(i - j) <= 2 ? D[cell] : -1);
        }
      }
    }
  });
});
