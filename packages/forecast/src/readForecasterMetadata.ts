/**
 * readForecasterMetadata: decodes exported ONNX bytes and returns the forecaster's description,
 * failing with a typed error on bytes that are truncated, foreign or damaged. Pure protobuf parsing:
 * no onnxruntime needed (it is in the main entry).
 */
import { OnnxModelError } from './errors.js';
import { propsToMetadata, type ForecasterMetadata } from './ForecasterMetadata.js';
import { decodeOnnxModel, type OnnxModelProto } from './onnxSchema.js';

/**
 * Reads the metadata of a model written by `MlpForecaster.toOnnx()`.
 *
 * @param bytes - the whole .onnx file
 * @returns input/output lengths, features, architecture, normalisation, loss, γ and package version
 * @throws OnnxModelError for bytes that do not decode, lack the graph, or were not exported by this package
 * @example
 * readForecasterMetadata(model.toOnnx()).outputLength; // model.outputLength
 */
export function readForecasterMetadata(bytes: Uint8Array): ForecasterMetadata {
  return decodeForecasterModel('readForecasterMetadata', bytes).metadata;
}

/**
 * Decodes and checks exported ONNX bytes (shared by readForecasterMetadata and loadOnnxForecaster).
 *
 * @param where - public function name, for messages
 * @param bytes - the whole .onnx file
 * @returns the decoded model and its metadata
 * @throws OnnxModelError as readForecasterMetadata
 * @example
 * decodeForecasterModel('load', bytes).metadata.inputName; // 'input'
 */
export function decodeForecasterModel(where: string, bytes: Uint8Array): { model: OnnxModelProto; metadata: ForecasterMetadata } {
  if (!(bytes instanceof Uint8Array) || bytes.length === 0) {
    throw new OnnxModelError(
      `${where}: expected the bytes of an .onnx file as a non-empty Uint8Array, got ${bytes instanceof Uint8Array ? 'an empty array' : typeof bytes}. Read the file with fs.readFileSync (a Buffer is a Uint8Array) or fetch(...).arrayBuffer().`,
    );
  }
  let model: OnnxModelProto;
  try {
    model = decodeOnnxModel(bytes);
  } catch (error) {
    throw new OnnxModelError(
      `${where}: expected ONNX ModelProto bytes, got ${bytes.length} bytes that do not decode (${(error as Error).message}). The file is truncated or not an ONNX model; export it again with toOnnx().`,
    );
  }
  const metadata = propsToMetadata(where, model.metadataProps ?? []);
  const graph = model.graph;
  const hasIo = graph?.input?.some((v) => v.name === metadata.inputName) && graph.output?.some((v) => v.name === metadata.outputName);
  if (!hasIo || (graph?.node?.length ?? 0) === 0) {
    throw new OnnxModelError(
      `${where}: expected a graph with input '${metadata.inputName}', output '${metadata.outputName}' and nodes, got ${graph === undefined ? 'no graph' : 'an incomplete graph'}. The file is truncated or damaged; export it again with toOnnx().`,
    );
  }
  return { model, metadata };
}
