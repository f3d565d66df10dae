/**
 * Line search for a step length α > 0 along a descent direction d that satisfies the strong Wolfe
 * conditions (Nocedal & Wright, Numerical Optimization, 2nd ed., 2006, Algorithms 3.5 and 3.6).
 * With φ(α) = f(x + α d) and φ'(α) = ∇f(x + α d)·d:
 *
 *     sufficient decrease:  φ(α) ≤ φ(0) + c1 · α · φ'(0)
 *     curvature (strong):   |φ'(α)| ≤ c2 · |φ'(0)|          with 0 < c1 < c2 < 1
 *
 * Two phases.
 * 1. Bracketing: try α = α_init, then grow it, until a trial either satisfies both conditions
 *    (done), or shows that an acceptable step lies between it and the previous trial: the trial
 *    violates sufficient decrease, is no lower than the previous trial, or has φ' ≥ 0. Growth
 *    uses the minimizer of the cubic through the last two trials, clamped so that each new trial is
 *    2 to 11 times as far from the previous one as the current one is (NaN → the far end).
 * 2. Zoom: keep an interval [lo, hi] (either order) where lo is the lowest trial so far meeting
 *    sufficient decrease and φ'(lo)·(hi − lo) < 0, so an acceptable step lies between them. The next
 *    trial is the cubic minimizer through lo and hi when it falls in the middle 80% of the interval,
 *    otherwise the midpoint (safeguard against tiny or no progress).
 *
 * Non-finite trials (value or slope NaN/±Infinity) are treated as "too far": in bracketing the
 * step is halved toward the last finite trial and never grown past the non-finite one again; in zoom
 * the trial becomes hi and the next trial is a bisection (a cubic through a non-finite knot is NaN).
 *
 * Every stop other than success reports the lowest trial that met sufficient decrease, if any, so a
 * caller can still make progress.
 */
import { cubicMinimizer, type CubicKnot } from './cubicMinimizer.js';
import { InvalidArgumentError } from './errors.js';
import { integerOption, realOption } from './validateNumberOption.js';

/** Options of the strong-Wolfe line search. */
export interface StrongWolfeOptions {
  /** Sufficient-decrease constant c1, in (0, 1). Default 1e-4. */
  readonly c1?: number;
  /** Curvature constant c2, in (c1, 1). Default 0.9 (the usual choice for quasi-Newton methods). */
  readonly c2?: number;
  /** Most evaluations of φ in one search, ≥ 1. Default 20. */
  readonly maxEvaluations?: number;
}

/** Line-search options with every default filled in. */
export interface ResolvedStrongWolfeOptions {
  /** c1. */
  readonly c1: number;
  /** c2. */
  readonly c2: number;
  /** Evaluation budget of one search. */
  readonly maxEvaluations: number;
}

/** One evaluation of φ: `alpha`, `value` = φ(α), `slope` = φ'(α); callers may attach more fields (x, grad). */
export type LineSearchTrial = CubicKnot;

/**
 * How a line search ended: `'wolfe'` (success), `'max-evaluations'` (budget spent) or
 * `'interval-too-small'` (the bracket shrank to machine precision, usually a wrong gradient or a
 * function that is flat at rounding level).
 */
export type LineSearchStatus = 'wolfe' | 'max-evaluations' | 'interval-too-small';

/** Outcome of strongWolfeLineSearch. */
export interface LineSearchResult<T extends LineSearchTrial> {
  /** How the search ended. */
  readonly status: LineSearchStatus;
  /**
   * `'wolfe'`: the accepted trial. Otherwise the lowest trial that met sufficient decrease, or null
   * when none did.
   */
  readonly point: T | null;
  /** Number of φ evaluations made. */
  readonly evaluations: number;
  /** How many of them were non-finite. */
  readonly nonFiniteEvaluations: number;
}

/**
 * Fills in and validates line-search options.
 *
 * @param options - partial options
 * @param where - caller name for error messages
 * @returns options with defaults c1 = 1e-4, c2 = 0.9, maxEvaluations = 20
 * @example
 * resolveStrongWolfeOptions({ c2: 0.5 }); // { c1: 1e-4, c2: 0.5, maxEvaluations: 20 }
 */
export function resolveStrongWolfeOptions(
  options: StrongWolfeOptions = {},
  where = 'strongWolfeLineSearch',
): ResolvedStrongWolfeOptions {
  const c1 = realOption(where, 'lineSearch.c1', options.c1, 1e-4, { min: 0, max: 1, minExclusive: true, maxExclusive: true });
  const c2 = realOption(where, 'lineSearch.c2', options.c2, 0.9, { min: c1, max: 1, minExclusive: true, maxExclusive: true });
  const maxEvaluations = integerOption(where, 'lineSearch.maxEvaluations', options.maxEvaluations, 20, 1, false);
  return { c1, c2, maxEvaluations };
}

/**
 * Finds a step α satisfying the strong Wolfe conditions along a descent direction.
 *
 * @param phi - α ↦ trial {alpha, value: φ(α), slope: φ'(α), …}; non-finite value or slope marks a
 *   point outside the domain
 * @param start - {value: φ(0), slope: φ'(0)}; slope must be < 0
 * @param initialStep - first trial α > 0 (1 for quasi-Newton directions)
 * @param options - c1, c2, maxEvaluations
 * @returns status, the accepted (or best sufficient-decrease) trial, and evaluation counts
 * @throws InvalidArgumentError when φ'(0) is not negative or initialStep is not positive
 * @example
 * // φ(α) = (α − 2)², φ(0) = 4, φ'(0) = −4; the first trial α = 5 overshoots (φ = 9 > 4)
 * const r = strongWolfeLineSearch((a) => ({ alpha: a, value: (a - 2) ** 2, slope: 2 * (a - 2) }), { value: 4, slope: -4 }, 5);
 * r.status; // 'wolfe'
 * r.point?.alpha; // 2 (the cubic through α = 0 and α = 5 is exact for a parabola)
 */
