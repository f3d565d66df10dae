/**
 * @softdtw/autodiff — a small reverse-mode automatic differentiation engine over float64/float32
 * tensors: `Tensor`, basic differentiable ops, JAX-style transforms (`grad`, `valueAndGrad`,
 * `vjp`), extension points (`customVjp`, `definePrimitive`), gradient checks, and the backend and
 * kernel registry shared by every `@softdtw/*` package.
 */
export { VERSION } from './version.js';

// Errors
export {
  BackendInitError,
  BackendNotFoundError,
  BackendNotReadyError,
  DTypeError,
  DuplicateModuleError,
  DuplicateRegistrationError,
  GradientCheckError,
  InternalError,
  InvalidArgumentError,
  KernelNotFoundError,
  ShapeError,
  SoftDtwError,
} from './errors.js';

// Tensors
export { Tensor, isTensor, type NestedArray, type NestedNumberArray } from './tensor/Tensor.js';
export { full, ones, scalar, tensor, zeros, type TensorOptions } from './tensor/createTensor.js';
export { promoteDTypes, type DType } from './tensor/DType.js';
export { formatShape, shapeSize, shapesEqual, type Shape } from './tensor/Shape.js';
export { broadcastShapes } from './shape/broadcastShapes.js';
export { createRng, type Rng } from './random/createRng.js';
export { randomNormal, type RandomNormalOptions } from './random/randomNormal.js';
export { randomUniform, type RandomUniformOptions } from './random/randomUniform.js';

// Ops
export type { TensorLike } from './ops/toTensor.js';
export { abs, cast, exp, log, neg, relu, sigmoid, sqrt, square, tanh } from './ops/elementwiseUnary.js';
export { add, clip, div, maximum, minimum, mul, pow, sub } from './ops/elementwiseBinary.js';
export { equal, greater, greaterEqual, less, lessEqual, where } from './ops/comparison.js';
export { logSumExp, max, mean, min, sum } from './ops/reductions.js';
export { broadcastTo, concat, expandDims, pad, reshape, slice, squeeze, stack, sumToShape, transpose } from './ops/shapeOps.js';
export { matmul } from './ops/linalg.js';
export * from './primitiveNames.js';

// Transforms
export { grad, type DifferentiableFn, type GradientsAt } from './transforms/grad.js';
export { valueAndGrad, type ValueAndGrad } from './transforms/valueAndGrad.js';
export { vjp, type VjpResult } from './transforms/vjp.js';
export { stopGradient } from './transforms/stopGradient.js';
export type { Gradients } from './transforms/pytree.js';

// Extension points
export { customVjp, type CustomVjp, type TensorFn } from './primitive/customVjp.js';
export {
  definePrimitive,
  listPrimitives,
  type DefinePrimitiveOptions,
  type EmptyAttrs,
  type InputCotangents,
  type Primitive,
  type PrimitiveCall,
  type PrimitiveInfo,
  type PrimitiveRecord,
  type PrimitiveVjp,
} from './primitive/definePrimitive.js';
export type { TensorSpec } from './tape/TapeNode.js';

// Gradient checks
export { assertVjp, checkVjp, type VjpCheckReport } from './check/checkVjp.js';
export { assertGrad, checkGrad, type GradCheckReport } from './check/checkGrad.js';
export type { GradientCheckOptions } from './check/GradientCheckOptions.js';

// Backends and kernels
export type { Backend, BackendCapabilities } from './registry/Backend.js';
export {
  BACKEND_ENV_VAR,
  getBackend,
  listBackends,
  ready,
  registerBackend,
  setBackend,
  type BackendInfo,
  type RegisterBackendOptions,
} from './registry/backendRegistry.js';
export { getKernel, hasKernel, listKernels, registerKernel, type KernelFn, type RegisterKernelOptions } from './registry/kernelRegistry.js';
