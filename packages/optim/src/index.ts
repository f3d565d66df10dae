/**
 * @softdtw/optim — optimizers for soft-DTW models.
 *
 * - minimizeLbfgs: L-BFGS with a strong-Wolfe line search over a flat Float64Array or a tree of
 *   autodiff Tensors, with a report of why it stopped (used for soft-DTW barycenters).
 * - adam, sgd: stateful first-order optimizers over parameter trees (Tensors or typed arrays), whose
 *   state round-trips through JSON (used to train the MLP forecaster).
 * - strongWolfeLineSearch, cubicMinimizer, flattenTree, tensorObjective: the building blocks.
 */
export { adam, type Adam, type AdamOptions, type ResolvedAdamOptions } from './adam.js';
export { cubicMinimizer, type CubicKnot } from './cubicMinimizer.js';
export {
  InvalidArgumentError,
  InvalidOptionError,
  InvalidStateError,
  NonFiniteGradientError,
  NonFiniteStartError,
  ObjectiveReturnError,
  OptimError,
  StructureMismatchError,
  type OptimErrorCode,
} from './errors.js';
export { flattenTree, type FlatTree } from './flattenTree.js';
export {
  minimizeLbfgs,
  type LbfgsIterationInfo,
  type LbfgsOptions,
  type LbfgsResult,
  type LbfgsStopReason,
  type LbfgsTreeResult,
  type Objective,
  type ValueAndGradient,
} from './minimizeLbfgs.js';
export type { Optimizer, OptimizerState, SlotState } from './Optimizer.js';
export { isParameterLeaf, leafValues, type LeafValues, type ParameterLeaf, type ParameterTree } from './ParameterTree.js';
export { sgd, type ResolvedSgdOptions, type Sgd, type SgdOptions } from './sgd.js';
export { containsTensor, tensorObjective, type TensorObjective, type TensorTree } from './tensorObjective.js';
export {
  strongWolfeLineSearch,
  type LineSearchResult,
  type LineSearchStatus,
  type LineSearchTrial,
  type ResolvedStrongWolfeOptions,
  type StrongWolfeOptions,
} from './strongWolfeLineSearch.js';
