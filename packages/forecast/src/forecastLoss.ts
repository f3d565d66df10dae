/**
 * forecastLoss: the minibatch training loss of the forecaster (Cuturi & Blondel, ICML 2017,
 * arXiv:1703.01541, §3.4; divergence: Blondel, Mensch & Vert, arXiv:2010.08354).
 *
 *     softdtw:    L = (1/B) Σ_b dtw_γ(ŷ_b, y_b)
 *     euclidean:  L = (1/B) Σ_b ‖ŷ_b − y_b‖²                       (sum over steps and features)
 *     divergence: L = (1/B) Σ_b [dtw_γ(ŷ_b, y_b) − ½ dtw_γ(ŷ_b, ŷ_b) − ½ dtw_γ(y_b, y_b)]
 *
 * with δ(ŷ_t, y_s) = ‖ŷ_t − y_s‖² as the cost. Soft-DTW terms go through core's batched Tensor path
 * `softDtwBatch(X [B, T, p], Y [B, T, p])`: one SquaredEuclideanCost and one SoftDtw primitive for
 * the whole minibatch (its backward pass is the batched SoftDtwGrad kernel of the active backend),
 * instead of B separate tape nodes.
 */
import { add, mean, mul, reshape, square, sub, sum, type Tensor } from '@softdtw/autodiff';
import { softDtwBatch } from '@softdtw/core';

/** Training loss of the forecaster. */
export type ForecastLossKind = 'softdtw' | 'euclidean' | 'divergence';

/** The losses accepted by MlpForecaster, in one list. */
export const FORECAST_LOSSES: readonly ForecastLossKind[] = ['softdtw', 'euclidean', 'divergence'];

/**
 * Mean over the batch of the per-series loss between forecasts and targets.
 *
 * @param predicted - forecasts [B, T] or [B, T, p] (on the tape)
 * @param target - truths of the same shape
 * @param loss - `'softdtw'`, `'euclidean'` or `'divergence'`
 * @param gamma - soft-DTW smoothing γ > 0 (ignored by `'euclidean'`)
 * @returns a scalar Tensor on the tape
 * @example
 * forecastLoss(tensor([[0, 1]]), tensor([[0, 1]]), 'euclidean', 1).item(); // 0
 */
export function forecastLoss(predicted: Tensor, target: Tensor, loss: ForecastLossKind, gamma: number): Tensor {
  const [batch, steps] = predicted.shape;
  const features = predicted.rank === 3 ? predicted.shape[2] : 1;
  if (loss === 'euclidean') return mul(sum(square(sub(predicted, target))), 1 / batch);
  const x = reshape(predicted, [batch, steps, features]);
  const y = reshape(target, [batch, steps, features]);
  const cross = softDtwBatch(x, y, { gamma });
  if (loss === 'softdtw') return mean(cross);
  const selfX = softDtwBatch(x, x, { gamma });
  const selfY = softDtwBatch(y, y, { gamma });
  return mean(sub(cross, mul(add(selfX, selfY), 0.5)));
}
