/**
 * Side effect at module load (listed in package.json "sideEffects"): registers core's 'cpu'
 * kernels in the @softdtw/autodiff kernel registry, after the single-copy check.
 */
import { registerKernel } from '@softdtw/autodiff';
import { SOFT_DTW, SOFT_DTW_GRAD, SOFT_DTW_SERIES_BATCH, SOFT_DTW_WITH_RESIDUALS, SQUARED_EUCLIDEAN_COST, SQUARED_EUCLIDEAN_COST_GRAD } from './primitives/primitiveNames.js';
import { softDtwGradKernel, softDtwKernel, softDtwWithResidualsKernel } from './primitives/SoftDtw.js';
import { squaredEuclideanCostGradKernel, squaredEuclideanCostKernel } from './primitives/SquaredEuclideanCost.js';
import { softDtwSeriesBatchKernel } from './primitives/SeriesBatch.js';
import { RELOADED } from './singleCopyGuard.js';

const options = { override: RELOADED };
registerKernel(SOFT_DTW, 'cpu', softDtwKernel, options);
registerKernel(SOFT_DTW_WITH_RESIDUALS, 'cpu', softDtwWithResidualsKernel, options);
registerKernel(SOFT_DTW_GRAD, 'cpu', softDtwGradKernel, options);
registerKernel(SQUARED_EUCLIDEAN_COST, 'cpu', squaredEuclideanCostKernel, options);
registerKernel(SQUARED_EUCLIDEAN_COST_GRAD, 'cpu', squaredEuclideanCostGradKernel, options);
registerKernel(SOFT_DTW_SERIES_BATCH, 'cpu', softDtwSeriesBatchKernel, options);
