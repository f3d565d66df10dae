import { expect, test } from 'vitest';
import { winPercentage } from './winPercentage.js';

test('winPercentage counts strict wins only and leaves out non-finite pairs', () => {
  // Hand example: a win, a loss, a tie (not a win), a win, and a failed run (NaN) left out.
  expect(winPercentage([[1, 2], [3, 2], [1, 1], [0, 5], [Number.NaN, 1]])).toEqual({ wins: 2, datasets: 4, percent: 50 });
  expect(winPercentage([[0.1, 0.2]]).percent).toBe(100);
  expect(winPercentage([]).percent).toBeNaN();
});
