import { afterAll, describe, expect, test } from 'vitest';
import { randomBatch } from '../test/randomBatch.js';
import { computeSeriesBatch } from './computeSeriesBatch.js';
import { compileKernelModule, instantiateKernels } from './instantiateKernels.js';
import { splitByCells, WorkerPool } from './WorkerPool.js';

const pools: WorkerPool[] = [];
afterAll(() => pools.forEach((pool) => pool.dispose()));

describe('WorkerPool', () => {
  test('splitByCells: contiguous in (n, m) order, balanced, every pair once', () => {
    expect(splitByCells(Int32Array.of(4, 4, 4, 4), Int32Array.of(4, 4, 4, 4), 2)).toEqual([[0, 1], [2, 3]]);
    const chunks = splitByCells(Int32Array.of(10, 1, 1, 1, 9), Int32Array.of(10, 1, 1, 1, 9), 2);
    expect(chunks.flat().sort()).toEqual([0, 1, 2, 3, 4]);
    expect(chunks).toEqual([[1, 2, 3, 4], [0]]);
    expect(splitByCells(Int32Array.of(3), Int32Array.of(3), 4)).toEqual([[0]]);
  });

  test.each(['float64', 'float32'] as const)('%s: the pool gives exactly the in-thread results (3 workers)', async (dtype) => {
    const module = await compileKernelModule();
    const pool = new WorkerPool(module, 3);
    pools.push(pool);
    const data = randomBatch(8, 13, 2, 2, 40, 3);
    const settings = { p: 2, gamma: 0.7, radius: Infinity, gradients: true, dtype };
    const pooled = await pool.runSeriesBatch(data, settings);
    const local = computeSeriesBatch(await instantiateKernels(module), data, settings);
    expect(pooled.values).toEqual(local.values);
    expect(pooled.gradX).toEqual(local.gradX);
    expect(pooled.gradY).toEqual(local.gradY);
    const again = await Promise.all([pool.runSeriesBatch(data, settings), pool.runSeriesBatch(data, { ...settings, gradients: false })]);
    expect(again[0].values).toEqual(local.values);
    expect(again[1].gradX).toBeNull();
  });

  test('a disposed pool rejects new work', async () => {
    const pool = new WorkerPool(await compileKernelModule(), 1);
    pool.dispose();
    pool.dispose();
    await expect(pool.runSeriesBatch(randomBatch(1, 2, 1, 3, 3, 0), { p: 1, gamma: 1, radius: Infinity, gradients: false, dtype: 'float64' })).rejects.toThrow(/disposed/);
  });
});
