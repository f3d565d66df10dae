/**
 * Adam (Kingma & Ba, "Adam: A Method for Stochastic Optimization", ICLR 2015, arXiv:1412.6980,
 * Algorithm 1), with optional decoupled weight decay (AdamW: Loshchilov & Hutter, ICLR 2019,
 * arXiv:1711.05101). Used to train the MLP forecaster with a soft-DTW loss (Cuturi & Blondel,
 * ICML 2017, arXiv:1703.01541, §3.4). For update t = 1, 2, … and each parameter entry:
 *
 *     m ← β1 m + (1 − β1) g                      first moment (zero-initialised)
 *     v ← β2 v + (1 − β2) g²                     second moment (zero-initialised)
 *     m̂ = m / (1 − β1^t),   v̂ = v / (1 − β2^t)  bias correction
 *     θ ← θ − lr·λ·θ                              decoupled weight decay λ (skipped when λ = 0)
 *     θ ← θ − lr · m̂ / (√v̂ + ε)
 *
 * ε is added to √v̂ (outside the square root), as in the paper and in PyTorch/TensorFlow defaults.
 * The decay uses θ before the gradient step (PyTorch's AdamW order). Arithmetic is float64; a
 * Float32Array leaf gets its new values rounded to float32, its moments stay float64.
 */
import { defineOptimizer } from './defineOptimizer.js';
import type { Optimizer } from './Optimizer.js';
import type { LeafValues } from './ParameterTree.js';
import { realOption } from './validateNumberOption.js';

/** Options of adam(). */
export interface AdamOptions {
  /** Step size lr > 0. Default 1e-3. */
  readonly learningRate?: number;
  /** First-moment decay β1 ∈ [0, 1). Default 0.9. */
  readonly beta1?: number;
  /** Second-moment decay β2 ∈ [0, 1). Default 0.999. */
  readonly beta2?: number;
  /** ε > 0 added to √v̂. Default 1e-8. */
  readonly epsilon?: number;
  /** Decoupled weight decay λ ≥ 0 (AdamW). Default 0 (plain Adam). */
  readonly weightDecay?: number;
}

/** adam() options with every default filled in (as stored in a saved state). */
export interface ResolvedAdamOptions {
  /** lr. */
  readonly learningRate: number;
  /** β1. */
  readonly beta1: number;
  /** β2. */
  readonly beta2: number;
  /** ε. */
  readonly epsilon: number;
  /** λ. */
  readonly weightDecay: number;
}

/** An Adam optimizer; its state holds `firstMoment` and `secondMoment` buffers per leaf. */
export type Adam = Optimizer<'adam', ResolvedAdamOptions>;

/**
 * Creates an Adam optimizer (AdamW when weightDecay > 0).
 *
 * @param options - learningRate = 1e-3, beta1 = 0.9, beta2 = 0.999, epsilon = 1e-8, weightDecay = 0
 * @returns a stateful optimizer: `update(params, grads)` returns new params; `state()`/`loadState()` are JSON-safe
 * @throws InvalidOptionError for an option out of range
 * @example
 * const opt = adam({ learningRate: 0.1 });
 * let params = { w: Float64Array.of(1) };
 * for (let i = 0; i < 3; i++) params = opt.update(params, { w: Float64Array.of(2 * params.w[0]) }); // f = w²
 * params.w[0]; // ≈ 0.7 (each early Adam step moves about lr, whatever the gradient's scale)
 */
export function adam(options: AdamOptions = {}): Adam {
  return defineOptimizer(
    {
      kind: 'adam',
      resolveOptions: resolveAdamOptions,
      bufferNames: () => ['firstMoment', 'secondMoment'],
      apply: adamStep,
    },
    options,
  );
}

function resolveAdamOptions(raw: unknown, where: string): ResolvedAdamOptions {
  const options = (raw ?? {}) as AdamOptions;
  return {
    learningRate: realOption(where, 'options.learningRate', options.learningRate, 1e-3, { min: 0, minExclusive: true }),
    beta1: realOption(where, 'options.beta1', options.beta1, 0.9, { min: 0, max: 1, maxExclusive: true }),
    beta2: realOption(where, 'options.beta2', options.beta2, 0.999, { min: 0, max: 1, maxExclusive: true }),
    epsilon: realOption(where, 'options.epsilon', options.epsilon, 1e-8, { min: 0, minExclusive: true }),
    weightDecay: realOption(where, 'options.weightDecay', options.weightDecay, 0, { min: 0 }),
  };
}

function adamStep(
  options: ResolvedAdamOptions,
  step: number,
  param: LeafValues,
  grad: LeafValues,
  [firstMoment, secondMoment]: Float64Array[],
): Float64Array {
  const { learningRate, beta1, beta2, epsilon, weightDecay } = options;
  const firstCorrection = 1 - beta1 ** step;
  const secondCorrection = 1 - beta2 ** step;
  const decayFactor = 1 - learningRate * weightDecay;
  const next = new Float64Array(param.length);
  for (let i = 0; i < param.length; i++) {
    const g = grad[i];
    const m = beta1 * firstMoment[i] + (1 - beta1) * g;
    const v = beta2 * secondMoment[i] + (1 - beta2) * g * g;
    firstMoment[i] = m;
    secondMoment[i] = v;
    const decayed = weightDecay === 0 ? param[i] : param[i] * decayFactor;
    next[i] = decayed - (learningRate * (m / firstCorrection)) / (Math.sqrt(v / secondCorrection) + epsilon);
  }
  return next;
}
