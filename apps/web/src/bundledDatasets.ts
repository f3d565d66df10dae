/**
 * The datasets that ship with the app: the TRAIN splits of GunPoint and ECG200 from
 * @softdtw/datasets' `data/` folder, emitted by Vite as static assets (`?url`) and fetched on
 * demand, so they are not inlined in the JavaScript. `@softdtw/datasets-data` is an alias set in
 * vite.config.ts to that package's `data/` folder.
 */
import ecg200Train from '@softdtw/datasets-data/ECG200/ECG200_TRAIN.tsv?url';
import gunPointTrain from '@softdtw/datasets-data/GunPoint/GunPoint_TRAIN.tsv?url';
import type { BundledDatasetName } from './protocol.js';

/** URL of each bundled dataset's TRAIN split, relative to the page's origin. */
export const BUNDLED_DATASET_URLS: Readonly<Record<BundledDatasetName, string>> = {
  GunPoint: gunPointTrain,
  ECG200: ecg200Train,
};

/**
 * Fetches the text of a bundled dataset.
 *
 * @param name - 'GunPoint' or 'ECG200'
 * @returns the UCR .tsv text of its TRAIN split
 * @throws Error when the asset cannot be fetched (the build is incomplete)
 * @example
 * const text = await fetchBundledDataset('GunPoint');
 */
export async function fetchBundledDataset(name: BundledDatasetName): Promise<string> {
  const url = BUNDLED_DATASET_URLS[name];
  const response = await fetch(url);
  if (!response.ok) throw new Error(`fetchBundledDataset: expected ${url} to be served, got HTTP ${response.status}. Rebuild the app (vite build).`);
  return response.text();
}
