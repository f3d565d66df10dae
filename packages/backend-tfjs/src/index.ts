/**
 * @softdtw/backend-tfjs — soft-DTW (Cuturi & Blondel, ICML 2017, arXiv:1703.01541) on any
 * TensorFlow.js backend: `softDtwLoss`, a differentiable tfjs op for training tfjs models, and
 * the 'tfjs' backend of the @softdtw registry (`registerTfjsBackend`), float32, written with
 * tfjs-core ops only (batched anti-diagonal wavefront).
 */
export { softDtwLoss, type SoftDtwLossOptions, type SoftDtwLossReduction } from './softDtwLoss.js';
export { registerTfjsBackend, tfjsSupport, type RegisterTfjsBackendOptions } from './registerTfjsBackend.js';
export { TFJS_BACKEND_NAME, TFJS_BACKEND_PRIORITY, readsSynchronously, type TfjsSoftDtwBackend } from './TfjsSoftDtwBackend.js';
export type { TfjsModule } from './TfjsModule.js';
export { tfjsSeriesBatchAsyncKernel, tfjsSeriesBatchKernel } from './seriesBatchKernels.js';
export {
  tfjsSoftDtwGradKernel,
  tfjsSoftDtwKernel,
  tfjsSoftDtwWithResidualsKernel,
  type TfjsSoftDtwResiduals,
  type TfjsSoftDtwWithResidualsOutput,
} from './softDtwCostKernels.js';
export { COST_SENTINEL, GAMMA_FLOOR } from './wavefrontForward.js';
export { FLOAT32_VALUE_LIMIT } from './checkFloat32Values.js';
