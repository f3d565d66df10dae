/**
 * A subset of the tfjs tests on tfjs's webgpu backend in Node (the `webgpu` package, Dawn; on
 * this GPU-less machine the SwiftShader Vulkan driver): the async series-batch kernel and
 * softDtwLoss against the float64 cpu kernels, the synchronous kernels' cpu fallback, memory.
 * Small sizes only: every tfjs op is a dispatch, and SwiftShader runs them on the CPU.
 * Skipped, with the reason logged, when no WebGPU adapter exists.
 */
import { getBackend, Tensor } from '@softdtw/autodiff';
import { softDtwKernel, softDtwSeriesBatchKernel, softDtwValueAndGrad, type SeriesBatchAttrs } from '@softdtw/core';
import type * as tfjs from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { tfjsSeriesBatchAsyncKernel, tfjsSeriesBatchKernel } from '../src/seriesBatchKernels.js';
import { tfjsSoftDtwKernel } from '../src/softDtwCostKernels.js';
import { softDtwLoss } from '../src/softDtwLoss.js';
import { createTfjsSoftDtwBackend } from '../src/TfjsSoftDtwBackend.js';
import { FLOAT32_TOLERANCE } from './float32Tolerance.js';
import { mulberry32, randomWalk } from './randomSeries.js';
import { normwiseError, seriesBatchInputs } from './seriesBatchInputs.js';
import { useTfjsWebGpu } from './useTfjsWebGpu.js';

const setup = await useTfjsWebGpu();
if ('skip' in setup) console.warn(`test/webgpu.test.ts skipped: ${setup.skip}`);
else console.info(`tfjs webgpu adapter: ${setup.adapter}`);

describe.skipIf('skip' in setup)("tfjs 'webgpu' backend", () => {
  const tf = ('tf' in setup ? setup.tf : undefined) as typeof tfjs;

  it('runs the async series-batch kernel on webgpu (variable lengths, band, γ = 0.1 and 0)', async () => {
    const backend = createTfjsSoftDtwBackend(tf);
    expect(backend.tfjsBackend).toBe('webgpu');
    expect(backend.capabilities.syncRead).toBe(false);
    const next = mulberry32(5);
    const lengths = [[5, 7], [8, 6], [2, 1]] as const;
    const inputs = seriesBatchInputs(lengths.map(([n]) => randomWalk(next, n, 2)), lengths.map(([, m]) => randomWalk(next, m, 2)));
    for (const [gamma, radius] of [[0.1, Infinity], [0, 2]] as const) {
      const attrs: SeriesBatchAttrs = { p: 2, gamma, radius, gradients: true, dtype: 'float32' };
      const reference = softDtwSeriesBatchKernel(getBackend(), inputs, attrs);
      const before = tf.memory().numTensors;
      const result = await tfjsSeriesBatchAsyncKernel(backend, inputs, attrs);
      expect(tf.memory().numTensors).toBe(before);
      reference.values.forEach((v, k) => expect(Math.abs(result.values[k]! - v) / Math.max(1, Math.abs(v))).toBeLessThan(FLOAT32_TOLERANCE.value));
      expect(normwiseError(result.gradX!, reference.gradX!)).toBeLessThan(FLOAT32_TOLERANCE.gradient);
      expect(normwiseError(result.gradY!, reference.gradY!)).toBeLessThan(FLOAT32_TOLERANCE.gradient);
    }
  });

  it('leaves the synchronous kernels to core’s cpu kernels (no synchronous readback on webgpu)', () => {
    const backend = createTfjsSoftDtwBackend(tf);
    const inputs = seriesBatchInputs([[[0], [1], [3]]], [[[0], [2]]]);
    const attrs: SeriesBatchAttrs = { p: 1, gamma: 1, radius: Infinity, gradients: true, dtype: 'float32' };
    expect(tfjsSeriesBatchKernel(backend, inputs, attrs)).toEqual(softDtwSeriesBatchKernel(getBackend(), inputs, attrs));
    const D = new Tensor(Float64Array.of(0, 1, 4, 1), [2, 2]);
    expect(tfjsSoftDtwKernel(backend, { D }, { gamma: 1 }).item()).toBe(softDtwKernel(getBackend(), { D }, { gamma: 1 }).item());
  });

  it('softDtwLoss and its gradients run on webgpu and match core', async () => {
    const next = mulberry32(6);
    const xs = [randomWalk(next, 6, 1), randomWalk(next, 6, 1)];
    const ys = [randomWalk(next, 4, 1), randomWalk(next, 4, 1)];
    const references = xs.map((xk, k) => softDtwValueAndGrad(xk, ys[k]!, { gamma: 0.5 }));
    const x = tf.tensor3d(xs);
    const y = tf.tensor3d(ys);
    const before = tf.memory().numTensors;
    const loss = softDtwLoss(x, y, { gamma: 0.5, reduction: 'none' });
    const values = await loss.data();
    loss.dispose();
    const [gx, gy] = tf.grads((a: tfjs.Tensor, b: tfjs.Tensor) => softDtwLoss(a, b, { gamma: 0.5, reduction: 'none' }))([x, y]);
    references.forEach((r, k) => expect(Math.abs(values[k]! - r.value) / Math.max(1, Math.abs(r.value))).toBeLessThan(FLOAT32_TOLERANCE.value));
    expect(normwiseError(await gx!.data(), references.flatMap((r) => r.gradX.flat()))).toBeLessThan(FLOAT32_TOLERANCE.gradient);
    expect(normwiseError(await gy!.data(), references.flatMap((r) => r.gradY.flat()))).toBeLessThan(FLOAT32_TOLERANCE.gradient);
    tf.dispose([gx!, gy!]);
    expect(tf.memory().numTensors).toBe(before);
    tf.dispose([x, y]);
  });
});
