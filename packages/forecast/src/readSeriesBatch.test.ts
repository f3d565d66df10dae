import { tensor } from '@softdtw/autodiff';
import { describe, expect, it } from 'vitest';
import { ForecastShapeError } from './errors.js';
import { readSeriesBatch } from './readSeriesBatch.js';

describe('readSeriesBatch', () => {
  it('flattens univariate rows, multivariate rows and Tensors to [count, length, features]', () => {
    expect(Array.from(readSeriesBatch('t', 'inputs', [[1, 2], [3, 4]], 2, 1).data)).toEqual([1, 2, 3, 4]);
    const multi = readSeriesBatch('t', 'inputs', [[[1, 2], [3, 4]]], 2, 2);
    expect([multi.count, multi.length, multi.features, ...multi.data]).toEqual([1, 2, 2, 1, 2, 3, 4]);
    expect(Array.from(readSeriesBatch('t', 'inputs', tensor([[[1], [2]]]), 2, 1).data)).toEqual([1, 2]);
    expect(Array.from(readSeriesBatch('t', 'inputs', [[[5], [6]]], 2, 1).data)).toEqual([5, 6]);
  });

  it.each([
    ['an empty batch', [], 2, 1],
    ['a row of the wrong length', [[1, 2, 3]], 2, 1],
    ['numbers where features are expected', [[1, 2]], 2, 2],
    ['a step with the wrong feature count', [[[1], [2]]], 2, 2],
    ['NaN', [[1, Number.NaN]], 2, 1],
    ['a Tensor of the wrong length', tensor([[1, 2, 3]]), 2, 1],
  ])('rejects %s with ForecastShapeError naming the problem', (_name, batch, length, features) => {
    expect(() => readSeriesBatch('predict', 'inputs', batch as never, length, features)).toThrow(ForecastShapeError);
    expect(() => readSeriesBatch('predict', 'inputs', batch as never, length, features)).toThrow(/^predict: expected/);
  });
});
