/**
 * @softdtw/datasets/node — the file-system half of the package (Node only: uses `node:fs`).
 *
 * Read UCR `.tsv` files, whole datasets from an archive directory, the archive's listing, and the
 * datasets bundled in this package. The pure functions (parser, normalisation, splits,
 * generators) are in the main entry, `@softdtw/datasets`.
 */
export { readUcrTsvFile } from './readUcrTsvFile.js';
export type { ReadUcrTsvFileOptions } from './readUcrTsvFile.js';
export { readUcrDataset } from './readUcrDataset.js';
export type { ReadUcrDatasetOptions, UcrDataset, UcrDatasetTest, UcrDatasetTrain, UcrSplitName } from './readUcrDataset.js';
export { listUcrDatasets, UCR_CATALOG_FILE } from './listUcrDatasets.js';
export type { UcrArchiveListing, UcrDatasetInfo, UcrUnavailableDataset } from './listUcrDatasets.js';
export type { UcrCatalogEntry } from './parseUcrCatalog.js';
export { bundledDataset, bundledDataDirectory, BUNDLED_DATASETS } from './bundledDataset.js';
export type { BundledDatasetName } from './bundledDataset.js';
