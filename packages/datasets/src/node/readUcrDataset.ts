/**
 * Read one dataset of a UCR archive directory by name: `<dir>/<Name>/<Name>_TRAIN.tsv` and
 * `_TEST.tsv`, or `<dir>/_train_only/<Name>/<Name>_TRAIN.tsv` for datasets whose TEST file is
 * not in the copy. Names are the 2018 ones and match exactly (case included); a near miss (other
 * case, 2015 name such as `Gun_Point`, a catalog row marked absent) is named in the error.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MissingValuePolicy, UcrSplit } from '../parseUcrTsv.js';
import { DatasetNotFoundError, InvalidArgumentError } from '../errors.js';
import { findUcrDatasetFolders } from './findUcrDatasetFolders.js';
import type { UcrDatasetFolder } from './findUcrDatasetFolders.js';
import { UCR_CATALOG_FILE } from './listUcrDatasets.js';
import { parseUcrCatalog } from './parseUcrCatalog.js';
import { readUcrTsvFile } from './readUcrTsvFile.js';

/** Which split files to read: `'all'` (default) reads TRAIN and TEST. */
export type UcrSplitName = 'train' | 'test' | 'all';

/** Options of {@link readUcrDataset}. */
export interface ReadUcrDatasetOptions {
  /** `'train'`, `'test'` or `'all'` (default). TRAIN-only datasets need `'train'`. */
  readonly split?: UcrSplitName;
  /** What to do with `NaN` inside a series (see `parseUcrTsv`). Default `'error'`. */
  readonly missing?: MissingValuePolicy;
}

/** A dataset read with `split: 'all'`: both files. */
export interface UcrDataset {
  /** Dataset name, e.g. `'GunPoint'`. */
  readonly name: string;
  /** Folder the files were read from. */
  readonly directory: string;
  /** The TRAIN file, parsed. */
  readonly train: UcrSplit;
  /** The TEST file, parsed. */
  readonly test: UcrSplit;
}

/** A dataset read with `split: 'train'`. */
export type UcrDatasetTrain = Omit<UcrDataset, 'test'>;
/** A dataset read with `split: 'test'`. */
export type UcrDatasetTest = Omit<UcrDataset, 'train'>;

/**
 * Read both splits of a UCR dataset.
 *
 * @param dir - the archive directory (e.g. `'../shared/data/ucr'`, or `UCRArchive_2018`)
 * @param name - the 2018 dataset name, exact case, e.g. `'GunPoint'`
 * @param options - `split` (`'all'` here), `missing`
 * @returns `{ name, directory, train, test }`, each split `{ series: [n][length_i], labels: [n], … }`
 * @throws {@link DatasetNotFoundError} (code `'E_DATASET_NOT_FOUND'`) when there is no such dataset
 *   (the message suggests near names) or its TEST file is missing (pass `{ split: 'train' }`);
 *   {@link DatasetFileError} for an unreadable directory; {@link UcrParseError} for a malformed file
 * @example
 * const gunPoint = readUcrDataset('../shared/data/ucr', 'GunPoint');
 * gunPoint.train.series.length; // 50
 * gunPoint.test.series.length;  // 150
 */
export function readUcrDataset(dir: string, name: string, options?: ReadUcrDatasetOptions & { readonly split?: 'all' }): UcrDataset;
/**
 * Read the TRAIN split of a UCR dataset (works for TRAIN-only datasets too).
 *
 * @param dir - the archive directory
 * @param name - the 2018 dataset name, exact case
 * @param options - `{ split: 'train' }`, `missing`
 * @returns `{ name, directory, train }`
 * @throws {@link DatasetNotFoundError}, {@link DatasetFileError}, {@link UcrParseError} as above
 * @example
 * readUcrDataset('../shared/data/ucr', 'Symbols', { split: 'train' }).train.series.length; // 25
 */
export function readUcrDataset(dir: string, name: string, options: ReadUcrDatasetOptions & { readonly split: 'train' }): UcrDatasetTrain;
/**
 * Read the TEST split of a UCR dataset.
 *
 * @param dir - the archive directory
 * @param name - the 2018 dataset name, exact case
 * @param options - `{ split: 'test' }`, `missing`
 * @returns `{ name, directory, test }`
 * @throws {@link DatasetNotFoundError} also when the dataset has no TEST file here
 * @example
 * readUcrDataset('../shared/data/ucr', 'CBF', { split: 'test' }).test.series.length; // 900
 */
