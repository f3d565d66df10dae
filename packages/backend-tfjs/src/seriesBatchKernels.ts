/**
 * The 'tfjs' kernels SoftDtwSeriesBatch (synchronous, dataSync) and SoftDtwSeriesBatchAsync
 * (await data()): packed series pairs → soft-DTW values and, when asked, gradients, computed by
 * the batched wavefront (wavefrontForward.ts, wavefrontBackward.ts) in float32 on whatever
 * tfjs backend is active. Contract: @softdtw/core's primitiveNames.ts (SeriesBatchInputs).
 *
 * Pairs are processed in padded chunks (seriesBatchChunks.ts). Every tensor a chunk creates is
 * disposed before the next chunk starts. On tfjs's webgpu backend the synchronous kernel runs
 * core's cpu kernel instead (no synchronous readback there); the async kernel runs on webgpu.
 */
import type { Backend } from '@softdtw/autodiff';
import { softDtwSeriesBatchKernel, type SeriesBatchAttrs, type SeriesBatchInputs, type SeriesBatchOutput } from '@softdtw/core';
import type { Tensor1D, Tensor3D } from '@tensorflow/tfjs-core';
import { checkFloat32Values } from './checkFloat32Values.js';
import { diagonalLayout } from './diagonalLayout.js';
import { padSeriesBatchChunk, planSeriesBatchChunks, type PaddedChunk, type SeriesBatchChunk } from './seriesBatchChunks.js';
import { disposeSeriesOperands, seriesOperandsFromHost } from './SeriesOperands.js';
import { seriesForward, seriesGradients } from './seriesWavefront.js';
import { disposeWeights } from './stackedWeights.js';
import { readsSynchronously, tfjsOf } from './TfjsSoftDtwBackend.js';
import type { TfjsModule } from './TfjsModule.js';
import { wavefrontProblem } from './WavefrontProblem.js';

const KERNEL_NAME = 'SoftDtwSeriesBatch';

/**
 * Soft-DTW values (and gradients) of packed series pairs on tfjs, read back synchronously.
 *
 * @param backend - the 'tfjs' backend
 * @param inputs - packed series, starts and lengths (validated by core)
 * @param attrs - p, gamma, radius, gradients (dtype is ignored: tfjs computes in float32)
 * @returns values [b] and gradX/gradY in the layouts of x/y (or null)
 * @throws NumericalError when a value leaves the float32 range (|value| ≥ 1e29)
 * @example
 * tfjsSeriesBatchKernel(await setBackend('tfjs'), {
 *   x: Float64Array.of(0, 1), y: Float64Array.of(0, 2), xStart: Int32Array.of(0), yStart: Int32Array.of(1),
 *   lengthsX: Int32Array.of(2), lengthsY: Int32Array.of(1),
 * }, { p: 1, gamma: 0, radius: Infinity, gradients: false, dtype: 'float32' }).values[0]; // 5 = (0 − 2)² + (1 − 2)²
 */
export function tfjsSeriesBatchKernel(backend: Backend, inputs: SeriesBatchInputs, attrs: SeriesBatchAttrs): SeriesBatchOutput {
  const { tf, chunkCells } = tfjsOf(backend);
  if (!readsSynchronously(tf)) return softDtwSeriesBatchKernel(backend, inputs, attrs);
  const output = emptyOutput(inputs, attrs);
  for (const chunk of planSeriesBatchChunks(inputs.lengthsX, inputs.lengthsY, chunkCells)) {
    const padded = padSeriesBatchChunk(inputs, attrs.p, chunk);
    const tensors = chunkTensors(tf, padded, chunk, attrs);
    try {
      scatterChunk(output, inputs, attrs.p, chunk, padded, {
        values: tensors.values.dataSync(),
        gradX: tensors.gradX?.dataSync() ?? null,
        gradY: tensors.gradY?.dataSync() ?? null,
      });
    } finally {
      tf.dispose([tensors.values, ...(tensors.gradX === null ? [] : [tensors.gradX]), ...(tensors.gradY === null ? [] : [tensors.gradY])]);
    }
  }
  checkFloat32Values(KERNEL_NAME, output.values);
  return output;
}

/**
 * Same as {@link tfjsSeriesBatchKernel}, reading results with `await data()` (any tfjs backend,
 * webgpu included).
 *
 * @param backend - the 'tfjs' backend
 * @param inputs - packed series, starts and lengths (validated by core)
 * @param attrs - p, gamma, radius, gradients
 * @returns a Promise of values [b] and gradX/gradY (or null)
 * @throws NumericalError when a value leaves the float32 range
 * @example
 * const { values } = await tfjsSeriesBatchAsyncKernel(backend, inputs, attrs);
 */
