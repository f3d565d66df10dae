/** The package version, kept equal to `package.json` (a test checks it); written into ONNX metadata. */
export const FORECAST_VERSION = '0.0.0';
