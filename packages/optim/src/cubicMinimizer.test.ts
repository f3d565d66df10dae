import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cubicMinimizer } from './cubicMinimizer.js';

describe('cubicMinimizer', () => {
  it('recovers the minimizer of a parabola from two knots', () => {
    // φ(t) = (t − 1)²
    expect(cubicMinimizer({ alpha: 0, value: 1, slope: -2 }, { alpha: 3, value: 4, slope: 4 })).toBeCloseTo(1, 14);
    // knot order does not matter
    expect(cubicMinimizer({ alpha: 3, value: 4, slope: 4 }, { alpha: 0, value: 1, slope: -2 })).toBeCloseTo(1, 14);
  });

  it('recovers the local minimizer of any cubic with one, from any two distinct knots', () => {
    // φ(t) = a t³ + b t² + c t with a ≠ 0 and a local minimizer where φ'' > 0.
    fc.assert(
      fc.property(
        fc.double({ min: 0.05, max: 3, noNaN: true }),
        fc.boolean(),
        fc.double({ min: 0.1, max: 3, noNaN: true }),
        fc.double({ min: -5, max: 5, noNaN: true }),
        fc.double({ min: -5, max: 5, noNaN: true }),
        fc.double({ min: 0.1, max: 5, noNaN: true }),
        (magnitude, positive, minimizer, otherCritical, t0, gap) => {
          // φ'(t) = 3a (t − r1)(t − r2); with a > 0 the larger root is the minimizer, with a < 0 the smaller.
          const a = positive ? magnitude : -magnitude;
          const t1 = t0 + gap;
          const r1 = minimizer;
          const r2 = a > 0 ? r1 - 1 - Math.abs(otherCritical) : r1 + 1 + Math.abs(otherCritical);
          const slope = (t: number): number => 3 * a * (t - r1) * (t - r2);
          const value = (t: number): number => a * t ** 3 - 1.5 * a * (r1 + r2) * t ** 2 + 3 * a * r1 * r2 * t;
          const found = cubicMinimizer(
            { alpha: t0, value: value(t0), slope: slope(t0) },
            { alpha: t1, value: value(t1), slope: slope(t1) },
          );
          expect(found).toBeCloseTo(r1, 6);
        },
      ),
      { seed: 1703, numRuns: 300 },
    );
  });

  it('returns NaN when there is no local minimizer, the knots coincide or an input is not finite', () => {
    // φ(t) = −t²: concave, no minimizer
    expect(cubicMinimizer({ alpha: -1, value: -1, slope: 2 }, { alpha: 2, value: -4, slope: -4 })).toBeNaN();
    expect(cubicMinimizer({ alpha: 1, value: 0, slope: -1 }, { alpha: 1, value: 0, slope: 1 })).toBeNaN();
    expect(cubicMinimizer({ alpha: 0, value: 0, slope: -1 }, { alpha: 1, value: Infinity, slope: NaN })).toBeNaN();
    expect(cubicMinimizer({ alpha: 0, value: 0, slope: 0 }, { alpha: 1, value: 0, slope: 0 })).toBeNaN();
  });

  it('does not overflow with huge slopes', () => {
    // φ(t) = 1e300 (t − 1)² / 1e150 scaled: slopes ~1e160 would overflow when squared without scaling
    const k = 1e160;
    const found = cubicMinimizer({ alpha: 0, value: k, slope: -2 * k }, { alpha: 3, value: 4 * k, slope: 4 * k });
    expect(found).toBeCloseTo(1, 12);
  });
});
