/**
 * barycenterMethod: which averaging the centering step of k-means uses (Cuturi & Blondel, ICML 2017,
 * arXiv:1703.01541, §4.2 plugs each of them into Lloyd's algorithm): the soft-DTW barycenter
 * (Eq. 4, L-BFGS), DBA, the stochastic subgradient mean, or the pointwise mean. By default the
 * method follows the metric of the assignment step, so that both steps decrease the same objective.
 */
import { InvalidOptionError } from './errors.js';
import type { ClusterMetric } from './pairwiseDistances.js';

/** The centering step: 'softdtw' (Eq. 4), 'dba' (Petitjean 2011), 'subgradient' (Schultz & Jain 2018) or 'mean' (pointwise). */
export type BarycenterMethod = 'softdtw' | 'dba' | 'subgradient' | 'mean';

/** The barycenter that matches each metric: soft-DTW → 'softdtw', DTW → 'dba', Euclidean → 'mean'. */
const DEFAULT_FOR_METRIC: Readonly<Record<ClusterMetric, BarycenterMethod>> = { softdtw: 'softdtw', dtw: 'dba', euclidean: 'mean' };

/**
 * Validates a barycenter method, defaulting to the one that matches the metric.
 *
 * @param op - public function name, for messages
 * @param method - the option value (undefined for the default)
 * @param metric - the model's metric
 * @returns the method
 * @throws InvalidOptionError for an unknown name
 * @example
 * resolveBarycenterMethod('f', undefined, 'dtw'); // 'dba'
 */
export function resolveBarycenterMethod(op: string, method: unknown, metric: ClusterMetric): BarycenterMethod {
  const value = method ?? DEFAULT_FOR_METRIC[metric];
  if (value !== 'softdtw' && value !== 'dba' && value !== 'subgradient' && value !== 'mean') {
    throw new InvalidOptionError(`${op}: expected barycenter 'softdtw', 'dba', 'subgradient' or 'mean', got '${String(value)}'. Use one of those, or omit it to match the metric.`);
  }
  return value;
}
