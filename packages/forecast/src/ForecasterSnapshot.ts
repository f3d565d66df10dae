/**
 * ForecasterSnapshot: a trained forecaster as plain JSON (configuration, normalisation and weights),
 * written by `MlpForecaster.toJSON()` and read by `MlpForecaster.fromJSON()`; checkpoints embed it.
 */
import type { ForecastLossKind } from './forecastLoss.js';
import type { Activation } from './mlpForward.js';
import type { Normalization, NormalizationKind } from './Normalization.js';

/** A forecaster's configuration with every default filled in. */
export interface ForecasterConfig {
  /** Input steps per series. */
  readonly inputLength: number;
  /** Forecast steps per series. */
  readonly outputLength: number;
  /** Features per step p. */
  readonly features: number;
  /** Hidden layer widths (one entry per hidden layer). */
  readonly hidden: readonly number[];
  /** Hidden activation. */
  readonly activation: Activation;
  /** Training loss. */
  readonly loss: ForecastLossKind;
  /** Soft-DTW γ of the loss. */
  readonly gamma: number;
  /** Standardisation computed at fit time. */
  readonly normalization: NormalizationKind;
}

/** JSON form of a forecaster. */
export interface ForecasterSnapshot {
  /** Always 'softdtw-mlp-forecaster'. */
  readonly format: 'softdtw-mlp-forecaster';
  /** Format version, currently 1. */
  readonly version: 1;
  /** Configuration. */
  readonly config: ForecasterConfig;
  /** Normalisation statistics in use. */
  readonly normalization: Normalization;
  /** Layers: W row-major [fanIn·fanOut] and b [fanOut], as numbers. */
  readonly layers: readonly { readonly W: readonly number[]; readonly b: readonly number[] }[];
}
