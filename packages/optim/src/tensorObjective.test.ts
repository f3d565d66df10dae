import { InvalidArgumentError, SoftDtwError, mul, square, sub, sum, tensor } from '@softdtw/autodiff';
import { describe, expect, it } from 'vitest';
import { containsTensor, tensorObjective } from './tensorObjective.js';

describe('tensorObjective', () => {
  it('flattens the parameters and returns value and flat gradient from autodiff', () => {
    // f = Σ w² + 3 Σ (b − 1)²
    const params = { w: tensor([[1, 2], [3, 4]]), b: [tensor([0.5])] };
    const { objective, flat } = tensorObjective(
      (p: typeof params) => sum(square(p.w)),
      params,
      'test',
    );
    expect(Array.from(flat.vector)).toEqual([1, 2, 3, 4, 0.5]);
    const out = objective(flat.vector);
    expect(out.value).toBe(30);
    expect(Array.from(out.grad)).toEqual([2, 4, 6, 8, 0]); // b unused: zero gradient
    const both = tensorObjective(
      (p: typeof params) => sum(mul(3, square(sub(p.b[0]!, 1)))),
      params,
      'test',
    ).objective(Float64Array.of(0, 0, 0, 0, 2));
    expect(both.value).toBe(3);
    expect(Array.from(both.grad)).toEqual([0, 0, 0, 0, 6]);
  });

  it('detects tensors anywhere in a tree, and only tensors', () => {
    expect(containsTensor(tensor(1))).toBe(true);
    expect(containsTensor({ a: [{ b: tensor([1]) }] })).toBe(true);
    expect(containsTensor([1, 2])).toBe(false);
    expect(containsTensor(Float64Array.of(1))).toBe(false);
    expect(containsTensor({ a: Float64Array.of(1) })).toBe(false);
    expect(containsTensor(null)).toBe(false);
  });

  it('refuses typed-array leaves next to tensors, empty trees and non-functions', () => {
    const mixed = { w: tensor([1]), b: Float64Array.of(1) } as unknown as { w: ReturnType<typeof tensor> };
    expect(() => tensorObjective((p) => sum(p.w), mixed, 'test')).toThrow(InvalidArgumentError);
    expect(() => tensorObjective((p) => sum(p.w), mixed, 'test')).toThrow(
      /test: expected every leaf of the parameters to be a Tensor when any is, got a Float64Array at params\.b/,
    );
    expect(() => tensorObjective(() => tensor(0), [], 'test')).toThrow(/expected at least one Tensor/);
    expect(() => tensorObjective(3 as never, { w: tensor([1]) }, 'test')).toThrow(SoftDtwError);
  });
});
