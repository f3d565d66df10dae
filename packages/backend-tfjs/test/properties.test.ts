/**
 * The tfjs kernels against a brute-force oracle (every alignment path of tiny problems) and
 * fast-check properties: soft-DTW ≤ DTW, symmetry, E in [0, 1] with E at both corners 1.
 * Property runs are few (tfjs per-op overhead makes each case cost milliseconds).
 */
import { Tensor } from '@softdtw/autodiff';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { tfjsSeriesBatchKernel } from '../src/seriesBatchKernels.js';
import { tfjsSoftDtwGradKernel, tfjsSoftDtwWithResidualsKernel } from '../src/softDtwCostKernels.js';
import { createTfjsSoftDtwBackend, type TfjsSoftDtwBackend } from '../src/TfjsSoftDtwBackend.js';
import { seriesBatchInputs } from './seriesBatchInputs.js';
import { useTfjsBackend } from './useTfjsBackend.js';

let backend: TfjsSoftDtwBackend;

beforeAll(async () => {
  backend = createTfjsSoftDtwBackend(await useTfjsBackend('cpu'));
});

/** Every monotone alignment path from (0, 0) to (n − 1, m − 1), as lists of cells. */
function alignmentPaths(n: number, m: number): Array<Array<[number, number]>> {
  if (n === 1 && m === 1) return [[[0, 0]]];
  const paths: Array<Array<[number, number]>> = [];
  for (const [di, dj] of [[1, 1], [1, 0], [0, 1]] as const) {
    if (n - di < 1 || m - dj < 1) continue;
    for (const path of alignmentPaths(n - di, m - dj)) paths.push([...path, [n - 1, m - 1]]);
  }
  return paths;
}

/** Brute-force soft-DTW value and gradient of univariate series (float64). */
function bruteForce(x: number[], y: number[], gamma: number): { value: number; gradX: number[] } {
  const costs = alignmentPaths(x.length, y.length).map((path) => ({ path, cost: path.reduce((s, [i, j]) => s + (x[i]! - y[j]!) ** 2, 0) }));
  const lowest = Math.min(...costs.map((c) => c.cost));
  const weights = costs.map((c) => Math.exp(-(c.cost - lowest) / gamma));
  const total = weights.reduce((a, b) => a + b, 0);
  const gradX = x.map(() => 0);
  costs.forEach(({ path }, k) => {
    for (const [i, j] of path) gradX[i]! += (weights[k]! / total) * 2 * (x[i]! - y[j]!);
  });
  return { value: lowest - gamma * Math.log(total), gradX };
}

const series = (maxLength: number) => fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: 1, maxLength });

describe('brute-force oracle', () => {
  it('matches the sum over all alignment paths for n, m ≤ 4 (values and gradients)', () => {
    const cases: Array<[number[], number[], number]> = [
      [[0.5], [1, -1, 2], 1],
      [[0, 1, 2, 0.5], [1, 0.5, -1], 0.3],
      [[2, -1], [0, 0, 1, 3], 2],
      [[1, 2, 3, 4], [4, 3, 2, 1], 0.1],
    ];
    for (const [x, y, gamma] of cases) {
      const oracle = bruteForce(x, y, gamma);
      const out = tfjsSeriesBatchKernel(backend, seriesBatchInputs([x.map((v) => [v])], [y.map((v) => [v])]), {
        p: 1,
        gamma,
        radius: Infinity,
        gradients: true,
        dtype: 'float32',
      });
      expect(out.values[0]).toBeCloseTo(oracle.value, 5);
      oracle.gradX.forEach((g, i) => expect(out.gradX![i]).toBeCloseTo(g, 5));
    }
  });
});

describe('properties (fast-check)', () => {
  it('soft-DTW ≤ DTW, and both are symmetric in (x, y)', () => {
    fc.assert(
      fc.property(series(6), series(6), fc.double({ min: 0.01, max: 10, noNaN: true }), (x, y, gamma) => {
        const inputs = seriesBatchInputs([x.map((v) => [v]), y.map((v) => [v])], [y.map((v) => [v]), x.map((v) => [v])]);
        const attrs = { p: 1, radius: Infinity, gradients: false, dtype: 'float32' as const };
        const soft = tfjsSeriesBatchKernel(backend, inputs, { ...attrs, gamma }).values;
        const hard = tfjsSeriesBatchKernel(backend, inputs, { ...attrs, gamma: 0 }).values;
        const scale = 1e-5 * Math.max(1, hard[0]!);
        expect(soft[0]).toBeLessThanOrEqual(hard[0]! + scale);
        expect(Math.abs(soft[0]! - soft[1]!)).toBeLessThanOrEqual(scale);
        expect(hard[0]).toBe(hard[1]);
      }),
      { numRuns: 12, seed: 7 },
    );
  });

  it('E has entries in [0, 1] and E = 1 at both corners', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }), fc.integer({ min: 0, max: 1000 }), (n, m, seed) => {
        const D = new Tensor(Float64Array.from({ length: n * m }, (_, k) => ((seed * 7919 + k * 104729) % 1000) / 100), [n, m]);
        const { residuals } = tfjsSoftDtwWithResidualsKernel(backend, { D }, { gamma: 0.5 });
        const E = tfjsSoftDtwGradKernel(backend, { residuals, shape: D.shape }, { gamma: 0.5 }).data;
        for (const e of E) {
          expect(e).toBeGreaterThanOrEqual(0);
          expect(e).toBeLessThanOrEqual(1 + 1e-6);
        }
        expect(E[0]).toBeCloseTo(1, 5);
        expect(E[n * m - 1]).toBeCloseTo(1, 5);
      }),
      { numRuns: 12, seed: 11 },
    );
  });
});
