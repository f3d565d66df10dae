/**
 * Typed errors of `@softdtw/forecast`. Each has a stable `code` (safe to match on) and a message of the
 * form "<where>: expected <what>, got <what>. <How to fix>." They extend `SoftDtwError` from
 * `@softdtw/autodiff`, so `instanceof SoftDtwError` catches the errors of every `@softdtw/*` package.
 */
import { SoftDtwError } from '@softdtw/autodiff';

/** Every stable error code of this package. */
export type ForecastErrorCode =
  | 'E_FORECAST_INVALID_OPTION'
  | 'E_FORECAST_SHAPE'
  | 'E_FORECAST_ONNX_MODEL'
  | 'E_FORECAST_CHECKPOINT';

/**
 * Base class of every error thrown by `@softdtw/forecast`.
 *
 * @example
 * try { new MlpForecaster({ inputLength: 0, outputLength: 1, hidden: 4 }); } catch (e) { if (e instanceof ForecastError) console.log(e.code); }
 */
export class ForecastError extends SoftDtwError {
  /** Stable machine-readable code. */
  override readonly code: ForecastErrorCode;

  /**
   * @param code - stable code
   * @param message - "<where>: expected …, got …. <fix>."
   */
  constructor(code: ForecastErrorCode, message: string) {
    super(message);
    this.code = code;
    this.name = new.target.name;
  }
}

/**
 * A constructor or fit option is missing, out of range or of the wrong type (code `E_FORECAST_INVALID_OPTION`).
 *
 * @example
 * new InvalidForecastOptionError('MlpForecaster: expected options.hidden to be an integer ≥ 1, got 0. Pass e.g. hidden: 32.');
 */
export class InvalidForecastOptionError extends ForecastError {
  /** @param message - "<where>: expected …, got …. <fix>." */
  constructor(message: string) {
    super('E_FORECAST_INVALID_OPTION', message);
  }
}

/**
 * Inputs or targets do not have the shape the model was built for (code `E_FORECAST_SHAPE`).
 *
 * @example
 * new ForecastShapeError('predict: expected inputs of length 10, got row 0 of length 7. Pass the first 10 steps of each series.');
 */
export class ForecastShapeError extends ForecastError {
  /** @param message - "<where>: expected …, got …. <fix>." */
  constructor(message: string) {
    super('E_FORECAST_SHAPE', message);
  }
}

/**
 * ONNX bytes that are truncated, not an ONNX model, or not a model exported by this package, or that
 * onnxruntime refused (code `E_FORECAST_ONNX_MODEL`).
 *
 * @example
 * new OnnxModelError('loadOnnxForecaster: expected ONNX ModelProto bytes, got 3 bytes that do not decode (index out of range). Pass the whole file written by toOnnx().');
 */
export class OnnxModelError extends ForecastError {
  /** @param message - "<where>: expected …, got …. <fix>." */
  constructor(message: string) {
    super('E_FORECAST_ONNX_MODEL', message);
  }
}

/**
 * A training checkpoint that is malformed or belongs to another model or run (code `E_FORECAST_CHECKPOINT`).
 *
 * @example
 * new CheckpointError('fit: expected a checkpoint of a model with inputLength 10, got 12. Delete the file or pass another path.');
 */
export class CheckpointError extends ForecastError {
  /** @param message - "<where>: expected …, got …. <fix>." */
  constructor(message: string) {
    super('E_FORECAST_CHECKPOINT', message);
  }
}
