/**
 * The options every `softdtw reproduce <table>` command shares (data directory, dataset subset,
 * repetitions, epochs, seed, backend, results file, output directory; γ values for the figures), parsed from commander's raw
 * strings into checked values. A bad value is a {@link CliUsageError}: one line, exit code 2.
 */
import { CliUsageError } from '../CliUsageError.js';

/** Checked options shared by all reproductions. */
export interface ReproduceOptions {
  /** UCR archive directory (one folder per dataset with `<Name>_TRAIN.tsv` / `<Name>_TEST.tsv`). */
  readonly dataDir: string;
  /** Datasets asked for by name, in the given order; `undefined` means every complete dataset. */
  readonly datasets: readonly string[] | undefined;
  /** Keep at most this many datasets (after ordering); `undefined` means no limit. */
  readonly maxDatasets: number | undefined;
  /** Repetitions per dataset (different seeds; losses are averaged). */
  readonly repetitions: number;
  /** Training epochs (or outer iterations) per model; `undefined` lets the table choose. */
  readonly epochs: number | undefined;
  /** Base seed; repetition r uses `seed + r`. */
  readonly seed: number;
  /** Autodiff backend name (only `cpu` ships today). */
  readonly backend: string;
  /** JSONL results file, one line per finished dataset; reruns resume from it. */
  readonly results: string;
  /** Directory for the markdown and CSV tables. */
  readonly out: string;
  /** Start no new dataset after this many minutes (finished ones are kept); `undefined`: no limit. */
  readonly timeBudgetMinutes: number | undefined;
  /** Soft-DTW γ values drawn by the figures (`--gammas`, fig5 and fig6); `undefined`: the figure's own. */
  readonly gammas: readonly number[] | undefined;
}

/** The raw strings commander hands over for the shared options. */
export interface RawReproduceOptions {
  readonly dataDir?: string;
  readonly datasets?: string;
  readonly maxDatasets?: string;
  readonly repetitions?: string;
  readonly epochs?: string;
  readonly seed?: string;
  readonly backend?: string;
  readonly results?: string;
  readonly out?: string;
  readonly timeBudget?: string;
  readonly gammas?: string;
}

/** Backends `--backend` accepts. */
export const REPRODUCE_BACKENDS: readonly string[] = ['cpu'];

/**
 * Check and convert the shared reproduce options.
 * @param raw - commander's option strings (any may be missing).
 * @param table - the table name, used for the default results file `out/reproduce/<table>.jsonl`.
 * @returns the checked {@link ReproduceOptions}.
 * @throws {@link CliUsageError} naming the option, the bad value and an example of a good one.
 * @example
 * parseReproduceOptions({ datasets: 'GunPoint,ECG200', repetitions: '2' }, 'table3');
 * // { dataDir: '../shared/data/ucr', datasets: ['GunPoint', 'ECG200'], repetitions: 2, seed: 0, ... }
 */
export function parseReproduceOptions(raw: RawReproduceOptions, table: string): ReproduceOptions {
  const datasets = raw.datasets === undefined ? undefined : parseNameList(raw.datasets);
  const backend = raw.backend ?? 'cpu';
  if (!REPRODUCE_BACKENDS.includes(backend)) {
    throw new CliUsageError(`--backend: expected one of ${REPRODUCE_BACKENDS.join(', ')}, got "${backend}". Example: --backend cpu`);
  }
  return {
    dataDir: raw.dataDir ?? '../shared/data/ucr',
    datasets,
    maxDatasets: raw.maxDatasets === undefined ? undefined : parseCount('--max-datasets', raw.maxDatasets, 1),
    repetitions: raw.repetitions === undefined ? 1 : parseCount('--repetitions', raw.repetitions, 1),
    epochs: raw.epochs === undefined ? undefined : parseCount('--epochs', raw.epochs, 1),
    seed: raw.seed === undefined ? 0 : parseCount('--seed', raw.seed, 0),
    backend,
    results: raw.results ?? `out/reproduce/${table}.jsonl`,
    out: raw.out ?? 'out/reproduce',
    timeBudgetMinutes: raw.timeBudget === undefined ? undefined : parseCount('--time-budget', raw.timeBudget, 1),
    gammas: raw.gammas === undefined ? undefined : parseGammas(raw.gammas),
  };
}

function parseGammas(text: string): number[] {
  const values = text.split(',').map((v) => v.trim());
  if (values.some((v) => v === '' || !Number.isFinite(Number(v)) || Number(v) <= 0)) {
    throw new CliUsageError(`--gammas: expected comma-separated numbers > 0, got "${text}". Example: --gammas 1,0.01`);
  }
  return [...new Set(values.map(Number))];
}

function parseNameList(text: string): string[] {
  const names = text.split(',').map((n) => n.trim());
  if (names.length === 0 || names.some((n) => n === '')) {
    throw new CliUsageError(`--datasets: expected comma-separated dataset names, got "${text}". Example: --datasets GunPoint,ECG200`);
  }
  return [...new Set(names)];
}

function parseCount(flag: string, text: string, min: number): number {
  const value = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(value) || value < min) {
    throw new CliUsageError(`${flag}: expected an integer >= ${min}, got "${text}". Example: ${flag} ${Math.max(min, 3)}`);
  }
  return value;
}
