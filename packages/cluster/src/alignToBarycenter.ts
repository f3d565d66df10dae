/**
 * alignToBarycenter: the hard-DTW alignment of one series X (m × p) to a barycenter Z (L × p),
 * summarised as the two quantities DBA and the subgradient method need (Schultz & Jain 2017,
 * "Nonsmooth analysis and subgradient methods for averaging in dynamic time warping spaces",
 * Pattern Recognition 74; notation V and W from there):
 *
 *   cost      DTW(Z, X) = Σ_{(k, j) ∈ path} ‖z_k − x_j‖²   (squared Euclidean, no square root)
 *   valence   V_k = #{ j : (k, j) ∈ path }                  (how many points of X row k of Z is matched to)
 *   warped    (W X)_k = Σ_{j : (k, j) ∈ path} x_j
 *
 * so that a subgradient of DTW(·, X) at Z is 2 (V ∘ Z − W X), and the DBA update is W X / V.
 * The path is core's dtw (ties prefer the diagonal, then (k − 1, j), then (k, j − 1)).
 */
import { dtw } from '@softdtw/core';
import { toCoreSeries, type FlatSeries } from './SeriesSet.js';

/** The alignment of one series to the barycenter. */
export interface BarycenterAlignment {
  /** DTW(Z, X): the path's summed squared distances. */
  readonly cost: number;
  /** V: [L] number of X points matched to each row of Z (≥ 1). */
  readonly valence: Float64Array;
  /** W X: [L · p] sum of the X points matched to each row of Z. */
  readonly warped: Float64Array;
}

/**
 * Aligns X to Z with hard DTW and returns the cost, valence V and warped sum W X.
 *
 * @param z - barycenter Z, row-major [L · p]
 * @param L - barycenter length
 * @param p - features
 * @param x - series X (m time steps, p features)
 * @returns cost, valence [L], warped [L · p]
 * @example
 * alignToBarycenter(new Float64Array([0, 1]), 2, 1, { data: new Float64Array([0, 1, 1]), n: 3 }).valence; // [1, 2]
 */
export function alignToBarycenter(z: Float64Array, L: number, p: number, x: FlatSeries): BarycenterAlignment {
  const { value, path } = dtw(toCoreSeries(z, L, p), toCoreSeries(x.data, x.n, p));
  const valence = new Float64Array(L);
  const warped = new Float64Array(L * p);
  for (const [k, j] of path) {
    valence[k] += 1;
    for (let f = 0; f < p; f++) warped[k * p + f] += x.data[j * p + f];
  }
  return { cost: value, valence, warped };
}
