import { describe, expect, test } from 'vitest';
import { expectTensor } from '../../test/expectTensor.js';
import { assertGrad, assertVjp, equal, grad, greater, greaterEqual, less, lessEqual, mul, randomNormal, sum, tensor, where, type Tensor } from '../index.js';

describe('comparisons', () => {
  const a = tensor([1, 2, 3]);
  test('values are 1/0 with broadcasting against a number', () => {
    expectTensor(greater(a, 2), [0, 0, 1]);
    expectTensor(greaterEqual(a, 2), [0, 1, 1]);
    expectTensor(less(a, 2), [1, 0, 0]);
    expectTensor(lessEqual(a, 2), [1, 1, 0]);
    expectTensor(equal(a, 2), [0, 1, 0]);
  });
  test('broadcast [3, 1] against [3] and keep float32', () => {
    const out = greater(tensor([[1], [2], [3]], { dtype: 'float32' }), tensor([2, 1, 3], { dtype: 'float32' }));
    expect(out.dtype).toBe('float32');
    expectTensor(out, [
      [0, 0, 0],
      [0, 1, 0],
      [1, 1, 0],
    ]);
  });
  test('NaN compares false everywhere', () => {
    expectTensor(equal(tensor([NaN]), tensor([NaN])), [0]);
    expectTensor(greater(tensor([NaN]), 0), [0]);
  });
  test('not differentiable: a traced input gets no gradient through a comparison', () => {
    const g = grad((x: Tensor) => sum(mul(greater(x, 0), 3)))(tensor([1, -1]));
    expectTensor(g, [0, 0]);
  });
});

describe('where', () => {
  test('selects with broadcasting of condition, x and y', () => {
    expectTensor(where(tensor([1, 0, 1]), tensor([[5], [6]]), -1), [
      [5, -1, 5],
      [6, -1, 6],
    ]);
  });
  test('NaN in the condition counts as true (NaN ≠ 0)', () => {
    expectTensor(where(tensor([NaN]), 1, 2), [1]);
  });
  test('gradient goes to x where the condition holds and to y elsewhere', () => {
    const condition = tensor([1, 0, 1]);
    const [gx, gy] = grad((x: Tensor, y: Tensor) => sum(where(condition, x, y)), [0, 1])(tensor([1, 2, 3]), tensor([4]));
    expectTensor(gx, [1, 0, 1]);
    expectTensor(gy, [1]);
  });
  test('checkGrad and checkVjp', () => {
    const condition = greater(randomNormal([2, 3], { seed: 5 }), 0);
    const x = randomNormal([2, 3], { seed: 6 });
    const y = randomNormal([3], { seed: 7 });
    assertGrad((s, t) => sum(mul(where(condition, s, t), x)), [x, y]);
    assertVjp((s, t) => where(condition, s, t), [x, y]);
  });
});
