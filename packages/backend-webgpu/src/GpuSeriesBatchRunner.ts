/// <reference types="@webgpu/types" preserve="true" />
/**
 * Runs the series-batch contract (values, optionally gradients, of many packed series pairs) on
 * one GPU device: plan → upload (float64 → float32) → forward dispatches by tile anti-diagonal →
 * (backward dispatches in reverse → gradient dispatches) → one readback. Buffers are kept and
 * reused across calls; calls must not overlap (WebGpuBackend serialises them).
 *
 * A batch whose buffers would exceed the device's binding limit is split into chunks of whole
 * pairs, each run on its own; a single pair that alone exceeds it is a WebGpuLimitError.
 */
import type { SeriesBatchAttrs, SeriesBatchInputs, SeriesBatchOutput } from '@softdtw/core';
import type { GpuContext } from './createGpuContext.js';
import { BUFFER_USAGE, MAP_MODE_READ } from './gpuFlags.js';
import { GrowableBuffer } from './GrowableBuffer.js';
import { NO_BAND_RADIUS, pairEdgeFloats, pairTileCount, planSeriesBatch, PAIR_WORDS, WORK_WORDS, type SeriesBatchPlan } from './planSeriesBatch.js';
import { WebGpuExecutionError, WebGpuLimitError } from './WebGpuError.js';

/** Bytes between two dispatches' parameter blocks (minUniformBufferOffsetAlignment's default). */
const PARAMS_STRIDE = 256;
/** Bytes of the WGSL Params struct. */
const PARAMS_BYTES = 64;
/** Workgroups per dispatch dimension (maxComputeWorkgroupsPerDimension's default). */
const MAX_WORKGROUPS_PER_DIMENSION = 65535;
/** Invocations per workgroup of the gradient kernel (GRADIENT_WORKGROUP in the WGSL). */
const GRADIENT_WORKGROUP = 64;
/** Smallest γ > 0 sent to the GPU: 1/γ must stay a finite float32 (the value moves by < γ·log 3). */
const MIN_GAMMA_F32 = 1e-37;

type PipelineName = 'forward' | 'backward' | 'gradient';

interface Dispatch {
  readonly pipeline: PipelineName;
  readonly workgroups: number;
  readonly fields: DispatchFields;
}

interface DispatchFields {
  readonly listStart?: number;
  readonly listCount?: number;
  readonly storeWeights?: boolean;
  readonly rowCount?: number;
  readonly ownerBase?: number;
  readonly outBase?: number;
  readonly forY?: boolean;
}

/**
 * Executes series batches on a GPU context, reusing its buffers.
 *
 * @example
 * const runner = new GpuSeriesBatchRunner(await createGpuContext({ gpu }));
 * const { values } = await runner.run(inputs, { p: 1, gamma: 1, radius: Infinity, gradients: false, dtype: 'float32' });
 */
export class GpuSeriesBatchRunner {
  private readonly params = new GrowableBuffer('softdtw-params', BUFFER_USAGE.UNIFORM | BUFFER_USAGE.COPY_DST);
  private readonly series = new GrowableBuffer('softdtw-series', BUFFER_USAGE.STORAGE | BUFFER_USAGE.COPY_DST);
  private readonly plan = new GrowableBuffer('softdtw-plan', BUFFER_USAGE.STORAGE | BUFFER_USAGE.COPY_DST);
  private readonly edges = new GrowableBuffer('softdtw-edges', BUFFER_USAGE.STORAGE);
  private readonly out = new GrowableBuffer('softdtw-out', BUFFER_USAGE.STORAGE | BUFFER_USAGE.COPY_SRC);
  private readonly wDiag = new GrowableBuffer('softdtw-weights-diag', BUFFER_USAGE.STORAGE);
  private readonly wUp = new GrowableBuffer('softdtw-weights-up', BUFFER_USAGE.STORAGE);
  private readonly wLeft = new GrowableBuffer('softdtw-weights-left', BUFFER_USAGE.STORAGE);
  private readonly readback = new GrowableBuffer('softdtw-readback', BUFFER_USAGE.MAP_READ | BUFFER_USAGE.COPY_DST);

  /** @param ctx - device and pipelines */
  constructor(readonly ctx: GpuContext) {}

