import { describe, expect, test } from 'vitest';
import { expectTensor } from '../../test/expectTensor.js';
import { assertGrad, assertVjp, grad, matmul, mul, randomNormal, sum, tensor, type Tensor } from '../index.js';

describe('matmul values', () => {
  test('2-D product', () => {
    expectTensor(matmul(tensor([[1, 2], [3, 4]]), tensor([[5, 6], [7, 8]])), [
      [19, 22],
      [43, 50],
    ]);
  });
  test('1-D operands behave like numpy', () => {
    expect(matmul(tensor([1, 2]), tensor([3, 4])).item()).toBe(11);
    expectTensor(matmul(tensor([1, 1]), tensor([[1, 2], [3, 4]])), [4, 6]);
    expectTensor(matmul(tensor([[1, 2], [3, 4]]), tensor([1, 1])), [3, 7]);
  });
  test('batched with broadcasting of batch dims: [2, 1, 2, 3] x [4, 3, 1] -> [2, 4, 2, 1]', () => {
    const a = randomNormal([2, 1, 2, 3], { seed: 1 });
    const b = randomNormal([4, 3, 1], { seed: 2 });
    const out = matmul(a, b);
    expect(out.shape).toEqual([2, 4, 2, 1]);
    // out[1, 3, 0, 0] = Σ_p a[1, 0, 0, p] b[3, p, 0]
    let expected = 0;
    for (let p = 0; p < 3; p++) expected += a.data[6 + p] * b.data[9 + p];
    expect(out.data[((1 * 4 + 3) * 2 + 0) * 1]).toBeCloseTo(expected, 14);
  });
  test('float32 stays float32', () => {
    expect(matmul(tensor([[1]], { dtype: 'float32' }), tensor([[2]], { dtype: 'float32' })).dtype).toBe('float32');
  });
  test('mismatched inner dimensions: ShapeError with both shapes and a fix', () => {
    expect(() => matmul(tensor([[1, 2, 3], [4, 5, 6]]), randomNormal([4, 5], { seed: 0 }))).toThrow(
      'matmul: expected inner dimensions to match, got [2, 3] x [4, 5]. Transpose one operand or fix its shape.',
    );
    expect(() => matmul(tensor(1), tensor([1]))).toThrow(expect.objectContaining({ code: 'E_SHAPE' }));
    expect(() => matmul(tensor([1, 2]), tensor([1, 2, 3]))).toThrow('matmul: expected inner dimensions to match, got [2] x [3].');
    expect(() => matmul(randomNormal([2, 2, 3], { seed: 0 }), randomNormal([3, 3, 1], { seed: 0 }))).toThrow(/batch dimensions/);
  });
});

describe('matmul gradients', () => {
  const cases: Array<[string, number[], number[]]> = [
    ['2-D', [3, 4], [4, 2]],
    ['batched', [2, 3, 4], [2, 4, 2]],
    ['broadcast batch', [2, 1, 3, 4], [5, 4, 2]],
    ['vector · matrix', [4], [4, 2]],
    ['matrix · vector', [3, 4], [4]],
    ['vector · vector', [4], [4]],
  ];
  test.each(cases)('%s: checkGrad and checkVjp', (_name, aShape, bShape) => {
    const a = randomNormal(aShape, { seed: 41 });
    const b = randomNormal(bShape, { seed: 42 });
    const weights = randomNormal(matmul(a, b).shape, { seed: 43 });
    assertGrad((x, y) => sum(mul(matmul(x, y), weights)), [a, b]);
    assertVjp(matmul, [a, b], { seed: 6 });
  });
  test('d/dA sum(A B) = 1 Bᵀ', () => {
    const g = grad((a: Tensor) => sum(matmul(a, tensor([[1, 2], [3, 4]]))))(tensor([[0, 0]]));
    expectTensor(g, [[3, 7]]);
  });
});
