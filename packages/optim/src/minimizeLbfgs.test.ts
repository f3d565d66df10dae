import fc from 'fast-check';
import { SoftDtwError } from '@softdtw/autodiff';
import { describe, expect, it } from 'vitest';
import {
  illConditionedQuadratic,
  rosenbrock,
  rosenbrockStart,
  seededRandom,
} from './__fixtures__/testFunctions.js';
import {
  InvalidArgumentError,
  InvalidOptionError,
  NonFiniteStartError,
  ObjectiveReturnError,
  OptimError,
} from './errors.js';
import { minimizeLbfgs, type LbfgsIterationInfo, type Objective } from './minimizeLbfgs.js';

const maxAbsDifference = (a: ArrayLike<number>, b: ArrayLike<number>): number => {
  let worst = 0;
  for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs(a[i] - b[i]));
  return worst;
};
const ones = (n: number): Float64Array => new Float64Array(n).fill(1);

/** Wraps an objective to count its calls. */
function counted(fun: Objective): { fun: Objective; calls: () => number } {
  let calls = 0;
  return {
    fun: (x) => {
      calls += 1;
      return fun(x);
    },
    calls: () => calls,
  };
}

describe('minimizeLbfgs on functions with known minimizers', () => {
  // Reference on the same problems (scipy 1.17 L-BFGS-B, m = 10, default ftol, gtol 1e-8):
  // 2-D 36 iterations / 44 evaluations, 10-D 71 / 88.
  it('Rosenbrock 2-D from (−1.2, 1) converges to (1, 1) in 36 iterations', () => {
    const r = minimizeLbfgs(rosenbrock, [-1.2, 1], { gradTol: 1e-8 });
    expect(r.converged).toBe(true);
    expect(r.reason).toBe('value-tolerance');
    expect(r.iterations).toBe(36);
    expect(r.evaluations).toBe(45);
    expect(maxAbsDifference(r.x, ones(2))).toBeLessThan(1e-6);
    expect(r.value).toBeLessThan(1e-14);
  });

  it('Rosenbrock 10-D from (−1.2, 1, …) converges to ones in 70 iterations', () => {
    const r = minimizeLbfgs(rosenbrock, rosenbrockStart(10), { gradTol: 1e-8 });
    expect(r.converged).toBe(true);
    expect(r.iterations).toBe(70);
    expect(maxAbsDifference(r.x, ones(10))).toBeLessThan(1e-4);
    expect(r.value).toBeLessThan(1e-9);
  });

  it('Rosenbrock 10-D reaches gradTol 1e-8 when valueTol is 0', () => {
    const r = minimizeLbfgs(rosenbrock, rosenbrockStart(10), { gradTol: 1e-8, valueTol: 0, maxIter: 500 });
    expect(r.reason).toBe('gradient-tolerance');
    expect(Math.max(...Array.from(r.grad, Math.abs))).toBeLessThanOrEqual(1e-8);
    expect(maxAbsDifference(r.x, ones(10))).toBeLessThan(1e-8);
  });

  for (const condition of [1e4, 1e5, 1e6]) {
    it(`ill-conditioned quadratic (n = 20, κ = ${condition.toExponential(0)}) matches the exact solution`, () => {
      const n = 20;
      const gradTol = 1e-10;
      const q = illConditionedQuadratic(n, condition, 7);
      const r = minimizeLbfgs(q.centredFun, new Float64Array(n), { gradTol, valueTol: 0, maxIter: 20_000 });
      expect(r.reason).toBe('gradient-tolerance');
      // ‖x − x*‖₂ = ‖A⁻¹∇f‖₂ ≤ ‖∇f‖₂ / λ_min ≤ √n · gradTol (λ_min = 1): a bound, not a tuned tolerance.
      expect(maxAbsDifference(r.x, q.solution)).toBeLessThanOrEqual(Math.sqrt(n) * gradTol);
    });
  }

  it('the same κ = 1e4 quadratic written as ½xᵀAx − bᵀx: stops at the rounding floor of f, close to x*', () => {
    // Evaluating ½xᵀAx − bᵀx loses ≈ ε·‖A‖·‖x‖² ≈ 1e-13 to cancellation, so no line search can resolve
    // decreases below that: with unreachable tolerances the run ends with 'line-search-failed' (as scipy's
    // L-BFGS-B ends with ABNORMAL_TERMINATION_IN_LNSRCH), at a point as good as f's precision allows.
    const q = illConditionedQuadratic(20, 1e4, 7);
    const r = minimizeLbfgs(q.fun, new Float64Array(20), { gradTol: 1e-12, valueTol: 0, maxIter: 5000 });
    expect(r.reason).toBe('line-search-failed');
    expect(r.value - q.minimum).toBeLessThan(1e-12);
    expect(maxAbsDifference(r.x, q.solution)).toBeLessThan(1e-6);
    // With the default valueTol the run stops earlier, converged, at relative reduction ≤ 2.2e-9.
    const defaults = minimizeLbfgs(q.fun, new Float64Array(20), { maxIter: 5000 });
    expect(defaults.converged).toBe(true);
    expect(defaults.value - q.minimum).toBeLessThan(1e-7);
  });

  it('random convex quadratics always converge to their solution (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.double({ min: 1, max: 1e3, noNaN: true }), fc.integer(), (n, condition, seed) => {
        const q = illConditionedQuadratic(n, condition, seed);
        const gradTol = 1e-9;
        const r = minimizeLbfgs(q.centredFun, new Float64Array(n).fill(3), { gradTol, valueTol: 0, maxIter: 1000 });
        expect(r.reason).toBe('gradient-tolerance');
        expect(maxAbsDifference(r.x, q.solution)).toBeLessThanOrEqual(Math.sqrt(n) * gradTol);
      }),
      { seed: 42, numRuns: 60 },
    );
  });
});

