/**
 * @softdtw/core — soft-DTW (Cuturi & Blondel, ICML 2017, arXiv:1703.01541) as exact float64
 * primitives: values, gradients, expected alignments, hard DTW, divergences, batches, pairwise
 * matrices, Sakoe-Chiba bands — over plain arrays, and over @softdtw/autodiff Tensors as
 * differentiable primitives (SoftDtw over cost matrices, SquaredEuclideanCost).
 */
import './registerCpuKernels.js';

export { softDtw } from './softDtw.js';
export { softDtwValueAndGrad, type SoftDtwValueAndGrad, type SoftDtwValueAndGradTensors } from './softDtwValueAndGrad.js';
export { softDtwAlignment, type SoftDtwAlignment, type SoftDtwAlignmentTensors } from './softDtwAlignment.js';
export { dtw, type DtwResult, type DtwResultTensor } from './dtw.js';
export { softDtwDivergence } from './softDtwDivergence.js';
export { softDtwBatch, type SoftDtwBatchOptions } from './softDtwBatch.js';
export { softDtwBatchValueAndGrad, type SoftDtwBatchValueAndGrad, type SoftDtwBatchValueAndGradTensors } from './softDtwBatchValueAndGrad.js';
export { pairwiseSoftDtw } from './pairwiseSoftDtw.js';
export { softDtwBatchAsync } from './softDtwBatchAsync.js';
export { softDtwBatchValueAndGradAsync } from './softDtwBatchValueAndGradAsync.js';
export { pairwiseSoftDtwAsync } from './pairwiseSoftDtwAsync.js';
export {
  softDtwFromCost,
  softDtwFromCostValueAndGrad,
  type SoftDtwFromCostOptions,
  type SoftDtwFromCostValueAndGrad,
  type SoftDtwFromCostValueAndGradTensors,
} from './softDtwFromCost.js';
export { squaredEuclideanCost } from './squaredEuclideanCost.js';
export { DEFAULT_MEMORY_BUDGET, getMemoryBudget, setMemoryBudget } from './memoryBudget.js';
export type { GradientOf, Series } from './Series.js';
export type { SeriesOrTensor } from './seriesTensor.js';
export { SoftDtw, softDtwGradKernel, softDtwKernel, softDtwWithResidualsKernel, type SoftDtwSaved } from './primitives/SoftDtw.js';
export { SquaredEuclideanCost, squaredEuclideanCostGradKernel, squaredEuclideanCostKernel } from './primitives/SquaredEuclideanCost.js';
export * from './primitives/primitiveNames.js';
export { softDtwSeriesBatchKernel } from './primitives/SeriesBatch.js';
export { CORE_VERSION } from './singleCopyGuard.js';
export type { DtwOptions, SoftDtwOptions } from './SoftDtwOptions.js';
export {
  BandTooNarrowError,
  EmptySeriesError,
  InvalidArgumentError,
  MemoryBudgetError,
  NonFiniteValueError,
  NumericalError,
  ShapeError,
  SoftDtwError,
} from './errors.js';
