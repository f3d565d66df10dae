/**
 * Normalization: the optional per-feature standardisation stored with a forecaster (and in its ONNX
 * metadata). Statistics come from the training inputs and targets together, one mean and one
 * standard deviation per feature, because inputs and targets are two parts of the same series.
 */
import { tensor } from '@softdtw/autodiff';
import type { TiledNormalization } from './mlpForward.js';

/** How inputs are scaled before the network and forecasts scaled back after it. */
export type NormalizationKind = 'none' | 'standardize';

/** Standardisation statistics: `kind: 'none'`, or one mean and std per feature. */
export type Normalization =
  | { readonly kind: 'none' }
  | { readonly kind: 'standardize'; readonly mean: readonly number[]; readonly std: readonly number[] };

/**
 * Per-feature mean and standard deviation (population) over every step of every series in `blocks`.
 * A feature whose std is below 1e-12 gets std 1, so constant features pass through unscaled.
 *
 * @param blocks - flat arrays laid out [count, length, features]
 * @param features - p
 * @returns `{ kind: 'standardize', mean: [p], std: [p] }`
 * @example
 * computeStandardization([Float64Array.of(1, 3)], 1); // { kind: 'standardize', mean: [2], std: [1] }
 */
export function computeStandardization(blocks: readonly Float64Array[], features: number): Normalization {
  const total = new Float64Array(features);
  let rows = 0;
  for (const block of blocks) {
    for (let k = 0; k < block.length; k++) total[k % features] += block[k];
    rows += block.length / features;
  }
  const mean = Array.from(total, (s) => s / rows);
  const squares = new Float64Array(features);
  for (const block of blocks) for (let k = 0; k < block.length; k++) squares[k % features] += (block[k] - mean[k % features]) ** 2;
  const std = Array.from(squares, (s) => {
    const sd = Math.sqrt(s / rows);
    return sd < 1e-12 ? 1 : sd;
  });
  return { kind: 'standardize', mean, std };
}

/**
 * Repeats the per-feature statistics over time, as flat vectors that broadcast against series
 * flattened time-major ([B, length·p]).
 *
 * @param normalization - the statistics
 * @param inputLength - input steps
 * @param outputLength - output steps
 * @returns tiled Tensors [inputLength·p] and [outputLength·p], or undefined for `'none'`
 * @example
 * tileNormalization({ kind: 'standardize', mean: [1], std: [2] }, 2, 1)?.inputMean.toArray(); // [1, 1]
 */
export function tileNormalization(normalization: Normalization, inputLength: number, outputLength: number): TiledNormalization | undefined {
  if (normalization.kind === 'none') return undefined;
  const tile = (values: readonly number[], length: number) => tensor(Float64Array.from({ length: length * values.length }, (_, k) => values[k % values.length]));
  return {
    inputMean: tile(normalization.mean, inputLength),
    inputStd: tile(normalization.std, inputLength),
    outputMean: tile(normalization.mean, outputLength),
    outputStd: tile(normalization.std, outputLength),
  };
}
