/**
 * The wavefront kernels against @softdtw/core's cpu reference kernels (softDtwSeriesValue,
 * softDtwSeriesValueAndGrad): the reference cases, random n ≠ m, p ∈ {1, 3, 8}, bands, a γ sweep, edge lengths,
 * stale scratch memory, and the float32 error.
 *
 * Tolerances (float64, relative to max(|value|, max D, p·max|series|²) for values — soft-DTW can cross 0 — and
 * max|Δg| / max|g| for gradients): 1e-13 and 1e-10. The kernels use their own exp2/log2 polynomials
 * (≤ 2.2e-16 relative) in base-2 pre-scaled units, so R differs from the cpu kernel's by a few ulps per cell;
 * measured worst here is ~2e-15 (values) and ~1e-13 (gradients). Float32 (series, R in per-diagonal frames, weights, E and gradients in
 * float32): values 2e-6, gradients 5e-5 for γ ≥ 0.1 and 2e-4 below, where 1/γ amplifies the rounding of R in
 * the weights 2^{(μ − r)·log2(e)/γ} (measured worst: 5e-7, 2.2e-5 and 2e-5; ~1e-6 at n = 1000, printed below).
 */
import { softDtwSeriesValue, softDtwSeriesValueAndGrad } from '@softdtw/core/cpu';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { instantiateKernels } from './instantiateKernels.js';
import type { WasmKernels } from './WasmKernels.js';
import { WAVEFRONT_MAX_SCRATCH_BYTES, wavefrontSoftDtw, type WavefrontDtype } from './wavefront.js';

interface ReferenceCase {
  id: string;
  gamma: number;
  n: number;
  m: number;
  p: number;
  x: number[][];
  y: number[][];
  value_hp?: number;
  grad_x_hp?: number[][];
}

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const casePaths = [`${repoRoot}shared/reference/softdtw_cases.json`, `${repoRoot}../shared/reference/softdtw_cases.json`];
const casePath = casePaths.find((path) => existsSync(path));

/** Park-Miller generator: fixed seeds, values in (−1, 1). */
function randomSeries(length: number, p: number, seed: number): Float64Array {
  let state = seed;
  const out = new Float64Array(length * p);
  for (let k = 0; k < out.length; k++) {
    state = (state * 16807) % 2147483647;
    out[k] = (2 * state) / 2147483647 - 1;
  }
  return out;
}

function maxCost(x: Float64Array, n: number, y: Float64Array, m: number, p: number): number {
  let worst = 0;
  for (let i = 0; i < n; i++)
    for (let j = 0; j < m; j++) {
      let s = 0;
      for (let k = 0; k < p; k++) s += (x[i * p + k] - y[j * p + k]) ** 2;
      worst = Math.max(worst, s);
    }
  return worst;
}

/** max|a − b| / max|b| (absolute when b is all zeros). */
function normwiseError(a: Float64Array, b: Float64Array): number {
  let diff = 0;
  let scale = 0;
  for (let k = 0; k < b.length; k++) {
    diff = Math.max(diff, Math.abs(a[k] - b[k]));
    scale = Math.max(scale, Math.abs(b[k]));
  }
  return diff / (scale || 1);
}

interface Problem {
  x: Float64Array;
  n: number;
  y: Float64Array;
  m: number;
  p: number;
  gamma: number;
  radius: number;
}

interface Errors {
  value: number;
  valueOnly: number;
  gradX: number;
  gradY: number;
}

/** Runs value-only and value+gradient on the wavefront and compares with the cpu kernels. */
function compare(kernels: WasmKernels, problem: Problem, dtype: WavefrontDtype): Errors {
  const { x, n, y, m, p, gamma, radius } = problem;
  const reference = softDtwSeriesValueAndGrad(x, n, y, m, p, gamma, radius, null);
  const referenceValue = softDtwSeriesValue(x, n, y, m, p, gamma, radius);
  const full = wavefrontSoftDtw(kernels, x, n, y, m, p, gamma, radius, true, dtype);
  const valueOnly = wavefrontSoftDtw(kernels, x, n, y, m, p, gamma, radius, false, dtype);
  expect(valueOnly.gradX).toBeNull();
  expect(full.gradX).not.toBeNull();
  // Values are compared relative to max(|value|, max D, p·max|series|²): soft-DTW can cross 0, and float32 rounds
  // the series themselves, so D = (x − y)² of nearly equal points carries an error relative to x², not to D.
  let largest = 0;
  for (const v of x) largest = Math.max(largest, Math.abs(v));
  for (const v of y) largest = Math.max(largest, Math.abs(v));
  const scale = Math.max(Math.abs(reference.value), maxCost(x, n, y, m, p), p * largest * largest);
  return {
    value: Math.abs(full.value - reference.value) / scale,
    valueOnly: Math.abs(valueOnly.value - referenceValue) / scale,
    gradX: normwiseError(full.gradX!, reference.gradX),
    gradY: normwiseError(full.gradY!, reference.gradY),
  };
}

