/**
 * Property tests (fast-check, fixed seed, modest numRuns so the suite stays fast; set
 * SOFTDTW_SLOW_PROPERTIES=1 for 20× more runs when changing a kernel).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dtw,
  softDtw,
  softDtwAlignment,
  softDtwBatch,
  softDtwBatchValueAndGrad,
  softDtwDivergence,
  softDtwValueAndGrad,
} from '../src/index.js';
import { delannoy } from './enumerateAlignmentPaths.js';

const numRuns = process.env['SOFTDTW_SLOW_PROPERTIES'] === '1' ? 2000 : 100;
const params = { seed: 20240517, numRuns };

const value = fc.double({ min: -10, max: 10, noNaN: true, noDefaultInfinity: true });
/** A pair of multivariate series with a common feature count p ∈ [1, 3] and lengths in [1, 8]. */
const seriesPair = fc.integer({ min: 1, max: 3 }).chain((p) =>
  fc.tuple(
    fc.array(fc.array(value, { minLength: p, maxLength: p }), { minLength: 1, maxLength: 8 }),
    fc.array(fc.array(value, { minLength: p, maxLength: p }), { minLength: 1, maxLength: 8 }),
  ),
);
const gamma = fc.constantFrom(0.01, 0.1, 1, 10);

describe('properties', () => {
  it('soft-DTW ≤ DTW for γ > 0, and ≥ DTW − γ log(#paths)', () => {
    fc.assert(
      fc.property(seriesPair, gamma, ([x, y], g) => {
        const hard = dtw(x, y).value;
        const soft = softDtw(x, y, { gamma: g });
        const slack = 1e-12 * Math.max(1, Math.abs(hard));
        expect(soft).toBeLessThanOrEqual(hard + slack);
        expect(soft).toBeGreaterThanOrEqual(hard - g * Math.log(delannoy(x.length - 1, y.length - 1)) - slack);
      }),
      params,
    );
  });

  it('soft-DTW → DTW as γ → 0', () => {
    fc.assert(
      fc.property(seriesPair, ([x, y]) => {
        const hard = dtw(x, y).value;
        const gaps = [1, 1e-2, 1e-4, 1e-6].map((g) => hard - softDtw(x, y, { gamma: g }));
        for (let k = 1; k < gaps.length; k++) expect(gaps[k]).toBeLessThanOrEqual(gaps[k - 1] + 1e-12 * Math.max(1, hard));
        expect(gaps[3]).toBeLessThanOrEqual(1e-6 * Math.log(delannoy(x.length - 1, y.length - 1)) + 1e-12 * Math.max(1, hard));
      }),
      params,
    );
  });

  it('is symmetric for the (symmetric) squared Euclidean cost', () => {
    fc.assert(
      fc.property(seriesPair, gamma, ([x, y], g) => {
        const a = softDtw(x, y, { gamma: g });
        const b = softDtw(y, x, { gamma: g });
        expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(a)));
      }),
      params,
    );
  });

  it('has E in [0, 1] with both corners 1', () => {
    fc.assert(
      fc.property(seriesPair, fc.constantFrom(0, 0.01, 1, 10), ([x, y], g) => {
        const { alignment } = softDtwAlignment(x, y, { gamma: g });
        for (const row of alignment) for (const e of row) expect(e >= 0 && e <= 1 + 1e-14).toBe(true);
        expect(Math.abs(alignment[0][0] - 1)).toBeLessThan(1e-13);
        expect(alignment[x.length - 1][y.length - 1]).toBe(1);
      }),
      params,
    );
  });

  it('divergence ≥ 0 (up to rounding) and = 0 at x = y', () => {
    fc.assert(
      fc.property(seriesPair, gamma, ([x, y], g) => {
        const scale = Math.max(1, softDtw(x, x, { gamma: 0 }) + Math.abs(softDtw(x, y, { gamma: g })));
        expect(softDtwDivergence(x, y, { gamma: g })).toBeGreaterThanOrEqual(-1e-12 * scale);
        expect(softDtwDivergence(x, x, { gamma: g })).toBe(0);
      }),
      params,
    );
  });

  it('never mutates its inputs', () => {
    fc.assert(
      fc.property(seriesPair, gamma, ([x, y], g) => {
        const before = JSON.stringify([x, y]);
        const flat = Float64Array.from(x.map((row) => row[0]));
        const flatBefore = Array.from(flat);
        softDtw(x, y, { gamma: g });
        softDtwValueAndGrad(x, y, { gamma: g });
        softDtwAlignment(x, y, { gamma: g });
        softDtwBatchValueAndGrad([x], [y], { gamma: g });
        softDtwValueAndGrad(flat, flat, { gamma: g });
        expect(JSON.stringify([x, y])).toBe(before);
        expect(Array.from(flat)).toEqual(flatBefore);
      }),
      params,
    );
  });

  it('a band of radius ≥ max(n, m) changes nothing', () => {
    fc.assert(
      fc.property(seriesPair, gamma, fc.integer({ min: 0, max: 3 }), ([x, y], g, extra) => {
        const band = Math.max(x.length, y.length) + extra;
        expect(softDtw(x, y, { gamma: g, band })).toBe(softDtw(x, y, { gamma: g }));
        const banded = softDtwValueAndGrad(x, y, { gamma: g, band });
        const free = softDtwValueAndGrad(x, y, { gamma: g });
        expect(banded).toEqual(free);
      }),
      params,
    );
  });

  it('batched equals one by one, with varied lengths', () => {
    fc.assert(
      fc.property(fc.array(seriesPair, { minLength: 0, maxLength: 5 }), gamma, (pairs, g) => {
        const xs = pairs.map(([x]) => x);
        const ys = pairs.map(([, y]) => y);
        const values = softDtwBatch(xs, ys, { gamma: g });
        const withGrad = softDtwBatchValueAndGrad(xs, ys, { gamma: g });
        pairs.forEach(([x, y], k) => {
          expect(values[k]).toBe(softDtw(x, y, { gamma: g }));
          const single = softDtwValueAndGrad(x, y, { gamma: g });
          expect(withGrad.values[k]).toBe(single.value);
          expect(withGrad.gradX[k]).toEqual(single.gradX);
        });
      }),
      params,
    );
  });
});
