/**
 * ComputeSession: everything the worker does, as one object with one method per request type,
 * independent of the messaging (worker.ts wires it to postMessage; tests call it directly in
 * Node). It holds the loaded dataset and the backend the user selected.
 *
 * Backend rule (issue 3): only 'auto' falls back. `selected` is the backend the user asked for
 * when it started, or null when it did not; compute requests then fail with that reason instead
 * of silently running on another backend.
 */
import { listBackends, setBackend } from '@softdtw/autodiff';
import { adjustedRandIndex, dbaBarycenter, pairwiseDistances, softDtwBarycenter, TimeSeriesKMeans } from '@softdtw/cluster';
import { dtw, softDtwAlignment } from '@softdtw/core';
import { parseUcrTsv, type UcrSplit } from '@softdtw/datasets';
import { MlpForecaster } from '@softdtw/forecast';
import { loadOnnxForecaster } from '@softdtw/forecast/onnx';
import {
  toErrorData,
  type AlignmentRequest,
  type AlignmentResult,
  type BackendPackageFailure,
  type BackendRow,
  type BackendState,
  type BarycentersRequest,
  type BarycentersResult,
  type BundledDatasetName,
  type DatasetSource,
  type DatasetSummary,
  type ForecastRequest,
  type ForecastResult,
  type KMeansRequest,
  type KMeansResult,
  type WorkerErrorData,
} from './protocol.js';
import { softDtwOnBackend } from './softDtwOnBackend.js';

/** What the session needs from its host (the worker, or a test). */
export interface SessionHost {
  /** Registers the optional backend packages; returns the ones that failed. */
  registerBackends(): Promise<readonly BackendPackageFailure[]>;
  /** The TRAIN split text of a bundled dataset. */
  fetchBundled(name: BundledDatasetName): Promise<string>;
}

/** An error a user can act on (bad request for the current state). */
export class SessionError extends Error {
  /** Stable code. */
  readonly code: string;

  /**
   * @param code - e.g. 'E_NO_DATASET'
   * @param message - what was expected, what was found, what to do
   */
  constructor(code: string, message: string) {
    super(message);
    this.name = 'SessionError';
    this.code = code;
  }
}

const AUTO = 'auto';

/**
 * The worker's state and operations.
 *
 * @example
 * const session = new ComputeSession(host);
 * await session.init('auto');
 * await session.loadDataset({ kind: 'bundled', name: 'GunPoint' });
 * const { value } = await session.alignment({ i: 0, j: 1, gamma: 1 });
 */
export class ComputeSession {
  private dataset: (UcrSplit & { readonly name: string }) | undefined;
  private selected: string | null = null;
  private selectionError: WorkerErrorData | null = null;
  private requested = AUTO;
  private failedPackages: readonly BackendPackageFailure[] = [];
  private initialised = false;
  private readonly startMs = new Map<string, number>();

  /** @param host - backend registration and bundled data */
  constructor(private readonly host: SessionHost) {}

  /**
   * Registers the backend packages (once), tries every backend so the picker can say which
   * work and why the others do not, then selects `requested`.
   *
   * @param requested - 'auto' or a backend name
   * @returns the backend table and the active backend (or the reason the requested one is not)
   */
  async init(requested: string): Promise<BackendState> {
    if (!this.initialised) {
      this.failedPackages = await this.host.registerBackends();
      for (const row of listBackends()) {
        const started = performance.now();
        try {
          await setBackend(row.name);
        } catch {
          // Recorded by the registry (status 'failed' with its reason), shown in the picker.
        }
        this.startMs.set(row.name, performance.now() - started);
      }
      this.initialised = true;
    }
    return this.setBackend(requested);
  }

  /**
   * Selects a backend. 'auto' takes the highest-priority one that starts; a name takes exactly
   * that backend, and when it cannot start nothing is selected (no silent fallback).
   *
   * @param name - 'auto' or a backend name
   * @returns the backend table, the active backend and the error if there is one
   */
  async setBackend(name: string): Promise<BackendState> {
    this.requested = name;
    try {
      const backend = await setBackend(name);
      this.selected = backend.name;
      this.selectionError = null;
    } catch (error) {
      this.selected = null;
      this.selectionError = toErrorData(error);
    }
    return this.backendState();
  }

