/**
 * Test setup: tfjs's webgpu backend in Node, through the `webgpu` package (Dawn). Without a GPU
 * it runs on the SwiftShader Vulkan driver of Debian's chromium; vitest.config.ts points
 * VK_ICD_FILENAMES at it when the file exists. Resolves to a skip reason when no adapter exists.
 */
import * as tf from '@tensorflow/tfjs-core';

/** What {@link useTfjsWebGpu} found. */
export type WebGpuSetup = { readonly tf: typeof tf; readonly adapter: string } | { readonly skip: string };

/**
 * Starts tfjs's webgpu backend (once per test file).
 *
 * @returns the tfjs namespace and a description of the adapter, or the reason to skip
 * @example
 * const setup = await useTfjsWebGpu();
 */
export async function useTfjsWebGpu(): Promise<WebGpuSetup> {
  tf.env().set('PROD', true);
  const { create, globals } = await import('webgpu');
  Object.assign(globalThis, globals);
  const gpu = create([]);
  const adapter = await gpu.requestAdapter();
  if (adapter === null) {
    return {
      skip:
        `navigator.gpu.requestAdapter() returned null (VK_ICD_FILENAMES=${process.env['VK_ICD_FILENAMES'] ?? 'unset'}); ` +
        'install chromium and libvulkan1 for the SwiftShader adapter',
    };
  }
  const info = (adapter as unknown as { info?: { vendor?: string; architecture?: string; description?: string } }).info;
  Object.defineProperty(globalThis, 'navigator', { value: { gpu }, configurable: true, writable: true });
  await import('@tensorflow/tfjs-backend-webgpu');
  if (!(await tf.setBackend('webgpu'))) return { skip: "tf.setBackend('webgpu') returned false" };
  return { tf, adapter: `${info?.vendor ?? '?'} ${info?.architecture ?? '?'} ${info?.description ?? ''}`.trim() };
}
