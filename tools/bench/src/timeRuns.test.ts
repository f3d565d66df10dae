import { expect, test } from 'vitest';
import { timeRuns } from './timeRuns.js';

test('timeRuns: runs warmup + reps times, checks every result, returns reps samples and their median', () => {
  let calls = 0;
  const checked: number[] = [];
  const timings = timeRuns(
    () => {
      calls += 1;
      const until = performance.now() + (calls === 4 ? 40 : 1); // one slow outlier among the timed runs
      while (performance.now() < until);
      return calls;
    },
    { warmup: 2, reps: 5, check: (result) => checked.push(result) },
  );
  expect(calls).toBe(7);
  expect(checked).toEqual([1, 2, 3, 4, 5, 6, 7]);
  expect(timings.samplesMs).toHaveLength(5);
  expect(Math.min(...timings.samplesMs)).toBeGreaterThanOrEqual(1);
  expect(Math.max(...timings.samplesMs)).toBeGreaterThanOrEqual(40);
  expect(timings.medianMs).toBeLessThan(20); // the median ignores the outlier (wide margin: the VM is shared)
});

test('timeRuns: a throwing check aborts the measurement', () => {
  expect(() => timeRuns(() => Number.NaN, { warmup: 0, reps: 3, check: () => { throw new Error('NaN'); } })).toThrow('NaN');
});

test('timeRuns: reps < 1 is refused', () => {
  expect(() => timeRuns(() => 0, { warmup: 0, reps: 0, check: () => {} })).toThrow(RangeError);
});

test('timeRuns: minTimedMs adds samples until the timed runs add up to it', () => {
  let calls = 0;
  const timings = timeRuns(
    () => {
      calls += 1;
      const until = performance.now() + 2;
      while (performance.now() < until);
      return calls;
    },
    { warmup: 0, reps: 2, minTimedMs: 20, check: () => {} },
  );
  expect(timings.samplesMs.length).toBeGreaterThanOrEqual(2);
  expect(timings.samplesMs.length).toBeLessThanOrEqual(10); // each sample is ≥ 2 ms, so 10 of them reach 20 ms
  expect(timings.samplesMs.reduce((sum, ms) => sum + ms, 0)).toBeGreaterThanOrEqual(20);
  expect(calls).toBe(timings.samplesMs.length);
});
