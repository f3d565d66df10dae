import { checkGrad, sum, mul, tensor, Tensor, hasKernel } from '@softdtw/autodiff';
import { describe, expect, it } from 'vitest';
import { randomSeries, seededRandom } from '../../test/enumerateAlignmentPaths.js';
import { ShapeError } from '../errors.js';
import '../registerCpuKernels.js';
import { squaredEuclideanCost } from '../squaredEuclideanCost.js';
import { SQUARED_EUCLIDEAN_COST, SQUARED_EUCLIDEAN_COST_GRAD } from './primitiveNames.js';
import { SquaredEuclideanCost } from './SquaredEuclideanCost.js';

const random = seededRandom(41);
const weightsFor = (shape: readonly number[]) => new Tensor(randomSeries(random, shape.reduce((a, b) => a * b, 1), 1), shape);

describe('SquaredEuclideanCost primitive', () => {
  it('registers its cpu kernels', () => {
    expect(hasKernel(SQUARED_EUCLIDEAN_COST, 'cpu')).toBe(true);
    expect(hasKernel(SQUARED_EUCLIDEAN_COST_GRAD, 'cpu')).toBe(true);
  });

  it('computes ‖x_i − y_j‖² like the plain function, for [n], [n, p] and [b, n, p]', () => {
    expect(SquaredEuclideanCost({ X: tensor([0, 1]), Y: tensor([0, 2]) }).toArray()).toEqual([[0, 4], [1, 1]]);
    expect(SquaredEuclideanCost({ X: tensor([[0, 1], [1, 1]]), Y: tensor([[0, 0]]) }).toArray()).toEqual(squaredEuclideanCost([[0, 1], [1, 1]], [[0, 0]]));
    const batched = SquaredEuclideanCost({ X: new Tensor(new Float64Array([0, 1, 2, 3]), [2, 2, 1]), Y: new Tensor(new Float64Array([1, 5]), [2, 1, 1]) });
    expect(batched.shape).toEqual([2, 2, 1]);
    expect(batched.toArray()).toEqual([[[1], [0]], [[9], [4]]]);
  });

  for (const [xShape, yShape] of [[[4], [3]], [[4, 2], [5, 2]], [[2, 3, 2], [2, 4, 2]]] as const) {
    it(`passes checkGrad for X ${JSON.stringify(xShape)}, Y ${JSON.stringify(yShape)}`, () => {
      const X = weightsFor(xShape);
      const Y = weightsFor(yShape);
      const W = weightsFor(SquaredEuclideanCost({ X, Y }).shape);
      const report = checkGrad((x: Tensor, y: Tensor) => sum(mul(W, SquaredEuclideanCost({ X: x, Y: y }))), [X, Y]);
      expect(report.ok).toBe(true);
    });
  }

  it('keeps float32 only when both inputs are float32', () => {
    const x32 = tensor([1, 2], { dtype: 'float32' });
    expect(SquaredEuclideanCost({ X: x32, Y: x32 }).dtype).toBe('float32');
    expect(SquaredEuclideanCost({ X: x32, Y: tensor([1]) }).dtype).toBe('float64');
  });

  it('rejects incompatible shapes', () => {
    expect(() => SquaredEuclideanCost({ X: tensor([[1, 2]]), Y: tensor([[1, 2, 3]]) })).toThrow(ShapeError);
    expect(() => SquaredEuclideanCost({ X: new Tensor(new Float64Array(4), [2, 2, 1]), Y: tensor([[1]]) })).toThrow(/expected X \[b, n, p\] and Y \[b, m, p\]/);
  });
});
