import { describe, expect, it } from 'vitest';
import { InvalidArgumentError, InvalidOptionError } from './errors.js';
import { strongWolfeLineSearch, type LineSearchTrial } from './strongWolfeLineSearch.js';

type Phi = (alpha: number) => LineSearchTrial;
const fromFunction = (f: (t: number) => number, df: (t: number) => number): Phi => (alpha) => ({
  alpha,
  value: f(alpha),
  slope: df(alpha),
});

/** 1-D test functions φ with φ'(0) < 0. */
const cases: Array<{ name: string; phi: Phi }> = [
  { name: 'parabola (t − 2)²', phi: fromFunction((t) => (t - 2) ** 2, (t) => 2 * (t - 2)) },
  { name: 'steep parabola 1e4 (t − 1e-3)²', phi: fromFunction((t) => 1e4 * (t - 1e-3) ** 2, (t) => 2e4 * (t - 1e-3)) },
  { name: 'quartic (t − 5)⁴', phi: fromFunction((t) => (t - 5) ** 4, (t) => 4 * (t - 5) ** 3) },
  // Moré & Thuente (1994) function 1: φ(t) = −t / (t² + β), β = 2
  { name: 'Moré–Thuente 1', phi: fromFunction((t) => -t / (t * t + 2), (t) => (t * t - 2) / (t * t + 2) ** 2) },
  // φ(t) = exp(−t) + t²/10 + sin(3t)/5: wiggly
  {
    name: 'wiggly',
    phi: fromFunction(
      (t) => Math.exp(-t) + (t * t) / 10 + Math.sin(3 * t) / 5,
      (t) => -Math.exp(-t) + t / 5 + (3 * Math.cos(3 * t)) / 5,
    ),
  },
];

