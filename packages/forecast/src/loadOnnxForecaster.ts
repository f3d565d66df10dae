/**
 * loadOnnxForecaster: runs a model exported by `MlpForecaster.toOnnx()` with onnxruntime-web (WASM
 * execution provider; works in Node and in browsers), after checking the bytes and reading the
 * model's metadata. Inputs are checked against the metadata before they reach the runtime, so a
 * wrong shape is a typed error, not a runtime abort.
 */
import * as ort from 'onnxruntime-web';
import { OnnxModelError } from './errors.js';
import type { ForecasterMetadata } from './ForecasterMetadata.js';
import { decodeForecasterModel } from './readForecasterMetadata.js';
import { readSeriesBatch, type SeriesBatch } from './readSeriesBatch.js';

/** A loaded ONNX forecaster. */
export interface OnnxForecaster {
  /** What the model says about itself (lengths, features, loss, γ, normalisation, version). */
  readonly metadata: ForecasterMetadata;
  /**
   * Forecasts with onnxruntime (float32).
   *
   * @param inputs - N series of inputLength steps: number[][], number[][][] (p > 1) or Tensor [N, L(, p)]
   * @returns N rows of outputLength·p numbers (time-major), as MlpForecaster.predict
   * @throws ForecastShapeError for inputs of the wrong shape
   */
  predict(inputs: SeriesBatch): Promise<number[][]>;
  /** Releases the onnxruntime session. */
  release(): Promise<void>;
}

/** Options of {@link loadOnnxForecaster}. */
export interface LoadOnnxForecasterOptions {
  /** WASM threads for onnxruntime-web (default 1: no worker threads, exits cleanly everywhere). */
  readonly numThreads?: number;
}

/**
 * Loads exported ONNX bytes into an onnxruntime-web session.
 *
 * @param bytes - the whole .onnx file written by toOnnx()
 * @param options - numThreads (default 1)
 * @returns the forecaster: metadata, predict(inputs), release()
 * @throws OnnxModelError for truncated, foreign or damaged bytes, or when onnxruntime refuses the model
 * @example
 * const onnx = await loadOnnxForecaster(model.toOnnx());
 * await onnx.predict([[0, 1, 2, 3, 4, 5]]); // ≈ model.predict(…) within float32 rounding
 */
export async function loadOnnxForecaster(bytes: Uint8Array, options: LoadOnnxForecasterOptions = {}): Promise<OnnxForecaster> {
  const where = 'loadOnnxForecaster';
  const { metadata } = decodeForecasterModel(where, bytes);
  ort.env.wasm.numThreads = options.numThreads ?? 1;
  let session: ort.InferenceSession;
  try {
    session = await ort.InferenceSession.create(bytes, { executionProviders: ['wasm'] });
  } catch (error) {
    throw new OnnxModelError(
      `${where}: expected onnxruntime-web to accept the model, got: ${(error as Error).message}. The file is damaged or was written by an incompatible version; export it again with toOnnx().`,
    );
  }
  const { inputLength, outputLength, features, inputName, outputName } = metadata;
  return {
    metadata,
    async predict(inputs: SeriesBatch): Promise<number[][]> {
      const x = readSeriesBatch('OnnxForecaster.predict', 'inputs', inputs, inputLength, features);
      const dims = features > 1 ? [x.count, inputLength, features] : [x.count, inputLength];
      const results = await session.run({ [inputName]: new ort.Tensor('float32', Float32Array.from(x.data), dims) });
      const y = results[outputName].data as Float32Array;
      const width = outputLength * features;
      return Array.from({ length: x.count }, (_, i) => Array.from(y.subarray(i * width, (i + 1) * width)));
    },
    release: () => session.release(),
  };
}
