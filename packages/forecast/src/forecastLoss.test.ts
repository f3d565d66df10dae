import { assertGrad, randomNormal, reshape, slice, type Tensor } from '@softdtw/autodiff';
import { softDtw, softDtwDivergence } from '@softdtw/core';
import { describe, expect, it } from 'vitest';
import { forecastLoss } from './forecastLoss.js';

const item = (t: Tensor, b: number): Tensor => reshape(slice(t, [b, 0, 0], [1, t.shape[1], t.shape[2]]), [t.shape[1], t.shape[2]]);

describe('forecastLoss', () => {
  const predicted = randomNormal([3, 5, 2], { seed: 1 });
  const target = randomNormal([3, 5, 2], { seed: 2 });

  it('softdtw is the batch mean of core softDtw over the pairs', () => {
    const expected = [0, 1, 2].reduce((s, b) => s + softDtw(item(predicted, b), item(target, b), { gamma: 0.3 }).item(), 0) / 3;
    expect(forecastLoss(predicted, target, 'softdtw', 0.3).item()).toBeCloseTo(expected, 12);
  });

  it('divergence is the batch mean of core softDtwDivergence, and 0 when the forecast is the truth', () => {
    const expected = [0, 1, 2].reduce((s, b) => s + softDtwDivergence(item(predicted, b), item(target, b), { gamma: 0.3 }).item(), 0) / 3;
    expect(forecastLoss(predicted, target, 'divergence', 0.3).item()).toBeCloseTo(expected, 12);
    expect(forecastLoss(target, target, 'divergence', 0.3).item()).toBeCloseTo(0, 12);
  });

  it('euclidean is the batch mean of summed squared errors', () => {
    let sum = 0;
    for (let k = 0; k < predicted.size; k++) sum += (predicted.data[k] - target.data[k]) ** 2;
    expect(forecastLoss(predicted, target, 'euclidean', 1).item()).toBeCloseTo(sum / 3, 12);
  });

  it('accepts [B, T] forecasts as univariate series', () => {
    const p2 = reshape(slice(predicted, [0, 0, 0], [3, 5, 1]), [3, 5]);
    const t2 = reshape(slice(target, [0, 0, 0], [3, 5, 1]), [3, 5]);
    const p3 = reshape(p2, [3, 5, 1]);
    const t3 = reshape(t2, [3, 5, 1]);
    expect(forecastLoss(p2, t2, 'softdtw', 1).item()).toBeCloseTo(forecastLoss(p3, t3, 'softdtw', 1).item(), 14);
  });

  it.each(['softdtw', 'euclidean', 'divergence'] as const)('%s has gradients that match finite differences', (loss) => {
    const small = randomNormal([2, 4, 1], { seed: 3 });
    const truth = randomNormal([2, 4, 1], { seed: 4 });
    const report = assertGrad((p: Tensor) => forecastLoss(p, truth, loss, 0.5), [small]);
    expect(report.ok).toBe(true);
  });
});
