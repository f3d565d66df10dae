/// <reference types="@webgpu/types" preserve="true" />
/**
 * Node-only helper (subpath `@softdtw/backend-webgpu/node`): a WebGPU entry point from the
 * optional peer dependency `webgpu` (Dawn), imported dynamically so that nothing else in this
 * package ever loads it (browser bundles never see it).
 */

/** Options of {@link createNodeGpu}. */
export interface NodeGpuOptions {
  /** Dawn flags passed to `create()` (e.g. `['enable-dawn-features=allow_unsafe_apis']`); default none. */
  readonly dawnFlags?: readonly string[];
  /**
   * A Vulkan ICD manifest to use when `VK_ICD_FILENAMES` is not already set, e.g.
   * `/usr/lib/chromium/vk_swiftshader_icd.json` (SwiftShader, a CPU implementation) on a machine
   * without a GPU driver. Ignored when the variable is set.
   */
  readonly vulkanIcd?: string;
}

/**
 * The `GPU` object of Node's `webgpu` package (`create([])`), to pass as `{ gpu }`.
 *
 * @param options - dawnFlags, vulkanIcd
 * @returns the WebGPU entry point
 * @throws Error when the `webgpu` package is not installed (with the install command)
 * @example
 * ```ts
 * import { registerWebGpuBackend } from '@softdtw/backend-webgpu';
 * import { createNodeGpu } from '@softdtw/backend-webgpu/node';
 * registerWebGpuBackend({ gpu: await createNodeGpu() });
 * ```
 */
export async function createNodeGpu(options: NodeGpuOptions = {}): Promise<GPU> {
  if (options.vulkanIcd !== undefined && (process.env['VK_ICD_FILENAMES'] ?? '') === '') {
    process.env['VK_ICD_FILENAMES'] = options.vulkanIcd;
  }
  const specifier = 'webgpu';
  let dawn: { create(flags: string[]): GPU };
  try {
    dawn = (await import(specifier)) as { create(flags: string[]): GPU };
  } catch (error) {
    throw new Error(
      "webgpu: expected the optional peer dependency 'webgpu' (Dawn for Node) to be installed, got an import failure. Run `npm i webgpu@0.6.2`.",
      { cause: error },
    );
  }
  return dawn.create([...(options.dawnFlags ?? [])]);
}
