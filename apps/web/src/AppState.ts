/**
 * AppState: what the page shows, as data, published on `window.__softdtw` so that the
 * end-to-end test (and a curious user in the console) can read the numbers behind the
 * pictures without scraping text.
 */
import type { BackendPackageFailure, BackendRow, ForecastResult, KMeansResult } from './protocol.js';

/** Progress of one section's job. */
export type JobStatus = 'idle' | 'running' | 'done' | 'error';

/** The state of one section: its status, its last result and its last error. */
export interface Job<R> {
  readonly status: JobStatus;
  readonly result: R | null;
  /** `Name (code): message` of the last failure, shown in the section. */
  readonly error: string | null;
  /** Requests completed so far (lets a test wait for the next result). */
  readonly runs: number;
}

/** Alignment numbers (E itself is only drawn). */
export interface AlignmentSummary {
  readonly i: number;
  readonly j: number;
  readonly gamma: number;
  readonly value: number;
  readonly backend: string;
  readonly dtype: 'float64' | 'float32';
  readonly cpuValue: number;
  readonly dtwValue: number;
  readonly n: number;
  readonly m: number;
}

/** Barycenter numbers. */
export interface BarycenterSummary {
  readonly label: string;
  readonly members: number;
  readonly softDtwDtwLoss: number;
  readonly dbaDtwLoss: number;
  readonly length: number;
}

/** Everything the page knows. */
export interface AppState {
  /** True once the worker answered `init`, the first dataset loaded and the first alignment was drawn (or failed). */
  ready: boolean;
  /** The backend asked for ('auto' or a name). */
  requestedBackend: string;
  /** The active backend, or null when the requested one could not start. */
  backend: string | null;
  /** Why the requested backend is not active. */
  backendError: string | null;
  backends: readonly BackendRow[];
  failedPackages: readonly BackendPackageFailure[];
  dataset: Job<{ readonly name: string; readonly count: number; readonly minLength: number; readonly maxLength: number; readonly classes: readonly string[] }>;
  alignment: Job<AlignmentSummary>;
  barycenters: Job<BarycenterSummary>;
  kmeans: Job<Omit<KMeansResult, 'centroids'>>;
  forecast: Job<Omit<ForecastResult, 'onnx'>>;
  /** A fatal worker problem, if any. */
  crash: string | null;
}

/**
 * The state before anything ran.
 *
 * @param requestedBackend - from the URL (`?backend=`), default 'auto'
 * @returns a fresh AppState
 * @example
 * initialAppState('auto').ready; // false
 */
export function initialAppState(requestedBackend: string): AppState {
  const idle = { status: 'idle', result: null, error: null, runs: 0 } as const;
  return {
    ready: false,
    requestedBackend,
    backend: null,
    backendError: null,
    backends: [],
    failedPackages: [],
    dataset: idle,
    alignment: idle,
    barycenters: idle,
    kmeans: idle,
    forecast: idle,
    crash: null,
  };
}
