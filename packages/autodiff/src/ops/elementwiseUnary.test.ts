import { describe, expect, test } from 'vitest';
import { expectTensor } from '../../test/expectTensor.js';
import { abs, assertGrad, assertVjp, cast, exp, grad, log, neg, relu, sigmoid, sqrt, square, sum, tanh, tensor, type Tensor } from '../index.js';

const cases: Array<{ name: string; op: (x: Tensor) => Tensor; input: number[]; expected: number[]; smoothAt: number[] }> = [
  { name: 'neg', op: neg, input: [1, -2, 0], expected: [-1, 2, -0], smoothAt: [0.3, -1.2] },
  { name: 'exp', op: exp, input: [0, 1, -1], expected: [1, Math.E, 1 / Math.E], smoothAt: [0.3, -1.2] },
  { name: 'log', op: log, input: [1, Math.E, 0], expected: [0, 1, -Infinity], smoothAt: [0.3, 2.5] },
  { name: 'sqrt', op: sqrt, input: [4, 0, 2.25], expected: [2, 0, 1.5], smoothAt: [0.3, 2.5] },
  { name: 'abs', op: abs, input: [-3, 0, 2], expected: [3, 0, 2], smoothAt: [0.3, -1.2] },
  { name: 'tanh', op: tanh, input: [0, 1, -1], expected: [0, Math.tanh(1), -Math.tanh(1)], smoothAt: [0.3, -1.2] },
  { name: 'sigmoid', op: sigmoid, input: [0, 2, -2], expected: [0.5, 1 / (1 + Math.exp(-2)), 1 / (1 + Math.exp(2))], smoothAt: [0.3, -1.2] },
  { name: 'relu', op: relu, input: [-1, 0, 2], expected: [0, 0, 2], smoothAt: [0.3, -1.2] },
  { name: 'square', op: square, input: [3, -2, 0], expected: [9, 4, 0], smoothAt: [0.3, -1.2] },
];

describe('elementwise unary values', () => {
  test.each(cases)('$name on hand-computed values', ({ op, input, expected }) => {
    expectTensor(op(tensor(input)), expected, 1e-15);
  });

  test.each(cases)('$name keeps shape [2, 1] and float32', ({ op }) => {
    const out = op(tensor([[0.5], [1.5]], { dtype: 'float32' }));
    expect(out.shape).toEqual([2, 1]);
    expect(out.dtype).toBe('float32');
    expect(out.data).toBeInstanceOf(Float32Array);
  });

  test('sigmoid does not overflow at ±1000', () => {
    expectTensor(sigmoid(tensor([1000, -1000])), [1, 0]);
  });

  test('numbers are accepted as operands', () => {
    expect(exp(0).item()).toBe(1);
  });

  test('cast converts dtype both ways and rounds to float32', () => {
    const x32 = cast(tensor([0.1]), 'float32');
    expect(x32.dtype).toBe('float32');
    expect(x32.item()).toBe(Math.fround(0.1));
    expect(cast(x32, 'float64').dtype).toBe('float64');
    expect(() => cast(tensor([1]), 'int8' as never)).toThrow(expect.objectContaining({ code: 'E_DTYPE' }));
  });
});

describe('elementwise unary gradients (float64, finite differences)', () => {
  test.each(cases)('$name: checkGrad and checkVjp', ({ op, smoothAt }) => {
    const x = tensor(smoothAt);
    assertGrad((t) => sum(op(t)), [x]);
    assertVjp(op, [x], { seed: 3 });
  });

  test('cast: gradient flows back in the input dtype', () => {
    // The float32 output rounds at ~6e-8, so the finite difference needs a large step and a looser rtol.
    assertVjp((t) => cast(t, 'float32'), [tensor([0.25, 0.5])], { eps: 1e-2, rtol: 1e-4 });
    const g = grad((t: Tensor) => sum(cast(t, 'float32')))(tensor([1, 2]));
    expect(g.dtype).toBe('float64');
    expectTensor(g, [1, 1]);
  });

  test('subgradients at the kinks: abs and relu give 0 at 0', () => {
    expectTensor(grad((t: Tensor) => sum(abs(t)))(tensor([0, -2, 3])), [0, -1, 1]);
    expectTensor(grad((t: Tensor) => sum(relu(t)))(tensor([0, -2, 3])), [0, 0, 1]);
  });

  test('exact derivative values', () => {
    expectTensor(grad((t: Tensor) => sum(exp(t)))(tensor([0, 1])), [1, Math.E], 1e-15);
    expectTensor(grad((t: Tensor) => sum(log(t)))(tensor([2, 4])), [0.5, 0.25]);
    expectTensor(grad((t: Tensor) => sum(sqrt(t)))(tensor([4])), [0.25]);
    expectTensor(grad((t: Tensor) => sum(tanh(t)))(tensor([0])), [1]);
    expectTensor(grad((t: Tensor) => sum(sigmoid(t)))(tensor([0])), [0.25]);
    expectTensor(grad((t: Tensor) => sum(square(t)))(tensor([3])), [6]);
  });
});