describe('minimizeLbfgs iteration invariants', () => {
  it('every accepted step satisfies the strong Wolfe conditions (checked independently)', () => {
    const c1 = 1e-4;
    const c2 = 0.9;
    for (const [fun, x0] of [
      [rosenbrock, rosenbrockStart(10)],
      [illConditionedQuadratic(12, 1e5, 3).centredFun, new Float64Array(12)],
    ] as const) {
      const infos: LbfgsIterationInfo[] = [];
      const r = minimizeLbfgs(fun, x0, { lineSearch: { c1, c2 }, gradTol: 1e-9, onIteration: (info) => void infos.push(info) });
      expect(infos.length).toBe(r.iterations);
      expect(infos.length).toBeGreaterThan(10);
      let previousX: Float64Array = Float64Array.from(x0);
      for (const info of infos) {
        expect(info.lineSearchStatus).toBe('wolfe');
        // x_{k+1} = x_k + α d_k
        const stepped = previousX.map((v, i) => v + info.stepSize * info.direction[i]);
        expect(maxAbsDifference(stepped, info.x)).toBeLessThanOrEqual(1e-12 * (1 + Math.max(...Array.from(info.x, Math.abs))));
        // φ'(0) recomputed from the previous gradient, φ'(α) from the new one
        const previousGrad = fun(previousX).grad;
        const initialSlope = info.direction.reduce((s, d, i) => s + d * previousGrad[i], 0);
        const slope = info.direction.reduce((s, d, i) => s + d * info.grad[i], 0);
        expect(initialSlope).toBeLessThan(0);
        expect(initialSlope).toBeCloseTo(info.initialSlope, 10);
        expect(info.value).toBeLessThanOrEqual(info.previousValue + c1 * info.stepSize * initialSlope);
        expect(Math.abs(slope)).toBeLessThanOrEqual(c2 * Math.abs(initialSlope));
        expect(info.value).toBe(fun(info.x).value);
        previousX = info.x;
      }
    }
  });

  it('keeps at most `history` correction pairs', () => {
    const sizes: number[] = [];
    minimizeLbfgs(rosenbrock, rosenbrockStart(10), { history: 3, onIteration: (info) => void sizes.push(info.historySize) });
    expect(Math.max(...sizes)).toBe(3);
    expect(sizes.slice(0, 4)).toEqual([1, 2, 3, 3]);
  });

  it('a longer history takes fewer iterations on an ill-conditioned quadratic', () => {
    const q = illConditionedQuadratic(20, 1e5, 5);
    const run = (history: number): number =>
      minimizeLbfgs(q.centredFun, new Float64Array(20), { history, gradTol: 1e-9, valueTol: 0, maxIter: 10_000 }).iterations;
    expect(run(20)).toBeLessThan(run(3));
  });

  it('reports evaluations exactly, a non-increasing value history, and consistent x/value/grad', () => {
    const { fun, calls } = counted(rosenbrock);
    const r = minimizeLbfgs(fun, rosenbrockStart(4));
    expect(r.evaluations).toBe(calls());
    expect(r.valueHistory.length).toBe(r.iterations + 1);
    expect(r.valueHistory[0]).toBe(rosenbrock(rosenbrockStart(4)).value);
    expect(r.valueHistory.at(-1)).toBe(r.value);
    for (let k = 1; k < r.valueHistory.length; k++) expect(r.valueHistory[k]).toBeLessThan(r.valueHistory[k - 1]);
    const atX = rosenbrock(r.x);
    expect(r.value).toBe(atX.value);
    expect(Array.from(r.grad)).toEqual(Array.from(atX.grad));
  });

  it('does not modify x0, and is immune to objectives that reuse buffers or mutate their argument', () => {
    const x0 = rosenbrockStart(6);
    const snapshot = Array.from(x0);
    const reference = minimizeLbfgs(rosenbrock, x0);
    expect(Array.from(x0)).toEqual(snapshot);

    const sharedGrad = new Float64Array(6);
    const hostile: Objective = (x) => {
      const { value, grad } = rosenbrock(x);
      sharedGrad.set(grad);
      x.fill(1e6); // scribbles on its argument after reading it
      return { value, grad: sharedGrad };
    };
    const r = minimizeLbfgs(hostile, x0);
    expect(Array.from(r.x)).toEqual(Array.from(reference.x));
    expect(r.iterations).toBe(reference.iterations);
  });

  it('accepts number[] gradients and a number[] x0', () => {
    const r = minimizeLbfgs((x) => ({ value: (x[0] - 2) ** 2, grad: [2 * (x[0] - 2)] }), [10]);
    expect(r.reason).toBe('gradient-tolerance');
    expect(r.x[0]).toBeCloseTo(2, 8);
  });
});

