import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { cpuBatch, gradientError, randomBatch, valueError } from '../test/randomBatch.js';
import { instantiateKernels } from './instantiateKernels.js';
import { runSeriesBatch, type SeriesBatchData } from './runSeriesBatch.js';
import type { WasmKernels } from './WasmKernels.js';

// Tolerances vs the cpu kernel (float64, libm exp/log). f64: own exp2/log2 polynomials (≤ 2.2e-16 relative) and a
// different summation order inside the soft-min, so a few ulps per cell; f32: float32 storage and arithmetic.
const F64_VALUE = 1e-13;
const F64_GRAD = 1e-10;
const F32_VALUE = 2e-5;
const F32_GRAD = 2e-3;

let kernels: WasmKernels;
beforeAll(async () => {
  kernels = await instantiateKernels();
});

interface ReferenceCase {
  id: string;
  gamma: number;
  n: number;
  m: number;
  p: number;
  x: number[][];
  y: number[][];
  value: number;
  grad_x: number[][];
}
const cases = JSON.parse(
  readFileSync(new URL('../../core/test/__fixtures__/softdtw_cases.json', import.meta.url), 'utf8'),
) as ReferenceCase[];

describe('runSeriesBatch (lanes = pairs) against the cpu kernel', () => {
  test('reference cases, all in one batch, float64', () => {
    const soft = cases.filter((c) => c.gamma > 0);
    expect(soft.length).toBeGreaterThan(20);
    for (const p of [...new Set(soft.map((c) => c.p))]) {
      const group = soft.filter((c) => c.p === p);
      const data = pack(group);
      const gammas = group.map((c) => c.gamma);
      // One batch per γ value (γ is an attr of the whole batch).
      for (const gamma of [...new Set(gammas)]) {
        const members = group.map((c, k) => (c.gamma === gamma ? k : -1)).filter((k) => k >= 0);
        const sub = subset(data, members);
        const got = runSeriesBatch(kernels, sub, { p, gamma, radius: Infinity, gradients: true, dtype: 'float64' });
        const ref = cpuBatch(sub, p, gamma, Infinity, true);
        expect(valueError(got.values, ref.values)).toBeLessThan(F64_VALUE);
        expect(gradientError(sub, p, got, ref)).toBeLessThan(F64_GRAD);
        members.forEach((k, local) => {
          expect(Math.abs(got.values[local] - group[k].value) / Math.abs(group[k].value)).toBeLessThan(1e-12);
        });
      }
    }
  });

  test.each([
    ['float64', 1, Infinity],
    ['float64', 3, Infinity],
    ['float64', 5, 3],
    ['float64', 1, 0],
    ['float32', 1, Infinity],
    ['float32', 4, 2],
  ] as const)('variable lengths in one batch, %s, p = %i, band %s, γ sweep', (dtype, p, radius) => {
    const data = randomBatch(17 + p, 11, p, 1, 24, Math.min(radius, 4));
    for (const gamma of [1e-3, 0.1, 1, 10, 1e3]) {
      const ref = cpuBatch(data, p, gamma, radius, true);
      const got = runSeriesBatch(kernels, data, { p, gamma, radius, gradients: true, dtype });
      const valueOnly = runSeriesBatch(kernels, data, { p, gamma, radius, gradients: false, dtype });
      const [valueTol, gradTol] = dtype === 'float64' ? [F64_VALUE, F64_GRAD] : [F32_VALUE, F32_GRAD];
      expect(valueError(got.values, ref.values)).toBeLessThan(valueTol);
      expect(valueError(valueOnly.values, ref.values)).toBeLessThan(valueTol);
      expect(valueOnly.gradX).toBeNull();
      expect(gradientError(data, p, got, ref)).toBeLessThan(gradTol);
    }
  });

  test.each([
    [1, Infinity],
    [3, Infinity],
    [1, 3],
    [5, 2],
  ] as const)('γ = 0 (hardBatchF64), p = %i, band %s: exactly the cpu value and subgradient, ties included', (p, radius) => {
    for (let seed = 0; seed < 6; seed++) {
      const data = randomBatch(100 + seed, 7, p, 1, 25, Math.min(radius, 4));
      if (seed % 2 === 0) {
        // Integer values: many equal predecessors, so the tie-break diag > up > left decides the path.
        for (let e = 0; e < data.x.length; e++) data.x[e] = Math.round(2 * data.x[e]);
        for (let e = 0; e < data.y.length; e++) data.y[e] = Math.round(2 * data.y[e]);
      }
      const ref = cpuBatch(data, p, 0, radius, true);
      for (const dtype of ['float64', 'float32'] as const) {
        const got = runSeriesBatch(kernels, data, { p, gamma: 0, radius, gradients: true, dtype });
        expect(got.values).toEqual(ref.values);
        expect(got.gradX).toEqual(ref.gradX);
        expect(got.gradY).toEqual(ref.gradY);
      }
      expect(runSeriesBatch(kernels, data, { p, gamma: 0, radius, gradients: false, dtype: 'float64' }).values).toEqual(ref.values);
    }
  });

  test('a band of radius |n − m| and equal series give the cpu values; inputs are not mutated', () => {
    const data = randomBatch(5, 6, 2, 3, 9, 2);
    const before = [Float64Array.from(data.x), Float64Array.from(data.y)];
    const got = runSeriesBatch(kernels, data, { p: 2, gamma: 0.5, radius: 4, gradients: true, dtype: 'float64' });
    expect(valueError(got.values, cpuBatch(data, 2, 0.5, 4, false).values)).toBeLessThan(F64_VALUE);
    expect(data.x).toEqual(before[0]);
    expect(data.y).toEqual(before[1]);
  });

  test('shared rows (pairwise, value only) and lengths 1', () => {
    const x = Float64Array.of(0, 1, 2, 3, 4);
    const data: SeriesBatchData = {
      x,
      y: x,
      xStart: Int32Array.of(0, 0, 2, 4),
      yStart: Int32Array.of(0, 2, 0, 4),
      lengthsX: Int32Array.of(3, 3, 3, 1),
      lengthsY: Int32Array.of(3, 3, 3, 1),
    };
    const got = runSeriesBatch(kernels, data, { p: 1, gamma: 1, radius: Infinity, gradients: false, dtype: 'float64' });
    expect(valueError(got.values, cpuBatch(data, 1, 1, Infinity, false).values)).toBeLessThan(F64_VALUE);
    expect(got.values[1]).toBeCloseTo(got.values[2], 12); // symmetric cost
  });

  test('an empty batch returns empty values', () => {
    const empty = new Int32Array(0);
    const out = runSeriesBatch(kernels, { x: new Float64Array(0), y: new Float64Array(0), xStart: empty, yStart: empty, lengthsX: empty, lengthsY: empty }, { p: 1, gamma: 1, radius: Infinity, gradients: true, dtype: 'float64' });
    expect(out.values.length).toBe(0);
  });
});

function pack(group: ReferenceCase[]): SeriesBatchData {
  const p = group[0].p;
  const rowsX = group.reduce((s, c) => s + c.n, 0);
  const rowsY = group.reduce((s, c) => s + c.m, 0);
  const x = new Float64Array(rowsX * p);
  const y = new Float64Array(rowsY * p);
  const xStart = new Int32Array(group.length);
  const yStart = new Int32Array(group.length);
  let ax = 0;
  let ay = 0;
  group.forEach((c, k) => {
    xStart[k] = ax;
    yStart[k] = ay;
    x.set(c.x.flat(), ax * p);
    y.set(c.y.flat(), ay * p);
    ax += c.n;
    ay += c.m;
  });
  return { x, y, xStart, yStart, lengthsX: Int32Array.from(group, (c) => c.n), lengthsY: Int32Array.from(group, (c) => c.m) };
}

function subset(data: SeriesBatchData, members: number[]): SeriesBatchData {
  const pick = (a: Int32Array) => Int32Array.from(members, (k) => a[k]);
  return { x: data.x, y: data.y, xStart: pick(data.xStart), yStart: pick(data.yStart), lengthsX: pick(data.lengthsX), lengthsY: pick(data.lengthsY) };
}
