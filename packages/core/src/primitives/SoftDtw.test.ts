import {
  checkGrad,
  checkVjp,
  getBackend,
  grad,
  hasKernel,
  listKernels,
  mul,
  registerBackend,
  registerKernel,
  setBackend,
  sum,
  tensor,
  Tensor,
  type Backend,
} from '@softdtw/autodiff';
import { describe, expect, it } from 'vitest';
import { bruteForceSoftDtw, randomSeries, seededRandom, toRows } from '../../test/enumerateAlignmentPaths.js';
import { BandTooNarrowError, InvalidArgumentError, NonFiniteValueError, ShapeError } from '../errors.js';
import '../registerCpuKernels.js';
import { softDtwFromCost, softDtwFromCostValueAndGrad } from '../softDtwFromCost.js';
import { SOFT_DTW, SOFT_DTW_GRAD, SOFT_DTW_WITH_RESIDUALS } from './primitiveNames.js';
import { SoftDtw, softDtwWithResidualsKernel as softDtwWithResiduals } from './SoftDtw.js';

const random = seededRandom(31);

describe('SoftDtw primitive', () => {
  it('registers its cpu kernels', () => {
    for (const name of [SOFT_DTW, SOFT_DTW_WITH_RESIDUALS, SOFT_DTW_GRAD]) expect(hasKernel(name, 'cpu')).toBe(true);
    expect(listKernels()).toContainEqual({ primitive: SOFT_DTW_GRAD, backend: 'cpu' });
  });

  it('returns a scalar for [n, m] with the plain value, and E as its gradient', () => {
    const D = toRows(randomSeries(random, 5 * 6, 1, 2).map(Math.abs), 5, 6);
    const value = SoftDtw({ D: tensor(D) }, { gamma: 0.5 });
    expect(value.shape).toEqual([]);
    expect(value.item()).toBe(softDtwFromCost(D, { gamma: 0.5 }));
    const gradD = grad((d: Tensor) => mul(3, SoftDtw({ D: d }, { gamma: 0.5 })))(tensor(D));
    const { gradD: E } = softDtwFromCostValueAndGrad(D, { gamma: 0.5 });
    (gradD.toArray() as number[][]).forEach((row, i) => row.forEach((g, j) => expect(g).toBeCloseTo(3 * E[i][j], 14)));
  });

  it('passes checkGrad and checkVjp (with and without band)', () => {
    const D = tensor(toRows(randomSeries(random, 4 * 5, 1, 2), 4, 5));
    for (const attrs of [{ gamma: 0.3 }, { gamma: 2, band: 1 }]) {
      expect(checkGrad((d: Tensor) => SoftDtw({ D: d }, attrs), [D]).ok).toBe(true);
      expect(checkVjp((d: Tensor) => SoftDtw({ D: d }, attrs), [D]).ok).toBe(true);
    }
  });

  it('handles a padded batch [b, n, m] with per-item lengths', () => {
    const b = 3;
    const n = 4;
    const m = 5;
    const lengthsX = [4, 2, 3];
    const lengthsY = [5, 3, 1];
    const data = randomSeries(random, b * n * m, 1, 2).map(Math.abs);
    const D = new Tensor(data, [b, n, m]);
    const attrs = { gamma: 0.4, lengthsX, lengthsY };
    const values = SoftDtw({ D }, attrs);
    expect(values.shape).toEqual([3]);
    const weights = tensor([1, -2, 0.5]);
    const gradD = grad((d: Tensor) => sum(mul(weights, SoftDtw({ D: d }, attrs))))(D);
    for (let k = 0; k < b; k++) {
      const block = new Float64Array(lengthsX[k] * lengthsY[k]);
      for (let i = 0; i < lengthsX[k]; i++) for (let j = 0; j < lengthsY[k]; j++) block[i * lengthsY[k] + j] = data[k * n * m + i * m + j];
      const oracle = bruteForceSoftDtw(block, lengthsX[k], lengthsY[k], 0.4);
      expect(values.data[k]).toBeCloseTo(oracle.value, 12);
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < m; j++) {
          const inside = i < lengthsX[k] && j < lengthsY[k];
          const expected = inside ? weights.data[k] * oracle.E[i * lengthsY[k] + j] : 0;
          expect(gradD.data[k * n * m + i * m + j]).toBeCloseTo(expected, 12);
        }
      }
    }
    expect(checkVjp((d: Tensor) => SoftDtw({ D: d }, attrs), [D]).ok).toBe(true);
  });

  it('gives the 0/1 path as the (sub)gradient at gamma = 0', () => {
    const gradD = grad((d: Tensor) => SoftDtw({ D: d }, { gamma: 0 }))(tensor([[0, 5, 5], [5, 0, 0], [5, 5, 0]]));
    expect(gradD.toArray()).toEqual([[1, 0, 0], [0, 1, 0], [0, 0, 1]]);
  });

  it('keeps float32 in float32 out', () => {
    const out = SoftDtw({ D: tensor([[1, 2], [3, 4]], { dtype: 'float32' }) }, { gamma: 1 });
    expect(out.dtype).toBe('float32');
  });

  it('rejects bad shapes and attrs with typed errors', () => {
    expect(() => SoftDtw({ D: tensor([1, 2]) }, { gamma: 1 })).toThrow(ShapeError);
    expect(() => SoftDtw({ D: tensor([[1, 2]]) }, { gamma: -1 })).toThrow(InvalidArgumentError);
    expect(() => SoftDtw({ D: tensor([[1, 2]]) }, { gamma: 1, lengthsX: [1] })).toThrow(/only with a batched D/);
    expect(() => SoftDtw({ D: new Tensor(new Float64Array(8), [2, 2, 2]) }, { gamma: 1, lengthsX: [1, 3] })).toThrow(
      /lengthsX\[1\] to be an integer in \[1, 2\], got 3/,
    );
    expect(() => SoftDtw({ D: tensor([[1, 2, 3, 4]]) }, { gamma: 1, band: 1 })).toThrow(BandTooNarrowError);
    expect(() => SoftDtw({ D: tensor([[1, NaN]]) }, { gamma: 1 })).toThrow(NonFiniteValueError);
    expect(() => SoftDtw({ D: tensor([[1, NaN]]) }, { gamma: 1 })).toThrow(/got NaN at row 0, column 1/);
  });

  it('runs another backend\'s kernel when registered, and falls back to the cpu SoftDtwGrad otherwise', async () => {
    const calls: string[] = [];
    const backendName = 'coreTestBackend';
    registerBackend(backendName, (): Backend => ({ name: backendName, capabilities: { float64: true, syncRead: true } }), { priority: 0 });
    registerKernel(SOFT_DTW_WITH_RESIDUALS, backendName, (...args: Parameters<typeof softDtwWithResiduals>) => {
      calls.push('withResiduals');
      return softDtwWithResiduals(...args);
    });
    const previous = getBackend().name;
    await setBackend(backendName);
    try {
      const D = tensor([[0, 1], [1, 0]]);
      const gradD = grad((d: Tensor) => SoftDtw({ D: d }, { gamma: 0 }))(D);
      expect(calls).toEqual(['withResiduals']);
      expect(gradD.toArray()).toEqual([[1, 0], [0, 1]]);
    } finally {
      await setBackend(previous);
    }
  });
});
