/**
 * The directory scan shared by {@link listUcrDatasets} and {@link readUcrDataset}: which dataset
 * folders exist under a UCR archive directory, and which split files each holds.
 *
 * Layout (the 2018 archive's, and that of `../shared/data/ucr/`): `<dir>/<Name>/<Name>_TRAIN.tsv`
 * and `<Name>_TEST.tsv`; datasets whose TEST file is missing from the copy sit in
 * `<dir>/_train_only/<Name>/`. A folder is a dataset when it holds `<Name>_TRAIN.tsv` (exact case,
 * checked by listing, so the answer is the same on case-insensitive file systems). Folders whose
 * names start with `_` or `.` are not datasets (`_train_only` is scanned as the second place).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DatasetFileError } from '../errors.js';

/** A dataset folder found on disk. */
export interface UcrDatasetFolder {
  /** Folder name = dataset name, e.g. `'GunPoint'`. */
  readonly name: string;
  /** Absolute or dir-relative path of the folder (as `dir` was given). */
  readonly directory: string;
  /** Path of `<Name>_TRAIN.tsv`. */
  readonly trainFile: string;
  /** Path of `<Name>_TEST.tsv`, when present. */
  readonly testFile?: string;
}

/** Name of the sub-folder that holds TRAIN-only datasets. */
export const TRAIN_ONLY_FOLDER = '_train_only';

/**
 * List the dataset folders under `dir` and `dir/_train_only`, sorted by name (case-insensitive).
 *
 * @param dir - the archive directory
 * @param caller - function name for error messages
 * @returns `[folders]`; a name present in both places is reported once, from `dir` itself
 * @throws {@link DatasetFileError} when `dir` is not a readable directory
 * @example
 * findUcrDatasetFolders('../shared/data/ucr', 'listUcrDatasets').length; // 101 here
 */
export function findUcrDatasetFolders(dir: string, caller: string): UcrDatasetFolder[] {
  const found = new Map<string, UcrDatasetFolder>();
  for (const parent of [dir, join(dir, TRAIN_ONLY_FOLDER)]) {
    const top = parent === dir;
    let names: string[];
    try {
      names = readdirSync(parent, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
    } catch (error) {
      if (!top) continue; // _train_only is optional
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      throw new DatasetFileError(dir,
        `${caller}: expected a readable directory of UCR datasets at ${dir}, got ${code}. ` +
          'Pass the folder that holds one <Name>/ folder per dataset (e.g. UCRArchive_2018/).');
    }
    for (const name of names) {
      if (name.startsWith('_') || name.startsWith('.') || found.has(name)) continue;
      const directory = join(parent, name);
      let files: Set<string>;
      try {
        files = new Set(readdirSync(directory));
      } catch {
        continue; // unreadable folder: not a dataset we can offer
      }
      if (!files.has(`${name}_TRAIN.tsv`)) continue;
      const testName = `${name}_TEST.tsv`;
      found.set(name, {
        name,
        directory,
        trainFile: join(directory, `${name}_TRAIN.tsv`),
        ...(files.has(testName) ? { testFile: join(directory, testName) } : {}),
      });
    }
  }
  return [...found.values()].sort((a, b) => compareNames(a.name, b.name));
}

/** Case-insensitive order, ties by code units, independent of the locale. */
export function compareNames(a: string, b: string): number {
  const lowerA = a.toLowerCase();
  const lowerB = b.toLowerCase();
  if (lowerA !== lowerB) return lowerA < lowerB ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
