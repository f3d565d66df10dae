import { describe, expect, test } from 'vitest';
import { isTensor, ones, randomNormal, scalar, Tensor, tensor } from '../index.js';

describe('Tensor', () => {
  test('exposes shape, dtype, size, rank and data', () => {
    const t = tensor([[1, 2, 3], [4, 5, 6]]);
    expect(t.shape).toEqual([2, 3]);
    expect(t.dtype).toBe('float64');
    expect(t.size).toBe(6);
    expect(t.rank).toBe(2);
    expect(Array.from(t.data)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(Object.isFrozen(t.shape)).toBe(true);
  });

  test('toArray round-trips nested arrays; rank 0 gives a number; empty dims work', () => {
    expect(tensor([[1, 2], [3, 4]]).toArray()).toEqual([[1, 2], [3, 4]]);
    expect(scalar(5).toArray()).toBe(5);
    expect(tensor([[], []]).toArray()).toEqual([[], []]);
  });

  test('item() works for size 1 only', () => {
    expect(tensor([[7]]).item()).toBe(7);
    expect(() => tensor([1, 2]).item()).toThrow(
      'item: expected a tensor with exactly one element, got shape [2] (2 elements). Reduce it first, e.g. sum(x), or use toArray().',
    );
  });

  test('toString shows dtype, shape and values (summary when large)', () => {
    expect(String(tensor([[1, 2], [3, 4]]))).toBe('Tensor<float64>[2, 2] [[1, 2], [3, 4]]');
    expect(String(tensor([NaN, -Infinity], { dtype: 'float32' }))).toBe('Tensor<float32>[2] [NaN, -Infinity]');
    expect(String(ones([20, 20]))).toBe('Tensor<float64>[20, 20] (400 values: 1, 1, 1, 1, 1, 1, ...)');
  });

  test('the constructor validates its data and shape', () => {
    expect(() => new Tensor(new Float64Array(3), [2, 2])).toThrow(expect.objectContaining({ code: 'E_SHAPE' }));
    expect(() => new Tensor(new Float64Array(2), [-1, -2])).toThrow(/non-negative integers/);
    expect(() => new Tensor([1, 2] as unknown as Float64Array, [2])).toThrow(expect.objectContaining({ code: 'E_INVALID_ARGUMENT' }));
  });

  test('isTensor recognises tensors, including by the cross-copy brand', () => {
    expect(isTensor(randomNormal([2], { seed: 0 }))).toBe(true);
    expect(isTensor({ shape: [1], data: new Float64Array(1) })).toBe(false);
    expect(isTensor(null)).toBe(false);
    const foreign = Object.create({ [Symbol.for('@softdtw/autodiff/Tensor')]: true }) as unknown;
    expect(isTensor(foreign)).toBe(true);
  });

  test('tensors carry no enumerable tape fields', () => {
    expect(Object.keys(tensor([1]))).toEqual(['shape', 'dtype', 'size', 'rank', 'data']);
  });
});
