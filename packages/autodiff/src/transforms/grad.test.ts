import { describe, expect, test } from 'vitest';
import { expectTensor } from '../../test/expectTensor.js';
import { add, exp, grad, matmul, mul, sigmoid, sum, tanh, tensor, zeros, type Tensor } from '../index.js';

describe('grad', () => {
  test('gradient of sum(x²) is 2x', () => {
    expectTensor(grad((x: Tensor) => sum(mul(x, x)))(tensor([1, 2, 3])), [2, 4, 6]);
  });

  test('argnums: a number selects one argument', () => {
    const f = (x: Tensor, y: Tensor): Tensor => sum(mul(x, y));
    expectTensor(grad(f, 1)(tensor([1, 2]), tensor([3, 4])), [1, 2]);
  });

  test('argnums: an array returns one gradient per listed argument, in that order', () => {
    const f = (x: Tensor, y: Tensor, z: Tensor): Tensor => sum(mul(mul(x, y), z));
    const [gz, gx] = grad(f, [2, 0])(tensor([2]), tensor([3]), tensor([5]));
    expectTensor(gz, [6]);
    expectTensor(gx, [15]);
  });

  test('an input f does not depend on gets zeros of its shape and dtype', () => {
    const [gx, gy] = grad((x: Tensor, _y: Tensor) => sum(exp(x)), [0, 1])(tensor([0]), tensor([[1, 2]], { dtype: 'float32' }));
    expectTensor(gx, [1]);
    expectTensor(gy, [[0, 0]]);
    expect(gy.dtype).toBe('float32');
  });

  test('a constant output gives zero gradients', () => {
    expectTensor(grad((_x: Tensor) => tensor(3))(tensor([1, 2])), [0, 0]);
  });

  test('identity: f returning its input (size 1) has gradient 1', () => {
    expectTensor(grad((x: Tensor) => x)(tensor([4])), [1]);
  });

  test('inputs are never mutated and gradients are not stored on them', () => {
    const x = tensor([1, 2, 3]);
    const before = Float64Array.from(x.data);
    const keysBefore = Reflect.ownKeys(x);
    grad((t: Tensor) => sum(mul(exp(t), t)))(x);
    expect(Array.from(x.data)).toEqual(Array.from(before));
    expect(Reflect.ownKeys(x)).toEqual(keysBefore);
  });

  test('a size-1 output of any rank is accepted; other sizes are ShapeErrors', () => {
    expectTensor(grad((x: Tensor) => matmul(x, tensor([[1], [2]])))(tensor([[3, 4]])), [[1, 2]]);
    expect(() => grad((x: Tensor) => mul(x, 2))(tensor([1, 2]))).toThrow(
      'grad: expected f to return a scalar Tensor (size 1), got shape [2]. Reduce the output (e.g. sum or mean), or use vjp() for non-scalar outputs.',
    );
  });

  test('f must return a Tensor', () => {
    expect(() => grad(((_x: Tensor) => 3) as unknown as (x: Tensor) => Tensor)(tensor([1]))).toThrow(expect.objectContaining({ code: 'E_INVALID_ARGUMENT' }));
  });

  test('argnums out of range or malformed are InvalidArgumentErrors', () => {
    expect(() => grad((x: Tensor) => sum(x), 1)(tensor([1]))).toThrow(/argnums below the number of arguments \(1\), got 1/);
    expect(() => grad((x: Tensor) => sum(x), -1 as number)).toThrow(expect.objectContaining({ code: 'E_INVALID_ARGUMENT' }));
    expect(() => grad((x: Tensor) => sum(x), [0, 0])).toThrow(/distinct argnums/);
  });

  test('nested grad is rejected with a clear message', () => {
    const inner = grad((y: Tensor) => sum(mul(y, y)));
    expect(() => grad((x: Tensor) => sum(inner(x)))(tensor([1]))).toThrow(/Higher-order \(nested\) differentiation is not supported/);
  });

  test('pytrees: model parameters as an object of tensors, same structure back', () => {
    const params = { W: tensor([[0.5, -0.2], [0.1, 0.3]]), b: tensor([0.1, -0.1]), meta: { name: 'mlp', scale: 2 } };
    const loss = (p: typeof params, x: Tensor): Tensor => sum(mul(tanh(add(matmul(x, p.W), p.b)), p.meta.scale));
    const g = grad(loss)(params, tensor([[1, 2]]));
    expect(g.W.shape).toEqual([2, 2]);
    expect(g.b.shape).toEqual([2]);
    expect(g.meta).toEqual({ name: null, scale: null });
    // d/db = scale · (1 − tanh²(xW + b))
    const z = [1 * 0.5 + 2 * 0.1 + 0.1, 1 * -0.2 + 2 * 0.3 - 0.1];
    expectTensor(g.b, z.map((v) => 2 * (1 - Math.tanh(v) ** 2)), 1e-14);
    expectTensor(g.W, [[g.b.data[0], g.b.data[1]], [2 * g.b.data[0], 2 * g.b.data[1]]], 1e-14);
  });

  test('pytrees: nested arrays, and the same tensor in two places gets two gradients', () => {
    const w = tensor([2]);
    const g = grad((ws: [Tensor, [Tensor, number]]) => sum(mul(ws[0], mul(ws[1][0], ws[1][1]))))([w, [w, 3]]);
    expectTensor(g[0], [6]);
    expectTensor(g[1][0], [6]);
    expect(g[1][1]).toBeNull();
  });

  test('cyclic arguments are rejected', () => {
    const cyclic: Record<string, unknown> = { x: tensor([1]) };
    cyclic['self'] = cyclic;
    expect(() => grad((p: Record<string, unknown>) => sum(p['x'] as Tensor))(cyclic)).toThrow(/without cycles/);
  });

  test('a zero-size input gets a zero-size gradient', () => {
    expect(grad((x: Tensor) => sum(sigmoid(x)))(zeros([0, 3])).shape).toEqual([0, 3]);
  });
});
