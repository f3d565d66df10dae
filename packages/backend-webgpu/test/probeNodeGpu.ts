/// <reference types="@webgpu/types" preserve="true" />
/**
 * Test support: a WebGPU entry point from Node's `webgpu` package with a working adapter, or the
 * reason there is none (logged by the caller, which then skips its GPU tests — never a silent pass).
 */
import { createNodeGpu } from '../src/node.js';

/** Either a GPU with an adapter, or why not. */
export type GpuProbe = { readonly gpu: GPU; readonly reason?: undefined } | { readonly gpu?: undefined; readonly reason: string };

/**
 * Probes Dawn for an adapter (vitest.config.ts points VK_ICD_FILENAMES at SwiftShader when present).
 *
 * @returns the GPU entry point, or the reason none works here
 * @example
 * const probe = await probeNodeGpu();
 */
export async function probeNodeGpu(): Promise<GpuProbe> {
  try {
    const gpu = await createNodeGpu();
    const adapter = await gpu.requestAdapter();
    if (adapter === null) {
      return { reason: `requestAdapter() returned null (no Vulkan driver for Dawn; VK_ICD_FILENAMES=${process.env['VK_ICD_FILENAMES'] ?? 'unset'})` };
    }
    return { gpu };
  } catch (error) {
    return { reason: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Logs why GPU tests are skipped (once per file).
 *
 * @param file - test file name
 * @param probe - the probe result
 * @returns nothing
 * @example
 * logSkip('seriesBatchKernel.test.ts', probe);
 */
export function logSkip(file: string, probe: GpuProbe): void {
  if (probe.reason !== undefined) console.warn(`[@softdtw/backend-webgpu] ${file}: skipping the GPU tests — ${probe.reason}`);
}
