import { describe, expect, it } from 'vitest';
import { bruteForceSoftDtw, delannoy, enumerateAlignmentPaths, randomSeries, seededRandom } from '../../test/enumerateAlignmentPaths.js';
import { softDtwCostBackward } from './softDtwCostBackward.js';
import { softDtwCostForward, type SoftDtwCostProblem } from './softDtwCostForward.js';

const single = (n: number, m: number, gamma: number, radius = Infinity): SoftDtwCostProblem => ({
  batch: 1, n, m, lengthsX: null, lengthsY: null, gamma, radius,
});

describe('softDtwCostForward / softDtwCostBackward against the brute-force oracle', () => {
  it('enumerates Delannoy(n − 1, m − 1) paths for every n, m ≤ 4', () => {
    for (let n = 1; n <= 4; n++) {
      for (let m = 1; m <= 4; m++) expect(enumerateAlignmentPaths(n, m).length).toBe(delannoy(n - 1, m - 1));
    }
    expect(delannoy(3, 3)).toBe(63);
    expect(delannoy(2, 3)).toBe(25);
  });

  it('matches value and E for every n, m ≤ 4 and γ ∈ {0, 0.01, 0.1, 1, 10}', () => {
    const random = seededRandom(11);
    let checked = 0;
    for (let n = 1; n <= 4; n++) {
      for (let m = 1; m <= 4; m++) {
        for (const gamma of [0, 0.01, 0.1, 1, 10]) {
          const D = randomSeries(random, n * m, 1, 3).map(Math.abs);
          const oracle = bruteForceSoftDtw(D, n, m, gamma);
          expect(oracle.pathCount).toBe(delannoy(n - 1, m - 1));
          const { values, residuals } = softDtwCostForward(D, single(n, m, gamma), true);
          expect(values[0]).toBeCloseTo(oracle.value, 12);
          const E = softDtwCostBackward(residuals!);
          for (let k = 0; k < n * m; k++) expect(Math.abs(E[k] - oracle.E[k])).toBeLessThan(1e-12);
          checked++;
        }
      }
    }
    expect(checked).toBe(80);
  });

  it('matches the oracle restricted to the band for every band radius that admits a path', () => {
    const random = seededRandom(12);
    for (const [n, m] of [[4, 4], [3, 4], [4, 2], [4, 3]] as const) {
      for (let radius = Math.abs(n - m); radius <= 3; radius++) {
        for (const gamma of [0, 0.5]) {
          const D = randomSeries(random, n * m, 1, 2);
          const oracle = bruteForceSoftDtw(D, n, m, gamma, radius);
          const { values, residuals } = softDtwCostForward(D, single(n, m, gamma, radius), true);
          expect(values[0]).toBeCloseTo(oracle.value, 12);
          const E = softDtwCostBackward(residuals!);
          for (let k = 0; k < n * m; k++) expect(Math.abs(E[k] - oracle.E[k])).toBeLessThan(1e-12);
        }
      }
    }
  });

  it('gives −γ log Delannoy for an all-zero cost (the reference case zeros_n3_m4_g1 = −log 25)', () => {
    const { values } = softDtwCostForward(new Float64Array(12), single(3, 4, 1), false);
    expect(values[0]).toBeCloseTo(-Math.log(25), 14);
  });

  it('handles a batch with per-item lengths exactly like the items one by one', () => {
    const random = seededRandom(13);
    const n = 5;
    const m = 6;
    const lengthsX = new Int32Array([5, 2, 1, 4]);
    const lengthsY = new Int32Array([6, 3, 1, 6]);
    const batch = lengthsX.length;
    const D = randomSeries(random, batch * n * m, 1, 2).map(Math.abs);
    for (const gamma of [0, 0.3]) {
      const problem: SoftDtwCostProblem = { batch, n, m, lengthsX, lengthsY, gamma, radius: Infinity };
      const { values, residuals } = softDtwCostForward(D, problem, true);
      const E = softDtwCostBackward(residuals!);
      for (let k = 0; k < batch; k++) {
        const nk = lengthsX[k];
        const mk = lengthsY[k];
        const block = new Float64Array(nk * mk);
        for (let i = 0; i < nk; i++) for (let j = 0; j < mk; j++) block[i * mk + j] = D[k * n * m + i * m + j];
        const oracle = bruteForceSoftDtw(block, nk, mk, gamma);
        expect(values[k]).toBeCloseTo(oracle.value, 12);
        for (let i = 0; i < n; i++) {
          for (let j = 0; j < m; j++) {
            const expected = i < nk && j < mk ? oracle.E[i * mk + j] : 0;
            expect(Math.abs(E[k * n * m + i * m + j] - expected)).toBeLessThan(1e-12);
          }
        }
      }
    }
  });

  it('does not write into D', () => {
    const D = new Float64Array([3, 1, 4, 1, 5, 9]);
    const copy = D.slice();
    softDtwCostBackward(softDtwCostForward(D, single(2, 3, 1), true).residuals!);
    expect(Array.from(D)).toEqual(Array.from(copy));
  });

  it('stores no residuals when not asked to', () => {
    expect(softDtwCostForward(new Float64Array(4), single(2, 2, 1), false).residuals).toBeNull();
  });
});