export function strongWolfeLineSearch<T extends LineSearchTrial>(
  phi: (alpha: number) => T,
  start: { readonly value: number; readonly slope: number },
  initialStep: number,
  options: StrongWolfeOptions = {},
): LineSearchResult<T> {
  const { c1, c2, maxEvaluations } = resolveStrongWolfeOptions(options);
  if (!(start.slope < 0) || !Number.isFinite(start.value)) {
    throw new InvalidArgumentError(
      `strongWolfeLineSearch: expected a finite φ(0) and a descent direction (φ'(0) < 0), got φ(0) = ${start.value}, ` +
        `φ'(0) = ${start.slope}. Search along −gradient or another direction d with ∇f·d < 0.`,
    );
  }
  if (!(initialStep > 0) || !Number.isFinite(initialStep)) {
    throw new InvalidArgumentError(
      `strongWolfeLineSearch: expected a finite initialStep > 0, got ${initialStep}. Pass e.g. 1.`,
    );
  }

  const origin: CubicKnot = { alpha: 0, value: start.value, slope: start.slope };
  const curvatureBound = -c2 * start.slope;
  const meetsSufficientDecrease = (t: CubicKnot): boolean => t.value <= start.value + c1 * t.alpha * start.slope;
  const meetsCurvature = (t: CubicKnot): boolean => Math.abs(t.slope) <= curvatureBound;

  let evaluations = 0;
  let nonFiniteEvaluations = 0;
  let best: T | null = null;
  const done = (status: LineSearchStatus, point: T | null): LineSearchResult<T> => ({
    status,
    point,
    evaluations,
    nonFiniteEvaluations,
  });
  /** Evaluates φ; returns null for a non-finite trial and keeps `best` up to date. */
  const evaluate = (alpha: number): T | null => {
    evaluations += 1;
    const trial = phi(alpha);
    if (!Number.isFinite(trial.value) || !Number.isFinite(trial.slope)) {
      nonFiniteEvaluations += 1;
      return null;
    }
    const lowers = trial.alpha > 0 && trial.value < start.value && meetsSufficientDecrease(trial);
    if (lowers && (best === null || trial.value < best.value)) best = trial;
    return trial;
  };

  /** Phase 2: lo meets sufficient decrease (or is the origin) and an acceptable step lies between lo and hi. */
  const zoom = (lo: CubicKnot, hi: CubicKnot): LineSearchResult<T> => {
    for (;;) {
      if (evaluations >= maxEvaluations) return done('max-evaluations', best);
      const width = Math.abs(hi.alpha - lo.alpha);
      if (width <= 2 * Number.EPSILON * Math.max(Math.abs(lo.alpha), Math.abs(hi.alpha))) {
        return done('interval-too-small', best);
      }
      const left = Math.min(lo.alpha, hi.alpha);
      const right = Math.max(lo.alpha, hi.alpha);
      let alpha = cubicMinimizer(lo, hi);
      if (!(alpha >= left + 0.1 * width && alpha <= right - 0.1 * width)) alpha = 0.5 * (lo.alpha + hi.alpha);
      const trial = evaluate(alpha);
      if (trial === null) {
        hi = { alpha, value: Infinity, slope: NaN };
        continue;
      }
      if (!meetsSufficientDecrease(trial) || trial.value >= lo.value) {
        hi = trial;
        continue;
      }
      if (meetsCurvature(trial)) return done('wolfe', trial);
      if (trial.slope * (hi.alpha - lo.alpha) >= 0) hi = lo;
      lo = trial;
    }
  };

  // Phase 1: bracketing.
  let previous: CubicKnot = origin;
  let alpha = initialStep;
  let nonFiniteLimit = Infinity; // smallest α known to give a non-finite trial
  for (;;) {
    if (evaluations >= maxEvaluations) return done('max-evaluations', best);
    const trial = evaluate(alpha);
    if (trial === null) {
      nonFiniteLimit = alpha;
      alpha = previous.alpha + 0.5 * (alpha - previous.alpha);
      if (!(alpha - previous.alpha > Number.EPSILON * alpha)) return done('interval-too-small', best);
      continue;
    }
    if (!meetsSufficientDecrease(trial) || (previous !== origin && trial.value >= previous.value)) {
      return zoom(previous, trial);
    }
    if (meetsCurvature(trial)) return done('wolfe', trial);
    if (trial.slope >= 0) return zoom(trial, previous);
    alpha = nextBracketStep(previous, trial, nonFiniteLimit);
    previous = trial;
  }
}

/**
 * The next, larger trial step while bracketing: the cubic minimizer through the last two trials,
 * clamped to [α + span, α + 10·span] (span = α − α_prev), and kept below any step known to be non-finite.
 */
function nextBracketStep(previous: CubicKnot, current: CubicKnot, nonFiniteLimit: number): number {
  const span = current.alpha - previous.alpha;
  const nearest = current.alpha + span;
  const farthest = current.alpha + 10 * span;
  const cubic = cubicMinimizer(previous, current);
  let next = Number.isNaN(cubic) ? farthest : Math.min(Math.max(cubic, nearest), farthest);
  if (next >= nonFiniteLimit) next = current.alpha + 0.5 * (nonFiniteLimit - current.alpha);
  return next;
}