function expectFloat64(errors: Errors): void {
  expect(errors.value).toBeLessThanOrEqual(1e-13);
  expect(errors.valueOnly).toBeLessThanOrEqual(1e-13);
  expect(errors.gradX).toBeLessThanOrEqual(1e-10);
  expect(errors.gradY).toBeLessThanOrEqual(1e-10);
}

const F32_VALUE_TOLERANCE = 2e-6;
const F32_GRAD_TOLERANCE = 5e-5;
const F32_SMALL_GAMMA_GRAD_TOLERANCE = 2e-4;

let kernels: WasmKernels;
beforeAll(async () => {
  kernels = await instantiateKernels();
});

describe('wavefrontSoftDtw on the reference cases', () => {
  const cases: ReferenceCase[] = casePath === undefined ? [] : (JSON.parse(readFileSync(casePath, 'utf8')) as ReferenceCase[]);
  if (casePath === undefined) {
    it.skip(`reference cases: none of ${casePaths.join(', ')} exists`, () => {});
    console.warn(`[wavefront.test] skipping the reference cases: none of ${casePaths.join(', ')} exists`);
  }
  for (const c of cases) {
    const problem: Problem = {
      x: Float64Array.from(c.x.flat()),
      n: c.n,
      y: Float64Array.from(c.y.flat()),
      m: c.m,
      p: c.p,
      gamma: c.gamma,
      radius: Infinity,
    };
    it(`${c.id}: float64 matches the cpu kernel and the 40-digit reference`, () => {
      expectFloat64(compare(kernels, problem, 'float64'));
      if (c.value_hp !== undefined && c.grad_x_hp !== undefined) {
        const { value, gradX } = wavefrontSoftDtw(kernels, problem.x, c.n, problem.y, c.m, c.p, c.gamma, Infinity, true, 'float64');
        const maxD = maxCost(problem.x, c.n, problem.y, c.m, c.p);
        expect(Math.abs(value - c.value_hp)).toBeLessThanOrEqual(1e-12 * Math.max(Math.abs(c.value_hp), maxD));
        expect(normwiseError(gradX!, Float64Array.from(c.grad_x_hp.flat()))).toBeLessThanOrEqual(1e-9);
      }
    });
    it(`${c.id}: float32 within its tolerance`, () => {
      const errors = compare(kernels, problem, 'float32');
      expect(errors.value).toBeLessThanOrEqual(F32_VALUE_TOLERANCE);
      expect(errors.valueOnly).toBeLessThanOrEqual(F32_VALUE_TOLERANCE);
      expect(errors.gradX).toBeLessThanOrEqual(F32_GRAD_TOLERANCE);
      expect(errors.gradY).toBeLessThanOrEqual(F32_GRAD_TOLERANCE);
    });
  }
});

