import { expect, test } from 'vitest';
import { splitForecastSeries } from './splitForecastSeries.js';

test('the first 60% of each series is the input and the remaining 40% the target', () => {
  const series = [Array.from({ length: 10 }, (_, t) => t), Array.from({ length: 10 }, (_, t) => 10 * t)];
  const split = splitForecastSeries(series);
  expect(split.inputLength).toBe(6);
  expect(split.outputLength).toBe(4);
  expect(split.inputs).toEqual([[0, 1, 2, 3, 4, 5], [0, 10, 20, 30, 40, 50]]);
  expect(split.targets).toEqual([[6, 7, 8, 9], [60, 70, 80, 90]]);
  // GunPoint's length 150 -> 90 + 60; ECG200's 96 -> 58 + 38 (57.6 rounds to 58)
  expect(splitForecastSeries([new Array<number>(150).fill(0)]).inputLength).toBe(90);
  expect(splitForecastSeries([new Array<number>(96).fill(0)]).outputLength).toBe(38);
  expect(splitForecastSeries([[1, 2]]).inputs).toEqual([[1]]);
});

test('bad shapes are refused with what was expected', () => {
  expect(() => splitForecastSeries([])).toThrow(/at least 2 steps, got no series/);
  expect(() => splitForecastSeries([[1]])).toThrow(/got length 1/);
  expect(() => splitForecastSeries([[1, 2, 3], [1, 2]])).toThrow(/one length 3, got one of length 2/);
});
