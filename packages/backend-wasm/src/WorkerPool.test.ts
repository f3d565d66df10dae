import { afterAll, describe, expect, test } from 'vitest';
import { randomBatch } from '../test/randomBatch.js';
import { computeSeriesBatch } from './computeSeriesBatch.js';
import { compileKernelModule, instantiateKernels } from './instantiateKernels.js';
import { createWasmBackend } from './WasmBackend.js';
import { GuidedChunks, MIN_CHUNK_CELLS, WorkerPool } from './WorkerPool.js';

const pools: WorkerPool[] = [];
afterAll(() => pools.forEach((pool) => pool.dispose()));

describe('WorkerPool', () => {
  test('GuidedChunks: (n, m) order, every pair once, shrinking chunks, none below the minimum but the last', () => {
    const drain = (chunks: GuidedChunks): number[][] => {
      const out: number[][] = [];
      for (let pairs = chunks.next(); pairs !== null; pairs = chunks.next()) out.push(pairs);
      return out;
    };
    // 1024 pairs of 128²: 2²⁴ cells; the first chunk takes an eighth (2 threads), later ones an eighth of the rest.
    const equal = Int32Array.from({ length: 1024 }, () => 128);
    const chunks = drain(new GuidedChunks(equal, equal, 2));
    expect(chunks.flat()).toEqual(Array.from({ length: 1024 }, (_, k) => k));
    expect(chunks[0]).toHaveLength(128);
    expect(chunks[1]).toHaveLength(112);
    const sizes = chunks.map((c) => c.length * 128 * 128);
    for (let i = 1; i < sizes.length; i++) expect(sizes[i]).toBeLessThanOrEqual(sizes[i - 1]);
    expect(Math.min(...sizes.slice(0, -1))).toBeGreaterThanOrEqual(MIN_CHUNK_CELLS / 2);
    expect(chunks.length).toBeGreaterThan(16);
    expect(chunks.length).toBeLessThan(40);
    // Mixed lengths come sorted by (n, m), ties by index; a small batch is one chunk.
    const mixed = drain(new GuidedChunks(Int32Array.of(10, 1, 1, 9), Int32Array.of(10, 1, 2, 9), 2));
    expect(mixed).toEqual([[1, 2, 3, 0]]);
    expect(drain(new GuidedChunks(new Int32Array(0), new Int32Array(0), 2))).toEqual([]);
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

  test('task buffers are reused across calls of changing sizes, and shared-row batches work', async () => {
    const module = await compileKernelModule();
    const pool = new WorkerPool(module, 2);
    pools.push(pool);
    const local = await instantiateKernels(module);
    const settings = { p: 1, gamma: 0.3, radius: Infinity, gradients: true, dtype: 'float64' as const };
    // Large, small, large again: a spare buffer bigger than needed serves the small call, whose stale contents must
    // not leak into the results. Pairs are grouped into SIMD lanes per share, so a pair may sit beside another partner
    // than in one thread: gradients then differ in the last bit (values do not).
    for (const [seed, b, maxLength] of [[21, 12, 30], [22, 3, 5], [23, 12, 30]] as const) {
      const data = randomBatch(seed, b, 1, 2, maxLength, 4);
      const pooled = await pool.runSeriesBatch(data, settings);
      const inThread = computeSeriesBatch(local, data, settings);
      expect(pooled.values).toEqual(inThread.values);
      expect(maxDifference(pooled.gradX!, inThread.gradX!)).toBeLessThan(1e-13);
      expect(maxDifference(pooled.gradY!, inThread.gradY!)).toBeLessThan(1e-13);
    }
    // A pairwise matrix: every pair reads rows of the same few series (sent whole, not copied per pair).
    const series = randomBatch(24, 3, 1, 6, 9, 1);
    const cells = [0, 1, 2].flatMap((i) => [0, 1, 2].map((j) => [i, j] as const));
    const matrix = {
      x: series.x,
      y: series.y,
      xStart: Int32Array.from(cells, ([i]) => series.xStart[i]),
      yStart: Int32Array.from(cells, ([, j]) => series.yStart[j]),
      lengthsX: Int32Array.from(cells, ([i]) => series.lengthsX[i]),
      lengthsY: Int32Array.from(cells, ([, j]) => series.lengthsY[j]),
    };
    const valueSettings = { ...settings, gradients: false };
    expect((await pool.runSeriesBatch(matrix, valueSettings)).values).toEqual(computeSeriesBatch(local, matrix, valueSettings).values);
  });

  test('a chunk that fails in its worker rejects the call with the reason; the pool keeps working', async () => {
    const module = await compileKernelModule();
    const pool = new WorkerPool(module, 2);
    pools.push(pool);
    const settings = { p: 1, gamma: 1, radius: Infinity, gradients: true, dtype: 'float64' as const };
    // A pair of 100 000 × 100 000 with gradients needs 240 GB of soft-min weights: its worker cannot allocate them.
    const small = randomBatch(31, 40, 1, 60, 80, 0);
    const huge = 100_000;
    const data = {
      x: Float64Array.of(...small.x, ...new Float64Array(huge)),
      y: Float64Array.of(...small.y, ...new Float64Array(huge)),
      xStart: Int32Array.of(...small.xStart, small.x.length),
      yStart: Int32Array.of(...small.yStart, small.y.length),
      lengthsX: Int32Array.of(...small.lengthsX, huge),
      lengthsY: Int32Array.of(...small.lengthsY, huge),
    };
    await expect(pool.runSeriesBatch(data, settings)).rejects.toThrow(/backend-wasm worker: /);
    const local = computeSeriesBatch(await instantiateKernels(module), small, settings);
    expect((await pool.runSeriesBatch(small, settings)).values).toEqual(local.values);
  }, 30_000);

  test('a worker that dies fails the pool with the reason; the backend replaces a failed pool', async () => {
    const backend = await createWasmBackend({ threads: 2 });
    const settings = { p: 1, gamma: 1, radius: Infinity, gradients: false, dtype: 'float64' as const };
    const data = randomBatch(41, 64, 1, 60, 70, 0);
    const first = backend.pool()!;
    const expected = (await first.runSeriesBatch(data, settings)).values;
    // Kill one worker from outside (as an out-of-memory abort would).
    const threads = (first as unknown as { started: Array<{ terminate(): unknown }> }).started;
    await threads[0]!.terminate();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(first.failed).toBe(true);
    await expect(first.runSeriesBatch(data, settings)).rejects.toThrow(/a pool worker failed: worker exited with code/);
    const second = backend.pool()!;
    expect(second).not.toBe(first);
    expect((await second.runSeriesBatch(data, settings)).values).toEqual(expected);
    backend.dispose();
  }, 30_000);

  test('a disposed pool rejects new work', async () => {
    const pool = new WorkerPool(await compileKernelModule(), 1);
    pool.dispose();
    pool.dispose();
    await expect(pool.runSeriesBatch(randomBatch(1, 2, 1, 3, 3, 0), { p: 1, gamma: 1, radius: Infinity, gradients: false, dtype: 'float64' })).rejects.toThrow(/disposed/);
  });
});

function maxDifference(a: Float64Array, b: Float64Array): number {
  expect(a.length).toBe(b.length);
  let worst = 0;
  for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs(a[i] - b[i]));
  return worst;
}
