/**
 * The page: wires the controls to the compute worker and draws what comes back. All numeric
 * work happens in the worker (worker.ts); this module only reads controls, sends requests,
 * draws canvases and publishes the state on `window.__softdtw`.
 */
import './style.css';
import { initialAppState, type AppState, type Job } from './AppState.js';
import { drawAlignmentMatrix } from './drawAlignmentMatrix.js';
import { drawLineChart, PALETTE } from './drawLineChart.js';
import { LatestOnly } from './LatestOnly.js';
import type { BackendState, BundledDatasetName, DatasetSource, DatasetSummary } from './protocol.js';
import { WorkerClient } from './WorkerClient.js';

declare global {
  interface Window {
    /** The app's state, for tests and the console. */
    __softdtw: AppState;
  }
}

type JobKey = 'dataset' | 'alignment' | 'barycenters' | 'kmeans' | 'forecast';

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (found === null) throw new Error(`main: expected #${id} in index.html, got nothing. The page and main.ts are out of step.`);
  return found as T;
}

const ui = {
  status: element<HTMLSpanElement>('status'),
  datasetSelect: element<HTMLSelectElement>('dataset-select'),
  dropZone: element<HTMLDivElement>('drop-zone'),
  fileInput: element<HTMLInputElement>('file-input'),
  datasetInfo: element<HTMLParagraphElement>('dataset-info'),
  backendSelect: element<HTMLSelectElement>('backend-select'),
  backendInfo: element<HTMLParagraphElement>('backend-info'),
  backendError: element<HTMLParagraphElement>('backend-error'),
  backendTable: element<HTMLTableElement>('backend-table'),
  pairI: element<HTMLInputElement>('pair-i'),
  pairJ: element<HTMLInputElement>('pair-j'),
  gammaSlider: element<HTMLInputElement>('gamma-slider'),
  gammaValue: element<HTMLOutputElement>('gamma-value'),
  alignmentValue: element<HTMLParagraphElement>('alignment-value'),
  alignmentCanvas: element<HTMLCanvasElement>('alignment-canvas'),
  pairCanvas: element<HTMLCanvasElement>('pair-canvas'),
  classSelect: element<HTMLSelectElement>('class-select'),
  barycenterButton: element<HTMLButtonElement>('barycenter-button'),
  barycenterInfo: element<HTMLParagraphElement>('barycenter-info'),
  barycenterCanvas: element<HTMLCanvasElement>('barycenter-canvas'),
  kmeansK: element<HTMLInputElement>('kmeans-k'),
  kmeansMetric: element<HTMLSelectElement>('kmeans-metric'),
  kmeansButton: element<HTMLButtonElement>('kmeans-button'),
  kmeansInfo: element<HTMLParagraphElement>('kmeans-info'),
  kmeansCanvas: element<HTMLCanvasElement>('kmeans-canvas'),
  forecastLoss: element<HTMLSelectElement>('forecast-loss'),
  forecastEpochs: element<HTMLInputElement>('forecast-epochs'),
  forecastButton: element<HTMLButtonElement>('forecast-button'),
  forecastInfo: element<HTMLParagraphElement>('forecast-info'),
  forecastCanvas: element<HTMLCanvasElement>('forecast-canvas'),
};

const errorBoxes: Record<JobKey, HTMLParagraphElement> = {
  dataset: element('dataset-error'),
  alignment: element('alignment-error'),
  barycenters: element('barycenter-error'),
  kmeans: element('kmeans-error'),
  forecast: element('forecast-error'),
};

const requestedBackend = new URLSearchParams(location.search).get('backend') ?? 'auto';
const state = initialAppState(requestedBackend);
window.__softdtw = state;

const client = new WorkerClient(new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' }), (description) => {
  state.crash = description;
  ui.status.textContent = `the compute worker failed: ${description}`;
  console.error(`softdtw web: ${description}`);
});

let dataset: DatasetSummary | null = null;
let running = 0;

/** γ from the slider, which is log10(γ) in [−3, 1]. */
function currentGamma(): number {
  return Number((10 ** Number(ui.gammaSlider.value)).toPrecision(3));
}

function describeError(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return `${error.name}${typeof code === 'string' ? ` (${code})` : ''}: ${error.message}`;
  }
  return String(error);
}

function showStatus(): void {
  ui.status.classList.toggle('busy', running > 0);
  if (state.crash === null) ui.status.textContent = running > 0 ? `working… (${running} job${running > 1 ? 's' : ''})` : 'ready';
}

