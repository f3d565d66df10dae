/**
 * Entry of a pool worker (bundled by scripts/build-wasm.mjs into generated/poolWorkerSource.ts and started from
 * that string: `eval` workers in Node, Blob-URL workers in the browser, so no file has to be found at run time).
 *
 * Protocol: the first message is `{ module }` (the compiled kernel module, instantiated here with its own memory);
 * each later message `{ id, data, settings }` runs computeSeriesBatch and answers `{ id, result }` or `{ id, error }`,
 * transferring the result buffers.
 */
import { instantiateKernelsSync } from './createKernelInstance.js';
import { computeSeriesBatch } from './computeSeriesBatch.js';
import type { SeriesBatchData, SeriesBatchSettings } from './runSeriesBatch.js';
import type { WasmKernels } from './WasmKernels.js';

/** The message port of this worker: Node's parentPort (set by the pool before this code runs) or the worker global. */
interface Port {
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  postMessage(message: unknown, transfer?: ArrayBuffer[]): void;
}

const port = ((globalThis as { __softDtwPoolPort?: Port }).__softDtwPoolPort ?? globalThis) as unknown as Port;
let kernels: WasmKernels | undefined;

port.addEventListener('message', (event) => {
  const message = event.data as { module?: WebAssembly.Module; id?: number; data?: SeriesBatchData; settings?: SeriesBatchSettings };
  if (message.module !== undefined) {
    kernels = instantiateKernelsSync(message.module);
    return;
  }
  const id = message.id;
  try {
    if (kernels === undefined) throw new Error('pool worker: received a task before the kernel module');
    const result = computeSeriesBatch(kernels, message.data as SeriesBatchData, message.settings as SeriesBatchSettings);
    const transfer = [result.values.buffer as ArrayBuffer];
    if (result.gradX !== null) transfer.push(result.gradX.buffer as ArrayBuffer);
    if (result.gradY !== null) transfer.push(result.gradY.buffer as ArrayBuffer);
    port.postMessage({ id, result }, transfer);
  } catch (error) {
    port.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
