/**
 * A JSONL results file: one JSON object per finished dataset, appended (and flushed) as soon as the
 * dataset is done, so an interrupted run loses at most the dataset in progress and a rerun skips the
 * datasets already there. A half-written last line (the process died mid-write) is ignored.
 */
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

/** The fields every results line has; tables add their own. */
export interface DatasetResult {
  /** Dataset name (the resume key). */
  readonly dataset: string;
  /** Wall-clock seconds spent on this dataset. */
  readonly wallSeconds: number;
  /** The settings that produced the line; a rerun with other settings refuses to mix them. */
  readonly config: Readonly<Record<string, unknown>>;
}

/** A results file that mixes runs of different settings. */
export class ResultsConfigError extends Error {
  readonly code = 'E_RESULTS_CONFIG';
  override readonly name = 'ResultsConfigError';
}

/**
 * Read the finished datasets of a results file.
 * @param path - the JSONL file; a missing file means no results yet.
 * @param config - the current run's settings; lines written with other settings are an error.
 * @returns the records, in file order (a later line for the same dataset replaces an earlier one).
 * @throws {@link ResultsConfigError} when a line's `config` differs from `config`.
 * @example
 * const done = readResults<Table3Result>('out/reproduce/table3.jsonl', config);
 */
export function readResults<R extends DatasetResult>(path: string, config: Readonly<Record<string, unknown>>): R[] {
  if (!existsSync(path)) return [];
  const lines = readFileSync(path, 'utf8').split('\n');
  const byName = new Map<string, R>();
  const wanted = JSON.stringify(config);
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    let record: R;
    try {
      record = JSON.parse(line) as R;
    } catch (error) {
      if (index >= lines.length - 2) return; // the last line was cut off by an interruption: redo it
      throw error;
    }
    if (JSON.stringify(record.config) !== wanted) {
      throw new ResultsConfigError(
        `${path}, line ${index + 1}: expected results of the settings ${wanted}, got ${JSON.stringify(record.config)} (dataset ${record.dataset}). ` +
          'Use another --results file, or delete this one to start over.',
      );
    }
    byName.set(record.dataset, record);
  });
  return [...byName.values()];
}

/**
 * Append one record as a line and flush it to disk.
 * @param path - the JSONL file (created with its directory).
 * @param record - one finished dataset.
 * @example appendResult('out/reproduce/table3.jsonl', record);
 */
export function appendResult(path: string, record: DatasetResult): void {
  mkdirSync(dirname(path), { recursive: true });
  const fd = openSync(path, 'a');
  try {
    writeSync(fd, `${JSON.stringify(record)}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
