/**
 * What a UCR archive directory holds: complete datasets (TRAIN and TEST), TRAIN-only ones, and —
 * when a `datasets.csv` catalog sits in the directory (as in `../shared/data/ucr/`) — the
 * datasets the catalog lists that are not on disk, with its reason, plus each dataset's catalog
 * row (sizes, lengths, classes, normalisation).
 *
 * The directory is the truth for what can be read; the catalog only adds metadata. Without a
 * catalog (e.g. the official `UCRArchive_2018/` folder) the listing comes from the folders alone.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareNames, findUcrDatasetFolders } from './findUcrDatasetFolders.js';
import { parseUcrCatalog } from './parseUcrCatalog.js';
import type { UcrCatalogEntry } from './parseUcrCatalog.js';

/** One dataset that can be read from the directory. */
export interface UcrDatasetInfo {
  /** Dataset name, e.g. `'GunPoint'` (the folder name). */
  readonly name: string;
  /** `'complete'`: TRAIN and TEST present; `'train-only'`: TRAIN only (read it with `{ split: 'train' }`). */
  readonly status: 'complete' | 'train-only';
  /** Path of the dataset folder. */
  readonly directory: string;
  /** Path of `<Name>_TRAIN.tsv`. */
  readonly trainFile: string;
  /** Path of `<Name>_TEST.tsv` (complete datasets only). */
  readonly testFile?: string;
  /** The catalog row for this dataset, when `datasets.csv` exists and lists it. */
  readonly catalog?: UcrCatalogEntry;
}

/** A dataset the catalog lists but the directory does not hold. */
export interface UcrUnavailableDataset {
  /** Dataset name. */
  readonly name: string;
  /** The catalog's status, e.g. `'absent (split files >= 4 MiB not retrievable)'`. */
  readonly reason: string;
}

/** The result of {@link listUcrDatasets}. */
export interface UcrArchiveListing {
  /** The directory that was listed, as given. */
  readonly directory: string;
  /** Path of the `datasets.csv` that was read, when there is one. */
  readonly catalogFile?: string;
  /** Datasets with TRAIN and TEST, sorted by name (case-insensitive). */
  readonly complete: UcrDatasetInfo[];
  /** Datasets with only TRAIN on disk, sorted by name. */
  readonly trainOnly: UcrDatasetInfo[];
  /** Catalog rows with no folder on disk, sorted by name (empty without a catalog). */
  readonly unavailable: UcrUnavailableDataset[];
}

/** File name of the catalog looked for in the archive directory. */
export const UCR_CATALOG_FILE = 'datasets.csv';

/**
 * List the UCR datasets in a directory.
 *
 * @param dir - archive directory: `<dir>/<Name>/<Name>_TRAIN.tsv` (+ `_TEST.tsv`), TRAIN-only
 *   datasets possibly under `<dir>/_train_only/`, optional `<dir>/datasets.csv`
 * @returns `{ directory, catalogFile?, complete, trainOnly, unavailable }`
 * @throws {@link DatasetFileError} (code `'E_DATASET_FILE'`) when `dir` is not a readable directory;
 *   {@link UcrParseError} when `datasets.csv` exists but is not a catalog
 * @example
 * const archive = listUcrDatasets('../shared/data/ucr');
 * archive.complete.length;   // 87 in the copy beside this repo
 * archive.trainOnly.map((d) => d.name); // ['ChlorineConcentration', 'CinCECGTorso', …]
 */
export function listUcrDatasets(dir: string): UcrArchiveListing {
  const folders = findUcrDatasetFolders(dir, 'listUcrDatasets');
  const catalogFile = join(dir, UCR_CATALOG_FILE);
  let catalogText: string | undefined;
  try {
    catalogText = readFileSync(catalogFile, 'utf8');
  } catch {
    catalogText = undefined; // no catalog: list the folders alone
  }
  const catalog = new Map<string, UcrCatalogEntry>();
  if (catalogText !== undefined) {
    for (const entry of parseUcrCatalog(catalogText, catalogFile)) catalog.set(entry.name, entry);
  }

  const complete: UcrDatasetInfo[] = [];
  const trainOnly: UcrDatasetInfo[] = [];
  for (const folder of folders) {
    const entry = catalog.get(folder.name);
    const info: UcrDatasetInfo = {
      ...folder,
      status: folder.testFile === undefined ? 'train-only' : 'complete',
      ...(entry === undefined ? {} : { catalog: entry }),
    };
    (info.status === 'complete' ? complete : trainOnly).push(info);
  }
  const onDisk = new Set(folders.map((folder) => folder.name));
  const unavailable = [...catalog.values()]
    .filter((entry) => !onDisk.has(entry.name))
    .map((entry) => ({ name: entry.name, reason: entry.status }))
    .sort((a, b) => compareNames(a.name, b.name));

  return {
    directory: dir,
    ...(catalogText === undefined ? {} : { catalogFile }),
    complete,
    trainOnly,
    unavailable,
  };
}
