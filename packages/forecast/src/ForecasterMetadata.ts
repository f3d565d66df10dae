/**
 * ForecasterMetadata: what an exported ONNX forecaster says about itself in `metadata_props`, and the
 * functions that write those key/value pairs and read them back with validation.
 */
import { OnnxModelError } from './errors.js';
import { FORECAST_LOSSES, type ForecastLossKind } from './forecastLoss.js';
import { ACTIVATIONS, type Activation } from './mlpForward.js';
import type { Normalization } from './Normalization.js';

/** The value of the `softdtw.format` key that marks a model exported by this package. */
export const ONNX_FORMAT = 'softdtw-mlp-forecaster/1';

/** Graph input name of exported models. */
export const ONNX_INPUT_NAME = 'input';
/** Graph output name of exported models. */
export const ONNX_OUTPUT_NAME = 'forecast';

/** The description of an exported forecaster, stored as `metadata_props` (keys `softdtw.*`). */
export interface ForecasterMetadata {
  /** Always {@link ONNX_FORMAT}. */
  readonly format: string;
  /** Input steps per series. */
  readonly inputLength: number;
  /** Forecast steps per series. */
  readonly outputLength: number;
  /** Features per step p (input is [N, inputLength] when p = 1, else [N, inputLength, p]). */
  readonly features: number;
  /** Hidden layer widths. */
  readonly hidden: readonly number[];
  /** Hidden activation. */
  readonly activation: Activation;
  /** Loss the model was trained with. */
  readonly loss: ForecastLossKind;
  /** Soft-DTW γ of the training loss. */
  readonly gamma: number;
  /** Standardisation applied inside the graph. */
  readonly normalization: Normalization;
  /** Version of @softdtw/forecast that exported it. */
  readonly packageVersion: string;
  /** Graph input name. */
  readonly inputName: string;
  /** Graph output name. */
  readonly outputName: string;
}

/**
 * The metadata as ONNX `metadata_props` entries (strings; numbers and arrays as JSON).
 *
 * @param metadata - the description
 * @returns key/value entries, keys prefixed `softdtw.`
 * @example
 * metadataToProps(meta).find((e) => e.key === 'softdtw.input_length')?.value; // '10'
 */
export function metadataToProps(metadata: ForecasterMetadata): { key: string; value: string }[] {
  const entries: [string, unknown][] = [
    ['format', metadata.format],
    ['input_length', metadata.inputLength],
    ['output_length', metadata.outputLength],
    ['features', metadata.features],
    ['hidden', metadata.hidden],
    ['activation', metadata.activation],
    ['loss', metadata.loss],
    ['gamma', metadata.gamma],
    ['normalization', metadata.normalization],
    ['package_version', metadata.packageVersion],
    ['input_name', metadata.inputName],
    ['output_name', metadata.outputName],
  ];
  return entries.map(([key, value]) => ({ key: `softdtw.${key}`, value: typeof value === 'string' ? value : JSON.stringify(value) }));
}

/**
 * Reads and validates the metadata written by {@link metadataToProps}.
 *
 * @param where - public function name, for messages
 * @param props - the model's `metadata_props`
 * @returns the description
 * @throws OnnxModelError when the model was not exported by this package or a value is malformed
 * @example
 * propsToMetadata('readForecasterMetadata', metadataToProps(meta)).inputLength; // meta.inputLength
 */
export function propsToMetadata(where: string, props: readonly { key?: string; value?: string }[]): ForecasterMetadata {
  const map = new Map(props.map((p) => [p.key ?? '', p.value ?? '']));
  const format = map.get('softdtw.format');
  if (format !== ONNX_FORMAT) {
    throw new OnnxModelError(
      `${where}: expected an ONNX model exported by @softdtw/forecast (metadata softdtw.format = '${ONNX_FORMAT}'), got ${format === undefined ? 'no softdtw.format entry' : `'${format}'`}. Export the model with MlpForecaster.toOnnx(), or run foreign models with onnxruntime directly.`,
    );
  }
  const text = (key: string): string => {
    const value = map.get(`softdtw.${key}`);
    if (value === undefined) throw new OnnxModelError(`${where}: expected metadata entry softdtw.${key}, got none. The file is damaged; export it again with toOnnx().`);
    return value;
  };
  const json = (key: string): unknown => {
    try {
      return JSON.parse(text(key));
    } catch (error) {
      if (error instanceof OnnxModelError) throw error;
      throw new OnnxModelError(`${where}: expected JSON in metadata entry softdtw.${key}, got '${text(key)}'. The file is damaged; export it again with toOnnx().`);
    }
  };
  const positiveInt = (key: string): number => {
    const value = json(key);
    if (Number.isInteger(value) && (value as number) >= 1) return value as number;
    throw new OnnxModelError(`${where}: expected softdtw.${key} to be an integer ≥ 1, got ${JSON.stringify(value)}. The file is damaged; export it again with toOnnx().`);
  };
  const hidden = json('hidden');
  if (!Array.isArray(hidden) || !hidden.every((h) => Number.isInteger(h) && h >= 1)) {
    throw new OnnxModelError(`${where}: expected softdtw.hidden to be a list of integers ≥ 1, got ${JSON.stringify(hidden)}. The file is damaged; export it again with toOnnx().`);
  }
  const activation = text('activation') as Activation;
  const loss = text('loss') as ForecastLossKind;
  if (!ACTIVATIONS.includes(activation) || !FORECAST_LOSSES.includes(loss)) {
    throw new OnnxModelError(`${where}: expected softdtw.activation in ${ACTIVATIONS.join('|')} and softdtw.loss in ${FORECAST_LOSSES.join('|')}, got '${activation}' and '${loss}'. The file is damaged; export it again with toOnnx().`);
  }
  const gamma = json('gamma');
  const normalization = json('normalization') as Normalization;
  if (typeof gamma !== 'number' || normalization === null || typeof normalization !== 'object' || (normalization.kind !== 'none' && normalization.kind !== 'standardize')) {
    throw new OnnxModelError(`${where}: expected softdtw.gamma as a number and softdtw.normalization as {kind: 'none'|'standardize'}, got ${JSON.stringify(gamma)} and ${JSON.stringify(normalization)}. The file is damaged; export it again with toOnnx().`);
  }
  return {
    format,
    inputLength: positiveInt('input_length'),
    outputLength: positiveInt('output_length'),
    features: positiveInt('features'),
    hidden: hidden as number[],
    activation,
    loss,
    gamma,
    normalization,
    packageVersion: text('package_version'),
    inputName: text('input_name'),
    outputName: text('output_name'),
  };
}
