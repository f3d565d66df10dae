import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from './errors.js';
import { flattenTree } from './flattenTree.js';
import { minimizeLbfgs } from './minimizeLbfgs.js';

describe('flattenTree', () => {
  it('concatenates leaves in traversal order and maps back', () => {
    const tree = { w: Float64Array.of(1, 2), b: [Float32Array.of(3)] };
    const flat = flattenTree(tree);
    expect(Array.from(flat.vector)).toEqual([1, 2, 3]);
    expect(flat.paths).toEqual(['params.w', 'params.b[0]']);
    expect(flat.sizes).toEqual([2, 1]);
    const back = flat.unflatten([4, 5, 6.5]);
    expect(Array.from(back.w)).toEqual([4, 5]);
    expect(back.b[0]).toBeInstanceOf(Float32Array);
    expect(Array.from(back.b[0]!)).toEqual([6.5]);
    // the vector is a copy
    flat.vector[0] = 99;
    expect(tree.w[0]).toBe(1);
  });

  it('refuses a vector of the wrong length', () => {
    const flat = flattenTree({ w: Float64Array.of(1, 2) });
    expect(() => flat.unflatten([1])).toThrow(InvalidArgumentError);
    expect(() => flat.unflatten([1])).toThrow(/expected a vector of length 2 \(the tree's 1 leaves\), got length 1/);
  });

  it('lets minimizeLbfgs optimize several arrays at once', () => {
    // f = ‖a − (1, 2)‖² + 3‖b − 4‖²
    const flat = flattenTree({ a: new Float64Array(2), b: new Float64Array(1) });
    const r = minimizeLbfgs((x) => {
      const { a, b } = flat.unflatten(x);
      const value = (a[0]! - 1) ** 2 + (a[1]! - 2) ** 2 + 3 * (b[0]! - 4) ** 2;
      return { value, grad: [2 * (a[0]! - 1), 2 * (a[1]! - 2), 6 * (b[0]! - 4)] };
    }, flat.vector, { gradTol: 1e-10 });
    const { a, b } = flat.unflatten(r.x);
    expect(a[0]).toBeCloseTo(1, 8);
    expect(a[1]).toBeCloseTo(2, 8);
    expect(b[0]).toBeCloseTo(4, 8);
  });
});
