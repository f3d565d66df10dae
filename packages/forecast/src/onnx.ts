/**
 * @softdtw/forecast/onnx — run exported forecasters with onnxruntime-web (Node and browsers). Kept
 * out of the main entry so that training code does not load the ONNX runtime.
 */
export { loadOnnxForecaster, type LoadOnnxForecasterOptions, type OnnxForecaster } from './loadOnnxForecaster.js';
export { readForecasterMetadata } from './readForecasterMetadata.js';
export type { ForecasterMetadata } from './ForecasterMetadata.js';
export { OnnxModelError, ForecastShapeError } from './errors.js';
