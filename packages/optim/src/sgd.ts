/**
 * Stochastic gradient descent with optional heavy-ball or Nesterov momentum, in the form PyTorch
 * uses (Sutskever et al., ICML 2013, for the Nesterov variant). For update t and each entry:
 *
 *     without momentum:  θ ← θ − lr · g
 *     with momentum μ:   b ← μ b + g          (velocity b, zero-initialised, so b = g at t = 1)
 *                        θ ← θ − lr · b                 (heavy ball)
 *                        θ ← θ − lr · (g + μ b)         (nesterov: true)
 *
 * Arithmetic is float64; a Float32Array leaf gets its new values rounded to float32.
 */
import { InvalidOptionError } from './errors.js';
import { defineOptimizer } from './defineOptimizer.js';
import type { Optimizer } from './Optimizer.js';
import type { LeafValues } from './ParameterTree.js';
import { describeValue, realOption } from './validateNumberOption.js';

/** Options of sgd(). */
export interface SgdOptions {
  /** Step size lr > 0 (required: there is no good default). */
  readonly learningRate: number;
  /** Momentum μ ∈ [0, 1). Default 0 (plain SGD, no buffers). */
  readonly momentum?: number;
  /** Nesterov momentum; needs momentum > 0. Default false. */
  readonly nesterov?: boolean;
}

/** sgd() options with every default filled in (as stored in a saved state). */
export interface ResolvedSgdOptions {
  /** lr. */
  readonly learningRate: number;
  /** μ. */
  readonly momentum: number;
  /** Nesterov or heavy ball. */
  readonly nesterov: boolean;
}

/** An SGD optimizer; with momentum its state holds a `velocity` buffer per leaf. */
export type Sgd = Optimizer<'sgd', ResolvedSgdOptions>;

/**
 * Creates an SGD optimizer.
 *
 * @param options - learningRate (required), momentum = 0, nesterov = false
 * @returns a stateful optimizer: `update(params, grads)` returns new params; `state()`/`loadState()` are JSON-safe
 * @throws InvalidOptionError for a missing learningRate, an option out of range, or nesterov without momentum
 * @example
 * const opt = sgd({ learningRate: 0.1, momentum: 0.9 });
 * const p1 = opt.update([Float64Array.of(1)], [Float64Array.of(2)]); // [[0.8]]: b = 2
 * const p2 = opt.update(p1, [Float64Array.of(2)]);                    // [[0.42]]: b = 0.9·2 + 2 = 3.8
 */
export function sgd(options: SgdOptions): Sgd {
  return defineOptimizer(
    {
      kind: 'sgd',
      resolveOptions: resolveSgdOptions,
      bufferNames: (resolved) => (resolved.momentum > 0 ? ['velocity'] : []),
      apply: sgdStep,
    },
    options,
  );
}

function resolveSgdOptions(raw: unknown, where: string): ResolvedSgdOptions {
  const options = (raw ?? {}) as Partial<SgdOptions>;
  if (options.learningRate === undefined) {
    throw new InvalidOptionError(
      `${where}: expected options.learningRate to be a number > 0, got undefined. Pass e.g. sgd({ learningRate: 0.01 }).`,
    );
  }
  const learningRate = realOption(where, 'options.learningRate', options.learningRate, 0.01, { min: 0, minExclusive: true });
  const momentum = realOption(where, 'options.momentum', options.momentum, 0, { min: 0, max: 1, maxExclusive: true });
  const nesterov = options.nesterov ?? false;
  if (typeof nesterov !== 'boolean') {
    throw new InvalidOptionError(
      `${where}: expected options.nesterov to be a boolean, got ${describeValue(nesterov)}. Pass true or false.`,
    );
  }
  if (nesterov && momentum === 0) {
    throw new InvalidOptionError(
      `${where}: expected options.momentum > 0 with nesterov: true, got momentum 0. Pass e.g. momentum: 0.9, or drop nesterov.`,
    );
  }
  return { learningRate, momentum, nesterov };
}

function sgdStep(
  options: ResolvedSgdOptions,
  _step: number,
  param: LeafValues,
  grad: LeafValues,
  buffers: Float64Array[],
): Float64Array {
  const { learningRate, momentum, nesterov } = options;
  const next = new Float64Array(param.length);
  if (momentum === 0) {
    for (let i = 0; i < param.length; i++) next[i] = param[i] - learningRate * grad[i];
    return next;
  }
  const velocity = buffers[0];
  for (let i = 0; i < param.length; i++) {
    const g = grad[i];
    const b = momentum * velocity[i] + g;
    velocity[i] = b;
    next[i] = param[i] - learningRate * (nesterov ? g + momentum * b : b);
  }
  return next;
}
