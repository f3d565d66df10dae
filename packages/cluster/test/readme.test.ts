/**
 * The README quick start, run as written: the numbers it prints are checked here.
 */
import { cylinderBellFunnel } from '@softdtw/datasets';
import { expect, test } from 'vitest';
import { adjustedRandIndex, dbaBarycenter, pairwiseDistances, softDtwBarycenter, TimeSeriesKMeans } from '../src/index.js';

test('README quick start prints the documented numbers', () => {
  const printed: string[] = [];
  const log = (...values: unknown[]): void => void printed.push(values.join(' '));

  // --- quick start (keep in sync with README.md) ---
  const { series, labels } = cylinderBellFunnel({ perClass: 5, length: 32, seed: 0 });
  const bells = series.filter((_, i) => labels[i] === 'bell');

  const soft = softDtwBarycenter(bells, { gamma: 0.1 }); // Eq. 4, L-BFGS from the Euclidean mean
  const dba = dbaBarycenter(bells); // the DBA baseline
  const dtwLoss = (z: number[]) => pairwiseDistances([z], bells, { metric: 'dtw' })[0].reduce((a, b) => a + b, 0) / bells.length;
  log('mean DTW loss, soft-DTW barycenter:', dtwLoss(soft.barycenter).toFixed(4)); // 15.7409
  log('mean DTW loss, DBA barycenter:     ', dtwLoss(dba.barycenter).toFixed(4)); // 16.1682

  const model = new TimeSeriesKMeans({ k: 3, metric: 'softdtw', gamma: 1, nInit: 2, seed: 0 }).fit(series);
  log('soft-DTW k-means ARI:', adjustedRandIndex(model.labels, labels).toFixed(3)); // 0.641
  // --- end of quick start ---

  expect(printed).toEqual([
    'mean DTW loss, soft-DTW barycenter: 15.7409',
    'mean DTW loss, DBA barycenter:      16.1682',
    'soft-DTW k-means ARI: 0.641',
  ]);
});
