/// <reference types="@webgpu/types" preserve="true" />
/**
 * Acquiring a GPU: the WebGPU entry point (`navigator.gpu`, or a `GPU` object given by the
 * caller, e.g. `create([])` from Node's `webgpu` package), an adapter, a device with the
 * adapter's largest buffer limits, and the compiled soft-DTW pipelines (created once).
 */
import { SHADER_STAGE_COMPUTE } from './gpuFlags.js';
import { softDtwWgsl } from './softDtwWgsl.js';

/** Tile side T = workgroup size of the DP kernels (SwiftShader's and WebGPU's default cap is 256). */
export const DEFAULT_TILE = 128;

/**
 * Invocations per DP workgroup on CPU adapters (SwiftShader): one 4-wide SIMD group, so barriers
 * cost nothing there; rows per invocation = tile / 4 (measured, see the README's timings).
 */
export const CPU_ADAPTER_INVOCATIONS = 4;

/** Options of the GPU acquisition (and of registerWebGpuBackend). */
export interface WebGpuOptions {
  /** The WebGPU entry point; default `navigator.gpu`. In Node: `await createNodeGpu()` from `@softdtw/backend-webgpu/node`. */
  readonly gpu?: GPU;
  /** Passed to requestAdapter. */
  readonly powerPreference?: GPUPowerPreference;
  /** Tile side T (32…256, a multiple of 32; default 128). Larger tiles: fewer dispatches, more idle lanes on short pairs. */
  readonly tile?: number;
  /**
   * Rows per invocation R (a power of two dividing T; default 1 on GPUs, T/4 on CPU adapters such
   * as SwiftShader, where every barrier costs a switch between emulated invocations).
   */
  readonly rowsPerInvocation?: number;
  /**
   * Cap on the bytes of one GPU buffer (default and maximum: the adapter's maxStorageBufferBindingSize
   * and maxBufferSize). Batches that need more are split into chunks of whole pairs.
   */
  readonly maxBufferBytes?: number;
}

/** Everything a run needs from the device. */
export interface GpuContext {
  readonly device: GPUDevice;
  readonly tile: number;
  readonly rowsPerInvocation: number;
  readonly layout: GPUBindGroupLayout;
  readonly forward: GPUComputePipeline;
  readonly backward: GPUComputePipeline;
  readonly gradient: GPUComputePipeline;
  /** Largest size of one storage binding and of one buffer, bytes. */
  readonly maxBindingBytes: number;
  /** Adapter description for logs and READMEs. */
  readonly adapterDescription: string;
}

/**
 * The WebGPU entry point to use: the given one, else `navigator.gpu`, else undefined.
 *
 * @param gpu - an explicit entry point, or undefined
 * @returns the entry point or undefined
 * @example
 * resolveGpu(undefined); // navigator.gpu in a WebGPU browser, undefined in plain Node
 */
export function resolveGpu(gpu: GPU | undefined): GPU | undefined {
  if (gpu !== undefined) return gpu;
  const nav = (globalThis as { navigator?: { gpu?: GPU } }).navigator;
  return nav?.gpu ?? undefined;
}

/**
 * Requests an adapter and a device and builds the pipelines.
 *
 * @param options - gpu, powerPreference, tile
 * @returns the context
 * @throws Error "webgpu: no adapter — navigator.gpu.requestAdapter() returned null" (and other reasons, each a sentence)
 * @example
 * const ctx = await createGpuContext({ gpu: await createNodeGpu() });
 */
