/**
 * Trains a small tfjs model with softDtwLoss: a linear map (tf.variables W [8, 6], b [6]) from an
 * 8-step input window to a 6-step forecast of sine waves, optimised by tf.train.adam. Seeded
 * data and initial weights, so the loss curve is the same on every run.
 *
 * tfjs-core registers no gradients for its own ops (matMul, add, reshape), which the model needs
 * around the loss; @tensorflow/tfjs registers all of them, and this test registers the three it
 * uses (TOOLCHAIN.md §2). softDtwLoss itself needs none.
 */
import type * as tfjs from '@tensorflow/tfjs-core';
import { addGradConfig } from '@tensorflow/tfjs-core/dist/gradients/Add_grad.js';
import { batchMatMulGradConfig } from '@tensorflow/tfjs-core/dist/gradients/BatchMatMul_grad.js';
import { reshapeGradConfig } from '@tensorflow/tfjs-core/dist/gradients/Reshape_grad.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { softDtwLoss } from '../src/softDtwLoss.js';
import { mulberry32 } from './randomSeries.js';
import { useTfjsBackend } from './useTfjsBackend.js';

let tf: typeof tfjs;

beforeAll(async () => {
  tf = await useTfjsBackend('cpu');
  for (const config of [addGradConfig, batchMatMulGradConfig, reshapeGradConfig]) tf.registerGradient(config);
});

const INPUT = 8;
const OUTPUT = 6;
const WINDOWS = 24;

/** Windows of sine waves with seeded phases and periods: inputs [WINDOWS, INPUT], targets [WINDOWS, OUTPUT, 1]. */
function sineWindows(): { inputs: number[][]; targets: number[][][] } {
  const next = mulberry32(42);
  const inputs: number[][] = [];
  const targets: number[][][] = [];
  for (let w = 0; w < WINDOWS; w++) {
    const phase = next() * 2 * Math.PI;
    const period = 10 + next() * 4;
    const wave = Array.from({ length: INPUT + OUTPUT }, (_, t) => Math.sin((2 * Math.PI * t) / period + phase));
    inputs.push(wave.slice(0, INPUT));
    targets.push(wave.slice(INPUT).map((v) => [v]));
  }
  return { inputs, targets };
}

/** Trains for `steps` Adam steps; returns the loss before each step. */
function train(steps: number): number[] {
  const { inputs, targets } = sineWindows();
  const next = mulberry32(7);
  const X = tf.tensor2d(inputs);
  const Y = tf.tensor3d(targets);
  const W = tf.tidy(() => tf.variable(tf.tensor2d(Array.from({ length: INPUT * OUTPUT }, () => (next() - 0.5) * 0.2), [INPUT, OUTPUT])));
  const b = tf.tidy(() => tf.variable(tf.zeros([OUTPUT])));
  const optimizer = tf.train.adam(0.05);
  const losses: number[] = [];
  for (let step = 0; step < steps; step++) {
    const cost = optimizer.minimize(
      () => softDtwLoss(tf.reshape(tf.add(tf.matMul(X, W), b), [WINDOWS, OUTPUT, 1]), Y, { gamma: 0.1 }) as tfjs.Scalar,
      true,
      [W, b],
    );
    losses.push(cost!.dataSync()[0]!);
    cost!.dispose();
  }
  optimizer.dispose();
  tf.dispose([X, Y, W, b]);
  return losses;
}

describe('training a tfjs model with softDtwLoss', () => {
  it('brings the loss down, the same way on every run, and leaves no tensors behind', () => {
    const before = tf.memory().numTensors;
    const losses = train(40);
    expect(tf.memory().numTensors).toBe(before);
    const first = losses[0]!;
    const last = losses[losses.length - 1]!;
    console.log(`softDtwLoss (γ = 0.1, mean over ${WINDOWS} windows): step 0 ${first.toFixed(4)}, step 20 ${losses[20]!.toFixed(4)}, step 39 ${last.toFixed(4)}`);
    expect(last).toBeLessThan(0.25 * first);
    const average = (from: number) => losses.slice(from, from + 5).reduce((a, v) => a + v, 0) / 5;
    expect(average(35)).toBeLessThan(average(15));
    expect(average(15)).toBeLessThan(average(0));
    expect(train(40)).toEqual(losses);
  });
});
