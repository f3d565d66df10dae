import { describe, expect, test } from 'vitest';
import { full, ones, scalar, tensor, zeros } from '../index.js';

describe('tensor()', () => {
  test('infers the shape of nested arrays (float64 default)', () => {
    const t = tensor([[[1], [2]], [[3], [4]]]);
    expect(t.shape).toEqual([2, 2, 1]);
    expect(t.data).toBeInstanceOf(Float64Array);
    expect(tensor([]).shape).toEqual([0]);
    expect(tensor(3).shape).toEqual([]);
  });

  test('ragged arrays are ShapeErrors naming the row', () => {
    expect(() => tensor([[1, 2, 3], [4, 5]])).toThrow(
      'tensor: expected a rectangular nested array, got a ragged one: row [1] has length 2 but [0] has length 3. Make every row the same length.',
    );
    expect(() => tensor([[[1, 2]], [[3, 4]], [[5]]])).toThrow(/row \[2\]\[0\] has length 1/);
    expect(() => tensor([[1, 2], 3] as never)).toThrow(expect.objectContaining({ code: 'E_SHAPE' }));
    expect(() => tensor([1, 'a'] as never)).toThrow(expect.objectContaining({ code: 'E_INVALID_ARGUMENT' }));
  });

  test('typed arrays are copied, keep their dtype unless told, and can be reshaped', () => {
    const source = new Float32Array([1, 2, 3, 4]);
    const t = tensor(source, { shape: [2, 2] });
    source[0] = 99;
    expect(t.toArray()).toEqual([[1, 2], [3, 4]]);
    expect(t.dtype).toBe('float32');
    expect(tensor(new Float32Array([1]), { dtype: 'float64' }).dtype).toBe('float64');
  });

  test('nested arrays are copied too', () => {
    const rows = [[1, 2]];
    const t = tensor(rows);
    (rows[0] as number[])[0] = 5;
    expect(t.toArray()).toEqual([[1, 2]]);
  });

  test('float32 option stores a Float32Array (rounded)', () => {
    const t = tensor([0.1], { dtype: 'float32' });
    expect(t.data).toBeInstanceOf(Float32Array);
    expect(t.item()).toBe(Math.fround(0.1));
  });

  test('NaN and Infinity are allowed', () => {
    expect(tensor([NaN, Infinity]).toArray()).toEqual([NaN, Infinity]);
  });

  test('shape mismatch, bad shapes, bad dtypes and bad values are typed errors', () => {
    expect(() => tensor([1, 2, 3], { shape: [2, 2] })).toThrow(/expected 4 values for shape \[2, 2\], got 3/);
    expect(() => tensor([1], { shape: [-1] })).toThrow(expect.objectContaining({ code: 'E_SHAPE' }));
    expect(() => tensor([1], { dtype: 'int32' as never })).toThrow(expect.objectContaining({ code: 'E_DTYPE' }));
    expect(() => tensor('abc' as never)).toThrow(expect.objectContaining({ code: 'E_INVALID_ARGUMENT' }));
  });
});

describe('zeros, ones, full, scalar', () => {
  test('fill values, shapes and dtypes', () => {
    expect(zeros([2, 2]).toArray()).toEqual([[0, 0], [0, 0]]);
    expect(ones([3], 'float32').data).toBeInstanceOf(Float32Array);
    expect(full([2], 7).toArray()).toEqual([7, 7]);
    expect(scalar(2.5).shape).toEqual([]);
    expect(() => zeros([1.5])).toThrow(expect.objectContaining({ code: 'E_SHAPE' }));
    expect(() => full([1], '1' as never)).toThrow(expect.objectContaining({ code: 'E_INVALID_ARGUMENT' }));
  });
});
