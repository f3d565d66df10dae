/**
 * buildOnnxModel: writes the forecaster's forward pass (mlpForward) as an ONNX model — IR version 8,
 * default-domain opset 13 — with float32 weights, a dynamic batch dimension named `batch`, and the
 * description in `metadata_props`.
 *
 * Graph (p = features; the Reshape nodes appear only when p > 1, the normalisation nodes only for
 * `standardize`):
 *
 *     input [batch, L] or [batch, L, p]
 *       → Reshape [-1, L·p] → Sub μ_in → Div σ_in
 *       → (MatMul W_l → Add b_l → Sigmoid|Tanh|Relu) for each hidden layer
 *       → MatMul W_out → Add b_out → Mul σ_out → Add μ_out → Reshape [-1, T, p]
 *     forecast [batch, T] or [batch, T, p]
 */
import { ONNX_INPUT_NAME, ONNX_OUTPUT_NAME, metadataToProps, type ForecasterMetadata } from './ForecasterMetadata.js';
import type { MlpParameters } from './mlpForward.js';
import { tileNormalization } from './Normalization.js';
import { ONNX_FLOAT, ONNX_INT64, encodeOnnxModel, type OnnxGraphProto, type OnnxValueInfo } from './onnxSchema.js';

/** IR version written (TOOLCHAIN.md: the combination verified with onnxruntime-web 1.30). */
export const ONNX_IR_VERSION = 8;
/** Default-domain opset written. */
export const ONNX_OPSET = 13;

type Initializer = NonNullable<OnnxGraphProto['initializer']>[number];
type Node = NonNullable<OnnxGraphProto['node']>[number];

/**
 * Serialises a trained network to ONNX bytes.
 *
 * @param params - dense layers (W [fanIn, fanOut], b [fanOut])
 * @param metadata - the description (lengths, features, activation, normalisation, loss, γ, version)
 * @returns the .onnx file contents
 * @example
 * const bytes = buildOnnxModel(params, metadata); // load with loadOnnxForecaster(bytes)
 */
export function buildOnnxModel(params: MlpParameters, metadata: ForecasterMetadata): Uint8Array {
  const { inputLength, outputLength, features } = metadata;
  const initializers: Initializer[] = [];
  const nodes: Node[] = [];
  let current: string = ONNX_INPUT_NAME;
  const emit = (opType: string, inputs: string[], output: string): void => {
    nodes.push({ opType, input: [current, ...inputs], output: [output], name: output });
    current = output;
  };
  const constant = (name: string, dims: number[], values: ArrayLike<number>): string => {
    initializers.push(floatInitializer(name, dims, values));
    return name;
  };

  if (features > 1) {
    initializers.push(int64Initializer('input_shape', [-1, inputLength * features]));
    emit('Reshape', ['input_shape'], 'input_flat');
  }
  const tiled = tileNormalization(metadata.normalization, inputLength, outputLength);
  if (tiled !== undefined) {
    emit('Sub', [constant('input_mean', [inputLength * features], tiled.inputMean.data)], 'input_centered');
    emit('Div', [constant('input_std', [inputLength * features], tiled.inputStd.data)], 'input_scaled');
  }
  const last = params.layers.length - 1;
  params.layers.forEach((layer, l) => {
    emit('MatMul', [constant(`W${l}`, [...layer.W.shape], layer.W.data)], `matmul${l}`);
    emit('Add', [constant(`b${l}`, [...layer.b.shape], layer.b.data)], l === last ? 'linear_out' : `pre${l}`);
    if (l !== last) emit(ACTIVATION_OPS[metadata.activation], [], `hidden${l}`);
  });
  if (tiled !== undefined) {
    emit('Mul', [constant('output_std', [outputLength * features], tiled.outputStd.data)], 'output_scaled');
    emit('Add', [constant('output_mean', [outputLength * features], tiled.outputMean.data)], 'output_flat');
  }
  if (features > 1) {
    initializers.push(int64Initializer('output_shape', [-1, outputLength, features]));
    emit('Reshape', ['output_shape'], 'output_series');
  }
  // The last node writes the graph output.
  const lastNode = nodes[nodes.length - 1];
  lastNode.output = [ONNX_OUTPUT_NAME];
  lastNode.name = ONNX_OUTPUT_NAME;

  const inputDims = features > 1 ? ['batch', inputLength, features] : ['batch', inputLength];
  const outputDims = features > 1 ? ['batch', outputLength, features] : ['batch', outputLength];
  return encodeOnnxModel({
    irVersion: ONNX_IR_VERSION,
    producerName: '@softdtw/forecast',
    producerVersion: metadata.packageVersion,
    docString: `MLP forecaster: ${inputLength} steps in, ${outputLength} steps out, ${features} feature(s), trained with ${metadata.loss} loss.`,
    graph: {
      name: 'mlp_forecaster',
      node: nodes,
      initializer: initializers,
      input: [valueInfo(ONNX_INPUT_NAME, inputDims)],
      output: [valueInfo(ONNX_OUTPUT_NAME, outputDims)],
    },
    opsetImport: [{ domain: '', version: ONNX_OPSET }],
    metadataProps: metadataToProps(metadata),
  });
}

const ACTIVATION_OPS = { sigmoid: 'Sigmoid', tanh: 'Tanh', relu: 'Relu' } as const;

function floatInitializer(name: string, dims: number[], values: ArrayLike<number>): Initializer {
  const bytes = new Uint8Array(values.length * 4);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < values.length; i++) view.setFloat32(i * 4, values[i], true); // ONNX raw_data is little-endian
  return { name, dims, dataType: ONNX_FLOAT, rawData: bytes };
}

function int64Initializer(name: string, values: number[]): Initializer {
  const bytes = new Uint8Array(values.length * 8);
  const view = new DataView(bytes.buffer);
  values.forEach((v, i) => view.setBigInt64(i * 8, BigInt(v), true));
  return { name, dims: [values.length], dataType: ONNX_INT64, rawData: bytes };
}

function valueInfo(name: string, dims: (string | number)[]): OnnxValueInfo {
  return {
    name,
    type: {
      tensorType: {
        elemType: ONNX_FLOAT,
        shape: { dim: dims.map((d) => (typeof d === 'string' ? { dimParam: d } : { dimValue: d })) },
      },
    },
  };
}
