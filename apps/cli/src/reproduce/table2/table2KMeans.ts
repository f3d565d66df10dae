/**
 * The k-means runs of the paper's §4.2 (Cuturi & Blondel, ICML 2017, arXiv:1703.01541), as
 * `TimeSeriesKMeans` settings: Lloyd's algorithm from a seeded random partition, the first
 * centering started from the chosen barycenter initialisation (random or the members' Euclidean
 * mean), later ones warm-started from the previous centroid, at most 30 rounds and 100 barycenter
 * iterations; soft-DTW barycenters with dtw_γ assignments, DBA and subgradient barycenters with DTW
 * assignments. Shared by Table 2 and the Figure 6 plots.
 */
import { TimeSeriesKMeans, type BarycenterMethod, type ClusterMetric } from '@softdtw/cluster';
import type { Baseline, SoftDtwGammaKey } from '../table1/table1Methods.js';

/** A k-means variant: its results key, label, centering method, assignment metric and γ. */
export interface KMeansMethod {
  readonly key: SoftDtwGammaKey | Baseline;
  readonly label: string;
  readonly barycenter: BarycenterMethod;
  readonly metric: ClusterMetric;
  readonly gamma: number;
}

/** The DBA variant (DTW assignments). */
export const DBA_KMEANS: KMeansMethod = { key: 'dba', label: 'DBA', barycenter: 'dba', metric: 'dtw', gamma: 1 };

/** The subgradient variant (DTW assignments). */
export const SUBGRADIENT_KMEANS: KMeansMethod = { key: 'subgradient', label: 'subgradient method', barycenter: 'subgradient', metric: 'dtw', gamma: 1 };

/**
 * The soft-DTW variant at one γ (dtw_γ assignments).
 * @param gamma - the smoothing γ > 0.
 * @returns its {@link KMeansMethod} (key `softdtw-<γ>`).
 * @example softDtwKMeans(1).key; // 'softdtw-1'
 */
export function softDtwKMeans(gamma: number): KMeansMethod {
  return { key: `softdtw-${gamma}` as SoftDtwGammaKey, label: `soft-DTW (γ = ${gamma})`, barycenter: 'softdtw', metric: 'softdtw', gamma };
}

/** Rounds and inner iterations of a run. */
export interface KMeansRunSettings {
  /** Most Lloyd rounds (centerings; the paper: 30). */
  readonly maxOuter: number;
  /** Most barycenter iterations per centering (the paper: 100; subgradient: epochs). */
  readonly maxIter: number;
}

/**
 * Cluster series as in §4.2.
 * @param series - N series `[m_i]`.
 * @param k - clusters (≤ N).
 * @param method - the variant.
 * @param init - the first centering's barycenter initialisation.
 * @param settings - rounds and inner iterations.
 * @param seed - seed of the random partition; cluster j's barycenter uses `seed + j`.
 * @returns the fitted model (`loss(series, { metric: 'dtw', normalizeByLength: true })` is Table 2's score).
 * @example
 * const model = fitKMeansRun(series, 3, softDtwKMeans(1), 'random', { maxOuter: 30, maxIter: 100 }, 0);
 */
export function fitKMeansRun(
  series: readonly (readonly number[])[],
  k: number,
  method: KMeansMethod,
  init: 'random' | 'euclidean-mean',
  settings: KMeansRunSettings,
  seed: number,
): TimeSeriesKMeans {
  return new TimeSeriesKMeans({
    k,
    metric: method.metric,
    barycenter: method.barycenter,
    gamma: method.gamma,
    init: 'random-partition',
    barycenterInit: init,
    maxIter: settings.maxOuter,
    maxIterBarycenter: settings.maxIter,
    seed,
  }).fit(series);
}

/**
 * Table 2's score of a clustering: the k-means loss under DTW, Eq. 5 with γ = 0, with the paper's
 * 1/m_i as in Table 1: `(1/N) Σ_i min_j dtw_0(X_i, C_j) / m_i`.
 * @param model - a fitted model.
 * @param series - the clustered series.
 * @returns the loss.
 * @example kMeansDtwLoss(fitKMeansRun(series, 2, DBA_KMEANS, 'random', settings, 0), series);
 */
export function kMeansDtwLoss(model: TimeSeriesKMeans, series: readonly (readonly number[])[]): number {
  return model.loss(series, { metric: 'dtw', normalizeByLength: true });
}
