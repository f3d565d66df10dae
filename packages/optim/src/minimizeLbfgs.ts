/**
 * Limited-memory BFGS over a flat float64 vector, or over a tree of autodiff Tensors flattened into
 * one (tensorObjective.ts) (Liu & Nocedal, "On the limited memory BFGS method
 * for large scale optimization", Math. Programming 45, 1989; Nocedal & Wright, Numerical
 * Optimization, 2nd ed., 2006, Algorithm 7.5). In this project it minimizes soft-DTW barycenter
 * objectives (Cuturi & Blondel, ICML 2017, arXiv:1703.01541, §3.1), where the paper used L-BFGS too.
 *
 * One iteration k:
 *
 *     d_k = −H_k ∇f(x_k)                     (two-loop recursion, LbfgsMemory.ts; H_0 = γ I, γ = s·y / y·y)
 *     α_k : strong Wolfe along d_k           (strongWolfeLineSearch.ts; first trial 1, or, when the memory
 *                                             is empty and d = −∇f, min(1, 1/‖d‖₂, 2.02 (f_{k−1} − f_k) / ‖d‖₂²))
 *     x_{k+1} = x_k + α_k d_k,  s = x_{k+1} − x_k,  y = ∇f(x_{k+1}) − ∇f(x_k),  store (s, y) unless s·y ≤ ε y·y
 *
 * Stopping tests, in the order they are checked after each step:
 *   - 'gradient-tolerance':  ‖∇f(x_{k+1})‖_∞ ≤ gradTol                      (scipy's pgtol; also checked at x_0)
 *   - 'value-tolerance':     (f_k − f_{k+1}) / max(|f_k|, |f_{k+1}|, 1) ≤ valueTol   (scipy's factr·ε)
 *   - a failed line search:  'max-evaluations' when the run's budget ran out, 'non-finite' when
 *                            non-finite trials left no lower finite point, else 'line-search-failed'
 *   - 'stopped-by-callback': onIteration returned 'stop'
 * and before each step: 'max-iterations', 'max-evaluations'. When a line search with a non-empty
 * memory fails, it is retried once along −∇f with the memory cleared before giving up. A failed
 * search that still found a point meeting sufficient decrease moves there (a best-effort final
 * step, reported to onIteration with its lineSearchStatus), so the result is never worse than the
 * last iterate.
 *
 * Robustness: the objective gets a copy of x and its gradient is copied, so an objective that
 * reuses its buffers or mutates its argument cannot corrupt the iterates. A direction that is not a
 * descent direction (rounding, or a NaN in H) clears the memory and falls back to −∇f.
 */
import type { Tensor } from '@softdtw/autodiff';
import { InvalidArgumentError, NonFiniteStartError, ObjectiveReturnError } from './errors.js';
import { LbfgsMemory } from './LbfgsMemory.js';
import {
  resolveStrongWolfeOptions,
  strongWolfeLineSearch,
  type LineSearchResult,
  type LineSearchStatus,
  type StrongWolfeOptions,
} from './strongWolfeLineSearch.js';
import { containsTensor, tensorObjective, type TensorTree } from './tensorObjective.js';
import { integerOption, realOption } from './validateNumberOption.js';
import { addScaled, allFinite, dot, infNorm, norm2, subtract } from './vectorArithmetic.js';

/** Value and gradient of the objective at a point. `grad` must have one entry per coordinate. */
export interface ValueAndGradient {
  /** f(x). */
  readonly value: number;
  /** ∇f(x), [n]; copied by the optimizer, so the objective may reuse its buffer. */
  readonly grad: ArrayLike<number>;
}

/** The objective: x ↦ { value: f(x), grad: ∇f(x) }. Receives a fresh copy of x, [n]. */
export type Objective = (x: Float64Array) => ValueAndGradient;

/** Why minimizeLbfgs stopped. */
export type LbfgsStopReason =
  | 'gradient-tolerance'
  | 'value-tolerance'
  | 'max-iterations'
  | 'max-evaluations'
  | 'line-search-failed'
  | 'stopped-by-callback'
  | 'non-finite';

