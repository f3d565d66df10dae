import { describe, expect, it } from 'vitest';
import { ONNX_IR_VERSION, ONNX_OPSET } from './buildOnnxModel.js';
import { MlpForecaster } from './MlpForecaster.js';
import { decodeOnnxModel } from './onnxSchema.js';
import { readForecasterMetadata } from './readForecasterMetadata.js';

describe('toOnnx / buildOnnxModel', () => {
  it('writes IR 8, opset 13, named inputs/outputs with a dynamic batch dimension, and the expected nodes', () => {
    const model = new MlpForecaster({ inputLength: 6, outputLength: 4, hidden: 5, activation: 'tanh' });
    const proto = decodeOnnxModel(model.toOnnx());
    expect([ONNX_IR_VERSION, ONNX_OPSET]).toEqual([8, 13]);
    expect(proto.irVersion).toBe(8);
    expect(proto.opsetImport).toEqual([{ domain: '', version: 13 }]);
    const dims = (v: { type?: { tensorType?: { shape?: { dim?: unknown[] } } } } | undefined) => v?.type?.tensorType?.shape?.dim;
    expect(proto.graph?.input?.[0].name).toBe('input');
    expect(dims(proto.graph?.input?.[0])).toEqual([{ dimParam: 'batch' }, { dimValue: 6 }]);
    expect(proto.graph?.output?.[0].name).toBe('forecast');
    expect(dims(proto.graph?.output?.[0])).toEqual([{ dimParam: 'batch' }, { dimValue: 4 }]);
    expect(proto.graph?.node?.map((n) => n.opType)).toEqual(['MatMul', 'Add', 'Tanh', 'MatMul', 'Add']);
    expect(proto.graph?.node?.at(-1)?.output).toEqual(['forecast']);
  });

  it('adds Reshape for multivariate series and the standardisation nodes around the network', () => {
    const model = new MlpForecaster({ inputLength: 6, outputLength: 4, hidden: [5, 3], features: 2, normalization: 'standardize' });
    model.fit([Array.from({ length: 6 }, (_, t) => [t, -t])], [Array.from({ length: 4 }, (_, t) => [t, 1])], { epochs: 1 });
    const proto = decodeOnnxModel(model.toOnnx());
    expect(proto.graph?.node?.map((n) => n.opType)).toEqual(['Reshape', 'Sub', 'Div', 'MatMul', 'Add', 'Sigmoid', 'MatMul', 'Add', 'Sigmoid', 'MatMul', 'Add', 'Mul', 'Add', 'Reshape']);
    const outputDims = proto.graph?.output?.[0].type?.tensorType?.shape?.dim;
    expect(outputDims).toEqual([{ dimParam: 'batch' }, { dimValue: 4 }, { dimValue: 2 }]);
    const w0 = proto.graph?.initializer?.find((t) => t.name === 'W0');
    expect(w0?.dims).toEqual([12, 5]);
    expect(w0?.rawData?.length).toBe(12 * 5 * 4);
  });

  it('round-trips the metadata through metadata_props', () => {
    const model = new MlpForecaster({ inputLength: 7, outputLength: 2, hidden: [3], loss: 'divergence', gamma: 0.001 });
    const metadata = readForecasterMetadata(model.toOnnx());
    expect(metadata).toEqual(model.metadata());
    const props = decodeOnnxModel(model.toOnnx()).metadataProps ?? [];
    expect(Object.fromEntries(props.map((p) => [p.key, p.value]))).toMatchObject({
      'softdtw.input_length': '7',
      'softdtw.output_length': '2',
      'softdtw.loss': 'divergence',
      'softdtw.gamma': '0.001',
      'softdtw.normalization': '{"kind":"none"}',
      'softdtw.package_version': '0.0.0',
    });
  });
});
