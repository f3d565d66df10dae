/**
 * @softdtw/datasets — time series datasets for soft-DTW experiments, browser-safe entry.
 *
 * Everything here is pure (no `node:` imports): parse UCR text you fetched yourself, normalise,
 * split, generate. The file-system readers (`readUcrDataset`, `listUcrDatasets`,
 * `bundledDataset`, `readUcrTsvFile`) live in the `@softdtw/datasets/node` subpath.
 */
export type { LabelledSeries } from './LabelledSeries.js';
export { parseUcrTsv } from './parseUcrTsv.js';
export type { MissingValuePolicy, ParseUcrTsvOptions, UcrSplit } from './parseUcrTsv.js';
export { zNormalize } from './zNormalize.js';
export { trainValidationTestSplit } from './trainValidationTestSplit.js';
export type {
  DataSplitOptions,
  IndexSplitOptions,
  LabelledSeriesInput,
  LabelledSplit,
  SplitIndices,
  SplitOptions,
} from './trainValidationTestSplit.js';
export { cylinderBellFunnel, CBF_CLASSES } from './cylinderBellFunnel.js';
export type { CbfClass, CylinderBellFunnelData, CylinderBellFunnelOptions } from './cylinderBellFunnel.js';
export { encodeLabels } from './encodeLabels.js';
export type { EncodedLabels } from './encodeLabels.js';
export { SeededRandom } from './SeededRandom.js';
export { DatasetError, DatasetFileError, DatasetNotFoundError, InvalidArgumentError, UcrParseError } from './errors.js';