describe('minimizeLbfgs stop reasons', () => {
  it("'gradient-tolerance' at the start when x0 is already stationary (0 iterations, 1 evaluation)", () => {
    const r = minimizeLbfgs(rosenbrock, [1, 1]);
    expect(r).toMatchObject({ reason: 'gradient-tolerance', converged: true, iterations: 0, evaluations: 1 });
    expect(r.message).toMatch(/gradTol/);
  });

  it("'value-tolerance' with the default tolerances", () => {
    const r = minimizeLbfgs(rosenbrock, [-1.2, 1], { gradTol: 0 });
    expect(r).toMatchObject({ reason: 'value-tolerance', converged: true });
    expect(r.message).toMatch(/relative reduction of f = .* ≤ valueTol = 2\.22/);
  });

  it("'max-iterations', also with maxIter = 0", () => {
    const r = minimizeLbfgs(rosenbrock, [-1.2, 1], { maxIter: 5 });
    expect(r).toMatchObject({ reason: 'max-iterations', converged: false, iterations: 5 });
    const none = minimizeLbfgs(rosenbrock, [-1.2, 1], { maxIter: 0 });
    expect(none).toMatchObject({ reason: 'max-iterations', iterations: 0, evaluations: 1 });
    expect(Array.from(none.x)).toEqual([-1.2, 1]);
  });

  it("'max-evaluations' never exceeds the budget", () => {
    for (const maxEvaluations of [1, 2, 7, 30]) {
      const { fun, calls } = counted(rosenbrock);
      const r = minimizeLbfgs(fun, [-1.2, 1], { maxEvaluations });
      expect(r.reason).toBe('max-evaluations');
      expect(calls()).toBeLessThanOrEqual(maxEvaluations);
      expect(r.evaluations).toBe(calls());
      expect(r.value).toBeLessThanOrEqual(rosenbrock(Float64Array.of(-1.2, 1)).value);
    }
  });

  it("'line-search-failed' when the gradient is wrong (points uphill), keeping the start", () => {
    // f = ‖x‖² but the returned gradient is −2x: the search direction 2x increases f.
    const r = minimizeLbfgs((x) => ({ value: x[0] ** 2 + x[1] ** 2, grad: [-2 * x[0], -2 * x[1]] }), [1, 2]);
    expect(r).toMatchObject({ reason: 'line-search-failed', converged: false, iterations: 0 });
    expect(r.evaluations).toBe(21); // x0 plus one full line search of 20
    expect(Array.from(r.x)).toEqual([1, 2]);
    expect(r.message).toMatch(/check that grad is the gradient of value/);
  });

  it("'stopped-by-callback' when onIteration returns 'stop'", () => {
    const r = minimizeLbfgs(rosenbrock, [-1.2, 1], { onIteration: (info) => (info.iteration === 3 ? 'stop' : undefined) });
    expect(r).toMatchObject({ reason: 'stopped-by-callback', converged: false, iterations: 3 });
  });

  it("'non-finite' when every trial step is NaN, returning the last finite point", () => {
    const x0 = [0.5, -0.5];
    const r = minimizeLbfgs((x) => {
      const atStart = x[0] === 0.5 && x[1] === -0.5;
      return atStart ? { value: 1, grad: [1, -1] } : { value: NaN, grad: [NaN, NaN] };
    }, x0);
    expect(r).toMatchObject({ reason: 'non-finite', converged: false, value: 1, iterations: 0 });
    expect(Array.from(r.x)).toEqual(x0);
    expect(r.message).toMatch(/non-finite/);
  });

  it("'non-finite' also for a finite value with a NaN gradient", () => {
    const r = minimizeLbfgs((x) => ({ value: x[0] ** 2, grad: [x[0] === 3 ? 6 : NaN] }), [3]);
    expect(r.reason).toBe('non-finite');
    expect(r.x[0]).toBe(3);
  });

  it('backtracks out of a region where f is NaN and still converges', () => {
    // f = Σ x_i − log x_i: NaN for x_i < 0, minimum at ones. The quasi-Newton step overshoots into x < 0.
    let nonFinite = 0;
    const fun: Objective = (x) => {
      let value = 0;
      const grad = new Float64Array(x.length);
      for (let i = 0; i < x.length; i++) {
        value += x[i] - Math.log(x[i]);
        grad[i] = 1 - 1 / x[i];
      }
      if (!Number.isFinite(value)) nonFinite += 1;
      return { value, grad };
    };
    const r = minimizeLbfgs(fun, [3, 0.2, 6], { gradTol: 1e-9, valueTol: 0 });
    expect(nonFinite).toBeGreaterThan(0);
    expect(r.reason).toBe('gradient-tolerance');
    expect(maxAbsDifference(r.x, ones(3))).toBeLessThan(1e-8);
  });

  it('throws NonFiniteStartError when f is not finite at x0', () => {
    expect(() => minimizeLbfgs(() => ({ value: NaN, grad: [0] }), [1])).toThrow(NonFiniteStartError);
    expect(() => minimizeLbfgs(() => ({ value: 1, grad: [Infinity] }), [1])).toThrow(
      /expected a finite value and gradient at x0, got a non-finite gradient entry/,
    );
  });
});