/** Runs one section's request, keeping its Job state and error box up to date. */
async function runJob<R, S>(key: JobKey, work: () => Promise<R>, summarize: (result: R) => S, show: (result: R) => void): Promise<void> {
  const previous = state[key] as Job<unknown>;
  state[key] = { ...previous, status: 'running' } as never;
  running++;
  showStatus();
  try {
    const result = await work();
    show(result);
    errorBoxes[key].hidden = true;
    state[key] = { status: 'done', result: summarize(result), error: null, runs: previous.runs + 1 } as never;
  } catch (error) {
    const message = describeError(error);
    errorBoxes[key].textContent = message;
    errorBoxes[key].hidden = false;
    state[key] = { status: 'error', result: previous.result, error: message, runs: previous.runs + 1 } as never;
  } finally {
    running--;
    showStatus();
  }
}

// ---------------------------------------------------------------------------------------------
// Backends
// ---------------------------------------------------------------------------------------------

function applyBackendState(backends: BackendState): void {
  state.requestedBackend = backends.requested;
  state.backend = backends.active;
  state.backendError = backends.error === null ? null : `${backends.error.name} (${backends.error.code}): ${backends.error.message}`;
  state.backends = backends.backends;
  state.failedPackages = backends.failedPackages;

  const options = [new Option('auto (fastest that starts)', 'auto')];
  for (const row of backends.backends) {
    options.push(new Option(`${row.name} — ${row.available ? 'available' : 'not available'}`, row.name));
  }
  ui.backendSelect.replaceChildren(...options);
  if (!options.some((option) => option.value === backends.requested)) {
    ui.backendSelect.append(new Option(`${backends.requested} — not registered`, backends.requested));
  }
  ui.backendSelect.value = backends.requested;

  const body = ui.backendTable.tBodies[0] ?? ui.backendTable.createTBody();
  const rows = backends.backends.map((row) =>
    tableRow([row.name, String(row.priority), row.available ? 'yes' : 'no', row.startMs === undefined ? '' : `${row.startMs.toFixed(0)} ms`, row.reason ?? ''], row.available),
  );
  for (const failure of backends.failedPackages) {
    rows.push(tableRow([failure.backend, '—', 'no', '', `${failure.packageName}: ${failure.reason}`], false));
  }
  body.replaceChildren(...rows);

  ui.backendInfo.textContent =
    backends.active === null
      ? `No backend is active: '${backends.requested}' did not start. Only 'auto' falls back to another backend.`
      : `Active: ${backends.active}${backends.requested === 'auto' ? ' (chosen by auto: the highest-priority backend that started)' : ''}.`;
  ui.backendError.hidden = state.backendError === null;
  ui.backendError.textContent = state.backendError ?? '';
}

function tableRow(cells: readonly string[], available: boolean): HTMLTableRowElement {
  const row = document.createElement('tr');
  cells.forEach((text, k) => {
    const cell = row.insertCell();
    cell.textContent = text;
    if (k === 2) cell.className = available ? 'yes' : 'no';
  });
  return row;
}

async function selectBackend(name: string): Promise<void> {
  applyBackendState(await client.request('setBackend', { name }));
  await alignment.run();
}

// ---------------------------------------------------------------------------------------------
// Dataset
// ---------------------------------------------------------------------------------------------

async function loadDataset(source: DatasetSource): Promise<void> {
  await runJob(
    'dataset',
    () => client.request('loadDataset', source),
    (d) => ({ name: d.name, count: d.series.length, minLength: d.minLength, maxLength: d.maxLength, classes: d.classes }),
    (d) => {
      dataset = d;
      ui.datasetInfo.textContent = `${d.name}: ${d.series.length} series, length ${d.minLength === d.maxLength ? d.minLength : `${d.minLength}–${d.maxLength}`}, classes ${d.classes.join(', ')}.`;
      const last = String(d.series.length - 1);
      ui.pairI.max = last;
      ui.pairJ.max = last;
      if (Number(ui.pairI.value) > d.series.length - 1) ui.pairI.value = '0';
      if (Number(ui.pairJ.value) > d.series.length - 1) ui.pairJ.value = String(Math.min(1, d.series.length - 1));
      ui.classSelect.replaceChildren(...d.classes.map((label) => new Option(`${label} (${d.labels.filter((l) => l === label).length} series)`, label)));
    },
  );
  if (state.dataset.status === 'done') await alignment.run();
}

