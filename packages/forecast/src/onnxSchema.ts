/**
 * onnxSchema: the subset of onnx.proto (https://github.com/onnx/onnx/blob/main/onnx/onnx.proto) that
 * the forecaster writes and reads, as a protobufjs reflection descriptor with the real field numbers.
 * Writing our own subset avoids a generated ONNX package; unknown fields of foreign models are skipped
 * by the decoder, so reading any ONNX file is safe.
 */
import protobuf from 'protobufjs';

const repeated = (type: string, id: number) => ({ rule: 'repeated', type, id, options: { packed: false } });
const one = (type: string, id: number) => ({ type, id });

const descriptor = {
  nested: {
    onnx: {
      nested: {
        ModelProto: {
          fields: {
            irVersion: one('int64', 1),
            producerName: one('string', 2),
            producerVersion: one('string', 3),
            domain: one('string', 4),
            modelVersion: one('int64', 5),
            docString: one('string', 6),
            graph: one('GraphProto', 7),
            opsetImport: repeated('OperatorSetIdProto', 8),
            metadataProps: repeated('StringStringEntryProto', 14),
          },
        },
        StringStringEntryProto: { fields: { key: one('string', 1), value: one('string', 2) } },
        OperatorSetIdProto: { fields: { domain: one('string', 1), version: one('int64', 2) } },
        GraphProto: {
          fields: {
            node: repeated('NodeProto', 1),
            name: one('string', 2),
            initializer: repeated('TensorProto', 5),
            docString: one('string', 10),
            input: repeated('ValueInfoProto', 11),
            output: repeated('ValueInfoProto', 12),
          },
        },
        NodeProto: {
          fields: {
            input: repeated('string', 1),
            output: repeated('string', 2),
            name: one('string', 3),
            opType: one('string', 4),
            domain: one('string', 7),
          },
        },
        TensorProto: {
          fields: {
            dims: repeated('int64', 1),
            dataType: one('int32', 2),
            name: one('string', 8),
            rawData: one('bytes', 9),
          },
        },
        ValueInfoProto: { fields: { name: one('string', 1), type: one('TypeProto', 2) } },
        TypeProto: { fields: { tensorType: one('TypeProtoTensor', 1) } },
        TypeProtoTensor: { fields: { elemType: one('int32', 1), shape: one('TensorShapeProto', 2) } },
        TensorShapeProto: { fields: { dim: repeated('Dimension', 1) } },
        Dimension: { oneofs: { value: { oneof: ['dimValue', 'dimParam'] } }, fields: { dimValue: one('int64', 1), dimParam: one('string', 2) } },
      },
    },
  },
};

/** ONNX TensorProto.DataType codes used here. */
export const ONNX_FLOAT = 1;
/** ONNX TensorProto.DataType INT64. */
export const ONNX_INT64 = 7;

/** A decoded or to-be-encoded ModelProto (the subset above, camelCase field names). */
export interface OnnxModelProto {
  irVersion?: number;
  producerName?: string;
  producerVersion?: string;
  docString?: string;
  graph?: OnnxGraphProto;
  opsetImport?: { domain?: string; version?: number }[];
  metadataProps?: { key?: string; value?: string }[];
}

/** A GraphProto of the subset. */
export interface OnnxGraphProto {
  node?: { input?: string[]; output?: string[]; name?: string; opType?: string; domain?: string }[];
  name?: string;
  initializer?: { dims?: number[]; dataType?: number; name?: string; rawData?: Uint8Array }[];
  input?: OnnxValueInfo[];
  output?: OnnxValueInfo[];
}

/** A ValueInfoProto of the subset. */
export interface OnnxValueInfo {
  name?: string;
  type?: { tensorType?: { elemType?: number; shape?: { dim?: { dimValue?: number; dimParam?: string }[] } } };
}

let modelType: protobuf.Type | undefined;

function getModelType(): protobuf.Type {
  modelType ??= protobuf.Root.fromJSON(descriptor).lookupType('onnx.ModelProto');
  return modelType;
}

/**
 * Serialises a ModelProto object to bytes.
 *
 * @param model - the model (camelCase fields of the subset)
 * @returns protobuf bytes, loadable by any ONNX runtime
 * @example
 * encodeOnnxModel({ irVersion: 8, graph: { name: 'g' } }).length > 0; // true
 */
export function encodeOnnxModel(model: OnnxModelProto): Uint8Array {
  const type = getModelType();
  return type.encode(type.fromObject(model)).finish();
}

/**
 * Parses ModelProto bytes into plain objects (int64 fields as numbers, bytes as Uint8Array).
 *
 * @param bytes - protobuf bytes
 * @returns the decoded model
 * @throws whatever protobufjs throws on malformed input (callers wrap it in OnnxModelError)
 * @example
 * decodeOnnxModel(encodeOnnxModel({ irVersion: 8 })).irVersion; // 8
 */
export function decodeOnnxModel(bytes: Uint8Array): OnnxModelProto {
  const type = getModelType();
  return type.toObject(type.decode(bytes), { longs: Number, bytes: Uint8Array, defaults: false, arrays: true }) as OnnxModelProto;
}
