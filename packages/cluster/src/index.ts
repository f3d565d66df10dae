/**
 * @softdtw/cluster — averaging and clustering of time series under soft-DTW (Cuturi & Blondel,
 * ICML 2017, arXiv:1703.01541, §3.1–3.3): soft-DTW barycenters by L-BFGS, the DBA and subgradient
 * baselines, k-means, nearest-centroid classification, pairwise distance matrices, and the
 * adjusted Rand index.
 */
export { softDtwBarycenter, type BarycenterResult, type SoftDtwBarycenterOptions } from './softDtwBarycenter.js';
export {
  softDtwBarycenterObjective,
  type BarycenterObjective,
  type BarycenterObjectiveKind,
  type SoftDtwBarycenterObjectiveOptions,
} from './softDtwBarycenterObjective.js';
export type { BarycenterInit } from './initialBarycenter.js';
export type { ClusterSeries, SeriesValue } from './SeriesSet.js';
export {
  EmptyInputError,
  FeatureMismatchError,
  InvalidOptionError,
  InvalidSeriesError,
  InvalidWeightsError,
  LabelCountMismatchError,
  LengthMismatchError,
  NotFittedError,
  TooFewSeriesError,
} from './errors.js';
export { dbaBarycenter, type DbaBarycenterOptions } from './dbaBarycenter.js';
export { subgradientBarycenter, type SubgradientBarycenterOptions } from './subgradientBarycenter.js';
export { pairwiseDistances, type ClusterMetric, type PairwiseDistancesOptions } from './pairwiseDistances.js';
export { adjustedRandIndex } from './adjustedRandIndex.js';
export { TimeSeriesKMeans, type KMeansInit, type KMeansLossOptions, type TimeSeriesKMeansOptions } from './TimeSeriesKMeans.js';
export type { BarycenterMethod } from './barycenterMethod.js';
export {
  NearestCentroidClassifier,
  PAPER_GAMMA_GRID,
  type ClassLabel,
  type NearestCentroidClassifierOptions,
  type NearestCentroidFitOptions,
  type ValidationSpec,
} from './NearestCentroidClassifier.js';
