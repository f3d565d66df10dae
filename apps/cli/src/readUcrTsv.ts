/**
 * A minimal reader for the UCR archive's `.tsv` format: one series per line, the class label
 * first, values separated by tabs; trailing `NaN` padding (variable-length datasets) is dropped.
 * The full reader with splits and generators belongs to `@softdtw/datasets`; this one is what
 * the CLI needs until that package lands.
 */
import { readFileSync } from 'node:fs';
import { CliUsageError } from './CliUsageError.js';

/** A labelled univariate dataset. */
export interface LabelledSeries {
  readonly labels: string[];
  readonly series: number[][];
}

/**
 * Parse UCR `.tsv` text.
 * @param text - file contents
 * @param source - file name used in error messages
 * @returns labels and series (each series has its true length)
 * @example parseUcrTsv('1\t0.5\t0.7\n2\t0.1\t0.2\n', 'toy.tsv').series.length // 2
 */
export function parseUcrTsv(text: string, source: string): LabelledSeries {
  const labels: string[] = [];
  const series: number[][] = [];
  const lines = text.split(/\r?\n/);
  for (let lineIndex = 0; lineIndex < lines.length; lineIndex++) {
    const line = lines[lineIndex]!.trim();
    if (line === '') continue;
    const fields = line.split(/[\t,]/);
    if (fields.length < 2) {
      throw new CliUsageError(
        `${source}:${lineIndex + 1}: expected a label followed by at least one value, got ${fields.length} field(s). ` +
          'Check that the file is a UCR .tsv (label first, tab separated).',
      );
    }
    const values: number[] = [];
    for (let column = 1; column < fields.length; column++) {
      const field = fields[column]!;
      const value = Number(field);
      if (field === 'NaN') {
        values.push(Number.NaN);
        continue;
      }
      if (field === '' || !Number.isFinite(value)) {
        throw new CliUsageError(
          `${source}:${lineIndex + 1}:${column + 1}: expected a number, got "${field}". Fix or remove that value.`,
        );
      }
      values.push(value);
    }
    let length = values.length;
    while (length > 0 && Number.isNaN(values[length - 1])) length--;
    if (length === 0) {
      throw new CliUsageError(`${source}:${lineIndex + 1}: the series is empty (only NaN padding). Remove the line.`);
    }
    if (values.slice(0, length).some(Number.isNaN)) {
      throw new CliUsageError(
        `${source}:${lineIndex + 1}: expected NaN only as trailing padding, got NaN inside the series. Interpolate or cut the gap.`,
      );
    }
    labels.push(fields[0]!);
    series.push(values.slice(0, length));
  }
  if (series.length === 0) throw new CliUsageError(`${source}: expected at least one series, got an empty file.`);
  return { labels, series };
}

/** Read and parse a UCR `.tsv` file (see {@link parseUcrTsv}). */
export function readUcrTsv(path: string): LabelledSeries {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new CliUsageError(`${path}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)}). Check the path.`);
  }
  return parseUcrTsv(text, path);
}
