/**
 * Minimizer of the cubic that interpolates a 1-D function from two points, each with its value and
 * slope (Nocedal & Wright, Numerical Optimization, 2nd ed., 2006, §3.5, eq. 3.59). Used by the
 * strong-Wolfe line search to pick the next trial step inside a bracket.
 *
 *     d1 = φ'(a) + φ'(b) − 3 (φ(a) − φ(b)) / (a − b)
 *     d2 = sign(b − a) · √(d1² − φ'(a) φ'(b))
 *     t* = b − (b − a) · (φ'(b) + d2 − d1) / (φ'(b) − φ'(a) + 2 d2)
 *
 * Stability: d1² − φ'(a)φ'(b) is computed after dividing by s = max(|d1|, |φ'(a)|, |φ'(b)|) so that
 * large slopes do not overflow (the same scaling as Moré & Thuente's cstep).
 */

/** A point of a 1-D function: where (`alpha`), its value and its slope. */
export interface CubicKnot {
  /** Abscissa (a step length in the line search). */
  readonly alpha: number;
  /** φ(alpha). */
  readonly value: number;
  /** φ'(alpha). */
  readonly slope: number;
}

/**
 * The local minimizer of the cubic through two knots, or NaN when that cubic has no local minimizer
 * (negative discriminant), when the knots coincide, or when any input is not finite. Callers fall
 * back to bisection on NaN.
 *
 * @param a - first knot {alpha, value, slope}
 * @param b - second knot {alpha, value, slope}; either order
 * @returns the minimizer t*, not clamped to [a, b], or NaN
 * @example
 * // φ(t) = (t − 1)²: knots at 0 and 3 recover the minimizer exactly
 * cubicMinimizer({ alpha: 0, value: 1, slope: -2 }, { alpha: 3, value: 4, slope: 4 }); // 1
 */
export function cubicMinimizer(a: CubicKnot, b: CubicKnot): number {
  if (a.alpha === b.alpha) return NaN;
  const d1 = a.slope + b.slope - (3 * (a.value - b.value)) / (a.alpha - b.alpha);
  const scale = Math.max(Math.abs(d1), Math.abs(a.slope), Math.abs(b.slope));
  if (!Number.isFinite(d1) || !Number.isFinite(scale)) return NaN;
  if (scale === 0) return NaN; // flat: every point is a minimizer
  const radicand = (d1 / scale) * (d1 / scale) - (a.slope / scale) * (b.slope / scale);
  if (radicand < 0) return NaN;
  const d2 = Math.sign(b.alpha - a.alpha) * scale * Math.sqrt(radicand);
  const denominator = b.slope - a.slope + 2 * d2;
  if (denominator === 0) return NaN;
  return b.alpha - (b.alpha - a.alpha) * ((b.slope + d2 - d1) / denominator);
}