export async function createGpuContext(options: WebGpuOptions): Promise<GpuContext> {
  const gpu = resolveGpu(options.gpu);
  const source = options.gpu === undefined ? 'navigator.gpu' : 'gpu';
  if (gpu === undefined) {
    throw new Error('webgpu: no WebGPU entry point — navigator.gpu is undefined and no { gpu } option was given');
  }
  const tile = options.tile ?? DEFAULT_TILE;
  if (!Number.isInteger(tile) || tile < 32 || tile > 256 || tile % 32 !== 0) {
    throw new Error(`webgpu: expected tile to be a multiple of 32 in [32, 256], got ${String(tile)}`);
  }
  const adapter = await gpu.requestAdapter(options.powerPreference === undefined ? {} : { powerPreference: options.powerPreference });
  if (adapter === null) {
    throw new Error(
      `webgpu: no adapter — ${source}.requestAdapter() returned null` +
        (source === 'gpu' ? ' (in Node, Dawn needs a Vulkan driver: e.g. VK_ICD_FILENAMES=/usr/lib/chromium/vk_swiftshader_icd.json)' : ''),
    );
  }
  const info = adapter.info;
  const cpuAdapter = info.architecture === 'swiftshader' || (info as { isFallbackAdapter?: boolean }).isFallbackAdapter === true;
  const rows = options.rowsPerInvocation ?? (cpuAdapter ? tile / CPU_ADAPTER_INVOCATIONS : 1);
  if (!Number.isInteger(rows) || rows < 1 || tile % rows !== 0 || (rows & (rows - 1)) !== 0) {
    throw new Error(`webgpu: expected rowsPerInvocation to be a power of two dividing the tile ${tile}, got ${String(rows)}`);
  }
  const invocations = tile / rows;
  if (adapter.limits.maxComputeInvocationsPerWorkgroup < invocations || adapter.limits.maxComputeWorkgroupSizeX < invocations) {
    throw new Error(
      `webgpu: the adapter allows ${adapter.limits.maxComputeInvocationsPerWorkgroup} invocations per workgroup, fewer than tile / rowsPerInvocation = ${invocations}; pass a smaller { tile } or a larger { rowsPerInvocation }`,
    );
  }
  const maxBindingBytes = Math.min(adapter.limits.maxStorageBufferBindingSize, adapter.limits.maxBufferSize, options.maxBufferBytes ?? Infinity);
  let device: GPUDevice;
  try {
    device = await adapter.requestDevice({
      requiredLimits: {
        maxStorageBufferBindingSize: adapter.limits.maxStorageBufferBindingSize,
        maxBufferSize: adapter.limits.maxBufferSize,
      },
    });
  } catch (error) {
    throw new Error(`webgpu: the adapter refused a device — ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  device.pushErrorScope('validation');
  const module = device.createShaderModule({ code: softDtwWgsl(tile, rows), label: 'softdtw' });
  const entries: GPUBindGroupLayoutEntry[] = [
    { binding: 0, visibility: SHADER_STAGE_COMPUTE, buffer: { type: 'uniform', hasDynamicOffset: true } },
    { binding: 1, visibility: SHADER_STAGE_COMPUTE, buffer: { type: 'read-only-storage' } },
    { binding: 2, visibility: SHADER_STAGE_COMPUTE, buffer: { type: 'read-only-storage' } },
  ];
  for (let binding = 3; binding <= 7; binding++) entries.push({ binding, visibility: SHADER_STAGE_COMPUTE, buffer: { type: 'storage' } });
  const layout = device.createBindGroupLayout({ entries, label: 'softdtw' });
  const pipelineLayout = device.createPipelineLayout({ bindGroupLayouts: [layout] });
  const pipeline = (entryPoint: string): GPUComputePipeline =>
    device.createComputePipeline({ layout: pipelineLayout, compute: { module, entryPoint }, label: `softdtw-${entryPoint}` });
  const forward = pipeline('forward');
  const backward = pipeline('backward');
  const gradient = pipeline('gradient');
  const error = await device.popErrorScope();
  if (error !== null) {
    const info = await module.getCompilationInfo();
    const messages = info.messages.map((m) => `${m.type} at ${m.lineNum}:${m.linePos}: ${m.message}`).join('; ');
    device.destroy();
    throw new Error(`webgpu: the soft-DTW shaders did not compile on this adapter — ${error.message}${messages === '' ? '' : ` (${messages})`}`);
  }
  const adapterDescription = [info.vendor, info.architecture, info.description].filter((s) => s !== '').join(' / ') || 'unknown adapter';
  return { device, tile, rowsPerInvocation: rows, layout, forward, backward, gradient, maxBindingBytes, adapterDescription };
}
