import { describe, expect, test } from 'vitest';
import { broadcastShapes, broadcastStrides } from './broadcastShapes.js';
import { normalizeAxes, normalizeAxis } from './normalizeAxes.js';
import { stridedOffsets } from './stridedOffsets.js';

describe('indexing helpers', () => {
  test('stridedOffsets walks row-major with arbitrary strides and a base', () => {
    expect(Array.from(stridedOffsets([2, 3], [3, 1]))).toEqual([0, 1, 2, 3, 4, 5]);
    expect(Array.from(stridedOffsets([2, 2], [1, 2]))).toEqual([0, 2, 1, 3]);
    expect(Array.from(stridedOffsets([2, 2], [0, 1], 5))).toEqual([5, 6, 5, 6]);
    expect(Array.from(stridedOffsets([], []))).toEqual([0]);
    expect(Array.from(stridedOffsets([0, 3], [3, 1]))).toEqual([]);
  });

  test('broadcastShapes follows numpy rules', () => {
    expect(broadcastShapes([[2, 1], [3]], 'op')).toEqual([2, 3]);
    expect(broadcastShapes([[], [4]], 'op')).toEqual([4]);
    expect(broadcastShapes([[0], [1]], 'op')).toEqual([0]);
    expect(broadcastShapes([[5, 1, 3], [4, 1], [1]], 'op')).toEqual([5, 4, 3]);
    expect(() => broadcastShapes([[2], [3]], 'op')).toThrow(expect.objectContaining({ code: 'E_SHAPE' }));
  });

  test('broadcastStrides puts 0 on repeated axes', () => {
    expect(broadcastStrides([3], [2, 3])).toEqual([0, 1]);
    expect(broadcastStrides([2, 1], [2, 3])).toEqual([1, 0]);
    expect(broadcastStrides([], [2])).toEqual([0]);
  });

  test('normalizeAxis/normalizeAxes resolve negatives, sort, and reject bad axes', () => {
    expect(normalizeAxis(-1, 3, 'op')).toBe(2);
    expect(normalizeAxes([-1, 0], 3, 'op')).toEqual([0, 2]);
    expect(normalizeAxes(undefined, 2, 'op')).toEqual([0, 1]);
    expect(() => normalizeAxis(3, 3, 'op')).toThrow('op: expected an integer axis in [-3, 2] for a rank-3 tensor, got 3. Use a valid axis (negative axes count from the end).');
    expect(() => normalizeAxis(0.5, 3, 'op')).toThrow(expect.objectContaining({ code: 'E_INVALID_ARGUMENT' }));
    expect(() => normalizeAxes([1, -2], 3, 'op')).toThrow(/names axis 1 twice/);
  });
});