  /**
   * Parses a dataset (bundled TRAIN split, or the text of a dropped file) and keeps it.
   *
   * @param source - bundled name, or file name and text
   * @returns the series, labels and classes
   * @throws UcrParseError (from @softdtw/datasets) with file, line and column
   */
  async loadDataset(source: DatasetSource): Promise<DatasetSummary> {
    const [text, name] =
      source.kind === 'bundled' ? [await this.host.fetchBundled(source.name), `${source.name} (train)`] : [source.text, source.fileName];
    const split = parseUcrTsv(text, { source: name });
    this.dataset = { ...split, name };
    const classes = [...new Set(split.labels)];
    return { name, series: split.series, labels: split.labels, classes, minLength: split.minLength, maxLength: split.maxLength };
  }

  /**
   * Soft-DTW of one pair on the selected backend, with the expected alignment matrix E and the
   * DTW path from the float64 cpu reference.
   *
   * @param request - dataset indices i, j and γ
   * @returns value (backend), cpuValue, E (n × m), path
   */
  async alignment({ i, j, gamma }: AlignmentRequest): Promise<AlignmentResult> {
    const backend = this.requireBackend();
    const x = this.seriesAt(i);
    const y = this.seriesAt(j);
    const started = performance.now();
    const onBackend = await softDtwOnBackend(backend, x, y, gamma);
    const valueMs = performance.now() - started;
    const { value: cpuValue, alignment } = softDtwAlignment(x, y, { gamma });
    const { value: dtwValue, path } = dtw(x, y);
    const n = x.length;
    const m = y.length;
    const flat = new Float64Array(n * m);
    alignment.forEach((row, r) => flat.set(row, r * m));
    return { i, j, gamma, value: onBackend.value, backend: onBackend.backend, dtype: onBackend.dtype, cpuValue, alignment: flat, n, m, path, dtwValue, valueMs };
  }

  /**
   * Soft-DTW and DBA barycenters of one class.
   *
   * @param request - the class label, γ, iterations
   * @returns both barycenters and their mean DTW loss to the class's series
   */
  async barycenters({ label, gamma, maxIter }: BarycentersRequest): Promise<BarycentersResult> {
    this.requireBackend();
    const { series, labels } = this.requireDataset();
    const members = labels.flatMap((l, index) => (l === label ? [index] : []));
    if (members.length === 0) {
      throw new SessionError('E_NO_SUCH_CLASS', `barycenters: expected a class of the dataset, got '${label}'. Pick one of: ${[...new Set(labels)].join(', ')}.`);
    }
    const classSeries = members.map((index) => series[index] as number[]);
    const started = performance.now();
    const soft = softDtwBarycenter(classSeries, { gamma, maxIter });
    const dba = dbaBarycenter(classSeries, { maxIter: Math.max(1, Math.min(maxIter, 30)) });
    const ms = performance.now() - started;
    const meanDtw = (z: number[]): number => {
      const row = pairwiseDistances([z], classSeries, { metric: 'dtw' })[0] ?? [];
      return row.reduce((a, b) => a + b, 0) / row.length;
    };
    return {
      label,
      gamma,
      members,
      softDtw: soft.barycenter,
      dba: dba.barycenter,
      softDtwDtwLoss: meanDtw(soft.barycenter),
      dbaDtwLoss: meanDtw(dba.barycenter),
      ms,
    };
  }

  /**
   * k-means of the whole dataset.
   *
   * @param request - k, metric, γ, seed, Lloyd iterations
   * @returns labels, centroids, inertia and the adjusted Rand index against the dataset's labels
   */
  async kmeans({ k, metric, gamma, seed, maxIter }: KMeansRequest): Promise<KMeansResult> {
    this.requireBackend();
    const { series, labels } = this.requireDataset();
    const started = performance.now();
    const model = new TimeSeriesKMeans({ k, metric, gamma, seed, maxIter, maxIterBarycenter: 10 }).fit(series as number[][]);
    const ms = performance.now() - started;
    return {
      k,
      metric,
      labels: model.labels,
      centroids: model.centroids as number[][],
      inertia: model.inertia,
      iterations: model.nIter,
      ari: adjustedRandIndex(model.labels, labels),
      ms,
    };
  }

