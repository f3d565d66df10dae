import { getBackend } from '@softdtw/autodiff';
import { NumericalError, softDtwSeriesBatchKernel, type SeriesBatchAttrs, type SeriesBatchInputs } from '@softdtw/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { FLOAT32_TOLERANCE } from '../test/float32Tolerance.js';
import { mulberry32, randomWalk } from '../test/randomSeries.js';
import { normwiseError, seriesBatchInputs } from '../test/seriesBatchInputs.js';
import { useTfjsBackend } from '../test/useTfjsBackend.js';
import { tfjsSeriesBatchAsyncKernel, tfjsSeriesBatchKernel } from './seriesBatchKernels.js';
import { createTfjsSoftDtwBackend, type TfjsSoftDtwBackend } from './TfjsSoftDtwBackend.js';

let backend: TfjsSoftDtwBackend;

beforeAll(async () => {
  backend = createTfjsSoftDtwBackend(await useTfjsBackend('cpu'));
});

function attrsOf(p: number, gamma: number, overrides: Partial<SeriesBatchAttrs> = {}): SeriesBatchAttrs {
  return { p, gamma, radius: Infinity, gradients: true, dtype: 'float32', ...overrides };
}

/** Asserts the tfjs kernel matches core's float64 kernel within the float32 tolerances. */
function expectMatchesCpu(inputs: SeriesBatchInputs, attrs: SeriesBatchAttrs, using: TfjsSoftDtwBackend = backend): void {
  const reference = softDtwSeriesBatchKernel(getBackend(), inputs, attrs);
  const hard = softDtwSeriesBatchKernel(getBackend(), inputs, { ...attrs, gamma: 0, gradients: false });
  const result = tfjsSeriesBatchKernel(using, inputs, attrs);
  for (let k = 0; k < reference.values.length; k++) {
    const scale = Math.max(Math.abs(reference.values[k]!), hard.values[k]!, 1);
    expect(Math.abs(result.values[k]! - reference.values[k]!) / scale).toBeLessThan(FLOAT32_TOLERANCE.value);
  }
  if (attrs.gradients) {
    expect(normwiseError(result.gradX!, reference.gradX!)).toBeLessThan(FLOAT32_TOLERANCE.gradient);
    expect(normwiseError(result.gradY!, reference.gradY!)).toBeLessThan(FLOAT32_TOLERANCE.gradient);
  } else {
    expect(result.gradX).toBeNull();
    expect(result.gradY).toBeNull();
  }
}

function randomPairs(seed: number, lengths: ReadonlyArray<readonly [number, number]>, p: number): SeriesBatchInputs {
  const next = mulberry32(seed);
  return seriesBatchInputs(
    lengths.map(([n]) => randomWalk(next, n, p)),
    lengths.map(([, m]) => randomWalk(next, m, p)),
  );
}

