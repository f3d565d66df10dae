import { describe, expect, it } from 'vitest';
import { centralDifference, dot, randomDirection } from '../test/centralDifference.js';
import { randomSeries, seededRandom, toRows } from '../test/enumerateAlignmentPaths.js';
import { dtw } from './dtw.js';
import { softDtw } from './softDtw.js';
import { softDtwValueAndGrad } from './softDtwValueAndGrad.js';

describe('softDtwValueAndGrad', () => {
  it('returns gradients in the layout of each input', () => {
    const a = softDtwValueAndGrad([0, 1, 2], new Float64Array([0, 2]), { gamma: 1 });
    expect(Array.isArray(a.gradX)).toBe(true);
    expect(a.gradX.length).toBe(3);
    expect(a.gradY).toBeInstanceOf(Float64Array);
    const b = softDtwValueAndGrad([[0, 1], [1, 1]], [[0, 0]], { gamma: 1 });
    expect(b.gradX.map((row) => row.length)).toEqual([2, 2]);
    expect(b.gradY.length).toBe(1);
  });

  it('has the value of softDtw', () => {
    const random = seededRandom(4);
    const x = randomSeries(random, 12, 1);
    const y = randomSeries(random, 15, 1);
    expect(softDtwValueAndGrad(x, y, { gamma: 0.2 }).value).toBe(softDtw(x, y, { gamma: 0.2 }));
  });

  for (const gamma of [0.01, 0.1, 1, 10]) {
    for (const [n, m, p] of [[9, 7, 1], [6, 11, 3]] as const) {
      it(`passes the central-difference VJP check for ∂/∂x and ∂/∂y (γ=${gamma}, ${n}×${m}×${p})`, () => {
        const random = seededRandom(100 + n + gamma);
        const x = randomSeries(random, n, p);
        const y = randomSeries(random, m, p);
        const asRows = (v: Float64Array, len: number) => toRows(v, len, p);
        const { gradX, gradY } = softDtwValueAndGrad(asRows(x, n), asRows(y, m), { gamma });
        const tx = randomDirection(7, n * p);
        const ty = randomDirection(8, m * p);
        const fx = (v: Float64Array) => softDtw(asRows(v, n), asRows(y, m), { gamma });
        const fy = (v: Float64Array) => softDtw(asRows(x, n), asRows(v, m), { gamma });
        const eps = gamma >= 0.1 ? 1e-6 : 1e-7;
        const tol = 1e-6 * Math.max(1, Math.abs(dot(gradX.flat(), tx)));
        expect(Math.abs(dot(gradX.flat(), tx) - centralDifference(fx, x, tx, eps))).toBeLessThan(tol);
        expect(Math.abs(dot(gradY.flat(), ty) - centralDifference(fy, y, ty, eps))).toBeLessThan(1e-6 * Math.max(1, Math.abs(dot(gradY.flat(), ty))));
      });
    }
  }

  it('returns the subgradient along the optimal DTW path at gamma = 0', () => {
    const x = [0, 1, 2];
    const y = [0, 2];
    const { value, gradX, gradY } = softDtwValueAndGrad(x, y, { gamma: 0 });
    const { path } = dtw(x, y);
    const expectedX = [0, 0, 0];
    const expectedY = [0, 0];
    for (const [i, j] of path) {
      expectedX[i] += 2 * (x[i] - y[j]);
      expectedY[j] -= 2 * (x[i] - y[j]);
    }
    expect(value).toBe(1);
    expect(gradX).toEqual(expectedX);
    expect(gradY).toEqual(expectedY);
  });

  it('has zero gradient for identical constant series at gamma = 0', () => {
    const { gradX, gradY } = softDtwValueAndGrad([3, 3], [3, 3, 3], { gamma: 0 });
    expect(gradX).toEqual([0, 0]);
    expect(gradY).toEqual([0, 0, 0]);
  });
});
