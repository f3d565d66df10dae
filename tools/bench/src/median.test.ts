import { expect, test } from 'vitest';
import { median } from './median.js';

test('median: odd count takes the middle, even count averages the two middles, input untouched', () => {
  const samples = [5, 1, 4, 2, 3];
  expect(median(samples)).toBe(3);
  expect(samples).toEqual([5, 1, 4, 2, 3]);
  expect(median([10, 1, 3, 2])).toBe(2.5);
  expect(median([7])).toBe(7);
});

test('median: numeric (not lexicographic) order', () => {
  expect(median([100, 9, 20])).toBe(20);
});

test('median: empty sample throws', () => {
  expect(() => median([])).toThrow(RangeError);
});