describe('strongWolfeLineSearch', () => {
  for (const { name, phi } of cases) {
    for (const initialStep of [1e-6, 1e-2, 1, 100, 1e6]) {
      it(`finds a strong-Wolfe step for ${name} from α₀ = ${initialStep}`, () => {
        const start = phi(0);
        const c1 = 1e-4;
        const c2 = 0.9;
        const result = strongWolfeLineSearch(phi, start, initialStep, { c1, c2, maxEvaluations: 40 });
        expect(result.status).toBe('wolfe');
        const point = result.point!;
        expect(point.alpha).toBeGreaterThan(0);
        expect(point.value).toBeLessThanOrEqual(start.value + c1 * point.alpha * start.slope);
        expect(Math.abs(point.slope)).toBeLessThanOrEqual(c2 * Math.abs(start.slope));
        expect(result.nonFiniteEvaluations).toBe(0);
      });
    }
  }

  it('accepts the first trial when it already satisfies both conditions (one evaluation)', () => {
    const phi = fromFunction((t) => (t - 2) ** 2, (t) => 2 * (t - 2));
    const result = strongWolfeLineSearch(phi, phi(0), 1.5);
    expect(result).toMatchObject({ status: 'wolfe', evaluations: 1 });
    expect(result.point?.alpha).toBe(1.5);
  });

  it('lands exactly on the minimizer of a parabola after one overshoot (cubic interpolation)', () => {
    const phi = fromFunction((t) => (t - 2) ** 2, (t) => 2 * (t - 2));
    const result = strongWolfeLineSearch(phi, phi(0), 5);
    expect(result.status).toBe('wolfe');
    expect(result.evaluations).toBe(2);
    expect(result.point?.alpha).toBeCloseTo(2, 12);
  });

  it('a tighter c2 gives a step closer to the exact minimizer', () => {
    const { phi } = cases[4]!;
    const loose = strongWolfeLineSearch(phi, phi(0), 1, { c2: 0.9 });
    const tight = strongWolfeLineSearch(phi, phi(0), 1, { c2: 0.01, maxEvaluations: 50 });
    expect(tight.status).toBe('wolfe');
    expect(Math.abs(tight.point!.slope)).toBeLessThanOrEqual(0.01 * Math.abs(phi(0).slope));
    expect(Math.abs(tight.point!.slope)).toBeLessThan(Math.abs(loose.point!.slope));
  });

  it('backs off from non-finite trials and still finds a strong-Wolfe step inside the domain', () => {
    // φ(t) = (t − 1)² for t < 1.2 and NaN beyond: the first trial α = 10 is outside the domain.
    const phi: Phi = (alpha) =>
      alpha < 1.2 ? { alpha, value: (alpha - 1) ** 2, slope: 2 * (alpha - 1) } : { alpha, value: NaN, slope: NaN };
    const result = strongWolfeLineSearch(phi, phi(0), 10);
    expect(result.status).toBe('wolfe');
    expect(result.nonFiniteEvaluations).toBeGreaterThan(0);
    expect(result.point!.alpha).toBeLessThan(1.2);
    expect(Math.abs(result.point!.slope)).toBeLessThanOrEqual(0.9 * 2);
  });

  it('treats ±Infinity values as non-finite too', () => {
    const phi: Phi = (alpha) =>
      alpha < 3 ? { alpha, value: (alpha - 1) ** 2, slope: 2 * (alpha - 1) } : { alpha, value: -Infinity, slope: -1 };
    const result = strongWolfeLineSearch(phi, phi(0), 4);
    expect(result.status).toBe('wolfe');
    expect(result.nonFiniteEvaluations).toBe(1);
  });

  it('stops at the evaluation budget and reports the best sufficient-decrease trial', () => {
    // A wrong slope: the reported φ' is always −1 so the curvature condition never holds, but values decrease.
    const phi: Phi = (alpha) => ({ alpha, value: -alpha, slope: -1 });
    const result = strongWolfeLineSearch(phi, { value: 0, slope: -1 }, 1, { maxEvaluations: 5 });
    expect(result.status).toBe('max-evaluations');
    expect(result.evaluations).toBe(5);
    expect(result.point).not.toBeNull();
    expect(result.point!.value).toBeLessThan(-1); // the bracketing phase extrapolated beyond α = 1
  });

  it('fails without a point when the reported slope lies about the descent (value increases)', () => {
    const phi: Phi = (alpha) => ({ alpha, value: alpha, slope: -1 });
    const result = strongWolfeLineSearch(phi, { value: 0, slope: -1 }, 1, { maxEvaluations: 2000 });
    expect(result.status).toBe('interval-too-small');
    expect(result.point).toBeNull();
    expect(result.evaluations).toBeLessThan(2000);
  });

  it('rejects a non-descent start, a bad initial step and bad options with typed errors', () => {
    const phi = fromFunction((t) => t * t, (t) => 2 * t);
    expect(() => strongWolfeLineSearch(phi, { value: 0, slope: 0 }, 1)).toThrow(InvalidArgumentError);
    expect(() => strongWolfeLineSearch(phi, { value: 0, slope: 1 }, 1)).toThrow(/expected a finite φ\(0\) and a descent direction/);
    expect(() => strongWolfeLineSearch(phi, { value: NaN, slope: -1 }, 1)).toThrow(InvalidArgumentError);
    expect(() => strongWolfeLineSearch(phi, { value: 0, slope: -1 }, 0)).toThrow(/expected a finite initialStep > 0, got 0/);
    expect(() => strongWolfeLineSearch(phi, { value: 0, slope: -1 }, 1, { c1: 0.5, c2: 0.4 })).toThrow(InvalidOptionError);
    expect(() => strongWolfeLineSearch(phi, { value: 0, slope: -1 }, 1, { c1: 0 })).toThrow(/lineSearch.c1 to be a number in \(0, 1\)/);
    expect(() => strongWolfeLineSearch(phi, { value: 0, slope: -1 }, 1, { maxEvaluations: 0 })).toThrow(
      /lineSearch.maxEvaluations to be an integer ≥ 1, got 0/,
    );
  });
});
