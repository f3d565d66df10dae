import { BandTooNarrowError, EmptySeriesError, InvalidArgumentError, ShapeError, softDtwValueAndGrad } from '@softdtw/core';
import type * as tfjs from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { FLOAT32_TOLERANCE } from '../test/float32Tolerance.js';
import { mulberry32, randomWalk } from '../test/randomSeries.js';
import { normwiseError } from '../test/seriesBatchInputs.js';
import { useTfjsBackend } from '../test/useTfjsBackend.js';
import { softDtwLoss, type SoftDtwLossOptions } from './softDtwLoss.js';

let tf: typeof tfjs;

beforeAll(async () => {
  tf = await useTfjsBackend('cpu');
});

/**
 * Loss and both gradients through tf.grads (of the sum of the losses: tf.grads seeds every
 * output with 1; tfjs-core registers no gradient for its own tf.sum, so none is used here).
 */
function lossAndGrads(x: tfjs.Tensor, y: tfjs.Tensor, options: SoftDtwLossOptions): { loss: number[]; gx: Float32Array; gy: Float32Array } {
  const loss = tf.tidy(() => Array.from(softDtwLoss(x, y, options).dataSync()));
  const [gx, gy] = tf.grads((a: tfjs.Tensor, b: tfjs.Tensor) => softDtwLoss(a, b, options))([x, y]);
  const result = { loss, gx: gx!.dataSync() as Float32Array, gy: gy!.dataSync() as Float32Array };
  tf.dispose([gx!, gy!]);
  return result;
}

function flat(rows: number[][][]): number[] {
  return rows.flat(2);
}

