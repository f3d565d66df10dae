import { softDtw } from '@softdtw/core';
import { SeededRandom } from '@softdtw/datasets';
import { describe, expect, test } from 'vitest';
import { softDtwBarycenter } from './softDtwBarycenter.js';
import { softDtwBarycenterObjective } from './softDtwBarycenterObjective.js';

function randomWalk(random: SeededRandom, n: number): number[] {
  const out = [random.nextGaussian()];
  for (let i = 1; i < n; i++) out.push(out[i - 1] + random.nextGaussian());
  return out;
}

function maxAbsDiff(a: readonly number[], b: readonly number[]): number {
  return Math.max(...a.map((v, i) => Math.abs(v - b[i])));
}

describe('softDtwBarycenter', () => {
  // The problem is non-convex: from a random start L-BFGS finds another local minimum, so these
  // tests start from the series plus noise of standard deviation 0.2.
  const perturbed = (x: readonly number[], seed: number): number[] => {
    const random = new SeededRandom(seed);
    return x.map((v) => v + 0.2 * random.nextGaussian());
  };

  test('the divergence barycenter of one series is that series, from a perturbed start', () => {
    const x = randomWalk(new SeededRandom(1), 12);
    const result = softDtwBarycenter([x], { gamma: 1, objective: 'divergence', init: perturbed(x, 3), maxIter: 500, tol: 1e-12 });
    expect(result.barycenter).toHaveLength(12);
    expect(maxAbsDiff(result.barycenter, x)).toBeLessThan(1e-3);
    expect(result.loss).toBeLessThan(1e-6);
  });

  test('the soft-DTW barycenter of one series tends to that series as γ → 0', () => {
    const x = randomWalk(new SeededRandom(2), 10);
    const gap = (gamma: number): number => maxAbsDiff(softDtwBarycenter([x], { gamma, maxIter: 300 }).barycenter, x);
    expect(gap(1e-3)).toBeLessThan(1e-2);
    expect(gap(1e-3)).toBeLessThan(gap(1));
  });

  test('weights with all mass on one series give the barycenter of that series alone', () => {
    const random = new SeededRandom(4);
    const xs = [randomWalk(random, 9), randomWalk(random, 12), randomWalk(random, 7)];
    const init = perturbed(xs[1], 5);
    const alone = softDtwBarycenter([xs[1]], { gamma: 0.5, objective: 'divergence', init, maxIter: 500, tol: 1e-12 });
    const weighted = softDtwBarycenter(xs, { gamma: 0.5, weights: [0, 2, 0], objective: 'divergence', init, maxIter: 500, tol: 1e-12 });
    expect(maxAbsDiff(weighted.barycenter, alone.barycenter)).toBeLessThan(1e-6);
    expect(maxAbsDiff(weighted.barycenter, xs[1])).toBeLessThan(1e-3);
  });

  test('the loss decreases from the start, lossHistory is non-increasing and the loss is Eq. 4 at the result', () => {
    const random = new SeededRandom(6);
    const xs = [randomWalk(random, 15), randomWalk(random, 20), randomWalk(random, 18)];
    const result = softDtwBarycenter(xs, { gamma: 0.1 });
    expect(result.lossHistory).toHaveLength(result.iterations + 1);
    for (let t = 1; t < result.lossHistory.length; t++) expect(result.lossHistory[t]).toBeLessThanOrEqual(result.lossHistory[t - 1]);
    const recomputed = xs.reduce((sum, x) => sum + softDtw(result.barycenter, x, { gamma: 0.1 }) / x.length, 0);
    expect(result.loss).toBeCloseTo(recomputed, 10);
    expect(result.loss).toBeLessThan(result.lossHistory[0]);
    expect(result.barycenter).toHaveLength(20); // the longest series
  });

  test('multivariate series give a [L][p] barycenter; the length option is honoured', () => {
    const xs = [
      [[0, 1], [1, 2], [2, 3]],
      [[0, 1], [2, 3], [2, 3], [1, 0]],
    ];
    const result = softDtwBarycenter(xs, { gamma: 1, length: 5 });
    expect(result.barycenter).toHaveLength(5);
    expect(result.barycenter.every((row) => row.length === 2)).toBe(true);
    expect(result.loss).toBeLessThan(result.lossHistory[0]);
  });

  test('random init is reproducible for a seed and differs across seeds', () => {
    const xs = [[0, 1, 2, 3], [0, 2, 2, 3]];
    const a = softDtwBarycenter(xs, { init: 'random', seed: 1, maxIter: 0 }).barycenter;
    const b = softDtwBarycenter(xs, { init: 'random', seed: 1, maxIter: 0 }).barycenter;
    const c = softDtwBarycenter(xs, { init: 'random', seed: 2, maxIter: 0 }).barycenter;
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
  });

  test('maxIter: 0 returns the Euclidean-mean init (resampled for unequal lengths)', () => {
    expect(softDtwBarycenter([[0, 2, 4], [2, 4, 6]], { maxIter: 0 }).barycenter).toEqual([1, 3, 5]);
    // [0, 4] resampled to length 3 is [0, 2, 4]; averaged with [2, 2, 2].
    expect(softDtwBarycenter([[0, 4], [2, 2, 2]], { maxIter: 0 }).barycenter).toEqual([1, 2, 3]);
  });

  test('a tol stops earlier than the default tolerances', () => {
    const random = new SeededRandom(8);
    const xs = [randomWalk(random, 30), randomWalk(random, 30), randomWalk(random, 30)];
    const loose = softDtwBarycenter(xs, { gamma: 1, tol: 1e-2, normalizeByLength: false });
    const tight = softDtwBarycenter(xs, { gamma: 1, normalizeByLength: false });
    expect(loose.iterations).toBeLessThan(tight.iterations);
    expect(tight.loss).toBeLessThanOrEqual(loose.loss);
    expect(tight.converged).toBe(true);
  });
});

