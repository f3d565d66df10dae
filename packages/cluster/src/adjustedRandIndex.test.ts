import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { adjustedRandIndex } from './adjustedRandIndex.js';
import { EmptyInputError, LabelCountMismatchError } from './errors.js';

describe('adjustedRandIndex', () => {
  test('is 1 for the same partition under relabelling', () => {
    expect(adjustedRandIndex([0, 0, 1, 1, 2], ['b', 'b', 'a', 'a', 'c'])).toBe(1);
  });

  test('matches hand-computed values', () => {
    // Contingency [[2, 0, 0], [0, 1, 1]]: index 1, row pairs 2, column pairs 1, C(4, 2) = 6,
    // expected 1/3, max 3/2 → (1 − 1/3) / (3/2 − 1/3) = 4/7.
    expect(adjustedRandIndex([0, 0, 1, 1], [0, 0, 1, 2])).toBeCloseTo(4 / 7, 14);
    // One cluster vs all singletons: index 0, expected 0, max 3 → 0.
    expect(adjustedRandIndex([0, 0, 0, 0], [0, 1, 2, 3])).toBe(0);
    // Worse than chance is negative: contingency [[1, 1], [1, 1]] → (0 − 1/3) / (1 − 1/3) = −1/2.
    expect(adjustedRandIndex([0, 0, 1, 1], [0, 1, 0, 1])).toBeCloseTo(-0.5, 14);
  });

  test('is symmetric and at most 1', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 })), { minLength: 2, maxLength: 30 }), (pairs) => {
        const a = pairs.map(([u]) => u);
        const b = pairs.map(([, v]) => v);
        const ari = adjustedRandIndex(a, b);
        expect(ari).toBeCloseTo(adjustedRandIndex(b, a), 12);
        expect(ari).toBeLessThanOrEqual(1 + 1e-12);
      }),
      { numRuns: 100, seed: 5 },
    );
  });

  test('rejects labelings of different lengths and empty ones', () => {
    expect(() => adjustedRandIndex([0, 1], [0])).toThrow(LabelCountMismatchError);
    expect(() => adjustedRandIndex([], [])).toThrow(EmptyInputError);
  });
});