export function readUcrDataset(dir: string, name: string, options: ReadUcrDatasetOptions & { readonly split: 'test' }): UcrDatasetTest;
/**
 * Read a UCR dataset, split chosen at run time.
 *
 * @param dir - the archive directory
 * @param name - the 2018 dataset name, exact case
 * @param options - `split`, `missing`
 * @returns the splits asked for
 * @throws as the other overloads
 * @example
 * readUcrDataset(dir, name, { split: userChoice });
 */
export function readUcrDataset(dir: string, name: string, options?: ReadUcrDatasetOptions): UcrDatasetTrain | UcrDatasetTest | UcrDataset;
export function readUcrDataset(dir: string, name: string, options: ReadUcrDatasetOptions = {}): UcrDatasetTrain | UcrDatasetTest | UcrDataset {
  const split = options.split ?? 'all';
  if (split !== 'train' && split !== 'test' && split !== 'all') {
    throw new InvalidArgumentError(
      `readUcrDataset: expected split 'train', 'test' or 'all', got ${JSON.stringify(split)}. Pass one of those three.`,
    );
  }
  if (typeof name !== 'string' || name === '' || /[/\\]/.test(name) || name === '.' || name === '..') {
    throw new InvalidArgumentError(
      `readUcrDataset: expected a dataset name such as 'GunPoint', got ${JSON.stringify(name)}. ` +
        'Pass the folder name only; the directory goes in the first argument.',
    );
  }
  const folders = findUcrDatasetFolders(dir, 'readUcrDataset');
  const folder = folders.find((candidate) => candidate.name === name);
  if (folder === undefined) throw notFound(dir, name, folders);

  const parseOptions = options.missing === undefined ? {} : { missing: options.missing };
  const base = { name, directory: folder.directory };
  if (split === 'train') return { ...base, train: readUcrTsvFile(folder.trainFile, parseOptions) };
  if (folder.testFile === undefined) {
    throw new DatasetNotFoundError(
      `readUcrDataset: expected ${name}_TEST.tsv in ${folder.directory}, got only the TRAIN split. ` +
        `This copy of ${name} is TRAIN-only: pass { split: 'train' }, or add the TEST file from the UCR archive.`,
      ['train'],
    );
  }
  if (split === 'test') return { ...base, test: readUcrTsvFile(folder.testFile, parseOptions) };
  const train = readUcrTsvFile(folder.trainFile, parseOptions);
  return { ...base, train, test: readUcrTsvFile(folder.testFile, parseOptions) };
}

/** The not-found error, with the closest names: other case, 2015 name, or the catalog's reason. */
function notFound(dir: string, name: string, folders: readonly UcrDatasetFolder[]): DatasetNotFoundError {
  const available = folders.map((folder) => folder.name);
  const hints: string[] = [];
  const sameLetters = available.find((candidate) => candidate.toLowerCase() === name.toLowerCase());
  if (sameLetters !== undefined) hints.push(`Names are case-sensitive: did you mean '${sameLetters}'?`);
  let catalogText: string | undefined;
  try {
    catalogText = readFileSync(join(dir, UCR_CATALOG_FILE), 'utf8');
  } catch {
    catalogText = undefined;
  }
  if (catalogText !== undefined) {
    const entries = parseUcrCatalog(catalogText, join(dir, UCR_CATALOG_FILE));
    const renamed = entries.find((entry) => entry.name2015 === name && entry.name !== name);
    if (renamed !== undefined) hints.push(`'${name}' is the 2015 name; the 2018 archive calls it '${renamed.name}'.`);
    const listed = entries.find((entry) => entry.name === name);
    if (listed !== undefined) hints.push(`${UCR_CATALOG_FILE} lists it as: ${listed.status}.`);
  }
  const shown = available.length > 12 ? `${available.slice(0, 12).join(', ')}, … (${available.length} in all; see listUcrDatasets)` : available.join(', ');
  return new DatasetNotFoundError(
    `readUcrDataset: expected a dataset folder named '${name}' (holding ${name}_TRAIN.tsv) in ${dir}, got none. ` +
      (hints.length > 0 ? `${hints.join(' ')} ` : '') +
      `Available: ${shown === '' ? 'none' : shown}.`,
    available,
  );
}