/** What onIteration receives after each accepted step (arrays are copies; mutating them is harmless). */
export interface LbfgsIterationInfo {
  /** Number of accepted steps so far (1 on the first call). */
  readonly iteration: number;
  /** The new iterate x_{k+1}, [n]. */
  readonly x: Float64Array;
  /** f(x_{k+1}). */
  readonly value: number;
  /** ∇f(x_{k+1}), [n]. */
  readonly grad: Float64Array;
  /** f(x_k). */
  readonly previousValue: number;
  /** The accepted step length α_k. */
  readonly stepSize: number;
  /** The search direction d_k, [n] (x_{k+1} = x_k + α_k d_k). */
  readonly direction: Float64Array;
  /** φ'(0) = ∇f(x_k)·d_k < 0. */
  readonly initialSlope: number;
  /** φ'(α_k) = ∇f(x_{k+1})·d_k. */
  readonly slope: number;
  /** How the line search ended: 'wolfe' for every step except a final best-effort one. */
  readonly lineSearchStatus: LineSearchStatus;
  /** Objective evaluations in this line search. */
  readonly lineSearchEvaluations: number;
  /** Objective evaluations so far, the one at x_0 included. */
  readonly evaluations: number;
  /** Correction pairs in the memory after this step (≤ history). */
  readonly historySize: number;
  /** ‖∇f(x_{k+1})‖_∞. */
  readonly gradInfNorm: number;
}

/** Options of minimizeLbfgs. */
export interface LbfgsOptions {
  /** Most accepted steps, integer ≥ 0 or Infinity. Default 100. */
  readonly maxIter?: number;
  /** Correction pairs kept, m ≥ 1 (scipy's maxcor). Default 10. */
  readonly history?: number;
  /** Stop when ‖∇f‖_∞ ≤ gradTol (scipy's pgtol), ≥ 0. Default 1e-5. */
  readonly gradTol?: number;
  /**
   * Stop when the relative reduction (f_k − f_{k+1}) / max(|f_k|, |f_{k+1}|, 1) ≤ valueTol, ≥ 0.
   * Default 2.220446049250313e-9 (scipy's ftol = factr·ε with factr = 1e7).
   */
  readonly valueTol?: number;
  /** Strong-Wolfe line-search options: c1 = 1e-4, c2 = 0.9, maxEvaluations = 20 per search. */
  readonly lineSearch?: StrongWolfeOptions;
  /** Most objective evaluations in the whole run (the one at x_0 included), ≥ 1. Default: no limit. */
  readonly maxEvaluations?: number;
  /** Called after each accepted step; return 'stop' to end the run. */
  readonly onIteration?: (info: LbfgsIterationInfo) => void | 'stop';
}

/** Outcome of minimizeLbfgs. `x` is always a finite point where `value` and `grad` were evaluated. */
export interface LbfgsResult {
  /** Final iterate (the lowest value reached), [n]. */
  readonly x: Float64Array;
  /** f(x). */
  readonly value: number;
  /** ∇f(x), [n]. */
  readonly grad: Float64Array;
  /** Accepted steps. */
  readonly iterations: number;
  /** Objective evaluations, the one at x_0 included. */
  readonly evaluations: number;
  /** True for 'gradient-tolerance' and 'value-tolerance'. */
  readonly converged: boolean;
  /** Why the run stopped. */
  readonly reason: LbfgsStopReason;
  /** The reason in words, with the numbers that triggered it. */
  readonly message: string;
  /** f(x_0), f(x_1), …, f(x_final): length iterations + 1, non-increasing. */
  readonly valueHistory: number[];
}

/** Outcome of minimizeLbfgs over a tree of Tensors: the flat result plus the parameters as a tree. */
export interface LbfgsTreeResult<T> extends LbfgsResult {
  /** The final parameters, same structure, shapes and dtypes as params0 (new Tensors, off any tape). */
  readonly params: T;
}

/** scipy's default ftol: factr = 1e7 times machine epsilon. */
const DEFAULT_VALUE_TOL = 1e7 * Number.EPSILON;

/** A line-search trial carrying the point and gradient it was evaluated at. */
interface LbfgsTrial {
  readonly alpha: number;
  readonly value: number;
  readonly slope: number;
  readonly x: Float64Array;
  readonly grad: Float64Array;
}

