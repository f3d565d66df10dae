/**
 * The UCR datasets copied into this package (`data/`, shipped in the npm tarball): GunPoint and
 * ECG200, the two small datasets the soft-DTW paper names. Read them without any archive on disk,
 * e.g. for demos and tests.
 *
 * The data directory is found relative to this module's own URL: `src/node/bundledDataset.ts`
 * and `dist/node/bundledDataset.js` both sit two levels below the package root, so
 * `../../data/` is right from sources (tests, `@softdtw/source`) and from the build alike.
 */
import { fileURLToPath } from 'node:url';
import { readUcrDataset } from './readUcrDataset.js';
import type { ReadUcrDatasetOptions, UcrDataset, UcrDatasetTest, UcrDatasetTrain } from './readUcrDataset.js';
import { DatasetNotFoundError } from '../errors.js';

/** Names of the datasets shipped in `data/`. */
export const BUNDLED_DATASETS = ['ECG200', 'GunPoint'] as const;

/** One of {@link BUNDLED_DATASETS}. */
export type BundledDatasetName = (typeof BUNDLED_DATASETS)[number];

/**
 * Absolute path of the package's `data/` folder, a small UCR archive directory (one folder per
 * dataset with `_TRAIN.tsv`, `_TEST.tsv` and the archive's README, plus a `datasets.csv` catalog),
 * so it also works with {@link listUcrDatasets} and {@link readUcrDataset}.
 *
 * @returns the directory path
 * @example
 * listUcrDatasets(bundledDataDirectory()).complete.map((d) => d.name); // ['ECG200', 'GunPoint']
 */
export function bundledDataDirectory(): string {
  return fileURLToPath(new URL('../../data/', import.meta.url));
}

/**
 * Read both splits of a bundled dataset.
 *
 * @param name - `'GunPoint'` (50 train / 150 test, length 150, labels '1' '2') or `'ECG200'`
 *   (100 / 100, length 96, labels '-1' '1')
 * @param options - `split` (`'all'` here), `missing`
 * @returns `{ name, directory, train, test }`, each `{ series: [n][length], labels: [n], … }`
 * @throws {@link DatasetNotFoundError} when `name` is not bundled (the message lists what is)
 * @example
 * const gunPoint = bundledDataset('GunPoint');
 * gunPoint.train.series.length; // 50
 */
export function bundledDataset(name: BundledDatasetName, options?: ReadUcrDatasetOptions & { readonly split?: 'all' }): UcrDataset;
/**
 * Read the TRAIN split of a bundled dataset.
 * @param name - a bundled dataset name
 * @param options - `{ split: 'train' }`
 * @returns `{ name, directory, train }`
 * @throws {@link DatasetNotFoundError} when `name` is not bundled
 * @example
 * bundledDataset('ECG200', { split: 'train' }).train.labels.length; // 100
 */
export function bundledDataset(name: BundledDatasetName, options: ReadUcrDatasetOptions & { readonly split: 'train' }): UcrDatasetTrain;
/**
 * Read the TEST split of a bundled dataset.
 * @param name - a bundled dataset name
 * @param options - `{ split: 'test' }`
 * @returns `{ name, directory, test }`
 * @throws {@link DatasetNotFoundError} when `name` is not bundled
 * @example
 * bundledDataset('GunPoint', { split: 'test' }).test.series.length; // 150
 */
export function bundledDataset(name: BundledDatasetName, options: ReadUcrDatasetOptions & { readonly split: 'test' }): UcrDatasetTest;
export function bundledDataset(name: BundledDatasetName, options: ReadUcrDatasetOptions = {}): UcrDataset | UcrDatasetTrain | UcrDatasetTest {
  if (!(BUNDLED_DATASETS as readonly string[]).includes(name)) {
    throw new DatasetNotFoundError(
      `bundledDataset: expected one of the bundled datasets (${BUNDLED_DATASETS.join(', ')}), got ${JSON.stringify(name)}. ` +
        'Read other UCR datasets from an archive directory with readUcrDataset(dir, name).',
      [...BUNDLED_DATASETS],
    );
  }
  return readUcrDataset(bundledDataDirectory(), name, options);
}