async function loadFile(file: File): Promise<void> {
  const text = await file.text();
  await loadDataset({ kind: 'text', fileName: file.name, text });
}

// ---------------------------------------------------------------------------------------------
// Alignment (live: the slider sends at most one request at a time, the latest wins)
// ---------------------------------------------------------------------------------------------

class AlignmentRunner {
  private readonly latest = new LatestOnly<null>(() => this.once(), (error) => console.error(error));

  run(): Promise<void> {
    ui.gammaValue.textContent = String(currentGamma());
    return this.latest.run(null);
  }

  private async once(): Promise<void> {
    if (dataset === null) return;
    const request = { i: Number(ui.pairI.value), j: Number(ui.pairJ.value), gamma: currentGamma() };
    await runJob(
      'alignment',
      () => client.request('alignment', request),
      (r) => ({ i: r.i, j: r.j, gamma: r.gamma, value: r.value, backend: r.backend, dtype: r.dtype, cpuValue: r.cpuValue, dtwValue: r.dtwValue, n: r.n, m: r.m }),
      (r) => {
        drawAlignmentMatrix(ui.alignmentCanvas, r.alignment, r.n, r.m, r.path);
        const x = dataset?.series[r.i] ?? [];
        const y = dataset?.series[r.j] ?? [];
        drawLineChart(ui.pairCanvas, [{ series: [x], color: PALETTE[0] ?? 'blue', width: 1.5 }, { series: [y], color: PALETTE[1] ?? 'red', width: 1.5 }], {
          legend: [
            { label: `x = series ${r.i}`, color: PALETTE[0] ?? 'blue' },
            { label: `y = series ${r.j}`, color: PALETTE[1] ?? 'red' },
          ],
        });
        ui.alignmentValue.textContent =
          `soft-DTW(γ = ${r.gamma}) = ${r.value.toPrecision(8)} on ${r.backend} (${r.dtype}, ${r.valueMs.toFixed(1)} ms)` +
          ` · float64 cpu reference ${r.cpuValue.toPrecision(8)} · DTW = ${r.dtwValue.toPrecision(6)}`;
      },
    );
  }
}
const alignment = new AlignmentRunner();

// ---------------------------------------------------------------------------------------------
// Barycenters, k-means, forecast (buttons)
// ---------------------------------------------------------------------------------------------

async function computeBarycenters(): Promise<void> {
  const label = ui.classSelect.value;
  await runJob(
    'barycenters',
    () => client.request('barycenters', { label, gamma: currentGamma(), maxIter: 30 }),
    (r) => ({ label: r.label, members: r.members.length, softDtwDtwLoss: r.softDtwDtwLoss, dbaDtwLoss: r.dbaDtwLoss, length: r.softDtw.length }),
    (r) => {
      const members = r.members.map((index) => dataset?.series[index] ?? []);
      drawLineChart(
        ui.barycenterCanvas,
        [
          { series: members, color: 'rgba(120, 120, 120, 0.35)' },
          { series: [r.dba], color: PALETTE[0] ?? 'blue', width: 2.5, dashed: true },
          { series: [r.softDtw], color: PALETTE[1] ?? 'red', width: 2.5 },
        ],
        {
          legend: [
            { label: `soft-DTW barycenter (γ = ${r.gamma})`, color: PALETTE[1] ?? 'red' },
            { label: 'DBA barycenter', color: PALETTE[0] ?? 'blue' },
            { label: `class ${r.label}: ${r.members.length} series`, color: 'rgb(150, 150, 150)' },
          ],
        },
      );
      ui.barycenterInfo.textContent =
        `Mean DTW loss to the class: soft-DTW barycenter ${r.softDtwDtwLoss.toPrecision(5)}, DBA ${r.dbaDtwLoss.toPrecision(5)} (${(r.ms / 1000).toFixed(2)} s).`;
    },
  );
}

