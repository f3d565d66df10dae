import { describe, expect, it } from 'vitest';
import { bandMask, diagonalLayout, insideBand } from './diagonalLayout.js';
import { wavefrontProblem } from './WavefrontProblem.js';

describe('diagonalLayout', () => {
  it('marks where each item ends: slot n_k − 1 of diagonal n_k + m_k − 2', () => {
    const layout = diagonalLayout(wavefrontProblem(2, 3, 2, 1, Infinity, Int32Array.of(3, 1), null));
    expect(layout.diagonals).toBe(4);
    expect([...layout.endings.keys()].sort()).toEqual([1, 3]);
    expect(Array.from(layout.endings.get(3)!)).toEqual([0, 0, 0, 0, 1, 0]); // [n, b]: item 0 at row 2
    expect(Array.from(layout.endings.get(1)!)).toEqual([0, 1, 0, 0, 0, 0]); // item 1 at row 0
  });

  it('shares one table between items ending on the same diagonal', () => {
    const layout = diagonalLayout(wavefrontProblem(3, 2, 2, 1, Infinity, null, null));
    expect(layout.endings.size).toBe(1);
    expect(Array.from(layout.endings.get(2)!)).toEqual([0, 0, 0, 1, 1, 1]);
  });

  it('tells matrix cells inside the band from the rest', () => {
    const banded = wavefrontProblem(1, 3, 3, 1, 0, null, null);
    expect(insideBand(banded, 2, 1)).toBe(true); // (1, 1)
    expect(insideBand(banded, 2, 0)).toBe(false); // (0, 2): |i − j| = 2
    expect(insideBand(banded, 1, 2)).toBe(false); // (2, −1): outside the matrix
    expect(insideBand(wavefrontProblem(1, 3, 3, 1, Infinity, null, null), 4, 1)).toBe(false); // (1, 3)
  });

  it('builds an additive band mask only when a band cuts cells', () => {
    expect(bandMask(wavefrontProblem(1, 2, 2, 1, Infinity, null, null), 1e30)).toBeNull();
    expect(bandMask(wavefrontProblem(1, 2, 2, 1, 4, null, null), 1e30)).toBeNull();
    const mask = bandMask(wavefrontProblem(2, 2, 2, 1, 0, null, null), 7)!;
    // [L = 3, n = 2, b = 2]: diagonal 1 (cells (0,1), (1,0)) is outside radius 0, as are rows 1 of d 0 and 0 of d 2.
    expect(Array.from(mask)).toEqual([0, 0, 7, 7, 7, 7, 7, 7, 7, 7, 0, 0]);
  });
});