describe('softDtwBarycenterObjective', () => {
  // Directional derivative check: ⟨∇F(Z), t⟩ ≈ (F(Z + εt) − F(Z − εt)) / 2ε, float64, ε = 1e-6.
  const cases = [
    { name: 'softdtw, normalised, random weights, univariate, variable lengths', objective: 'softdtw', normalizeByLength: true, p: 1 },
    { name: 'softdtw, plain sum, multivariate', objective: 'softdtw', normalizeByLength: false, p: 3 },
    { name: 'divergence, normalised, multivariate', objective: 'divergence', normalizeByLength: true, p: 2 },
    { name: 'divergence, plain sum, univariate', objective: 'divergence', normalizeByLength: false, p: 1 },
  ] as const;
  test.each(cases)('gradient matches central differences: $name', ({ objective, normalizeByLength, p }) => {
    const random = new SeededRandom(11);
    const lengths = [7, 11, 9, 5];
    const series = lengths.map((n) => Array.from({ length: n }, () => Array.from({ length: p }, () => random.nextGaussian())));
    const weights = lengths.map(() => random.next() + 0.1);
    for (const gamma of [0.01, 0.3, 2]) {
      const f = softDtwBarycenterObjective(series, 8, { gamma, weights, objective, normalizeByLength });
      const z = Float64Array.from({ length: 8 * p }, () => random.nextGaussian());
      const { grad } = f.evaluate(z);
      for (let trial = 0; trial < 3; trial++) {
        const t = Float64Array.from({ length: 8 * p }, () => random.nextGaussian());
        const eps = 1e-6;
        const plus = f.evaluate(z.map((v, i) => v + eps * t[i])).value;
        const minus = f.evaluate(z.map((v, i) => v - eps * t[i])).value;
        const numeric = (plus - minus) / (2 * eps);
        const analytic = grad.reduce((s, g, i) => s + g * t[i], 0);
        expect(Math.abs(numeric - analytic)).toBeLessThan(1e-6 * Math.max(1, Math.abs(analytic)));
      }
    }
  });

  test('value is Σ λ_i / m_i · sdtw(Z, X_i), and the divergence is 0 at Z = X for one series', () => {
    const xs = [[0, 1, 3], [1, 1, 2, 5]];
    const z = [0.5, 1, 2, 4];
    const f = softDtwBarycenterObjective(xs, 4, { gamma: 0.7, weights: [2, 3] });
    const expected = (2 / 3) * softDtw(z, xs[0], { gamma: 0.7 }) + (3 / 4) * softDtw(z, xs[1], { gamma: 0.7 });
    expect(f.evaluate(Float64Array.from(z)).value).toBeCloseTo(expected, 12);
    const divergence = softDtwBarycenterObjective([xs[1]], 4, { gamma: 0.7, objective: 'divergence' });
    expect(Math.abs(divergence.evaluate(Float64Array.from(xs[1])).value)).toBeLessThan(1e-12);
  });
});