describe('softDtwLoss', () => {
  it('equals core (float64) in value and gradient for one pair [n, p]', () => {
    const next = mulberry32(1);
    const xs = randomWalk(next, 9, 2);
    const ys = randomWalk(next, 6, 2);
    const reference = softDtwValueAndGrad(xs, ys, { gamma: 0.5 });
    const x = tf.tensor2d(xs);
    const y = tf.tensor2d(ys);
    const { loss, gx, gy } = lossAndGrads(x, y, { gamma: 0.5 });
    expect(Math.abs(loss[0]! - reference.value) / Math.max(1, Math.abs(reference.value))).toBeLessThan(FLOAT32_TOLERANCE.value);
    expect(normwiseError(gx, reference.gradX.flat())).toBeLessThan(FLOAT32_TOLERANCE.gradient);
    expect(normwiseError(gy, reference.gradY.flat())).toBeLessThan(FLOAT32_TOLERANCE.gradient);
    tf.dispose([x, y]);
  });

  it('takes univariate [n] series and returns gradients shaped like the inputs', () => {
    const x = tf.tensor1d([0, 1, 3]);
    const y = tf.tensor1d([0, 2]);
    const reference = softDtwValueAndGrad([0, 1, 3], [0, 2], { gamma: 0.1 });
    const [gx, gy] = tf.grads((a: tfjs.Tensor, b: tfjs.Tensor) => softDtwLoss(a, b, { gamma: 0.1 }))([x, y]);
    expect(gx!.shape).toEqual([3]);
    expect(gy!.shape).toEqual([2]);
    expect(normwiseError(gx!.dataSync(), reference.gradX)).toBeLessThan(FLOAT32_TOLERANCE.gradient);
    expect(normwiseError(gy!.dataSync(), reference.gradY)).toBeLessThan(FLOAT32_TOLERANCE.gradient);
    expect(tf.tidy(() => softDtwLoss(x, y, { gamma: 0.1 }).dataSync()[0])).toBeCloseTo(reference.value, 5);
    tf.dispose([x, y, gx!, gy!]);
  });

  it("reduces a batch [b, n, p] by 'mean' (default), 'sum' or 'none', with matching gradients", () => {
    const next = mulberry32(2);
    const xs = [randomWalk(next, 7, 1), randomWalk(next, 7, 1), randomWalk(next, 7, 1)];
    const ys = [randomWalk(next, 5, 1), randomWalk(next, 5, 1), randomWalk(next, 5, 1)];
    const references = xs.map((xk, k) => softDtwValueAndGrad(xk, ys[k]!, { gamma: 1 }));
    const x = tf.tensor3d(xs);
    const y = tf.tensor3d(ys);
    const none = lossAndGrads(x, y, { gamma: 1, reduction: 'none' });
    references.forEach((r, k) => expect(none.loss[k]).toBeCloseTo(r.value, 4));
    expect(normwiseError(none.gx, flat(references.map((r) => r.gradX)))).toBeLessThan(FLOAT32_TOLERANCE.gradient);
    expect(normwiseError(none.gy, flat(references.map((r) => r.gradY)))).toBeLessThan(FLOAT32_TOLERANCE.gradient);
    const total = references.reduce((s, r) => s + r.value, 0);
    const sum = lossAndGrads(x, y, { gamma: 1, reduction: 'sum' });
    expect(sum.loss[0]).toBeCloseTo(total, 4);
    expect(normwiseError(sum.gx, none.gx)).toBeLessThan(1e-6);
    const mean = lossAndGrads(x, y, { gamma: 1 });
    expect(mean.loss).toHaveLength(1);
    expect(mean.loss[0]).toBeCloseTo(total / 3, 4);
    expect(normwiseError(mean.gy, Array.from(none.gy, (g) => g / 3))).toBeLessThan(1e-6);
    tf.dispose([x, y]);
  });

  it('applies a band and γ = 0 (hard DTW subgradient) as core does', () => {
    const next = mulberry32(3);
    const xs = randomWalk(next, 8, 1);
    const ys = randomWalk(next, 6, 1);
    const x = tf.tensor2d(xs);
    const y = tf.tensor2d(ys);
    for (const options of [{ gamma: 0 }, { gamma: 0.2, band: 2 }, { gamma: 0, band: 3 }]) {
      const reference = softDtwValueAndGrad(xs, ys, options);
      const { loss, gx, gy } = lossAndGrads(x, y, options);
      expect(Math.abs(loss[0]! - reference.value) / Math.max(1, reference.value)).toBeLessThan(FLOAT32_TOLERANCE.value);
      expect(normwiseError(gx, reference.gradX.flat())).toBeLessThan(FLOAT32_TOLERANCE.gradient);
      expect(normwiseError(gy, reference.gradY.flat())).toBeLessThan(FLOAT32_TOLERANCE.gradient);
    }
    tf.dispose([x, y]);
  });

  it('agrees with central differences of itself (float32, γ = 1)', () => {
    const xs = [[0.3], [-0.2], [0.8], [0.1]];
    const ys = [[0.1], [0.5], [-0.4]];
    const x = tf.tensor2d(xs);
    const y = tf.tensor2d(ys);
    const [gx] = tf.grads((a: tfjs.Tensor) => softDtwLoss(a, y, { gamma: 1 }))([x]);
    const analytic = gx!.dataSync();
    const h = 1e-2;
    for (let i = 0; i < xs.length; i++) {
      const at = (shift: number) => {
        const moved = xs.map((row, k) => [row[0]! + (k === i ? shift : 0)]);
        return tf.tidy(() => softDtwLoss(tf.tensor2d(moved), y, { gamma: 1 }).dataSync()[0]!);
      };
      expect(analytic[i]).toBeCloseTo((at(h) - at(-h)) / (2 * h), 3);
    }
    tf.dispose([x, y, gx!]);
  });

  it('keeps no tensors: forward alone, and inside tf.grads, across calls', () => {
    const x = tf.tensor3d([[[0], [1], [2]], [[1], [1], [0]]]);
    const y = tf.tensor3d([[[0], [2]], [[1], [0]]]);
    const round = () => {
      softDtwLoss(x, y, { gamma: 0.5 }).dispose();
      const grads = tf.grads((a: tfjs.Tensor, b: tfjs.Tensor) => softDtwLoss(a, b, { gamma: 0.5, band: 1 }))([x, y]);
      tf.dispose(grads);
    };
    round();
    const before = tf.memory().numTensors;
    for (let call = 0; call < 3; call++) round();
    expect(tf.memory().numTensors).toBe(before);
    tf.dispose([x, y]);
  });

  it('rejects bad input with typed errors before computing', () => {
    const x = tf.tensor2d([[0], [1]]);
    const y = tf.tensor2d([[0], [1], [2], [3], [4]]);
    expect(() => softDtwLoss(x, y, { gamma: -1 })).toThrow(InvalidArgumentError);
    expect(() => softDtwLoss(x, y, { gamma: 1, band: 1 })).toThrow(BandTooNarrowError);
    expect(() => softDtwLoss(x, y, { gamma: 1, band: 1.5 })).toThrow(InvalidArgumentError);
    expect(() => softDtwLoss(x, y, { reduction: 'max' as 'sum' })).toThrow(/reduction/);
    expect(() => softDtwLoss(x, y, { gama: 1 } as SoftDtwLossOptions)).toThrow(/'gama'/);
    expect(() => softDtwLoss(x, tf.tensor3d([[[0]]]))).toThrow(ShapeError);
    expect(() => softDtwLoss(x, tf.tensor2d([[0, 1]]))).toThrow(/same number of features/);
    expect(() => softDtwLoss(tf.tensor3d([[[0]], [[1]]]), tf.tensor3d([[[0]]]))).toThrow(/same batch size/);
    expect(() => softDtwLoss(x, tf.tensor2d([[1]], [1, 1], 'int32'))).toThrow(/float32/);
    expect(() => softDtwLoss(x, tf.zeros([0, 1]))).toThrow(EmptySeriesError);
    expect(() => softDtwLoss([0, 1] as unknown as tfjs.Tensor, y)).toThrow(/tfjs Tensor/);
    tf.dispose([x, y]);
  });
});
