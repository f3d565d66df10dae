/**
 * @softdtw/forecast — the multistep-ahead MLP forecaster of Cuturi & Blondel (ICML 2017,
 * arXiv:1703.01541, §3.4), trained with soft-DTW, Euclidean or divergence loss through
 * @softdtw/autodiff and @softdtw/core, and exported to ONNX.
 *
 * This entry is light and browser-safe: running exported models with onnxruntime-web lives in
 * `@softdtw/forecast/onnx`, and the atomic checkpoint file store in `@softdtw/forecast/node`.
 */
export {
  MlpForecaster,
  type EvaluationReport,
  type FitOptions,
  type FitReport,
  type MlpForecasterOptions,
  type ValidationOption,
} from './MlpForecaster.js';
export { forecastLoss, FORECAST_LOSSES, type ForecastLossKind } from './forecastLoss.js';
export { mlpForward, ACTIVATIONS, type Activation, type DenseLayer, type MlpParameters, type TiledNormalization } from './mlpForward.js';
export { initMlpParameters } from './initMlpParameters.js';
export { computeStandardization, tileNormalization, type Normalization, type NormalizationKind } from './Normalization.js';
export { readSeriesBatch, type SeriesBatch, type SeriesBatchData } from './readSeriesBatch.js';
export type { ForecasterConfig, ForecasterSnapshot } from './ForecasterSnapshot.js';
export { validateCheckpoint, type CheckpointRun, type CheckpointStore, type EpochReport, type TrainingCheckpoint } from './TrainingCheckpoint.js';
export { ONNX_FORMAT, ONNX_INPUT_NAME, ONNX_OUTPUT_NAME, type ForecasterMetadata } from './ForecasterMetadata.js';
export { readForecasterMetadata } from './readForecasterMetadata.js';
export { ONNX_IR_VERSION, ONNX_OPSET } from './buildOnnxModel.js';
export { FORECAST_VERSION } from './version.js';
export {
  CheckpointError,
  ForecastError,
  ForecastShapeError,
  InvalidForecastOptionError,
  OnnxModelError,
  type ForecastErrorCode,
} from './errors.js';
