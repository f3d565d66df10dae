/**
 * The loop every reproduction shares: for each dataset not yet in the results file, compute its
 * record, time it and append it at once; then hand all records (old and new) back for the tables.
 * Interrupting the process loses only the dataset in progress; rerunning resumes.
 */
import { appendResult, readResults, type DatasetResult } from './ResultsFile.js';
import type { ProgressReporter } from './ProgressReporter.js';

/** What {@link runReproduction} needs. */
export interface RunReproductionOptions<R extends DatasetResult> {
  /** Datasets to run, in order. */
  readonly datasets: readonly string[];
  /** JSONL results file. */
  readonly resultsFile: string;
  /** The run's settings, stored in each line and checked on resume. */
  readonly config: Readonly<Record<string, unknown>>;
  /** Units of progress one dataset counts for (e.g. models trained). */
  readonly unitsPerDataset: number;
  /** Compute one dataset's record (without `dataset`, `wallSeconds`, `config`: added here). */
  readonly compute: (dataset: string, step: (label: string) => void) => Omit<R, keyof DatasetResult>;
  /** Progress output. */
  readonly progress: ProgressReporter;
  /** Stop before starting a dataset once this returns true (e.g. a deadline). */
  readonly shouldStop?: () => boolean;
}

/** What a run did. */
export interface ReproductionRun<R extends DatasetResult> {
  /** Records of the asked datasets that are finished (from earlier runs and this one), in dataset order. */
  readonly records: R[];
  /** Datasets computed by this call. */
  readonly computed: string[];
  /** Datasets taken from the results file. */
  readonly resumed: string[];
}

/**
 * Run (or resume) a reproduction.
 * @param options - datasets, results file, settings and the per-dataset computation.
 * @returns the records and which datasets were computed now vs resumed.
 * @example
 * const run = runReproduction({ datasets: ['GunPoint'], resultsFile: 'r.jsonl', config: {}, unitsPerDataset: 1,
 *   compute: () => ({ score: 1 }), progress: createProgressReporter({ total: 1 }) });
 */
export function runReproduction<R extends DatasetResult>(options: RunReproductionOptions<R>): ReproductionRun<R> {
  const previous = new Map(readResults<R>(options.resultsFile, options.config).map((r) => [r.dataset, r]));
  const records: R[] = [];
  const computed: string[] = [];
  const resumed: string[] = [];
  const { progress } = options;
  for (const [index, dataset] of options.datasets.entries()) {
    const done = previous.get(dataset);
    if (done !== undefined) {
      records.push(done);
      resumed.push(dataset);
      progress.step(options.unitsPerDataset, `${dataset} (from results file)`);
      continue;
    }
    if (options.shouldStop?.() === true) {
      progress.message(`stopping before ${dataset}: deadline reached`);
      break;
    }
    const start = performance.now();
    const body = options.compute(dataset, (label) => progress.step(1, `${dataset}: ${label}`));
    const wallSeconds = (performance.now() - start) / 1000;
    const record = { ...body, dataset, wallSeconds, config: options.config } as unknown as R;
    appendResult(options.resultsFile, record);
    records.push(record);
    computed.push(dataset);
    progress.message(`[${index + 1}/${options.datasets.length}] ${dataset} done in ${wallSeconds.toFixed(1)} s`);
  }
  return { records, computed, resumed };
}