  /**
   * Values (and gradients) of the packed pairs, computed in float32 on the GPU.
   *
   * @param inputs - packed series (validated by core), see SeriesBatchInputs
   * @param attrs - p, gamma, radius, gradients (dtype is ignored: always float32)
   * @returns values [b] and, with gradients, gradX / gradY in x's / y's layout (float64 arrays)
   * @throws WebGpuLimitError when one pair alone exceeds the device's buffer limit
   * @throws WebGpuExecutionError when the GPU reports a validation or out-of-memory error
   * @example
   * await runner.run(inputs, { p: 1, gamma: 0.1, radius: Infinity, gradients: true, dtype: 'float32' });
   */
  async run(inputs: SeriesBatchInputs, attrs: SeriesBatchAttrs): Promise<SeriesBatchOutput> {
    const pairs = inputs.lengthsX.length;
    const gradients = attrs.gradients;
    if (pairs === 0) {
      return {
        values: new Float64Array(0),
        gradX: gradients ? new Float64Array(inputs.x.length) : null,
        gradY: gradients ? new Float64Array(inputs.y.length) : null,
      };
    }
    const radius = gpuRadius(attrs.radius);
    const chunks = this.splitIntoChunks(inputs, attrs.p, radius, gradients);
    if (chunks === null) return this.runChunk(inputs, attrs, radius);
    const values = new Float64Array(pairs);
    const gradX = gradients ? new Float64Array(inputs.x.length) : null;
    const gradY = gradients ? new Float64Array(inputs.y.length) : null;
    for (const [first, end] of chunks) {
      const sub = extractPairs(inputs, attrs.p, first, end);
      const result = await this.runChunk(sub, attrs, radius);
      values.set(result.values, first);
      if (gradX !== null && gradY !== null && result.gradX !== null && result.gradY !== null) {
        const p = attrs.p;
        for (let k = first; k < end; k++) {
          const q = k - first;
          gradX.set(result.gradX.subarray(sub.xStart[q] * p, (sub.xStart[q] + sub.lengthsX[q]) * p), inputs.xStart[k] * p);
          gradY.set(result.gradY.subarray(sub.yStart[q] * p, (sub.yStart[q] + sub.lengthsY[q]) * p), inputs.yStart[k] * p);
        }
      }
    }
    return { values, gradX, gradY };
  }

  /**
   * Frees every GPU buffer (they are re-created by the next run).
   *
   * @returns nothing
   * @example
   * runner.release();
   */
  release(): void {
    for (const buffer of [this.params, this.series, this.plan, this.edges, this.out, this.wDiag, this.wUp, this.wLeft, this.readback]) buffer.release();
  }

  /** null when the whole batch fits in one run; else [first, end) pair ranges. */
  private splitIntoChunks(inputs: SeriesBatchInputs, p: number, radius: number, gradients: boolean): Array<[number, number]> | null {
    const limit = this.ctx.maxBindingBytes;
    const tile = this.ctx.tile;
    const pairs = inputs.lengthsX.length;
    const cellBytes = 4 * tile * tile;
    const footprint = (k: number): Footprint => {
      const n = inputs.lengthsX[k];
      const m = inputs.lengthsY[k];
      const tiles = pairTileCount(n, m, tile, radius);
      return {
        weights: gradients ? tiles * cellBytes : 0,
        edges: 4 * pairEdgeFloats(n, m, tile),
        series: 4 * (n + m) * p,
        plan: 4 * (PAIR_WORDS + (WORK_WORDS + (gradients ? 1 : 0)) * tiles + (gradients ? n + m : 0)),
        out: 4 * (1 + (gradients ? (n + m) * p : 0)),
      };
    };
    const feet: Footprint[] = [];
    const total: Footprint = { weights: 0, edges: 0, series: 4 * (inputs.x.length + inputs.y.length), plan: 0, out: 4 * pairs };
    for (let k = 0; k < pairs; k++) {
      const f = footprint(k);
      feet.push(f);
      total.weights += f.weights;
      total.edges += f.edges;
      total.plan += f.plan;
      if (gradients) total.out += f.out - 4;
    }
    if (fitsWithin(total, limit)) return null;
    const chunks: Array<[number, number]> = [];
    let first = 0;
    let sum: Footprint = { weights: 0, edges: 0, series: 0, plan: 0, out: 0 };
    for (let k = 0; k < pairs; k++) {
      const f = feet[k];
      if (!fitsWithin(f, limit)) {
        throw new WebGpuLimitError(
          `webgpu: expected every pair to fit the device's buffer limit of ${formatBytes(limit)}, got pair ${k} (n = ${inputs.lengthsX[k]}, m = ${inputs.lengthsY[k]}) ` +
            `needing ${formatBytes(Math.max(f.weights, f.edges, f.series, f.plan, f.out))} in one buffer${gradients ? ' (float32 soft-min weights, 4 bytes per cell in each of 3 buffers)' : ''}. ` +
            'Use a Sakoe-Chiba band, split the series, or compute this pair on the cpu or wasm backend.',
        );
      }
      const next = addFootprints(sum, f);
      if (k > first && !fitsWithin(next, limit)) {
        chunks.push([first, k]);
        first = k;
        sum = f;
      } else {
        sum = next;
      }
    }
    chunks.push([first, pairs]);
    return chunks;
  }

