import { expect, test } from 'vitest';
import { averageRanks, rankAscending } from './averageRanks.js';

test('rankAscending gives 1 to the lowest loss and averages ties', () => {
  expect(rankAscending([0.3, 0.1, 0.3, 0.05, 1])).toEqual([3.5, 2, 3.5, 1, 5]);
  expect(rankAscending([2, 2, 2])).toEqual([2, 2, 2]);
  expect(rankAscending([])).toEqual([]);
});

test('averageRanks averages per-dataset ranks over datasets (hand example)', () => {
  // dataset 1: A < B < C -> 1, 2, 3; dataset 2: C < A = B -> 2.5, 2.5, 1; dataset 3: B < C < A -> 3, 1, 2
  const losses = [
    [0.1, 0.2, 0.3],
    [5, 5, 1],
    [9, 7, 8],
  ];
  expect(averageRanks(losses)).toEqual([(1 + 2.5 + 3) / 3, (2 + 2.5 + 1) / 3, (3 + 1 + 2) / 3]);
  const sum = averageRanks(losses).reduce((a, b) => a + b, 0);
  expect(sum).toBeCloseTo(6, 12); // ranks 1..3 always sum to 6
  expect(averageRanks([])).toEqual([]);
  expect(() => averageRanks([[1, 2], [1]])).toThrow(/expected 2 losses per dataset, got 1/);
});