/**
 * Minimizes a smooth function with L-BFGS and a strong-Wolfe line search.
 *
 * Two forms. Flat: `fun(x)` returns `{ value, grad }` and `x0` is a vector. Tensor: `fun(params)`
 * returns a scalar autodiff Tensor and `params0` is a Tensor or a tree of Tensors (`{ W, b }`); the
 * gradient comes from `valueAndGrad`, the coordinates are the flattened leaves (flattenTree order, so
 * `x`, `grad` and onIteration's vectors are flat) and the result adds `params` as a tree. The form is
 * chosen by x0: any Tensor in it selects the tensor form.
 *
 * @param fun - x [n] ↦ { value: f(x), grad: ∇f(x) [n] }
 * @param x0 - starting point, [n], finite, n ≥ 1 (not modified)
 * @param options - maxIter, history, gradTol, valueTol, lineSearch, maxEvaluations, onIteration
 * @returns { x [n], value, grad [n], iterations, evaluations, converged, reason, message, valueHistory }
 * @throws InvalidArgumentError for an empty or non-finite x0 or a non-function fun;
 *   InvalidOptionError for a bad option; ObjectiveReturnError when fun returns a malformed result;
 *   NonFiniteStartError when f or ∇f is not finite at x0
 * @example
 * // f(x) = (x₀ − 3)² + 10 (x₁ + 1)²
 * const r = minimizeLbfgs((x) => ({
 *   value: (x[0] - 3) ** 2 + 10 * (x[1] + 1) ** 2,
 *   grad: [2 * (x[0] - 3), 20 * (x[1] + 1)],
 * }), [0, 0]);
 * r.reason; // 'gradient-tolerance'
 * Array.from(r.x, (v) => v.toFixed(6)); // ['3.000000', '-1.000000']
 *
 * // the same with autodiff tensors
 * const t = minimizeLbfgs((p) => sum(mul(tensor([1, 10]), square(sub(p.w, tensor([3, -1]))))), { w: tensor([0, 0]) });
 * t.params.w.toArray(); // ≈ [3, -1]
 */
export function minimizeLbfgs(fun: Objective, x0: ArrayLike<number>, options?: LbfgsOptions): LbfgsResult;
export function minimizeLbfgs<T extends TensorTree>(
  fun: (params: T) => Tensor,
  params0: T,
  options?: LbfgsOptions,
): LbfgsTreeResult<T>;
export function minimizeLbfgs(
  fun: Objective | ((params: never) => Tensor),
  x0: ArrayLike<number> | TensorTree,
  options: LbfgsOptions = {},
): LbfgsResult {
  if (containsTensor(x0)) {
    const { objective, flat } = tensorObjective(fun as (params: TensorTree) => Tensor, x0 as TensorTree, 'minimizeLbfgs');
    const result = minimizeFlat(objective, flat.vector, options);
    const withParams: LbfgsTreeResult<TensorTree> = { ...result, params: flat.unflatten(result.x) };
    return withParams;
  }
  return minimizeFlat(fun as Objective, x0 as ArrayLike<number>, options);
}

