/**
 * A subset of the tfjs tests on tfjs's wasm backend (offline in Node: the .wasm binaries ship in
 * @tensorflow/tfjs-backend-wasm): the series-batch kernels and softDtwLoss against the float64
 * cpu kernels, and memory hygiene.
 */
import { getBackend } from '@softdtw/autodiff';
import { softDtwSeriesBatchKernel, softDtwValueAndGrad, type SeriesBatchAttrs } from '@softdtw/core';
import type * as tfjs from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { tfjsSeriesBatchAsyncKernel, tfjsSeriesBatchKernel } from '../src/seriesBatchKernels.js';
import { softDtwLoss } from '../src/softDtwLoss.js';
import { createTfjsSoftDtwBackend, type TfjsSoftDtwBackend } from '../src/TfjsSoftDtwBackend.js';
import { FLOAT32_TOLERANCE } from './float32Tolerance.js';
import { mulberry32, randomWalk } from './randomSeries.js';
import { normwiseError, seriesBatchInputs } from './seriesBatchInputs.js';
import { useTfjsBackend } from './useTfjsBackend.js';

let tf: typeof tfjs;
let backend: TfjsSoftDtwBackend;

beforeAll(async () => {
  tf = await useTfjsBackend('wasm');
  backend = createTfjsSoftDtwBackend(tf);
});

describe("tfjs 'wasm' backend", () => {
  it('runs on wasm', () => {
    expect(tf.getBackend()).toBe('wasm');
    expect(backend.tfjsBackend).toBe('wasm');
    expect(backend.capabilities.syncRead).toBe(true);
  });

  for (const [label, gamma, radius] of [['γ = 0.1', 0.1, Infinity], ['γ = 0 with band 3', 0, 3], ['γ = 10', 10, Infinity]] as const) {
    it(`series-batch kernels match the float64 cpu kernel (variable lengths, p = 2, ${label})`, async () => {
      const next = mulberry32(3);
      const lengths = [[6, 8], [9, 7], [1, 3], [8, 8]] as const;
      const inputs = seriesBatchInputs(lengths.map(([n]) => randomWalk(next, n, 2)), lengths.map(([, m]) => randomWalk(next, m, 2)));
      const attrs: SeriesBatchAttrs = { p: 2, gamma, radius, gradients: true, dtype: 'float32' };
      const reference = softDtwSeriesBatchKernel(getBackend(), inputs, attrs);
      for (const result of [tfjsSeriesBatchKernel(backend, inputs, attrs), await tfjsSeriesBatchAsyncKernel(backend, inputs, attrs)]) {
        reference.values.forEach((v, k) => expect(Math.abs(result.values[k]! - v) / Math.max(1, Math.abs(v))).toBeLessThan(FLOAT32_TOLERANCE.value));
        expect(normwiseError(result.gradX!, reference.gradX!)).toBeLessThan(FLOAT32_TOLERANCE.gradient);
        expect(normwiseError(result.gradY!, reference.gradY!)).toBeLessThan(FLOAT32_TOLERANCE.gradient);
      }
    });
  }

  it('softDtwLoss matches core in value and gradient, and keeps no tensors', () => {
    const next = mulberry32(4);
    const xs = randomWalk(next, 10, 1);
    const ys = randomWalk(next, 12, 1);
    const reference = softDtwValueAndGrad(xs, ys, { gamma: 0.3 });
    const x = tf.tensor2d(xs);
    const y = tf.tensor2d(ys);
    const before = tf.memory().numTensors;
    const value = tf.tidy(() => softDtwLoss(x, y, { gamma: 0.3 }).dataSync()[0]!);
    const [gx, gy] = tf.grads((a: tfjs.Tensor, b: tfjs.Tensor) => softDtwLoss(a, b, { gamma: 0.3 }))([x, y]);
    expect(Math.abs(value - reference.value) / Math.max(1, Math.abs(reference.value))).toBeLessThan(FLOAT32_TOLERANCE.value);
    expect(normwiseError(gx!.dataSync(), reference.gradX.flat())).toBeLessThan(FLOAT32_TOLERANCE.gradient);
    expect(normwiseError(gy!.dataSync(), reference.gradY.flat())).toBeLessThan(FLOAT32_TOLERANCE.gradient);
    tf.dispose([gx!, gy!]);
    expect(tf.memory().numTensors).toBe(before);
    tf.dispose([x, y]);
  });
});