describe('minimizeLbfgs input validation', () => {
  const quadratic: Objective = (x) => ({ value: x[0] ** 2, grad: [2 * x[0]] });

  it('rejects bad arguments with InvalidArgumentError', () => {
    expect(() => minimizeLbfgs(42 as unknown as Objective, [1])).toThrow(InvalidArgumentError);
    expect(() => minimizeLbfgs(42 as unknown as Objective, [1])).toThrow(expect.objectContaining({ code: 'E_INVALID_ARGUMENT' }));
    expect(() => minimizeLbfgs(quadratic, [])).toThrow(/expected x0 to have at least one entry, got length 0/);
    expect(() => minimizeLbfgs(quadratic, [1, NaN])).toThrow(/got x0\[1\] = NaN/);
    expect(() => minimizeLbfgs(quadratic, null as unknown as number[])).toThrow(/expected x0 to be a Float64Array or number\[\], got null/);
  });

  it('rejects bad options with InvalidOptionError naming the option and the value', () => {
    const cases: Array<[object, RegExp]> = [
      [{ history: 0 }, /options\.history to be an integer ≥ 1, got 0/],
      [{ history: 2.5 }, /options\.history/],
      [{ maxIter: -1 }, /options\.maxIter to be an integer ≥ 0 or Infinity, got -1/],
      [{ gradTol: -1e-3 }, /options\.gradTol to be a number in \[0, Infinity\], got -0\.001/],
      [{ valueTol: NaN }, /options\.valueTol/],
      [{ maxEvaluations: 0 }, /options\.maxEvaluations/],
      [{ lineSearch: { c1: 0.95 } }, /lineSearch\.c2 to be a number in \(0\.95, 1\), got 0\.9/],
      [{ lineSearch: { maxEvaluations: 1.5 } }, /lineSearch\.maxEvaluations/],
    ];
    for (const [options, message] of cases) {
      expect(() => minimizeLbfgs(quadratic, [1], options)).toThrow(InvalidOptionError);
      expect(() => minimizeLbfgs(quadratic, [1], options)).toThrow(message);
    }
  });

  it('accepts maxIter: Infinity (runs until another test stops it)', () => {
    expect(minimizeLbfgs(quadratic, [1], { maxIter: Infinity }).converged).toBe(true);
  });

  it('rejects malformed objective results with ObjectiveReturnError', () => {
    const bad: Array<[Objective, RegExp]> = [
      [() => ({ value: 1, grad: [1, 2] }), /expected fun\(x\)\.grad to have length 1 like x, got length 2/],
      [() => ({ value: '1' as unknown as number, grad: [1] }), /expected fun\(x\)\.value to be a number/],
      [() => null as unknown as { value: number; grad: number[] }, /expected fun\(x\) to return \{ value: number, grad \}, got null/],
      [() => ({ value: 1, grad: 3 as unknown as number[] }), /expected fun\(x\)\.grad to be a Float64Array or number\[\]/],
    ];
    for (const [fun, message] of bad) {
      expect(() => minimizeLbfgs(fun, [1])).toThrow(ObjectiveReturnError);
      expect(() => minimizeLbfgs(fun, [1])).toThrow(message);
    }
  });

  it('every thrown error is an OptimError with a stable code', () => {
    try {
      minimizeLbfgs(quadratic, [1], { history: 0 });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(OptimError);
      expect(error).toBeInstanceOf(SoftDtwError); // one base class across @softdtw/* packages
      expect((error as OptimError).code).toBe('E_OPTIM_INVALID_OPTION');
      expect((error as OptimError).name).toBe('InvalidOptionError');
    }
  });
});

describe('minimizeLbfgs determinism', () => {
  it('gives bit-identical results on repeated runs from a seeded start', () => {
    const random = seededRandom(99);
    const x0 = Float64Array.from({ length: 8 }, () => 2 * random() - 1);
    const a = minimizeLbfgs(rosenbrock, x0);
    const b = minimizeLbfgs(rosenbrock, x0);
    expect(Array.from(a.x)).toEqual(Array.from(b.x));
    expect(a.valueHistory).toEqual(b.valueHistory);
  });
});
