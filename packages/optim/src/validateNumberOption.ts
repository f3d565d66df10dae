/**
 * Checks for numeric options, throwing InvalidOptionError with the expected range, the value received
 * and a suggested fix. Shared by every optimizer so the messages read the same everywhere.
 */
import { InvalidOptionError } from './errors.js';

/** Bounds of a real-valued option; exclusive bounds are written `(` / `)` in messages. */
export interface RealRange {
  /** Lower bound. */
  readonly min?: number;
  /** Whether the lower bound itself is excluded. */
  readonly minExclusive?: boolean;
  /** Upper bound. */
  readonly max?: number;
  /** Whether the upper bound itself is excluded. */
  readonly maxExclusive?: boolean;
}

/**
 * Short printable form of any received value, for error messages.
 *
 * @param value - anything
 * @returns e.g. `-1`, `"abc"`, `NaN`, `an object`
 * @example
 * describeValue('x'); // '"x"'
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  return `a value of type ${typeof value}`;
}

/**
 * Reads an optional integer option.
 *
 * @param where - caller name for the message, e.g. `minimizeLbfgs`
 * @param name - option path, e.g. `options.history`
 * @param value - the received value (undefined → fallback)
 * @param fallback - default
 * @param min - smallest allowed value
 * @param allowInfinity - whether `Infinity` means "no limit"
 * @returns the integer
 * @example
 * integerOption('minimizeLbfgs', 'options.history', undefined, 10, 1, false); // 10
 */
export function integerOption(
  where: string,
  name: string,
  value: unknown,
  fallback: number,
  min: number,
  allowInfinity: boolean,
): number {
  if (value === undefined) return fallback;
  const isValid =
    typeof value === 'number' && (Number.isInteger(value) || (allowInfinity && value === Infinity)) && value >= min;
  if (!isValid) {
    const expected = `an integer ≥ ${min}${allowInfinity ? ' or Infinity' : ''}`;
    throw new InvalidOptionError(
      `${where}: expected ${name} to be ${expected}, got ${describeValue(value)}. Pass e.g. ${name.split('.').pop()}: ${fallback}.`,
    );
  }
  return value;
}

/**
 * Reads an optional real option within a range.
 *
 * @param where - caller name for the message
 * @param name - option path
 * @param value - the received value (undefined → fallback)
 * @param fallback - default (not checked); pass NaN with `required` semantics by checking undefined yourself
 * @param range - allowed range
 * @returns the number
 * @example
 * realOption('adam', 'options.beta1', 0.8, 0.9, { min: 0, max: 1, maxExclusive: true }); // 0.8
 */
export function realOption(where: string, name: string, value: unknown, fallback: number, range: RealRange): number {
  if (value === undefined) return fallback;
  const { min = -Infinity, max = Infinity, minExclusive = false, maxExclusive = false } = range;
  const isValid =
    typeof value === 'number' &&
    !Number.isNaN(value) &&
    (minExclusive ? value > min : value >= min) &&
    (maxExclusive ? value < max : value <= max);
  if (!isValid) {
    throw new InvalidOptionError(
      `${where}: expected ${name} to be a number in ${formatRange(range)}, got ${describeValue(value)}. ` +
        `Pass a value in that range, e.g. ${name.split('.').pop()}: ${fallback}.`,
    );
  }
  return value;
}

function formatRange({ min = -Infinity, max = Infinity, minExclusive = false, maxExclusive = false }: RealRange): string {
  return `${minExclusive ? '(' : '['}${min}, ${max}${maxExclusive ? ')' : ']'}`;
}
