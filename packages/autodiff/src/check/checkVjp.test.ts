import { describe, expect, test } from 'vitest';
import { assertGrad, assertVjp, checkGrad, checkVjp, customVjp, exp, GradientCheckError, mul, sum, tensor, type Tensor } from '../index.js';

/** exp with a deliberately wrong derivative (1.01 · eˣ), to prove the checks can fail. */
const wrongExp = customVjp((x: Tensor) => exp(x)).defVjp(
  (x) => {
    const out = exp(x);
    return [out, { out }];
  },
  ({ out }, ct) => [mul(ct, mul(out, 1.01))],
);

describe('checkVjp', () => {
  test('passes for a correct rule and reports both sides', () => {
    const report = checkVjp((x: Tensor) => exp(x), [tensor([0.5, 1])]);
    expect(report.ok).toBe(true);
    expect(report.relError).toBeLessThan(1e-8);
    expect(report.lhs).toBeCloseTo(report.rhs, 8);
  });

  test('fails for a 1% wrong rule; assertVjp throws a GradientCheckError with the numbers', () => {
    const report = checkVjp(wrongExp, [tensor([0.5, 1])]);
    expect(report.ok).toBe(false);
    expect(report.relError).toBeGreaterThan(0.005);
    expect(() => assertVjp(wrongExp, [tensor([0.5, 1])])).toThrow(GradientCheckError);
    expect(() => assertVjp(wrongExp, [tensor([0.5, 1])])).toThrow(/assertVjp: expected <J t, c> ≈ <t, Jᵀ c> within rtol=0.000001, atol=1e-9, got .* \(finite differences\) vs .* \(vjp\)/);
  });

  test('is reproducible for a seed and float32 primals are checked in float64', () => {
    const a = checkVjp((x: Tensor) => exp(x), [tensor([0.5, 1], { dtype: 'float32' })], { seed: 7 });
    const b = checkVjp((x: Tensor) => exp(x), [tensor([0.5, 1], { dtype: 'float32' })], { seed: 7 });
    expect(a).toEqual(b);
    expect(a.ok).toBe(true);
  });

  test('rejects non-tensor primals', () => {
    expect(() => checkVjp((x: Tensor) => x, [1 as unknown as Tensor])).toThrow(expect.objectContaining({ code: 'E_INVALID_ARGUMENT' }));
  });
});

describe('checkGrad', () => {
  test('passes for a correct gradient', () => {
    const report = checkGrad((x: Tensor, y: Tensor) => sum(mul(exp(x), y)), [tensor([0.1, 0.2]), tensor([1, 2])]);
    expect(report.ok).toBe(true);
    expect(report.maxAbsError).toBeLessThan(1e-8);
  });

  test('fails for a wrong rule and names the worst entry', () => {
    const report = checkGrad((x: Tensor) => sum(wrongExp(x)), [tensor([0.1, 2])]);
    expect(report.ok).toBe(false);
    expect(report.worst.arg).toBe(0);
    expect(report.worst.index).toBe(1);
    expect(report.worst.analytic).toBeCloseTo(1.01 * Math.exp(2), 8);
    expect(report.worst.numeric).toBeCloseTo(Math.exp(2), 6);
    expect(() => assertGrad((x: Tensor) => sum(wrongExp(x)), [tensor([0.1, 2])])).toThrow(/argument 0 entry 1/);
  });
});