  private async runChunk(inputs: SeriesBatchInputs, attrs: SeriesBatchAttrs, radius: number): Promise<SeriesBatchOutput> {
    const { device, tile, maxBindingBytes } = this.ctx;
    const { x, y } = inputs;
    const { p, gradients } = attrs;
    const pairs = inputs.lengthsX.length;
    const plan = planSeriesBatch({ ...inputs, xRows: x.length / p, yRows: y.length / p }, tile, radius, gradients);
    const seriesData = new Float32Array(x.length + y.length);
    seriesData.set(x);
    seriesData.set(y, x.length);
    const outFloats = pairs + (gradients ? x.length + y.length : 0);
    const dispatches = buildDispatches(plan, gradients, pairs, x.length, y.length, p);
    const paramsData = packParams(dispatches, attrs, plan, x.length, radius);

    device.pushErrorScope('out-of-memory');
    device.pushErrorScope('validation');
    const weightBytes = gradients ? 4 * plan.tileCount * tile * tile : 4;
    const buffers = {
      params: this.params.ensure(device, paramsData.byteLength, maxBindingBytes),
      series: this.series.ensure(device, seriesData.byteLength, maxBindingBytes),
      plan: this.plan.ensure(device, plan.words.byteLength, maxBindingBytes),
      edges: this.edges.ensure(device, 4 * plan.edgeFloats, maxBindingBytes),
      out: this.out.ensure(device, 4 * outFloats, maxBindingBytes),
      wDiag: this.wDiag.ensure(device, weightBytes, maxBindingBytes),
      wUp: this.wUp.ensure(device, weightBytes, maxBindingBytes),
      wLeft: this.wLeft.ensure(device, weightBytes, maxBindingBytes),
      readback: this.readback.ensure(device, 4 * outFloats, maxBindingBytes),
    };
    device.queue.writeBuffer(buffers.params, 0, paramsData);
    device.queue.writeBuffer(buffers.series, 0, seriesData);
    device.queue.writeBuffer(buffers.plan, 0, plan.words);
    const bindGroup = device.createBindGroup({
      layout: this.ctx.layout,
      entries: [
        { binding: 0, resource: { buffer: buffers.params, size: PARAMS_BYTES } },
        { binding: 1, resource: { buffer: buffers.series } },
        { binding: 2, resource: { buffer: buffers.plan } },
        { binding: 3, resource: { buffer: buffers.edges } },
        { binding: 4, resource: { buffer: buffers.out } },
        { binding: 5, resource: { buffer: buffers.wDiag } },
        { binding: 6, resource: { buffer: buffers.wUp } },
        { binding: 7, resource: { buffer: buffers.wLeft } },
      ],
    });
    const encoder = device.createCommandEncoder({ label: 'softdtw' });
    const pass = encoder.beginComputePass({ label: 'softdtw' });
    dispatches.forEach((dispatch, index) => {
      pass.setPipeline(this.ctx[dispatch.pipeline]);
      pass.setBindGroup(0, bindGroup, [index * PARAMS_STRIDE]);
      const columns = Math.min(dispatch.workgroups, MAX_WORKGROUPS_PER_DIMENSION);
      pass.dispatchWorkgroups(columns, Math.ceil(dispatch.workgroups / columns));
    });
    pass.end();
    encoder.copyBufferToBuffer(buffers.out, 0, buffers.readback, 0, 4 * outFloats);
    device.queue.submit([encoder.finish()]);
    const validation = await device.popErrorScope();
    const memory = await device.popErrorScope();
    const error = validation ?? memory;
    if (error !== null) {
      throw new WebGpuExecutionError(
        `webgpu: expected the soft-DTW dispatches to run, got ${validation === null ? 'an out-of-memory' : 'a validation'} error: ${error.message}. ` +
          'Reduce the batch (or use a band), or report the message if it persists.',
      );
    }
    await buffers.readback.mapAsync(MAP_MODE_READ, 0, 4 * outFloats);
    const result = new Float32Array(buffers.readback.getMappedRange(0, 4 * outFloats).slice(0));
    buffers.readback.unmap();
    return {
      values: Float64Array.from(result.subarray(0, pairs)),
      gradX: gradients ? Float64Array.from(result.subarray(pairs, pairs + x.length)) : null,
      gradY: gradients ? Float64Array.from(result.subarray(pairs + x.length, outFloats)) : null,
    };
  }
}

interface Footprint {
  weights: number;
  edges: number;
  series: number;
  plan: number;
  out: number;
}

function fitsWithin(f: Footprint, limit: number): boolean {
  return f.weights <= limit && f.edges <= limit && f.series <= limit && f.plan <= limit && f.out <= limit;
}