export async function tfjsSeriesBatchAsyncKernel(backend: Backend, inputs: SeriesBatchInputs, attrs: SeriesBatchAttrs): Promise<SeriesBatchOutput> {
  const { tf, chunkCells } = tfjsOf(backend);
  const output = emptyOutput(inputs, attrs);
  for (const chunk of planSeriesBatchChunks(inputs.lengthsX, inputs.lengthsY, chunkCells)) {
    const padded = padSeriesBatchChunk(inputs, attrs.p, chunk);
    const tensors = chunkTensors(tf, padded, chunk, attrs);
    try {
      const [values, gradX, gradY] = await Promise.all([
        tensors.values.data(),
        tensors.gradX === null ? null : tensors.gradX.data(),
        tensors.gradY === null ? null : tensors.gradY.data(),
      ]);
      scatterChunk(output, inputs, attrs.p, chunk, padded, { values, gradX, gradY });
    } finally {
      tf.dispose([tensors.values, ...(tensors.gradX === null ? [] : [tensors.gradX]), ...(tensors.gradY === null ? [] : [tensors.gradY])]);
    }
  }
  checkFloat32Values(KERNEL_NAME, output.values);
  return output;
}

interface ChunkTensors {
  readonly values: Tensor1D;
  readonly gradX: Tensor3D | null;
  readonly gradY: Tensor3D | null;
}

interface ChunkArrays {
  readonly values: ArrayLike<number>;
  readonly gradX: ArrayLike<number> | null;
  readonly gradY: ArrayLike<number> | null;
}

function chunkTensors(tf: TfjsModule, padded: PaddedChunk, chunk: SeriesBatchChunk, attrs: SeriesBatchAttrs): ChunkTensors {
  const problem = wavefrontProblem(chunk.pairs.length, chunk.n, chunk.m, attrs.gamma, attrs.radius, padded.lengthsX, padded.lengthsY);
  const layout = diagonalLayout(problem);
  const operands = seriesOperandsFromHost(tf, problem, attrs.p, padded.X, padded.Y);
  try {
    const forward = seriesForward(tf, problem, layout, operands, attrs.gradients);
    if (forward.weights === null) return { values: forward.values, gradX: null, gradY: null };
    try {
      const { gradX, gradY } = seriesGradients(tf, problem, layout, operands, forward.weights, null);
      return { values: forward.values, gradX, gradY };
    } catch (error) {
      forward.values.dispose();
      throw error;
    } finally {
      disposeWeights(tf, forward.weights);
    }
  } finally {
    disposeSeriesOperands(tf, operands);
  }
}

function emptyOutput(inputs: SeriesBatchInputs, attrs: SeriesBatchAttrs): SeriesBatchOutput {
  return {
    values: new Float64Array(inputs.lengthsX.length),
    gradX: attrs.gradients ? new Float64Array(inputs.x.length) : null,
    gradY: attrs.gradients ? new Float64Array(inputs.y.length) : null,
  };
}

function scatterChunk(
  output: SeriesBatchOutput,
  inputs: SeriesBatchInputs,
  p: number,
  chunk: SeriesBatchChunk,
  padded: PaddedChunk,
  arrays: ChunkArrays,
): void {
  const { pairs } = chunk;
  const batch = pairs.length;
  for (let slot = 0; slot < batch; slot++) {
    const k = pairs[slot]!;
    output.values[k] = arrays.values[slot]!;
    if (output.gradX !== null && arrays.gradX !== null) {
      copyRows(arrays.gradX, batch, slot, p, output.gradX, inputs.xStart[k]! * p, padded.lengthsX[slot]!);
    }
    if (output.gradY !== null && arrays.gradY !== null) {
      copyRows(arrays.gradY, batch, slot, p, output.gradY, inputs.yStart[k]! * p, padded.lengthsY[slot]!);
    }
  }
}

/** Copies item `slot`'s first `rows` rows out of a time-major [rows, batch, p] buffer. */
function copyRows(from: ArrayLike<number>, batch: number, slot: number, p: number, to: Float64Array, toOffset: number, rows: number): void {
  for (let t = 0; t < rows; t++) {
    const source = (t * batch + slot) * p;
    for (let f = 0; f < p; f++) to[toOffset + t * p + f] = from[source + f]!;
  }
}
