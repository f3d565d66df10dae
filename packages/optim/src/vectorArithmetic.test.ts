import { describe, expect, it } from 'vitest';
import { addScaled, allFinite, dot, infNorm, norm2, subtract } from './vectorArithmetic.js';

describe('vectorArithmetic', () => {
  it('computes dot products, norms and affine combinations', () => {
    expect(dot(Float64Array.of(1, 2, 3), Float64Array.of(4, -5, 6))).toBe(12);
    expect(norm2(Float64Array.of(3, 4))).toBe(5);
    expect(infNorm(Float64Array.of(1, -7, 3))).toBe(7);
    expect(Array.from(addScaled(Float64Array.of(1, 1), -2, Float64Array.of(0.5, 1)))).toEqual([0, -1]);
    expect(Array.from(subtract(Float64Array.of(3, 1), Float64Array.of(1, 4)))).toEqual([2, -3]);
  });

  it('infNorm propagates NaN wherever it is, allFinite catches NaN and ±Infinity', () => {
    expect(infNorm(Float64Array.of(NaN, 1))).toBeNaN();
    expect(infNorm(Float64Array.of(1, NaN))).toBeNaN();
    expect(infNorm(Float64Array.of(1, NaN, 5))).toBeNaN();
    expect(allFinite([1, 2])).toBe(true);
    expect(allFinite([1, Infinity])).toBe(false);
    expect(allFinite(Float64Array.of(-Infinity))).toBe(false);
    expect(allFinite([NaN])).toBe(false);
  });
});
