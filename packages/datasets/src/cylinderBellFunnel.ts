/**
 * The synthetic Cylinder-Bell-Funnel (CBF) dataset (N. Saito, "Local feature extraction and its
 * applications using a library of bases", PhD thesis, Yale University, 1994; the UCR archive's
 * `CBF` dataset is drawn from the same definition). Three classes of length-128 series, each a
 * noisy plateau / rising ramp / falling ramp on a random interval [a, b]:
 *
 *   cylinder  c(t) = (6 + η) · χ[a,b](t)                          + ε(t)
 *   bell      b(t) = (6 + η) · χ[a,b](t) · (t − a) / (b − a)      + ε(t)
 *   funnel    f(t) = (6 + η) · χ[a,b](t) · (b − t) / (b − a)      + ε(t)
 *
 * for t = 1..L (L = 128; array index t − 1), where χ[a,b](t) = 1 if a ≤ t ≤ b and 0 otherwise,
 *   a ~ U{16, …, 32},  b − a ~ U{32, …, 96}  (integers, both ends included, as in Saito's definition),
 *   η ~ N(0, 1) once per series (amplitude jitter),  ε(t) ~ N(0, 1) independently per time step.
 * So b ≤ 128 = L: the event always ends inside the series.
 *
 * Other lengths L scale the ranges: a ~ U{round(16L/128), …, round(32L/128)},
 * b − a ~ U{round(32L/128), …, min(round(96L/128), L − round(32L/128))}, so b ≤ L still holds
 * (L ≥ 8 so that b − a ≥ 2).
 *
 * Draw order (part of the reproducibility promise): series k = 0..3·perClass − 1 has class
 * k mod 3 (cylinder, bell, funnel, cylinder, …); for each series, in this order: a, b − a, η,
 * then ε(1..L). All from one {@link SeededRandom} stream seeded with `seed`. The series are not
 * z-normalised (the UCR copy of CBF is); call `zNormalize` if you need that.
 */
import type { LabelledSeries } from './LabelledSeries.js';
import { SeededRandom } from './SeededRandom.js';
import { InvalidArgumentError } from './errors.js';

/** The three CBF class names, in generation order. */
export const CBF_CLASSES = ['cylinder', 'bell', 'funnel'] as const;

/** One of the CBF classes. */
export type CbfClass = (typeof CBF_CLASSES)[number];

/** Options of {@link cylinderBellFunnel}. */
export interface CylinderBellFunnelOptions {
  /** Series per class, a positive integer (the total is 3 · perClass). */
  readonly perClass: number;
  /** Series length L, an integer ≥ 8. Default 128, the standard definition. */
  readonly length?: number;
  /** Integer seed. Default 0. */
  readonly seed?: number;
}

/** A generated CBF set: series, their class names, and the event interval of each. */
export interface CylinderBellFunnelData extends LabelledSeries {
  /** `[3 · perClass]` class of each series, interleaved: cylinder, bell, funnel, cylinder, … */
  readonly labels: CbfClass[];
  /** `[3 · perClass]` the 1-based event interval [a, b] of each series (ground truth for tests and plots). */
  readonly events: { readonly a: number; readonly b: number }[];
}

/**
 * Generate a seeded Cylinder-Bell-Funnel dataset (formulas in the module header).
 *
 * @param options - `perClass` (required), `length` (default 128), `seed` (default 0)
 * @returns `{ series: [3·perClass][length], labels: [3·perClass], events: [3·perClass] }`,
 *   classes interleaved cylinder, bell, funnel, …
 * @throws {@link InvalidArgumentError} when `perClass` or `length` is not a valid integer, or the seed is not an integer
 * @example
 * const cbf = cylinderBellFunnel({ perClass: 10, seed: 1 });
 * cbf.series.length;      // 30
 * cbf.series[0].length;   // 128
 * cbf.labels.slice(0, 3); // ['cylinder', 'bell', 'funnel']
 */
export function cylinderBellFunnel(options: CylinderBellFunnelOptions): CylinderBellFunnelData {
  const { perClass } = options;
  const length = options.length ?? 128;
  const seed = options.seed ?? 0;
  if (!Number.isSafeInteger(perClass) || perClass < 1) {
    throw new InvalidArgumentError(
      `cylinderBellFunnel: expected perClass to be a positive integer, got ${String(perClass)}. Pass e.g. { perClass: 10 }.`,
    );
  }
  if (!Number.isSafeInteger(length) || length < 8) {
    throw new InvalidArgumentError(
      `cylinderBellFunnel: expected length to be an integer ≥ 8, got ${String(length)}. Leave it out for the standard 128.`,
    );
  }
  if (!Number.isSafeInteger(seed)) {
    throw new InvalidArgumentError(`cylinderBellFunnel: expected an integer seed, got ${String(seed)}. Pass e.g. { seed: 42 }.`);
  }

  const scale = length / 128;
  const startMin = Math.max(1, Math.round(16 * scale));
  const startMax = Math.max(startMin, Math.round(32 * scale));
  const widthMin = Math.max(2, Math.round(32 * scale));
  const widthMax = Math.max(widthMin, Math.min(Math.round(96 * scale), length - startMax)); // keeps b ≤ L

  const random = new SeededRandom(seed);
  const series: number[][] = [];
  const labels: CbfClass[] = [];
  const events: { a: number; b: number }[] = [];
  for (let k = 0; k < 3 * perClass; k++) {
    const shape = CBF_CLASSES[k % 3] as CbfClass;
    const a = random.nextInt(startMin, startMax);
    const b = a + random.nextInt(widthMin, widthMax);
    const amplitude = 6 + random.nextGaussian();
    const values = new Array<number>(length);
    for (let t = 1; t <= length; t++) {
      values[t - 1] = amplitude * eventShape(shape, t, a, b) + random.nextGaussian();
    }
    series.push(values);
    labels.push(shape);
    events.push({ a, b });
  }
  return { series, labels, events };
}

/** χ[a,b](t) times the class's ramp: 1 (cylinder), (t − a)/(b − a) (bell), (b − t)/(b − a) (funnel). */
function eventShape(shape: CbfClass, t: number, a: number, b: number): number {
  if (t < a || t > b) return 0;
  switch (shape) {
    case 'cylinder':
      return 1;
    case 'bell':
      return (t - a) / (b - a);
    case 'funnel':
      return (b - t) / (b - a);
  }
}