describe('tfjsSeriesBatchKernel (tfjs cpu) against the float64 cpu kernel', () => {
  it('computes 5 for x = [0, 1] against y = [2] at γ = 0 (the TSDoc example)', () => {
    const inputs: SeriesBatchInputs = {
      x: Float64Array.of(0, 1),
      y: Float64Array.of(0, 2),
      xStart: Int32Array.of(0),
      yStart: Int32Array.of(1),
      lengthsX: Int32Array.of(2),
      lengthsY: Int32Array.of(1),
    };
    expect(tfjsSeriesBatchKernel(backend, inputs, attrsOf(1, 0, { gradients: false })).values[0]).toBe(5);
  });

  it('handles variable lengths (1 … 12) in one batch, p = 2, values and gradients', () => {
    const lengths: Array<[number, number]> = [[1, 1], [1, 7], [9, 1], [12, 12], [3, 11], [12, 2], [5, 5], [7, 10]];
    expectMatchesCpu(randomPairs(1, lengths, 2), attrsOf(2, 0.5));
    expectMatchesCpu(randomPairs(2, lengths, 2), attrsOf(2, 0.5, { gradients: false }));
  });

  it('applies Sakoe-Chiba bands (radius 0, 1, 3, wide) with variable lengths', () => {
    for (const radius of [0, 1, 3, 50]) {
      const lengths: Array<[number, number]> = [[6, 6], [8, 8 - Math.min(radius, 2)], [5, 5 + Math.min(radius, 3)]];
      expectMatchesCpu(randomPairs(10 + radius, lengths, 1), attrsOf(1, 0.3, { radius }));
    }
  });

  it('follows a γ sweep from 1e-3 to 1e3', () => {
    for (const gamma of [1e-3, 1e-2, 0.1, 1, 10, 100, 1000]) {
      expectMatchesCpu(randomPairs(20, [[9, 7], [4, 6]], 3), attrsOf(3, gamma));
    }
  });

  it('computes hard DTW and its subgradient at γ = 0 (tie-break diag > up > left)', () => {
    expectMatchesCpu(randomPairs(30, [[10, 13], [6, 6], [1, 4]], 1), attrsOf(1, 0));
    // All costs equal: every path ties, and the reference path is the diagonal one, then up, then left.
    const inputs = seriesBatchInputs([[[0], [0], [0]]], [[[0], [0], [0], [0]]]);
    const reference = softDtwSeriesBatchKernel(getBackend(), inputs, attrsOf(1, 0));
    const ties = seriesBatchInputs([[[1], [1], [1]]], [[[0], [0], [0], [0]]]);
    const tiesReference = softDtwSeriesBatchKernel(getBackend(), ties, attrsOf(1, 0));
    expect(Array.from(tfjsSeriesBatchKernel(backend, inputs, attrsOf(1, 0)).gradX!)).toEqual(Array.from(reference.gradX!));
    const tiesResult = tfjsSeriesBatchKernel(backend, ties, attrsOf(1, 0));
    expect(Array.from(tiesResult.gradX!)).toEqual(Array.from(tiesReference.gradX!));
    expect(Array.from(tiesResult.gradY!)).toEqual(Array.from(tiesReference.gradY!));
  });

  it('shares rows between pairs when gradients are off (pairwise matrices)', () => {
    const base = randomPairs(40, [[8, 5], [6, 9]], 1);
    const inputs: SeriesBatchInputs = {
      ...base,
      xStart: Int32Array.of(0, 0, 8, 8),
      yStart: Int32Array.of(0, 5, 0, 5),
      lengthsX: Int32Array.of(8, 8, 6, 6),
      lengthsY: Int32Array.of(5, 9, 5, 9),
    };
    expectMatchesCpu(inputs, attrsOf(1, 1, { gradients: false }));
  });

  it('gives the same results whatever the chunking, and the async kernel equals the sync one', async () => {
    const inputs = randomPairs(50, [[7, 3], [2, 9], [10, 10], [4, 4], [1, 6]], 2);
    const attrs = attrsOf(2, 0.2);
    const whole = tfjsSeriesBatchKernel(backend, inputs, attrs);
    const chunked = tfjsSeriesBatchKernel(createTfjsSoftDtwBackend(backend.tf, 60), inputs, attrs);
    const asynchronous = await tfjsSeriesBatchAsyncKernel(backend, inputs, attrs);
    for (const other of [chunked, asynchronous]) {
      expect(Array.from(other.values)).toEqual(Array.from(whole.values));
      expect(normwiseError(other.gradX!, whole.gradX!)).toBeLessThan(1e-6);
      expect(normwiseError(other.gradY!, whole.gradY!)).toBeLessThan(1e-6);
    }
  });

  it('leaves rows no pair uses at 0 and never writes its inputs', () => {
    const inputs = randomPairs(60, [[4, 5]], 1);
    const x = new Float64Array(inputs.x.length + 2);
    x.set(inputs.x, 2);
    const copy = Float64Array.from(x);
    const out = tfjsSeriesBatchKernel(backend, { ...inputs, x, xStart: Int32Array.of(2) }, attrsOf(1, 1));
    expect(out.gradX![0]).toBe(0);
    expect(out.gradX![1]).toBe(0);
    expect(Array.from(x)).toEqual(Array.from(copy));
  });

  it('does not grow tf.memory().numTensors across calls (sync, async, with and without gradients)', async () => {
    const inputs = randomPairs(70, [[5, 6], [3, 3]], 2);
    tfjsSeriesBatchKernel(backend, inputs, attrsOf(2, 1));
    const before = backend.tf.memory().numTensors;
    for (let call = 0; call < 3; call++) {
      tfjsSeriesBatchKernel(backend, inputs, attrsOf(2, 1));
      tfjsSeriesBatchKernel(backend, inputs, attrsOf(2, 0, { gradients: false, radius: 2 }));
      await tfjsSeriesBatchAsyncKernel(backend, inputs, attrsOf(2, 0.1));
    }
    expect(backend.tf.memory().numTensors).toBe(before);
  });

  it('reports values beyond the float32 range as NumericalError instead of returning them', () => {
    const big = seriesBatchInputs([[[0], [3e15]]], [[[0]]]); // D ≈ 9e30 ≥ 1e29
    expect(() => tfjsSeriesBatchKernel(backend, big, attrsOf(1, 1, { gradients: false }))).toThrow(NumericalError);
    const overflow = seriesBatchInputs([[[1e20]]], [[[0]]]); // D = 1e40 overflows float32
    expect(() => tfjsSeriesBatchKernel(backend, overflow, attrsOf(1, 1))).toThrow(/float32 range/);
  });
});