describe('wavefrontSoftDtw against the cpu kernels on random problems', () => {
  const shapes: [n: number, m: number, p: number][] = [
    [1, 1, 1],
    [1, 9, 1],
    [9, 1, 3],
    [2, 3, 1],
    [7, 5, 3],
    [17, 23, 1],
    [64, 37, 3],
    [130, 97, 1],
    [96, 140, 8],
  ];
  for (const [n, m, p] of shapes) {
    it(`n = ${n}, m = ${m}, p = ${p}: γ sweep 1e-3 … 1e3, float64 and float32`, () => {
      const x = randomSeries(n, p, 11 + n);
      const y = randomSeries(m, p, 29 + m);
      for (const gamma of [1e-3, 1e-2, 0.1, 1, 10, 100, 1e3]) {
        const problem = { x, n, y, m, p, gamma, radius: Infinity };
        expectFloat64(compare(kernels, problem, 'float64'));
        const errors = compare(kernels, problem, 'float32');
        expect(errors.value).toBeLessThanOrEqual(F32_VALUE_TOLERANCE);
        expect(errors.valueOnly).toBeLessThanOrEqual(F32_VALUE_TOLERANCE);
        const gradTolerance = gamma >= 0.1 ? F32_GRAD_TOLERANCE : F32_SMALL_GAMMA_GRAD_TOLERANCE;
        expect(errors.gradX).toBeLessThanOrEqual(gradTolerance);
        expect(errors.gradY).toBeLessThanOrEqual(gradTolerance);
      }
    });
  }

  const banded: [n: number, m: number, p: number, radius: number][] = [
    [40, 40, 1, 0],
    [41, 40, 1, 1],
    [50, 45, 3, 5],
    [33, 47, 1, 14],
    [120, 100, 3, 25],
    [100, 100, 1, 99],
    [64, 80, 8, 1000],
  ];
  for (const [n, m, p, radius] of banded) {
    it(`band |i − j| ≤ ${radius}, n = ${n}, m = ${m}, p = ${p}`, () => {
      const x = randomSeries(n, p, 3 + radius);
      const y = randomSeries(m, p, 5 + radius);
      for (const gamma of [0.01, 1, 10]) {
        const problem = { x, n, y, m, p, gamma, radius };
        expectFloat64(compare(kernels, problem, 'float64'));
        const errors = compare(kernels, problem, 'float32');
        expect(errors.value).toBeLessThanOrEqual(F32_VALUE_TOLERANCE);
        expect(errors.gradX).toBeLessThanOrEqual(gamma >= 0.1 ? F32_GRAD_TOLERANCE : F32_SMALL_GAMMA_GRAD_TOLERANCE);
        expect(errors.gradY).toBeLessThanOrEqual(gamma >= 0.1 ? F32_GRAD_TOLERANCE : F32_SMALL_GAMMA_GRAD_TOLERANCE);
      }
    });
  }

  it('γ = 0 runs the cpu reference kernels (same value, path and subgradient)', () => {
    const x = randomSeries(30, 3, 7);
    const y = randomSeries(40, 3, 8);
    for (const dtype of ['float64', 'float32'] as const) {
      const full = wavefrontSoftDtw(kernels, x, 30, y, 40, 3, 0, 12, true, dtype);
      const reference = softDtwSeriesValueAndGrad(x, 30, y, 40, 3, 0, 12, null);
      expect(full.value).toBe(reference.value);
      expect(full.gradX).toEqual(reference.gradX);
      expect(full.gradY).toEqual(reference.gradY);
      expect(wavefrontSoftDtw(kernels, x, 30, y, 40, 3, 0, 12, false, dtype).value).toBe(softDtwSeriesValue(x, 30, y, 40, 3, 0, 12));
    }
  });

  it('does not depend on what the scratch memory held before (NaN-filled scratch, larger then smaller calls)', () => {
    const big = { x: randomSeries(300, 3, 1), n: 300, y: randomSeries(260, 3, 2), m: 260, p: 3, gamma: 1, radius: Infinity };
    wavefrontSoftDtw(kernels, big.x, big.n, big.y, big.m, big.p, big.gamma, big.radius, true, 'float64');
    const bytes = kernels.memory.buffer.byteLength - kernels.reserve(0);
    new Float64Array(kernels.memory.buffer, kernels.reserve(0), Math.floor(bytes / 8)).fill(NaN);
    const small = { x: randomSeries(13, 1, 3), n: 13, y: randomSeries(11, 1, 4), m: 11, p: 1, gamma: 0.5, radius: 3 };
    for (const dtype of ['float64', 'float32'] as const) {
      new Float64Array(kernels.memory.buffer, kernels.reserve(0), Math.floor(bytes / 8)).fill(NaN);
      const errors = compare(kernels, small, dtype);
      expect(Number.isFinite(errors.value + errors.gradX + errors.gradY)).toBe(true);
      if (dtype === 'float64') expectFloat64(errors);
    }
  });

  it('never mutates its inputs', () => {
    const x = randomSeries(20, 3, 41);
    const y = randomSeries(25, 3, 42);
    const xCopy = x.slice();
    const yCopy = y.slice();
    wavefrontSoftDtw(kernels, x, 20, y, 25, 3, 1, Infinity, true, 'float64');
    wavefrontSoftDtw(kernels, x, 20, y, 25, 3, 1, Infinity, true, 'float32');
    expect(x).toEqual(xCopy);
    expect(y).toEqual(yCopy);
  });

  it('a longer pair (n = 1000, m = 900): float64 at the tolerance, float32 gradient error printed', () => {
    const x = randomSeries(1000, 1, 77);
    const y = randomSeries(900, 1, 78);
    const problem = { x, n: 1000, y, m: 900, p: 1, gamma: 1, radius: Infinity };
    expectFloat64(compare(kernels, problem, 'float64'));
    const f32 = compare(kernels, problem, 'float32');
    console.log(`[wavefront] n = 1000, m = 900, γ = 1, float32 vs cpu: value ${f32.value.toExponential(2)}, gradX ${f32.gradX.toExponential(2)}`);
    expect(f32.value).toBeLessThanOrEqual(F32_VALUE_TOLERANCE);
    expect(f32.gradX).toBeLessThanOrEqual(F32_GRAD_TOLERANCE);
  });
});

describe('wavefrontSoftDtw fallbacks and errors', () => {
  it('runs the cpu kernel when the stored weights would not fit the wasm32 memory', () => {
    const huge: WasmKernels = {
      exports: { ...kernels.exports, wavefrontWorkBytes: () => WAVEFRONT_MAX_SCRATCH_BYTES + 1 },
      memory: kernels.memory,
      reserve: () => {
        throw new Error('reserve must not be called');
      },
    };
    const x = randomSeries(9, 2, 5);
    const y = randomSeries(7, 2, 6);
    const got = wavefrontSoftDtw(huge, x, 9, y, 7, 2, 0.5, Infinity, true, 'float64');
    const reference = softDtwSeriesValueAndGrad(x, 9, y, 7, 2, 0.5, Infinity, null);
    expect(got.value).toBe(reference.value);
    expect(got.gradX).toEqual(reference.gradX);
  });

  it('says which export is missing and how to rebuild', () => {
    const stale: WasmKernels = { exports: {}, memory: kernels.memory, reserve: kernels.reserve };
    expect(() => wavefrontSoftDtw(stale, new Float64Array(1), 1, new Float64Array(1), 1, 1, 1, Infinity, false, 'float64')).toThrow(
      /expected the kernel module to export wavefrontWorkBytes\(\).*build:wasm/,
    );
  });
});