  /**
   * Trains an MLP forecaster on the dataset (first part of each series → the rest), exports it
   * to ONNX and runs the ONNX model with onnxruntime-web (wasm execution provider).
   *
   * @param request - input fraction, width, epochs, loss, γ, seed, the series to forecast
   * @returns ONNX forecasts and their largest difference from the TypeScript forward pass
   */
  async forecast(request: ForecastRequest): Promise<ForecastResult> {
    this.requireBackend();
    const { series, minLength } = this.requireDataset();
    const { inputFraction, hidden, epochs, loss, gamma, seed, indices } = request;
    const inputLength = Math.round(minLength * inputFraction);
    const outputLength = minLength - inputLength;
    if (inputLength < 1 || outputLength < 1) {
      throw new SessionError(
        'E_SERIES_TOO_SHORT',
        `forecast: expected series long enough to split ${inputFraction} / ${1 - inputFraction}, got a shortest series of ${minLength} steps. Load a dataset with longer series.`,
      );
    }
    const inputs = series.map((s) => s.slice(0, inputLength));
    const targets = series.map((s) => s.slice(inputLength, minLength));
    const started = performance.now();
    const model = new MlpForecaster({ inputLength, outputLength, hidden, loss, gamma, normalization: 'standardize', seed });
    const report = model.fit(inputs, targets, { epochs, batchSize: 16, learningRate: 1e-2, seed });
    const trainMs = performance.now() - started;
    const bytes = model.toOnnx();
    const chosen = indices.map((index) => inputs[this.checkIndex(index)] as number[]);
    const onnxStarted = performance.now();
    const onnx = await loadOnnxForecaster(bytes);
    let predicted: number[][];
    try {
      predicted = await onnx.predict(chosen);
    } finally {
      await onnx.release();
    }
    const onnxMs = performance.now() - onnxStarted;
    const reference = model.predict(chosen);
    let maxAbsDiff = 0;
    predicted.forEach((row, r) => row.forEach((v, t) => (maxAbsDiff = Math.max(maxAbsDiff, Math.abs(v - (reference[r]?.[t] ?? NaN))))));
    return {
      inputLength,
      outputLength,
      indices,
      onnx: predicted,
      maxAbsDiff,
      onnxBytes: bytes.byteLength,
      finalLoss: report.history.at(-1)?.trainLoss ?? NaN,
      trainMs,
      onnxMs,
    };
  }

  private backendState(): BackendState {
    const backends: BackendRow[] = listBackends().map((row) => ({
      name: row.name,
      priority: row.priority,
      available: row.status === 'ready',
      ...optional('startMs', this.startMs.get(row.name)),
      ...(row.status === 'ready' ? {} : { reason: row.reason ?? (typeof row.supported === 'string' ? row.supported : 'not tried yet') }),
    }));
    return { backends, failedPackages: this.failedPackages, active: this.selected, requested: this.requested, error: this.selectionError };
  }

  private requireBackend(): string {
    if (this.selected === null) {
      const why = this.selectionError?.message ?? 'no backend was selected';
      throw new SessionError('E_NO_BACKEND', `expected an active backend, got none: '${this.requested}' did not start (${why}). Pick an available backend or 'auto'.`);
    }
    return this.selected;
  }

  private requireDataset(): UcrSplit & { readonly name: string } {
    if (this.dataset === undefined) {
      throw new SessionError('E_NO_DATASET', 'expected a loaded dataset, got none. Pick a bundled dataset or drop a UCR .tsv file first.');
    }
    return this.dataset;
  }

  private checkIndex(index: number): number {
    const { series } = this.requireDataset();
    if (!Number.isInteger(index) || index < 0 || index >= series.length) {
      throw new SessionError('E_BAD_INDEX', `expected a series index in 0…${series.length - 1}, got ${index}. Pick a series of the loaded dataset.`);
    }
    return index;
  }

  private seriesAt(index: number): number[] {
    return this.requireDataset().series[this.checkIndex(index)] as number[];
  }
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
