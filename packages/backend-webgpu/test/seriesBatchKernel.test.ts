/**
 * The WebGPU series-batch kernel against core's float64 cpu kernel: the reference cases, variable
 * lengths in one batch, bands, a γ sweep, γ = 0, p > 1, shared rows, chunked batches, and edge
 * shapes. Runs on whatever adapter Dawn finds (SwiftShader on CI); skips with a logged reason
 * when there is none.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createRng, type Rng } from '@softdtw/autodiff';
import type { SeriesBatchAttrs } from '@softdtw/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebGpuBackend } from '../src/WebGpuBackend.js';
import { WebGpuLimitError } from '../src/WebGpuError.js';
import { compareWithCpu, packPairs } from './compareWithCpu.js';
import { FLOAT32_TOLERANCE } from './float32Tolerances.js';
import { logSkip, probeNodeGpu } from './probeNodeGpu.js';

const probe = await probeNodeGpu();
logSkip('seriesBatchKernel.test.ts', probe);

const referencePath = fileURLToPath(new URL('../../../../shared/reference/softdtw_cases.json', import.meta.url));
const haveReference = existsSync(referencePath);
if (!haveReference) console.warn(`[@softdtw/backend-webgpu] reference cases not found at ${referencePath}: skipping the reference-case test`);

interface ReferenceCase {
  readonly id: string;
  readonly gamma: number;
  readonly n: number;
  readonly m: number;
  readonly p: number;
  readonly x: number[][];
  readonly y: number[][];
  readonly value: number;
}

function attrs(overrides: Partial<SeriesBatchAttrs> = {}): SeriesBatchAttrs {
  return { p: 1, gamma: 1, radius: Infinity, gradients: true, dtype: 'float32', ...overrides };
}

function randomWalk(rng: Rng, rows: number, p: number, step = 0.3): Float64Array {
  const out = new Float64Array(rows * p);
  for (let f = 0; f < p; f++) {
    let v = rng.nextNormal();
    for (let i = 0; i < rows; i++) {
      v += step * rng.nextNormal();
      out[i * p + f] = v;
    }
  }
  return out;
}

function randomIntegers(rng: Rng, rows: number, p: number): Float64Array {
  return Float64Array.from({ length: rows * p }, () => Math.floor(rng.nextFloat() * 4));
}

describe.skipIf(probe.gpu === undefined)('SoftDtwSeriesBatchAsync on WebGPU vs the cpu kernel', () => {
  let backend: WebGpuBackend;
  beforeAll(async () => {
    backend = await WebGpuBackend.create({ gpu: probe.gpu as GPU });
    console.info(`[@softdtw/backend-webgpu] adapter: ${backend.adapterDescription}, tile ${backend.tile}`);
  });
  afterAll(() => backend?.dispose());

  it.skipIf(!haveReference)('matches on every reference case (values, gradX, gradY), and the authors’ values', async () => {
    const cases = JSON.parse(readFileSync(referencePath, 'utf8')) as ReferenceCase[];
    expect(cases.length).toBeGreaterThanOrEqual(30);
    for (const c of cases) {
      const inputs = packPairs([[Float64Array.from(c.x.flat()), Float64Array.from(c.y.flat())]], c.p);
      const errors = await compareWithCpu(backend, inputs, attrs({ p: c.p, gamma: c.gamma }));
      expect(errors.value, c.id).toBeLessThan(FLOAT32_TOLERANCE.value);
      expect(errors.gradX, c.id).toBeLessThan(FLOAT32_TOLERANCE.gradient);
      expect(errors.gradY, c.id).toBeLessThan(FLOAT32_TOLERANCE.gradient);
      expect(Math.abs(errors.gpu.values[0] - c.value) / Math.max(Math.abs(c.value), 1), c.id).toBeLessThan(FLOAT32_TOLERANCE.value);
    }
  });

  it('handles variable lengths in one batch (1 to 300, single- and multi-tile, p = 2)', async () => {
    const rng = createRng(11);
    const lengths: Array<[number, number]> = [[1, 1], [1, 40], [40, 1], [7, 9], [128, 128], [129, 127], [300, 17], [17, 300], [250, 260], [64, 200], [200, 64], [3, 3]];
    const inputs = packPairs(lengths.map(([n, m]) => [randomWalk(rng, n, 2), randomWalk(rng, m, 2)] as const), 2);
    const errors = await compareWithCpu(backend, inputs, attrs({ p: 2, gamma: 0.5 }));
    expect(errors.value).toBeLessThan(FLOAT32_TOLERANCE.value);
    expect(errors.gradX).toBeLessThan(FLOAT32_TOLERANCE.gradient);
    expect(errors.gradY).toBeLessThan(FLOAT32_TOLERANCE.gradient);
    // Every pair's own value is within tolerance (not only the largest error), and finite.
    errors.cpu.values.forEach((v, k) => expect(Math.abs(errors.gpu.values[k] - v) / Math.max(Math.abs(v), 1), `pair ${k}`).toBeLessThan(FLOAT32_TOLERANCE.value));
  });

  it('applies Sakoe-Chiba bands (r = |n − m|, narrow, crossing tile borders, wide) like the cpu kernel', async () => {
    const rng = createRng(12);
    const pairs = [randomWalk(rng, 260, 1), randomWalk(rng, 230, 1)] as const;
    const inputs = packPairs([pairs], 1);
    const unbanded = (await backend.runSeriesBatch(inputs, attrs({ gamma: 0.3, gradients: false }))).values[0];
    for (const radius of [30, 31, 45, 127, 128, 200, 1000]) {
      const errors = await compareWithCpu(backend, inputs, attrs({ gamma: 0.3, radius }));
      expect(errors.value, `r=${radius}`).toBeLessThan(FLOAT32_TOLERANCE.value);
      expect(errors.gradX, `r=${radius}`).toBeLessThan(FLOAT32_TOLERANCE.gradient);
      expect(errors.gradY, `r=${radius}`).toBeLessThan(FLOAT32_TOLERANCE.gradient);
      // Fewer paths, larger soft minimum: narrow bands really cut paths off.
      if (radius <= 45) expect(errors.gpu.values[0], `r=${radius}`).toBeGreaterThan(unbanded);
    }
    // Equal lengths admit the tightest bands: r = 0 is the diagonal alone (odd anti-diagonals empty).
    const square = packPairs([[randomWalk(rng, 150, 1), randomWalk(rng, 150, 1)]], 1);
    for (const radius of [0, 1, 2]) {
      const errors = await compareWithCpu(backend, square, attrs({ gamma: 0.3, radius }));
      expect(errors.value, `r=${radius}`).toBeLessThan(FLOAT32_TOLERANCE.value);
      expect(errors.gradX, `r=${radius}`).toBeLessThan(FLOAT32_TOLERANCE.gradient);
      expect(errors.gradY, `r=${radius}`).toBeLessThan(FLOAT32_TOLERANCE.gradient);
    }
    // A band in a batch with variable lengths (each pair's band fits it: r ≥ |n − m|).
    const batch = packPairs([[randomWalk(rng, 150, 1), randomWalk(rng, 140, 1)], [randomWalk(rng, 20, 1), randomWalk(rng, 25, 1)], [randomWalk(rng, 300, 1), randomWalk(rng, 290, 1)]], 1);
    const errors = await compareWithCpu(backend, batch, attrs({ gamma: 1, radius: 12 }));
    expect(errors.value).toBeLessThan(FLOAT32_TOLERANCE.value);
    expect(errors.gradX).toBeLessThan(FLOAT32_TOLERANCE.gradient);
    expect(errors.gradY).toBeLessThan(FLOAT32_TOLERANCE.gradient);
  });

  it('matches across a γ sweep from 1e-3 to 1e3', async () => {
    const rng = createRng(13);
    const inputs = packPairs([[randomWalk(rng, 150, 1), randomWalk(rng, 140, 1)], [randomWalk(rng, 30, 1), randomWalk(rng, 60, 1)]], 1);
    for (const gamma of [1e-3, 1e-2, 0.1, 1, 10, 100, 1e3]) {
      const errors = await compareWithCpu(backend, inputs, attrs({ gamma }));
      expect(errors.value, `γ=${gamma}`).toBeLessThan(FLOAT32_TOLERANCE.value);
      expect(errors.gradX, `γ=${gamma}`).toBeLessThan(FLOAT32_TOLERANCE.gradient);
      expect(errors.gradY, `γ=${gamma}`).toBeLessThan(FLOAT32_TOLERANCE.gradient);
    }
  });

  it('γ = 0: exactly the hard DTW value and path subgradient on integer data with ties (diag > up > left)', async () => {
    const rng = createRng(14);
    // Integer series: every cost and every R is an exact small integer in float32, so ties are
    // exact on both sides and the tie-break decides the path.
    const pairs = [[randomIntegers(rng, 150, 1), randomIntegers(rng, 170, 1)], [randomIntegers(rng, 9, 2), randomIntegers(rng, 6, 2)]] as const;
    const single = packPairs([pairs[0]], 1);
    for (const radius of [Infinity, 25]) {
      const errors = await compareWithCpu(backend, single, attrs({ gamma: 0, radius }));
      expect(Array.from(errors.gpu.values)).toEqual(Array.from(errors.cpu.values));
      expect(Array.from(errors.gpu.gradX as Float64Array)).toEqual(Array.from(errors.cpu.gradX as Float64Array));
      expect(Array.from(errors.gpu.gradY as Float64Array)).toEqual(Array.from(errors.cpu.gradY as Float64Array));
    }
    const multi = await compareWithCpu(backend, packPairs([pairs[1]], 2), attrs({ p: 2, gamma: 0 }));
    expect(Array.from(multi.gpu.gradX as Float64Array)).toEqual(Array.from(multi.cpu.gradX as Float64Array));
    // Random real data: same path (no near-ties at this size), float32 rounding only.
    const real = await compareWithCpu(backend, packPairs([[randomWalk(rng, 200, 1), randomWalk(rng, 180, 1)]], 1), attrs({ gamma: 0 }));
    expect(real.value).toBeLessThan(FLOAT32_TOLERANCE.value);
    expect(real.gradX).toBeLessThan(FLOAT32_TOLERANCE.gradient);
  });

  it('handles p > 1 (p = 5, multi-tile) and the value-only path', async () => {
    const rng = createRng(15);
    const inputs = packPairs([[randomWalk(rng, 140, 5), randomWalk(rng, 133, 5)], [randomWalk(rng, 12, 5), randomWalk(rng, 30, 5)]], 5);
    const withGrad = await compareWithCpu(backend, inputs, attrs({ p: 5, gamma: 0.2 }));
    expect(withGrad.value).toBeLessThan(FLOAT32_TOLERANCE.value);
    expect(withGrad.gradX).toBeLessThan(FLOAT32_TOLERANCE.gradient);
    expect(withGrad.gradY).toBeLessThan(FLOAT32_TOLERANCE.gradient);
    const valueOnly = await compareWithCpu(backend, inputs, attrs({ p: 5, gamma: 0.2, gradients: false }));
    expect(valueOnly.gpu.gradX).toBeNull();
    expect(Array.from(valueOnly.gpu.values)).toEqual(Array.from(withGrad.gpu.values)); // same forward pass
  });

  it('computes pairwise cells that share rows (value only) and zeroes gradient rows no pair uses', async () => {
    const rng = createRng(16);
    const series = [randomWalk(rng, 50, 1), randomWalk(rng, 70, 1), randomWalk(rng, 130, 1)];
    const x = new Float64Array(250);
    x.set(series[0], 0);
    x.set(series[1], 50);
    x.set(series[2], 120);
    const starts = [0, 50, 120];
    const lengths = [50, 70, 130];
    const cells = [[0, 1], [0, 2], [1, 2], [2, 2], [1, 0]];
    const inputs = {
      x,
      y: x,
      xStart: Int32Array.from(cells, ([i]) => starts[i]),
      yStart: Int32Array.from(cells, ([, j]) => starts[j]),
      lengthsX: Int32Array.from(cells, ([i]) => lengths[i]),
      lengthsY: Int32Array.from(cells, ([, j]) => lengths[j]),
    };
    const errors = await compareWithCpu(backend, inputs, attrs({ gamma: 1, gradients: false }));
    expect(errors.value).toBeLessThan(FLOAT32_TOLERANCE.value);
    // Gradients with an unused gap of rows in x (rows 10..19 belong to no pair).
    const gap = { x: randomWalk(rng, 40, 1), y: randomWalk(rng, 30, 1), xStart: Int32Array.of(0, 20), yStart: Int32Array.of(0, 15), lengthsX: Int32Array.of(10, 20), lengthsY: Int32Array.of(15, 15) };
    const withGap = await compareWithCpu(backend, gap, attrs({ gamma: 1 }));
    expect(Array.from((withGap.gpu.gradX as Float64Array).subarray(10, 20))).toEqual(new Array(10).fill(0));
    expect(withGap.gradX).toBeLessThan(FLOAT32_TOLERANCE.gradient);
  });

  it('answers an empty batch without touching the GPU', async () => {
    const out = await backend.runSeriesBatch(packPairs([], 1), attrs());
    expect(out.values.length).toBe(0);
    expect(out.gradX?.length).toBe(0);
  });
});

describe.skipIf(probe.gpu === undefined)('other tile shapes, including the GPU default of one row per invocation', () => {
  // CPU adapters (SwiftShader, where the other tests run) default to R = T/4 rows per invocation;
  // real GPUs default to R = 1. Every shape must give the same results.
  for (const [tile, rows] of [[128, 1], [32, 1], [64, 2], [32, 8], [256, 64]] as const) {
    it(`tile ${tile}, ${rows} row(s) per invocation: variable lengths, a band, γ > 0 and γ = 0`, async () => {
      const backend = await WebGpuBackend.create({ gpu: probe.gpu as GPU, tile, rowsPerInvocation: rows });
      try {
        expect(backend.tile).toBe(tile);
        const rng = createRng(100 + tile + rows);
        const inputs = packPairs([[randomWalk(rng, 200, 2), randomWalk(rng, 170, 2)], [randomWalk(rng, 1, 2), randomWalk(rng, 33, 2)], [randomWalk(rng, 65, 2), randomWalk(rng, 64, 2)]], 2);
        for (const overrides of [{ gamma: 0.4 }, { gamma: 0.4, radius: 40 }, { gamma: 0 }]) {
          const errors = await compareWithCpu(backend, inputs, attrs({ p: 2, ...overrides }));
          expect(errors.value, JSON.stringify(overrides)).toBeLessThan(FLOAT32_TOLERANCE.value);
          expect(errors.gradX, JSON.stringify(overrides)).toBeLessThan(FLOAT32_TOLERANCE.gradient);
          expect(errors.gradY, JSON.stringify(overrides)).toBeLessThan(FLOAT32_TOLERANCE.gradient);
        }
      } finally {
        backend.dispose();
      }
    });
  }
});

describe.skipIf(probe.gpu === undefined)('batches larger than the buffer limit', () => {
  it('are split into chunks of whole pairs with the same results, and a pair that alone exceeds the limit is a WebGpuLimitError', async () => {
    // 64 KiB per buffer: one 128 × 128 tile of weights (64 KiB) per chunk.
    const small = await WebGpuBackend.create({ gpu: probe.gpu as GPU, maxBufferBytes: 65536 });
    const whole = await WebGpuBackend.create({ gpu: probe.gpu as GPU });
    try {
      const rng = createRng(17);
      const inputs = packPairs([[randomWalk(rng, 100, 1), randomWalk(rng, 90, 1)], [randomWalk(rng, 20, 1), randomWalk(rng, 25, 1)], [randomWalk(rng, 128, 1), randomWalk(rng, 120, 1)]], 1);
      const chunked = await small.runSeriesBatch(inputs, attrs({ gamma: 0.7 }));
      const reference = await whole.runSeriesBatch(inputs, attrs({ gamma: 0.7 }));
      expect(Array.from(chunked.values)).toEqual(Array.from(reference.values));
      expect(Array.from(chunked.gradX as Float64Array)).toEqual(Array.from(reference.gradX as Float64Array));
      expect(Array.from(chunked.gradY as Float64Array)).toEqual(Array.from(reference.gradY as Float64Array));
      const tooLong = packPairs([[randomWalk(rng, 200, 1), randomWalk(rng, 200, 1)]], 1);
      await expect(small.runSeriesBatch(tooLong, attrs())).rejects.toThrow(WebGpuLimitError);
      await expect(small.runSeriesBatch(tooLong, attrs())).rejects.toThrow(/pair 0 \(n = 200, m = 200\).*Use a Sakoe-Chiba band/);
      // The same pair fits without gradients (no weights to store).
      const valueOnly = await small.runSeriesBatch(tooLong, attrs({ gradients: false }));
      expect(Number.isFinite(valueOnly.values[0])).toBe(true);
    } finally {
      small.dispose();
      whole.dispose();
    }
  });
});
