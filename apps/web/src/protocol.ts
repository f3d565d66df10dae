/**
 * The message protocol between the page and its compute worker.
 *
 * Every request is `{ id, type, payload }`; the worker answers each one exactly once with
 * `{ id, ok: true, result }` or `{ id, ok: false, error }`. `RequestMap` ties each `type` to its
 * payload and result types, so `WorkerClient.request('alignment', …)` is typed end to end. Errors
 * cross the boundary as plain data (`WorkerErrorData`: name, stable code, message) because Error
 * subclasses do not survive structured cloning. Large numeric results travel as transferred
 * Float64Array buffers (the alignment matrix), everything else as plain arrays.
 */

/** Where a dataset comes from: one bundled with the app, or the text of a file the user dropped. */
export type DatasetSource =
  | { readonly kind: 'bundled'; readonly name: BundledDatasetName }
  | { readonly kind: 'text'; readonly fileName: string; readonly text: string };

/** Datasets that ship with the app (copied from @softdtw/datasets at build time). */
export type BundledDatasetName = 'GunPoint' | 'ECG200';

/** One registered backend as the picker shows it. */
export interface BackendRow {
  /** Registry name ('cpu', 'wasm', 'tfjs', 'webgpu'). */
  readonly name: string;
  /** Higher is preferred by 'auto'. */
  readonly priority: number;
  /** True when it initialised here (probed at start-up). */
  readonly available: boolean;
  /** Why it is not available (the registry's reason), when it is not. */
  readonly reason?: string;
  /** Milliseconds its start-up took when it was probed. */
  readonly startMs?: number;
}

/** A backend package that could not be loaded or registered (its import or register call failed). */
export interface BackendPackageFailure {
  /** npm package name, e.g. '@softdtw/backend-webgpu'. */
  readonly packageName: string;
  /** The backend name it would have registered. */
  readonly backend: string;
  /** What went wrong. */
  readonly reason: string;
}

/** Result of `init` and `setBackend`: what is registered and what is active. */
export interface BackendState {
  readonly backends: readonly BackendRow[];
  readonly failedPackages: readonly BackendPackageFailure[];
  /** The active backend's name, or null when the requested one could not start. */
  readonly active: string | null;
  /** The name that was asked for ('auto' or a backend name). */
  readonly requested: string;
  /** Why the requested backend is not active (null when it is). */
  readonly error: WorkerErrorData | null;
}

/** A loaded dataset as the page needs it for drawing and picking. */
export interface DatasetSummary {
  readonly name: string;
  readonly series: readonly (readonly number[])[];
  readonly labels: readonly string[];
  /** Distinct labels in order of first appearance. */
  readonly classes: readonly string[];
  readonly minLength: number;
  readonly maxLength: number;
}

/** Payload of `alignment`: the pair (indices into the loaded dataset) and γ. */
export interface AlignmentRequest {
  readonly i: number;
  readonly j: number;
  readonly gamma: number;
}

/** Result of `alignment`. */
export interface AlignmentResult {
  readonly i: number;
  readonly j: number;
  readonly gamma: number;
  /** Soft-DTW value computed on the active backend. */
  readonly value: number;
  /** The backend that computed `value`. */
  readonly backend: string;
  /** Arithmetic the backend used for `value`. */
  readonly dtype: 'float64' | 'float32';
  /** The same value from @softdtw/core's float64 cpu kernel, for comparison. */
  readonly cpuValue: number;
  /** Expected alignment matrix E (row-major n × m), from @softdtw/core (cpu, float64). */
  readonly alignment: Float64Array;
  readonly n: number;
  readonly m: number;
  /** The optimal DTW path (γ = 0) as [i, j] cells. */
  readonly path: readonly (readonly [number, number])[];
  /** The DTW cost of that path. */
  readonly dtwValue: number;
  /** Milliseconds spent on the backend's value. */
  readonly valueMs: number;
}

/** Payload of `barycenters`: the class whose series are averaged. */
export interface BarycentersRequest {
  readonly label: string;
  readonly gamma: number;
  /** L-BFGS iterations for soft-DTW, updates for DBA. */
  readonly maxIter: number;
}

/** Result of `barycenters`: both averages of the class and the mean DTW loss of each. */
export interface BarycentersResult {
  readonly label: string;
  readonly gamma: number;
  /** Indices (into the dataset) of the class's series. */
  readonly members: readonly number[];
  readonly softDtw: readonly number[];
  readonly dba: readonly number[];
  /** Mean DTW cost (γ = 0) from each barycenter to the class's series. */
  readonly softDtwDtwLoss: number;
  readonly dbaDtwLoss: number;
  readonly ms: number;
}