async function computeKMeans(): Promise<void> {
  const metric = ui.kmeansMetric.value as 'softdtw' | 'dtw' | 'euclidean';
  await runJob(
    'kmeans',
    () => client.request('kmeans', { k: Number(ui.kmeansK.value), metric, gamma: currentGamma(), seed: 0, maxIter: 10 }),
    ({ centroids: _centroids, ...rest }) => rest,
    (r) => {
      const layers = r.centroids.map((_, c) => ({
        series: r.labels.flatMap((label, index) => (label === c ? [dataset?.series[index] ?? []] : [])),
        color: `${PALETTE[c % PALETTE.length] ?? '#888888'}55`,
      }));
      const centroidLayers = r.centroids.map((centroid, c) => ({ series: [centroid], color: PALETTE[c % PALETTE.length] ?? '#888888', width: 3 }));
      drawLineChart(ui.kmeansCanvas, [...layers, ...centroidLayers], {
        legend: r.centroids.map((_, c) => ({ label: `cluster ${c}: ${r.labels.filter((l) => l === c).length} series`, color: PALETTE[c % PALETTE.length] ?? '#888888' })),
      });
      ui.kmeansInfo.textContent =
        `${r.k} clusters (${r.metric}), inertia ${r.inertia.toPrecision(5)}, ${r.iterations} Lloyd iterations, adjusted Rand index vs the labels ${r.ari.toFixed(3)} (${(r.ms / 1000).toFixed(2)} s).`;
    },
  );
}

async function computeForecast(): Promise<void> {
  const indices = [Number(ui.pairI.value), Number(ui.pairJ.value)];
  const loss = ui.forecastLoss.value as 'softdtw' | 'euclidean';
  await runJob(
    'forecast',
    () => client.request('forecast', { inputFraction: 0.6, hidden: 32, epochs: Number(ui.forecastEpochs.value), loss, gamma: currentGamma(), seed: 0, indices }),
    ({ onnx: _onnx, ...rest }) => rest,
    (r) => {
      const truths = r.indices.map((index, k) => ({ series: [dataset?.series[index] ?? []], color: PALETTE[k % PALETTE.length] ?? '#888888', width: 1.5 }));
      const forecasts = r.onnx.map((row, k) => ({ series: [row], color: PALETTE[k % PALETTE.length] ?? '#888888', width: 2.5, start: r.inputLength, dashed: true }));
      drawLineChart(ui.forecastCanvas, [...truths, ...forecasts], {
        marker: r.inputLength,
        legend: [
          { label: 'series (solid), ONNX forecast (dashed)', color: '#444444' },
          ...r.indices.map((index, k) => ({ label: `series ${index}`, color: PALETTE[k % PALETTE.length] ?? '#888888' })),
        ],
      });
      ui.forecastInfo.textContent =
        `MLP (${loss} loss) trained in ${(r.trainMs / 1000).toFixed(2)} s on ${r.inputLength} → ${r.outputLength} steps, final loss ${r.finalLoss.toPrecision(4)}; ` +
        `exported to ONNX (${(r.onnxBytes / 1024).toFixed(1)} KiB) and run with onnxruntime-web (wasm) in ${r.onnxMs.toFixed(0)} ms; ` +
        `largest difference from the TypeScript forward pass ${r.maxAbsDiff.toExponential(2)}.`;
    },
  );
}

// ---------------------------------------------------------------------------------------------
// Events and start-up
// ---------------------------------------------------------------------------------------------

ui.backendSelect.addEventListener('change', () => void selectBackend(ui.backendSelect.value));
ui.datasetSelect.addEventListener('change', () => void loadDataset({ kind: 'bundled', name: ui.datasetSelect.value as BundledDatasetName }));
ui.fileInput.addEventListener('change', () => {
  const file = ui.fileInput.files?.[0];
  if (file !== undefined) void loadFile(file);
  ui.fileInput.value = '';
});
ui.dropZone.addEventListener('dragover', (event) => {
  event.preventDefault();
  ui.dropZone.classList.add('over');
});
ui.dropZone.addEventListener('dragleave', () => ui.dropZone.classList.remove('over'));
ui.dropZone.addEventListener('drop', (event) => {
  event.preventDefault();
  ui.dropZone.classList.remove('over');
  const file = event.dataTransfer?.files[0];
  if (file !== undefined) void loadFile(file);
});
for (const control of [ui.pairI, ui.pairJ, ui.gammaSlider]) control.addEventListener('input', () => void alignment.run());
ui.barycenterButton.addEventListener('click', () => void computeBarycenters());
ui.kmeansButton.addEventListener('click', () => void computeKMeans());
ui.forecastButton.addEventListener('click', () => void computeForecast());

async function start(): Promise<void> {
  ui.status.textContent = 'loading backends…';
  try {
    applyBackendState(await client.request('init', { requested: requestedBackend }));
    await loadDataset({ kind: 'bundled', name: 'GunPoint' });
  } catch (error) {
    state.crash ??= describeError(error);
    ui.status.textContent = `start-up failed: ${describeError(error)}`;
  } finally {
    state.ready = true;
    showStatus();
  }
}

void start();
