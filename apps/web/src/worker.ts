/**
 * The compute worker (a module worker): answers the requests of protocol.ts with a
 * ComputeSession, one at a time in arrival order, so that requests never interleave on the
 * shared backend state. Heavy work (soft-DTW, barycenters, k-means, training, onnxruntime)
 * runs here and never blocks the page.
 */
import * as ort from 'onnxruntime-web';
import ortWasmUrl from 'onnxruntime-web/ort-wasm-simd-threaded.wasm?url';
import { fetchBundledDataset } from './bundledDatasets.js';
import { ComputeSession } from './ComputeSession.js';
import { toErrorData, type AlignmentResult, type RequestMap, type RequestType, type WorkerRequest, type WorkerResponse } from './protocol.js';
import { registerBackendPackages } from './registerBackendPackages.js';

/** The members of the worker's global scope used here (typed without the WebWorker lib). */
interface WorkerScope {
  postMessage(message: unknown, options?: { transfer?: Transferable[] }): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerRequest>) => void): void;
}

// onnxruntime-web loads its WebAssembly from the app's own assets (offline, no CDN). The
// `onnxruntime-web` import is aliased to its wasm-only build in vite.config.ts.
ort.env.wasm.wasmPaths = { wasm: ortWasmUrl };

const scope = self as unknown as WorkerScope;
const session = new ComputeSession({ registerBackends: registerBackendPackages, fetchBundled: fetchBundledDataset });

type Handlers = { [K in RequestType]: (payload: RequestMap[K]['payload']) => Promise<RequestMap[K]['result']> };
const handlers: Handlers = {
  init: (payload) => session.init(payload.requested),
  setBackend: (payload) => session.setBackend(payload.name),
  loadDataset: (payload) => session.loadDataset(payload),
  alignment: (payload) => session.alignment(payload),
  barycenters: (payload) => session.barycenters(payload),
  kmeans: (payload) => session.kmeans(payload),
  forecast: (payload) => session.forecast(payload),
};

let queue: Promise<void> = Promise.resolve();

scope.addEventListener('message', (event) => {
  const request = event.data;
  queue = queue.then(() => answer(request));
});

async function answer(request: WorkerRequest): Promise<void> {
  let response: WorkerResponse;
  let transfer: Transferable[] = [];
  try {
    const handler = handlers[request.type] as (payload: unknown) => Promise<RequestMap[RequestType]['result']>;
    const result = await handler(request.payload);
    if (request.type === 'alignment') transfer = [(result as AlignmentResult).alignment.buffer];
    response = { id: request.id, ok: true, result };
  } catch (error) {
    response = { id: request.id, ok: false, error: toErrorData(error) };
  }
  scope.postMessage(response, { transfer });
}