function addFootprints(a: Footprint, b: Footprint): Footprint {
  return { weights: a.weights + b.weights, edges: a.edges + b.edges, series: a.series + b.series, plan: a.plan + b.plan, out: a.out + b.out };
}

function formatBytes(bytes: number): string {
  return bytes >= 2 ** 20 ? `${(bytes / 2 ** 20).toFixed(1)} MiB` : `${bytes} bytes`;
}

/** The band radius as the kernels' i32: Infinity and huge radii become NO_BAND_RADIUS. */
function gpuRadius(radius: number): number {
  return Number.isFinite(radius) && radius < NO_BAND_RADIUS ? Math.floor(radius) : NO_BAND_RADIUS;
}

/** Copies pairs [first, end) into their own packed buffers (each pair owning its rows). */
function extractPairs(inputs: SeriesBatchInputs, p: number, first: number, end: number): SeriesBatchInputs {
  const count = end - first;
  const xStart = new Int32Array(count);
  const yStart = new Int32Array(count);
  const lengthsX = inputs.lengthsX.slice(first, end);
  const lengthsY = inputs.lengthsY.slice(first, end);
  let xRows = 0;
  let yRows = 0;
  for (let q = 0; q < count; q++) {
    xStart[q] = xRows;
    yStart[q] = yRows;
    xRows += lengthsX[q];
    yRows += lengthsY[q];
  }
  const x = new Float64Array(xRows * p);
  const y = new Float64Array(yRows * p);
  for (let q = 0; q < count; q++) {
    const k = first + q;
    x.set(inputs.x.subarray(inputs.xStart[k] * p, (inputs.xStart[k] + lengthsX[q]) * p), xStart[q] * p);
    y.set(inputs.y.subarray(inputs.yStart[k] * p, (inputs.yStart[k] + lengthsY[q]) * p), yStart[q] * p);
  }
  return { x, y, xStart, yStart, lengthsX, lengthsY };
}

function buildDispatches(plan: SeriesBatchPlan, gradients: boolean, pairs: number, xLength: number, yLength: number, p: number): Dispatch[] {
  const dispatches: Dispatch[] = [];
  for (const d of plan.diagonals) {
    if (d.count > 0) dispatches.push({ pipeline: 'forward', workgroups: d.count, fields: { listStart: d.start, listCount: d.count, storeWeights: gradients } });
  }
  if (!gradients) return dispatches;
  for (let index = plan.diagonals.length - 1; index >= 0; index--) {
    const d = plan.diagonals[index];
    if (d.count > 0) dispatches.push({ pipeline: 'backward', workgroups: d.count, fields: { listStart: d.start, listCount: d.count } });
  }
  const xRows = xLength / p;
  const yRows = yLength / p;
  dispatches.push({
    pipeline: 'gradient',
    workgroups: Math.ceil(xRows / GRADIENT_WORKGROUP),
    fields: { rowCount: xRows, ownerBase: plan.ownerXBase, outBase: pairs, forY: false },
  });
  dispatches.push({
    pipeline: 'gradient',
    workgroups: Math.ceil(yRows / GRADIENT_WORKGROUP),
    fields: { rowCount: yRows, ownerBase: plan.ownerYBase, outBase: pairs + xLength, forY: true },
  });
  return dispatches;
}

function packParams(dispatches: readonly Dispatch[], attrs: SeriesBatchAttrs, plan: SeriesBatchPlan, xLength: number, radius: number): ArrayBuffer {
  const buffer = new ArrayBuffer(dispatches.length * PARAMS_STRIDE);
  const u32 = new Uint32Array(buffer);
  const f32 = new Float32Array(buffer);
  const i32 = new Int32Array(buffer);
  const gamma = attrs.gamma === 0 ? 0 : Math.max(attrs.gamma, MIN_GAMMA_F32);
  dispatches.forEach((dispatch, index) => {
    const at = (index * PARAMS_STRIDE) / 4;
    const f = dispatch.fields;
    u32[at] = f.listStart ?? 0;
    u32[at + 1] = f.listCount ?? 0;
    u32[at + 2] = attrs.p;
    u32[at + 3] = xLength;
    f32[at + 4] = gamma;
    f32[at + 5] = gamma === 0 ? 0 : 1 / gamma;
    i32[at + 6] = radius;
    u32[at + 7] = f.storeWeights === true ? 1 : 0;
    u32[at + 8] = plan.workBase;
    u32[at + 9] = f.rowCount ?? 0;
    u32[at + 10] = f.ownerBase ?? 0;
    u32[at + 11] = f.outBase ?? 0;
    u32[at + 12] = f.forY === true ? 1 : 0;
  });
  return buffer;
}
