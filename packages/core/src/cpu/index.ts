/**
 * @softdtw/core/cpu — the reference CPU kernels over typed arrays: the executable specification
 * every other backend (wasm, tfjs, webgpu) is tested against. See the package README, section
 * "Kernels", for the contract (layouts, residuals, band, tie-break).
 */
export { bandCellCount, diagonalCellCount, diagonalHigh, diagonalLow, minimumBandRadius } from './sakoeChibaBand.js';
export { softDtwForwardDiagonal, softDtwForwardDiagonalWithWeights } from './softDtwForwardDiagonal.js';
export { softDtwBackwardDiagonal } from './softDtwBackwardDiagonal.js';
export { DIRECTION_DIAG, DIRECTION_LEFT, DIRECTION_UP, hardDtwForwardDiagonal } from './hardDtwForwardDiagonal.js';
export { hardDtwPath } from './hardDtwPath.js';
export { squaredDistance, squaredEuclideanCostDiagonal } from './squaredEuclideanCostDiagonal.js';
export { squaredEuclideanGradDiagonal } from './squaredEuclideanGradDiagonal.js';
export { squaredEuclideanCostMatrix, squaredEuclideanCostMatrixVjp } from './squaredEuclideanCostMatrix.js';
export { softDtwSeriesValue, softDtwSeriesValueBytes } from './softDtwSeriesValue.js';
export {
  softDtwSeriesValueAndGrad,
  softDtwSeriesValueAndGradBytes,
  type SeriesValueAndGrad,
} from './softDtwSeriesValueAndGrad.js';
export { hardDtwSeries, hardDtwSeriesBytes, type HardDtwSeriesResult } from './hardDtwSeries.js';
export {
  softDtwCellOffsets,
  softDtwCostForward,
  softDtwResidualBytes,
  type SoftDtwCostProblem,
  type SoftDtwResiduals,
} from './softDtwCostForward.js';
export { softDtwCostBackward } from './softDtwCostBackward.js';
export { borrowWeightsScratch, releaseWeightsScratch, SCRATCH_RETENTION_BYTES } from './weightsScratch.js';
