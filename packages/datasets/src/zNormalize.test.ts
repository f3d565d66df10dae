import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { zNormalize } from './zNormalize.js';
import { InvalidArgumentError } from './errors.js';

const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
const populationStd = (xs: readonly number[]): number => {
  const mu = mean(xs);
  return Math.sqrt(mean(xs.map((x) => (x - mu) ** 2)));
};

describe('zNormalize', () => {
  it('matches the hand-computed values for [1, 2, 3] (population std √(2/3))', () => {
    const z = zNormalize([1, 2, 3]);
    expect(z[0]).toBeCloseTo(-Math.sqrt(1.5), 14);
    expect(z[1]).toBe(0);
    expect(z[2]).toBeCloseTo(Math.sqrt(1.5), 14);
  });

  it('gives mean 0 and population std 1 on random series', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 2, maxLength: 64 }).filter(
          (xs) => Math.max(...xs) - Math.min(...xs) > 1e-3,
        ),
        (xs) => {
          const z = zNormalize(xs);
          expect(Math.abs(mean(z))).toBeLessThan(1e-9);
          expect(populationStd(z)).toBeCloseTo(1, 9);
        },
      ),
      { seed: 7, numRuns: 200 },
    );
  });

  it('is invariant to shift and positive scale', () => {
    const xs = [0.3, -1.2, 4.5, 2.2, 0];
    const moved = xs.map((x) => 1000 + 3.5 * x);
    zNormalize(moved).forEach((v, t) => expect(v).toBeCloseTo(zNormalize(xs)[t] as number, 10));
  });

  it('returns zeros for a constant series, also when the mean has rounding error', () => {
    expect(zNormalize([5, 5, 5])).toEqual([0, 0, 0]);
    expect(zNormalize([0, 0])).toEqual([0, 0]);
    expect(zNormalize([0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1])).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(zNormalize([42])).toEqual([0]);
  });

  it('still normalises a series with a tiny but real amplitude', () => {
    expect(zNormalize([1e-12, -1e-12])).toEqual([1, -1]);
  });

  it('keeps accuracy with a large offset (two-pass variance)', () => {
    const z = zNormalize([1e9 + 1, 1e9 + 2, 1e9 + 3]);
    expect(z[2]).toBeCloseTo(Math.sqrt(1.5), 6);
  });

  it('does not modify its input', () => {
    const xs = [3, 1, 2];
    zNormalize(xs);
    expect(xs).toEqual([3, 1, 2]);
  });

  it('rejects empty and non-finite input with the index', () => {
    expect(() => zNormalize([])).toThrow(InvalidArgumentError);
    expect(() => zNormalize([1, Number.NaN])).toThrow(/got NaN at index 1/);
    expect(() => zNormalize([Number.POSITIVE_INFINITY])).toThrow(/got Infinity at index 0/);
  });
});