/** The flat-vector L-BFGS driver (see the module header). */
function minimizeFlat(fun: Objective, x0: ArrayLike<number>, options: LbfgsOptions): LbfgsResult {
  const where = 'minimizeLbfgs';
  if (typeof fun !== 'function') {
    throw new InvalidArgumentError(
      `${where}: expected fun to be a function x => ({ value, grad }), got a value of type ${typeof fun}. Pass the objective first, then x0.`,
    );
  }
  const maxIter = integerOption(where, 'options.maxIter', options.maxIter, 100, 0, true);
  const history = integerOption(where, 'options.history', options.history, 10, 1, false);
  const gradTol = realOption(where, 'options.gradTol', options.gradTol, 1e-5, { min: 0 });
  const valueTol = realOption(where, 'options.valueTol', options.valueTol, DEFAULT_VALUE_TOL, { min: 0 });
  const maxEvaluations = integerOption(where, 'options.maxEvaluations', options.maxEvaluations, Infinity, 1, true);
  const lineSearch = resolveStrongWolfeOptions(options.lineSearch, where);
  const onIteration = options.onIteration;
  const n = checkStartingPoint(x0, where);

  let evaluations = 0;
  const evaluate = (point: Float64Array): { value: number; grad: Float64Array } => {
    evaluations += 1;
    return readObjectiveReturn(fun(Float64Array.from(point)), n, where);
  };

  let x: Float64Array = Float64Array.from(x0);
  const first = evaluate(x);
  if (!Number.isFinite(first.value) || !allFinite(first.grad)) {
    const what = Number.isFinite(first.value) ? 'a non-finite gradient entry' : `value ${first.value}`;
    throw new NonFiniteStartError(
      `${where}: expected a finite value and gradient at x0, got ${what}. Start from a point inside the domain of fun.`,
    );
  }
  let value = first.value;
  let grad: Float64Array = first.grad;
  let iterations = 0;
  const valueHistory = [value];
  const memory = new LbfgsMemory(n, history);

  const stop = (reason: LbfgsStopReason, message: string): LbfgsResult => ({
    x,
    value,
    grad,
    iterations,
    evaluations,
    converged: reason === 'gradient-tolerance' || reason === 'value-tolerance',
    reason,
    message,
    valueHistory,
  });

  const searchAlong = (direction: Float64Array, slope: number, initialStep: number): LineSearchResult<LbfgsTrial> => {
    const base = x;
    const trialAt = (alpha: number): LbfgsTrial => {
      const point = addScaled(base, alpha, direction);
      const out = evaluate(point);
      const trialSlope = allFinite(out.grad) ? dot(out.grad, direction) : NaN;
      return { alpha, value: out.value, slope: trialSlope, x: point, grad: out.grad };
    };
    const budget = Math.min(lineSearch.maxEvaluations, maxEvaluations - evaluations);
    return strongWolfeLineSearch(trialAt, { value, slope }, initialStep, { ...lineSearch, maxEvaluations: budget });
  };
  let lastDecrease = NaN; // f_{k−1} − f_k of the last accepted step
  const steepestDescent = (): { direction: Float64Array; slope: number; initialStep: number } => {
    const direction = grad.map((g) => -g);
    const slope = -dot(grad, grad);
    // First step of length ≤ 1; after a restart, also no longer than what reproduces the last
    // decrease on a quadratic model (Nocedal & Wright eq. 3.60), so that an ill-conditioned
    // problem is not probed thousands of units away.
    const fromLastDecrease = (1.01 * 2 * lastDecrease) / -slope;
    const initialStep = Math.min(1, 1 / norm2(direction), fromLastDecrease > 0 ? fromLastDecrease : Infinity);
    return { direction, slope, initialStep };
  };

  const initialGradNorm = infNorm(grad);
  if (initialGradNorm <= gradTol) {
    return stop('gradient-tolerance', `‖∇f(x0)‖∞ = ${initialGradNorm} ≤ gradTol = ${gradTol} at the starting point`);
  }

  for (;;) {
    if (iterations >= maxIter) return stop('max-iterations', `reached maxIter = ${maxIter} iterations`);
    if (evaluations >= maxEvaluations) {
      return stop('max-evaluations', `reached maxEvaluations = ${maxEvaluations} objective evaluations`);
    }

    let plan = steepestDescent();
    if (memory.size > 0) {
      const direction = memory.direction(grad);
      const slope = dot(grad, direction);
      if (slope < 0 && Number.isFinite(slope)) plan = { direction, slope, initialStep: 1 };
      else memory.clear();
    }
    if (!(plan.slope < 0)) {
      return stop('line-search-failed', `no descent direction: ∇f·d = ${plan.slope} (the gradient underflows)`);
    }
    let search = searchAlong(plan.direction, plan.slope, plan.initialStep);
    let lineSearchEvaluations = search.evaluations;
    let nonFiniteTrials = search.nonFiniteEvaluations;
    if (search.status !== 'wolfe' && memory.size > 0 && evaluations < maxEvaluations) {
      memory.clear();
      plan = steepestDescent();
      search = searchAlong(plan.direction, plan.slope, plan.initialStep);
      lineSearchEvaluations += search.evaluations;
      nonFiniteTrials += search.nonFiniteEvaluations;
    }

    const accepted = search.point;
    const previousValue = value;
    if (accepted !== null) {
      if (search.status === 'wolfe') memory.push(subtract(accepted.x, x), subtract(accepted.grad, grad));
      x = accepted.x;
      value = accepted.value;
      grad = accepted.grad;
      iterations += 1;
      valueHistory.push(value);
      lastDecrease = previousValue - value;
    }
    const gradInfNorm = infNorm(grad);
    let callbackSaysStop = false;
    if (accepted !== null && onIteration !== undefined) {
      const answer = onIteration({
        iteration: iterations,
        x: Float64Array.from(x),
        value,
        grad: Float64Array.from(grad),
        previousValue,
        stepSize: accepted.alpha,
        direction: Float64Array.from(plan.direction),
        initialSlope: plan.slope,
        slope: accepted.slope,
        lineSearchStatus: search.status,
        lineSearchEvaluations,
        evaluations,
        historySize: memory.size,
        gradInfNorm,
      });
      callbackSaysStop = answer === 'stop';
    }

    if (accepted !== null) {
      if (gradInfNorm <= gradTol) {
        return stop('gradient-tolerance', `‖∇f‖∞ = ${gradInfNorm} ≤ gradTol = ${gradTol}`);
      }
      const reduction = (previousValue - value) / Math.max(Math.abs(previousValue), Math.abs(value), 1);
      if (reduction <= valueTol) {
        return stop('value-tolerance', `relative reduction of f = ${reduction} ≤ valueTol = ${valueTol}`);
      }
    }
    if (search.status !== 'wolfe') {
      if (evaluations >= maxEvaluations) {
        return stop('max-evaluations', `reached maxEvaluations = ${maxEvaluations} objective evaluations during a line search`);
      }
      if (nonFiniteTrials > 0 && accepted === null) {
        return stop(
          'non-finite',
          `fun returned a non-finite value or gradient at ${nonFiniteTrials} of ${lineSearchEvaluations} trial steps and no ` +
            'finite trial lowered f; returning the last finite iterate',
        );
      }
      return stop(
        'line-search-failed',
        `no step met the strong Wolfe conditions (line search ended with '${search.status}' after ` +
          `${lineSearchEvaluations} evaluations); check that grad is the gradient of value, or loosen gradTol/valueTol`,
      );
    }
    if (callbackSaysStop) return stop('stopped-by-callback', `onIteration returned 'stop' after iteration ${iterations}`);
  }
}

