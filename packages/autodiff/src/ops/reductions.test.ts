import { describe, expect, test } from 'vitest';
import { expectTensor } from '../../test/expectTensor.js';
import { assertGrad, assertVjp, grad, logSumExp, max, mean, min, mul, randomNormal, sum, tensor, type Tensor } from '../index.js';

const m = tensor([
  [1, 5, 2],
  [7, 2, 0],
]);

describe('reduction values', () => {
  test('sum over all, one axis, negative axis, several axes, keepDims', () => {
    expect(sum(m).item()).toBe(17);
    expect(sum(m).shape).toEqual([]);
    expectTensor(sum(m, 0), [8, 7, 2]);
    expectTensor(sum(m, -1), [8, 9]);
    expectTensor(sum(m, [0, 1]), 17);
    expectTensor(sum(m, 1, true), [[8], [9]]);
    expectTensor(sum(m, []), [
      [1, 5, 2],
      [7, 2, 0],
    ]);
  });
  test('max, min, mean', () => {
    expectTensor(max(m, 0), [7, 5, 2]);
    expectTensor(max(m, 1, true), [[5], [7]]);
    expect(max(m).item()).toBe(7);
    expectTensor(min(m, 1), [1, 0]);
    expectTensor(mean(m, 0), [4, 3.5, 1]);
    expect(mean(m).item()).toBeCloseTo(17 / 6, 15);
  });
  test('sum of an empty axis is 0; max of an empty axis is a ShapeError', () => {
    expectTensor(sum(tensor([[], []]), 1), [0, 0]);
    expect(() => max(tensor([[], []]), 1)).toThrow(expect.objectContaining({ code: 'E_SHAPE' }));
  });
  test('max propagates NaN', () => {
    expect(max(tensor([1, NaN, 3])).item()).toBeNaN();
  });
  test('bad axes are InvalidArgumentErrors naming the range', () => {
    expect(() => sum(m, 2)).toThrow(/sum: expected an integer axis in \[-2, 1\]/);
    expect(() => sum(m, [0, -2])).toThrow(/distinct axes/);
  });
  test('logSumExp is stable for large values and handles all −Infinity', () => {
    expect(logSumExp(tensor([1000, 1000])).item()).toBeCloseTo(1000 + Math.log(2), 10);
    expect(logSumExp(tensor([-Infinity, -Infinity])).item()).toBe(-Infinity);
    expectTensor(logSumExp(tensor([[0, 0], [1, 1]]), 1, true), [[Math.log(2)], [1 + Math.log(2)]], 1e-15);
  });
  test('float32 sums accumulate in float64 and round once', () => {
    const ones32 = tensor(new Float32Array(10).fill(0.1));
    const out = sum(ones32);
    expect(out.dtype).toBe('float32');
    expect(out.item()).toBe(Math.fround(10 * Math.fround(0.1)));
  });
});

describe('reduction gradients', () => {
  const x = randomNormal([3, 4], { seed: 21 });
  const weights = randomNormal([3, 4], { seed: 22 });
  const ops: Array<[string, (t: Tensor) => Tensor]> = [
    ['sum all', (t) => sum(t)],
    ['sum axis 0', (t) => sum(t, 0)],
    ['sum axis -1 keepDims', (t) => sum(t, -1, true)],
    ['max axis 1', (t) => max(t, 1)],
    ['max all', (t) => max(t)],
    ['min axis 0', (t) => min(t, 0)],
    ['mean axis [0, 1]', (t) => mean(t, [0, 1])],
    ['mean axis 1 keepDims', (t) => mean(t, 1, true)],
    ['logSumExp axis 1', (t) => logSumExp(t, 1)],
  ];
  test.each(ops)('%s: checkGrad and checkVjp', (_name, op) => {
    assertGrad((t) => sum(mul(op(t), op(weights))), [x]);
    assertVjp(op, [x], { seed: 4 });
  });
  test('max: ties split the gradient evenly', () => {
    expectTensor(grad((t: Tensor) => max(t))(tensor([3, 1, 3, 3])), [1 / 3, 0, 1 / 3, 1 / 3]);
    expectTensor(grad((t: Tensor) => sum(max(t, 1)))(tensor([[2, 2], [1, 0]])), [
      [0.5, 0.5],
      [1, 0],
    ]);
  });
  test('logSumExp gradient is the softmax', () => {
    const g = grad((t: Tensor) => logSumExp(t))(tensor([0, Math.log(3)]));
    expectTensor(g, [0.25, 0.75], 1e-15);
  });
});
