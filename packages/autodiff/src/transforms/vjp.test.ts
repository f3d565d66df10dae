import { describe, expect, test } from 'vitest';
import { expectTensor } from '../../test/expectTensor.js';
import { exp, matmul, mul, stopGradient, sum, tensor, valueAndGrad, vjp, type Tensor } from '../index.js';

describe('vjp', () => {
  test('returns the output and Jᵀc for each primal', () => {
    const { out, vjp: pullback } = vjp((x: Tensor, y: Tensor) => mul(x, y), tensor([1, 2]), tensor([3, 4]));
    expectTensor(out, [3, 8]);
    const [gx, gy] = pullback(tensor([1, 10]));
    expectTensor(gx, [3, 40]);
    expectTensor(gy, [1, 20]);
  });

  test('the pullback can be called several times with different cotangents', () => {
    const a = tensor([[1, 2], [3, 4]]);
    const { vjp: pullback } = vjp((x: Tensor) => matmul(a, x), tensor([1, 1]));
    expectTensor(pullback(tensor([1, 0]))[0], [1, 2]);
    expectTensor(pullback(tensor([0, 1]))[0], [3, 4]);
  });

  test('cotangent of the wrong shape is a ShapeError; float32 cotangents are cast', () => {
    const { vjp: pullback } = vjp((x: Tensor) => exp(x), tensor([0, 0]));
    expect(() => pullback(tensor([1]))).toThrow("vjp: expected a cotangent of the output's shape [2], got [1]. Pass a tensor shaped like the output.");
    expectTensor(pullback(tensor([1, 2], { dtype: 'float32' }))[0], [1, 2]);
  });

  test('pytree primals', () => {
    const { vjp: pullback } = vjp((p: { a: Tensor; b: Tensor[] }) => mul(p.a, p.b[0] as Tensor), { a: tensor([2]), b: [tensor([5])] });
    const [g] = pullback(tensor([1]));
    expectTensor(g.a, [5]);
    expectTensor(g.b[0] as Tensor, [2]);
  });
});

describe('valueAndGrad', () => {
  test('returns the value and the gradient from one evaluation', () => {
    let calls = 0;
    const f = (x: Tensor): Tensor => {
      calls++;
      return sum(mul(x, x));
    };
    const { value, grad } = valueAndGrad(f)(tensor([3, 4]));
    expect(value.item()).toBe(25);
    expectTensor(grad, [6, 8]);
    expect(calls).toBe(1);
  });

  test('argnums list', () => {
    const { value, grad } = valueAndGrad((x: Tensor, y: Tensor) => sum(mul(x, y)), [0, 1])(tensor([2]), tensor([5]));
    expect(value.item()).toBe(10);
    expectTensor(grad[0], [5]);
    expectTensor(grad[1], [2]);
  });
});

describe('stopGradient', () => {
  test('blocks the gradient through its argument only', () => {
    const { grad } = valueAndGrad((x: Tensor) => sum(mul(x, stopGradient(x))))(tensor([3]));
    expectTensor(grad, [3]);
  });
  test('shares the data (no copy) and accepts numbers', () => {
    const x = tensor([1, 2]);
    expect(stopGradient(x).data).toBe(x.data);
    expect(stopGradient(2).item()).toBe(2);
  });
});