/** Payload of `kmeans`. */
export interface KMeansRequest {
  readonly k: number;
  readonly metric: 'softdtw' | 'dtw' | 'euclidean';
  readonly gamma: number;
  readonly seed: number;
  readonly maxIter: number;
}

/** Result of `kmeans`. */
export interface KMeansResult {
  readonly k: number;
  readonly metric: 'softdtw' | 'dtw' | 'euclidean';
  readonly labels: readonly number[];
  readonly centroids: readonly (readonly number[])[];
  readonly inertia: number;
  readonly iterations: number;
  /** Adjusted Rand index of the clusters against the dataset's labels. */
  readonly ari: number;
  readonly ms: number;
}

/** Payload of `forecast`. */
export interface ForecastRequest {
  /** Fraction of each series given as input (the rest is forecast), e.g. 0.6 as in the paper. */
  readonly inputFraction: number;
  readonly hidden: number;
  readonly epochs: number;
  readonly loss: 'softdtw' | 'euclidean';
  readonly gamma: number;
  readonly seed: number;
  /** Dataset indices of the series to forecast with the exported ONNX model. */
  readonly indices: readonly number[];
}

/** Result of `forecast`. */
export interface ForecastResult {
  readonly inputLength: number;
  readonly outputLength: number;
  readonly indices: readonly number[];
  /** Forecasts from onnxruntime-web (wasm EP), one row per index. */
  readonly onnx: readonly (readonly number[])[];
  /** Largest |ONNX − TypeScript forward pass| over all forecasts (float32 rounding). */
  readonly maxAbsDiff: number;
  readonly onnxBytes: number;
  readonly finalLoss: number;
  readonly trainMs: number;
  readonly onnxMs: number;
}

/** Request types with their payloads and results. */
export interface RequestMap {
  /** Loads the backend packages, probes every backend, activates `requested`. */
  init: { payload: { readonly requested: string }; result: BackendState };
  /** Activates a backend ('auto' = priority search, the only case that falls back). */
  setBackend: { payload: { readonly name: string }; result: BackendState };
  loadDataset: { payload: DatasetSource; result: DatasetSummary };
  alignment: { payload: AlignmentRequest; result: AlignmentResult };
  barycenters: { payload: BarycentersRequest; result: BarycentersResult };
  kmeans: { payload: KMeansRequest; result: KMeansResult };
  forecast: { payload: ForecastRequest; result: ForecastResult };
}

/** A request type. */
export type RequestType = keyof RequestMap;

/** A request as posted to the worker. */
export type WorkerRequest = {
  [K in RequestType]: { readonly id: number; readonly type: K; readonly payload: RequestMap[K]['payload'] };
}[RequestType];

/** An error as data: what crosses the worker boundary. */
export interface WorkerErrorData {
  /** The error class's name, e.g. 'UcrParseError'. */
  readonly name: string;
  /** Its stable code, e.g. 'E_UCR_PARSE' ('E_UNKNOWN' when it had none). */
  readonly code: string;
  readonly message: string;
}

/** The worker's answer to one request. */
export type WorkerResponse =
  | { readonly id: number; readonly ok: true; readonly result: RequestMap[RequestType]['result'] }
  | { readonly id: number; readonly ok: false; readonly error: WorkerErrorData };

/**
 * Turns anything thrown into error data that can be posted.
 *
 * @param error - what was caught
 * @returns name, code (or 'E_UNKNOWN') and message
 * @example
 * toErrorData(new TypeError('x')); // { name: 'TypeError', code: 'E_UNKNOWN', message: 'x' }
 */
export function toErrorData(error: unknown): WorkerErrorData {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return { name: error.name, code: typeof code === 'string' ? code : 'E_UNKNOWN', message: error.message };
  }
  return { name: 'Error', code: 'E_UNKNOWN', message: String(error) };
}

/** An error from the worker, rebuilt on the page side with its name and code. */
export class WorkerRequestError extends Error {
  /** Stable code of the original error. */
  readonly code: string;
  /** The request type that failed. */
  readonly requestType: string;

  /**
   * @param requestType - the request that failed
   * @param data - the error data the worker sent
   * @example
   * new WorkerRequestError('loadDataset', { name: 'UcrParseError', code: 'E_UCR_PARSE', message: '…' });
   */
  constructor(requestType: string, data: WorkerErrorData) {
    super(data.message);
    this.name = data.name;
    this.code = data.code;
    this.requestType = requestType;
  }
}