/** Validates x0 and returns its length. */
function checkStartingPoint(x0: ArrayLike<number>, where: string): number {
  if (x0 === null || typeof x0 !== 'object' || typeof x0.length !== 'number') {
    throw new InvalidArgumentError(
      `${where}: expected x0 to be a Float64Array or number[], got ${x0 === null ? 'null' : `a value of type ${typeof x0}`}. ` +
        'Pass the starting point as an array of numbers.',
    );
  }
  if (x0.length === 0) {
    throw new InvalidArgumentError(`${where}: expected x0 to have at least one entry, got length 0. Pass the starting point.`);
  }
  for (let i = 0; i < x0.length; i++) {
    const entry = x0[i];
    if (typeof entry !== 'number' || !Number.isFinite(entry)) {
      throw new InvalidArgumentError(
        `${where}: expected every entry of x0 to be a finite number, got x0[${i}] = ${String(entry)}. Start from a finite point.`,
      );
    }
  }
  return x0.length;
}

/** Checks the objective's return shape and copies its gradient into a fresh Float64Array. */
function readObjectiveReturn(out: unknown, n: number, where: string): { value: number; grad: Float64Array } {
  if (out === null || typeof out !== 'object') {
    throw new ObjectiveReturnError(
      `${where}: expected fun(x) to return { value: number, grad }, got ${out === null ? 'null' : `a value of type ${typeof out}`}. ` +
        'Return an object with the value and the gradient.',
    );
  }
  const { value, grad } = out as { value?: unknown; grad?: unknown };
  if (typeof value !== 'number') {
    throw new ObjectiveReturnError(
      `${where}: expected fun(x).value to be a number, got a value of type ${typeof value}. ` +
        'Return a plain number (call .item() on a size-1 tensor).',
    );
  }
  if (grad === null || typeof grad !== 'object' || typeof (grad as { length?: unknown }).length !== 'number') {
    throw new ObjectiveReturnError(
      `${where}: expected fun(x).grad to be a Float64Array or number[], got ${grad === null ? 'null' : `a value of type ${typeof grad}`}. ` +
        'Return the gradient as an array with one entry per coordinate.',
    );
  }
  const gradient = grad as ArrayLike<number>;
  if (gradient.length !== n) {
    throw new ObjectiveReturnError(
      `${where}: expected fun(x).grad to have length ${n} like x, got length ${gradient.length}. ` +
        'Return one partial derivative per coordinate.',
    );
  }
  return { value, grad: Float64Array.from(gradient) };
}
