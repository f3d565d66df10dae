import { describe, expect, test } from 'vitest';
import { expectTensor } from '../../test/expectTensor.js';
import { add, assertGrad, assertVjp, clip, div, grad, maximum, minimum, mul, pow, randomNormal, randomUniform, sub, sum, tensor, type Tensor } from '../index.js';

type Binary = (a: Tensor, b: Tensor) => Tensor;

const cases: Array<{ name: string; op: Binary; a: number[]; b: number[]; expected: number[] }> = [
  { name: 'add', op: add, a: [1, 2], b: [10, -5], expected: [11, -3] },
  { name: 'sub', op: sub, a: [1, 2], b: [10, -5], expected: [-9, 7] },
  { name: 'mul', op: mul, a: [1, 2], b: [10, -5], expected: [10, -10] },
  { name: 'div', op: div, a: [1, 2], b: [4, -5], expected: [0.25, -0.4] },
  { name: 'pow', op: pow, a: [2, 9], b: [3, 0.5], expected: [8, 3] },
  { name: 'maximum', op: maximum, a: [1, 7], b: [3, 2], expected: [3, 7] },
  { name: 'minimum', op: minimum, a: [1, 7], b: [3, 2], expected: [1, 2] },
];

describe('elementwise binary values', () => {
  test.each(cases)('$name on hand-computed values', ({ op, a, b, expected }) => {
    expectTensor(op(tensor(a), tensor(b)), expected, 1e-15);
  });

  test('broadcasting [2, 1] with [3] gives [2, 3]', () => {
    const out = add(tensor([[1], [2]]), tensor([10, 20, 30]));
    expectTensor(out, [
      [11, 21, 31],
      [12, 22, 32],
    ]);
  });

  test('broadcasting a scalar tensor and a number on either side', () => {
    expectTensor(sub(10, tensor([1, 2])), [9, 8]);
    expectTensor(div(tensor([[2, 4]]), tensor(2)), [[1, 2]]);
    expect(mul(2, 3).item()).toBe(6);
  });

  test('broadcasting [4, 1, 3] with [2, 1] gives [4, 2, 3]', () => {
    const a = randomNormal([4, 1, 3], { seed: 1 });
    const b = randomNormal([2, 1], { seed: 2 });
    const out = add(a, b);
    expect(out.shape).toEqual([4, 2, 3]);
    expect(out.data[1 * 6 + 1 * 3 + 2]).toBe(a.data[1 * 3 + 2] + b.data[1]);
  });

  test('incompatible shapes throw ShapeError naming both shapes', () => {
    expect(() => add(tensor([1, 2]), tensor([1, 2, 3]))).toThrow(/add: expected shapes that broadcast, got \[2\] and \[3\]/);
  });

  test('non-tensor operands throw InvalidArgumentError', () => {
    expect(() => add('1' as never, 1)).toThrow(expect.objectContaining({ code: 'E_INVALID_ARGUMENT' }));
  });

  test('maximum/minimum propagate NaN from either side', () => {
    expectTensor(maximum(tensor([NaN, 1]), tensor([1, NaN])), [NaN, NaN]);
    expectTensor(minimum(tensor([NaN, 1]), tensor([1, NaN])), [NaN, NaN]);
  });

  test('clip clamps to [low, high]', () => {
    expectTensor(clip(tensor([-2, 0.5, 3]), 0, 1), [0, 0.5, 1]);
  });
});

describe('dtype promotion', () => {
  const x32 = tensor([1, 2], { dtype: 'float32' });
  const x64 = tensor([1, 2]);
  test('float32 op float32 stays float32, numbers are weak', () => {
    expect(add(x32, x32).dtype).toBe('float32');
    expect(mul(x32, 2).dtype).toBe('float32');
    expect(mul(2, x32).data).toBeInstanceOf(Float32Array);
  });
  test('any float64 operand promotes to float64', () => {
    expect(add(x32, x64).dtype).toBe('float64');
    expect(pow(x64, x32).dtype).toBe('float64');
    expect(add(2, 3).dtype).toBe('float64');
  });
  test('float32 results are rounded to float32', () => {
    expect(div(tensor([1], { dtype: 'float32' }), 3).item()).toBe(Math.fround(1 / 3));
  });
  test('the gradient of a float32 input is float32 even when promoted', () => {
    const g = grad((a: Tensor) => sum(mul(a, x64)))(x32);
    expect(g.dtype).toBe('float32');
    expectTensor(g, [1, 2]);
  });
});

describe('elementwise binary gradients (float64, finite differences)', () => {
  const a = randomUniform([2, 3], { seed: 11, low: 0.5, high: 2 });
  const b = randomUniform([2, 3], { seed: 12, low: 0.5, high: 2 });
  const column = randomUniform([2, 1], { seed: 13, low: 0.5, high: 2 });
  const row = randomUniform([3], { seed: 14, low: 0.5, high: 2 });

  test.each(cases)('$name: same shapes', ({ op }) => {
    assertGrad((x, y) => sum(op(x, y)), [a, b]);
    assertVjp(op, [a, b], { seed: 1 });
  });

  test.each(cases)('$name: broadcasting [2, 1] with [3]', ({ op }) => {
    assertGrad((x, y) => sum(mul(op(x, y), a)), [column, row]);
    assertVjp(op, [column, row], { seed: 2 });
  });

  test('exact gradients of mul and div', () => {
    const [ga, gb] = grad((x: Tensor, y: Tensor) => sum(div(x, y)), [0, 1])(tensor([3]), tensor([2]));
    expectTensor(ga, [0.5]);
    expectTensor(gb, [-0.75]);
  });

  test('pow: ∂/∂x at x = 0 with p = 0 is 0, ∂/∂p at x = 0 is 0, NaN for x < 0', () => {
    const [gx, gp] = grad((x: Tensor, p: Tensor) => sum(pow(x, p)), [0, 1])(tensor([0, 0, -2]), tensor([0, 2, 2]));
    expectTensor(gx, [0, 0, -4]);
    expectTensor(gp, [0, 0, NaN]);
  });

  test('maximum/minimum: ties split the gradient half/half', () => {
    const [ga, gb] = grad((x: Tensor, y: Tensor) => sum(maximum(x, y)), [0, 1])(tensor([1, 2, 3]), tensor([2, 2, 1]));
    expectTensor(ga, [0, 0.5, 1]);
    expectTensor(gb, [1, 0.5, 0]);
    const [ha, hb] = grad((x: Tensor, y: Tensor) => sum(minimum(x, y)), [0, 1])(tensor([1, 2, 3]), tensor([2, 2, 1]));
    expectTensor(ha, [1, 0.5, 0]);
    expectTensor(hb, [0, 0.5, 1]);
  });

  test('broadcast gradient is summed back to the operand shape', () => {
    const g = grad((s: Tensor) => sum(add(tensor([[1, 2, 3], [4, 5, 6]]), s)))(tensor([0]));
    expect(g.shape).toEqual([1]);
    expectTensor(g, [6]);
  });
});
