/**
 * Read one UCR `.tsv` file from disk and parse it with {@link parseUcrTsv} (the path becomes the
 * `source` named in error messages).
 */
import { readFileSync } from 'node:fs';
import { parseUcrTsv } from '../parseUcrTsv.js';
import type { ParseUcrTsvOptions, UcrSplit } from '../parseUcrTsv.js';
import { DatasetFileError } from '../errors.js';

/** Options of {@link readUcrTsvFile}: the parser's, except `source` (always the path). */
export type ReadUcrTsvFileOptions = Omit<ParseUcrTsvOptions, 'source'>;

/**
 * Read and parse one UCR `.tsv` file.
 *
 * @param path - path of the file (absolute, or relative to the working directory)
 * @param options - `delimiter` and `missing`, as for {@link parseUcrTsv}
 * @returns the parsed split: `{ series: [n][length_i], labels: [n], source: path, minLength, maxLength, missingValues }`
 * @throws {@link DatasetFileError} (code `'E_DATASET_FILE'`) when the file cannot be read;
 *   {@link UcrParseError} (code `'E_UCR_PARSE'`) with the path, line and column when it is malformed
 * @example
 * const train = readUcrTsvFile('../shared/data/ucr/CBF/CBF_TRAIN.tsv');
 * train.series.length; // 30
 */
export function readUcrTsvFile(path: string, options: ReadUcrTsvFileOptions = {}): UcrSplit {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new DatasetFileError(path,
      `readUcrTsvFile: expected a readable file at ${path}, got ${code}. Check the path (UCR files are named <Name>/<Name>_TRAIN.tsv).`);
  }
  return parseUcrTsv(text, { ...options, source: path });
}
