import { grad, setBackend, sum, Tensor, tensor, type Backend } from '@softdtw/autodiff';
import {
  NonFiniteValueError,
  SoftDtw,
  softDtwGradKernel,
  softDtwKernel,
  softDtwWithResidualsKernel,
  type SoftDtwAttrs,
} from '@softdtw/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FLOAT32_TOLERANCE } from '../test/float32Tolerance.js';
import { mulberry32 } from '../test/randomSeries.js';
import { useTfjsBackend } from '../test/useTfjsBackend.js';
import { registerTfjsBackend } from './registerTfjsBackend.js';
import { tfjsSoftDtwGradKernel, tfjsSoftDtwKernel, tfjsSoftDtwWithResidualsKernel } from './softDtwCostKernels.js';
import type { TfjsSoftDtwBackend } from './TfjsSoftDtwBackend.js';

const cpu: Backend = { name: 'cpu', capabilities: { float64: true, syncRead: true } };
let backend: TfjsSoftDtwBackend;

beforeAll(async () => {
  registerTfjsBackend({ tf: await useTfjsBackend('cpu') });
  backend = (await setBackend('tfjs')) as TfjsSoftDtwBackend;
});

afterAll(async () => {
  await setBackend('cpu');
});

/** Random non-negative costs [b, n, m] (squared distances of random points). */
function randomCosts(seed: number, shape: readonly number[]): Tensor {
  const next = mulberry32(seed);
  const size = shape.reduce((a, b) => a * b, 1);
  return new Tensor(Float64Array.from({ length: size }, () => (next() * 2) ** 2), [...shape]);
}

function alignmentOnTape(D: Tensor, attrs: SoftDtwAttrs): Tensor {
  return grad((costs: Tensor) => sum(SoftDtw({ D: costs }, attrs)))(D);
}

function maxAbsDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let worst = 0;
  for (let k = 0; k < b.length; k++) worst = Math.max(worst, Math.abs(a[k]! - b[k]!));
  return worst;
}

describe('SoftDtw, SoftDtwWithResiduals, SoftDtwGrad on tfjs (cpu)', () => {
  const cases: Array<{ name: string; shape: number[]; attrs: SoftDtwAttrs }> = [
    { name: 'one matrix 7 × 5, γ = 1', shape: [7, 5], attrs: { gamma: 1 } },
    { name: 'batch with per-item lengths, γ = 0.1', shape: [3, 6, 8], attrs: { gamma: 0.1, lengthsX: [6, 2, 5], lengthsY: [8, 3, 1] } },
    { name: 'band 1 with lengths, γ = 0.5', shape: [2, 6, 6], attrs: { gamma: 0.5, band: 1, lengthsX: [6, 5], lengthsY: [6, 4] } },
    { name: 'hard DTW, γ = 0', shape: [2, 5, 9], attrs: { gamma: 0, lengthsX: [5, 3], lengthsY: [9, 4] } },
    { name: 'n = m = 1', shape: [1, 1], attrs: { gamma: 1 } },
  ];
  for (const { name, shape, attrs } of cases) {
    it(`matches the float64 cpu kernels: ${name}`, () => {
      const D = randomCosts(shape.length * 100 + shape[0]!, shape);
      const value = SoftDtw({ D }, attrs);
      const reference = softDtwKernel(cpu, { D }, attrs);
      expect(value.shape).toEqual(reference.shape);
      expect(value.dtype).toBe('float64');
      for (let k = 0; k < reference.size; k++) {
        expect(Math.abs(value.data[k]! - reference.data[k]!) / Math.max(1, Math.abs(reference.data[k]!))).toBeLessThan(FLOAT32_TOLERANCE.value);
      }
      const E = alignmentOnTape(D, attrs);
      const { residuals } = softDtwWithResidualsKernel(cpu, { D }, attrs);
      const referenceE = softDtwGradKernel(cpu, { residuals, shape: D.shape }, attrs);
      expect(E.shape).toEqual(D.shape);
      expect(maxAbsDifference(E.data, referenceE.data)).toBeLessThan(FLOAT32_TOLERANCE.alignment);
    });
  }

  it('runs its own kernels (residuals are tfjs soft-min weights) and keeps float32 D float32', () => {
    const D = randomCosts(7, [4, 3]);
    const { value, residuals } = tfjsSoftDtwWithResidualsKernel(backend, { D }, { gamma: 1 });
    expect((residuals as { kind?: string }).kind).toBe('tfjs-soft-min-weights');
    expect(value.item()).toBeCloseTo(softDtwKernel(cpu, { D }, { gamma: 1 }).item(), 5);
    const E = tfjsSoftDtwGradKernel(backend, { residuals, shape: D.shape }, { gamma: 1 });
    expect(E.data[0]).toBeCloseTo(1, 6);
    expect(E.data[11]).toBeCloseTo(1, 6);
    const D32 = new Tensor(Float32Array.from(D.data), D.shape);
    expect(tfjsSoftDtwKernel(backend, { D: D32 }, { gamma: 1 }).dtype).toBe('float32');
  });

  it('hands residuals of the cpu kernel to the cpu grad kernel', () => {
    const D = randomCosts(8, [3, 4]);
    const { residuals } = softDtwWithResidualsKernel(cpu, { D }, { gamma: 1 });
    const E = tfjsSoftDtwGradKernel(backend, { residuals, shape: D.shape }, { gamma: 1 });
    expect(Array.from(E.data)).toEqual(Array.from(softDtwGradKernel(cpu, { residuals, shape: D.shape }, { gamma: 1 }).data));
  });

  it('throws the same NonFiniteValueError as cpu for NaN in D', () => {
    const D = tensor([[0, 1], [Number.NaN, 0]]);
    let tfjsError: unknown;
    let cpuError: unknown;
    try {
      SoftDtw({ D }, { gamma: 1 });
    } catch (error) {
      tfjsError = error;
    }
    try {
      softDtwKernel(cpu, { D }, { gamma: 1 });
    } catch (error) {
      cpuError = error;
    }
    expect(tfjsError).toBeInstanceOf(NonFiniteValueError);
    expect((tfjsError as Error).message).toBe((cpuError as Error).message);
  });

  it('does not grow tf.memory().numTensors across forward and backward calls', () => {
    const D = randomCosts(9, [2, 5, 6]);
    const attrs: SoftDtwAttrs = { gamma: 0.3, band: 2, lengthsX: [5, 4], lengthsY: [6, 4] };
    alignmentOnTape(D, attrs);
    const before = backend.tf.memory().numTensors;
    for (let call = 0; call < 3; call++) {
      SoftDtw({ D }, attrs);
      alignmentOnTape(D, attrs);
      tfjsSoftDtwWithResidualsKernel(backend, { D }, { gamma: 0 }); // residuals never consumed: nothing left on tfjs
    }
    expect(backend.tf.memory().numTensors).toBe(before);
  });
});
