import { describe, expect, test } from 'vitest';
import { randomBatch } from '../test/randomBatch.js';
import { planPoolTask, poolTaskBytes, poolTaskViews, readPoolTaskOutputs, writePoolTaskInputs } from './poolTask.js';
import { newSeriesBatchResult } from './runSeriesBatch.js';

describe('poolTask', () => {
  const p = 2;
  const data = randomBatch(5, 6, p, 2, 7, 2);
  const rowsOf = (array: Float64Array, start: number, length: number): number[] => Array.from(array.subarray(start * p, (start + length) * p));

  test('a compact share holds its pairs rows one after another, in share order', () => {
    const pairs = [4, 1, 2];
    const task = planPoolTask(data, pairs, p, true, true);
    expect(task.xLength).toBe(pairs.reduce((s, k) => s + data.lengthsX[k], 0) * p);
    expect(poolTaskBytes(task)).toBe(8 * (2 * (task.xLength + task.yLength) + 3));
    const buffer = new ArrayBuffer(poolTaskBytes(task) + 64); // spare room is allowed
    writePoolTaskInputs(task, data, p, buffer);
    const { data: share } = poolTaskViews(task, buffer);
    pairs.forEach((k, local) => {
      expect(share.lengthsX[local]).toBe(data.lengthsX[k]);
      expect(rowsOf(share.x, share.xStart[local], share.lengthsX[local])).toEqual(rowsOf(data.x, data.xStart[k], data.lengthsX[k]));
      expect(rowsOf(share.y, share.yStart[local], share.lengthsY[local])).toEqual(rowsOf(data.y, data.yStart[k], data.lengthsY[k]));
    });
    // Pairs 1 and 2 are adjacent in both layouts (copied as one run), 4 is not: every row still lands right.
    expect(share.xStart[2]).toBe(share.xStart[1] + data.lengthsX[1]);
  });

  test('a shared share carries the whole series and the pairs own offsets', () => {
    const task = planPoolTask(data, [3, 0], p, false, false);
    expect(task.xLength).toBe(data.x.length);
    expect(Array.from(task.xStart)).toEqual([data.xStart[3], data.xStart[0]]);
    expect(poolTaskBytes(task)).toBe(8 * (data.x.length + data.y.length + 2));
    const buffer = new ArrayBuffer(poolTaskBytes(task));
    writePoolTaskInputs(task, data, p, buffer);
    expect(poolTaskViews(task, buffer).data.y).toEqual(data.y);
    expect(poolTaskViews(task, buffer).result.gradX).toBeNull();
  });

  test('results go back to the pairs of the whole batch, other pairs untouched', () => {
    const pairs = [5, 2];
    const task = planPoolTask(data, pairs, p, true, true);
    const buffer = new ArrayBuffer(poolTaskBytes(task));
    const { result } = poolTaskViews(task, buffer);
    result.values.set([50, 20]);
    result.gradX!.fill(7);
    result.gradY!.fill(-7);
    const out = newSeriesBatchResult(6, data.x.length, data.y.length, true);
    readPoolTaskOutputs(task, buffer, data, { p, gamma: 1, radius: Infinity, gradients: true, dtype: 'float64' }, out);
    expect(Array.from(out.values)).toEqual([0, 0, 20, 0, 0, 50]);
    for (let k = 0; k < 6; k++) {
      const expected = pairs.includes(k) ? 7 : 0;
      expect(rowsOf(out.gradX!, data.xStart[k], data.lengthsX[k]).every((v) => v === expected)).toBe(true);
      expect(rowsOf(out.gradY!, data.yStart[k], data.lengthsY[k]).every((v) => v === -expected)).toBe(true);
    }
  });
});
