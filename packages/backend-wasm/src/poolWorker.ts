/**
 * Entry of a pool worker (bundled by scripts/build-wasm.mjs into generated/poolWorkerSource.ts and started from
 * that string: `eval` workers in Node, Blob-URL workers in the browser, so no file has to be found at run time).
 *
 * Protocol: the first message is `{ module }` (the compiled kernel module, instantiated here with its own memory);
 * each later message is a PoolTaskMessage `{ id, buffer, task, settings }`: the share's series are read from the
 * buffer, computeSeriesBatch writes the results into the same buffer (poolTask.ts layout), and the buffer goes back,
 * transferred, as `{ id, buffer }` or `{ id, buffer, error }`.
 */
import { instantiateKernelsSync } from './createKernelInstance.js';
import { computeSeriesBatch } from './computeSeriesBatch.js';
import { poolTaskViews } from './poolTask.js';
import type { WasmKernels } from './WasmKernels.js';
import type { PoolTaskMessage } from './WorkerPool.js';

/** The message port of this worker: Node's parentPort (set by the pool before this code runs) or the worker global. */
interface Port {
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  postMessage(message: unknown, transfer?: ArrayBuffer[]): void;
}

const port = ((globalThis as { __softDtwPoolPort?: Port }).__softDtwPoolPort ?? globalThis) as unknown as Port;
let kernels: WasmKernels | undefined;

port.addEventListener('message', (event) => {
  const message = event.data as { module: WebAssembly.Module } | PoolTaskMessage;
  if ('module' in message) {
    kernels = instantiateKernelsSync(message.module);
    return;
  }
  const { id, buffer, task, settings } = message;
  try {
    if (kernels === undefined) throw new Error('pool worker: received a task before the kernel module');
    const { data, result } = poolTaskViews(task, buffer);
    computeSeriesBatch(kernels, data, settings, result);
    port.postMessage({ id, buffer }, [buffer]);
  } catch (error) {
    port.postMessage({ id, buffer, error: error instanceof Error ? error.message : String(error) }, [buffer]);
  }
});
