/**
 * Checked conversions of commander's option strings. A bad value is a {@link CliUsageError}
 * naming the option, the value received and an example of a good one (one line, exit code 2).
 */
import { CliUsageError } from './CliUsageError.js';

/**
 * A finite number within bounds.
 * @param flag - the option as typed, e.g. `'--gamma'`.
 * @param text - commander's raw string.
 * @param bounds - `min` (inclusive, or exclusive with `minExclusive`), `max`, and an `example` value.
 * @returns the number.
 * @example parseNumberOption('--gamma', '0.1', { min: 0, example: '0.1' }); // 0.1
 */
export function parseNumberOption(
  flag: string,
  text: string,
  bounds: { readonly min?: number; readonly minExclusive?: boolean; readonly max?: number; readonly example: string },
): number {
  const value = Number(text);
  const tooSmall = bounds.min !== undefined && (bounds.minExclusive === true ? value <= bounds.min : value < bounds.min);
  const tooLarge = bounds.max !== undefined && value > bounds.max;
  if (text.trim() === '' || !Number.isFinite(value) || tooSmall || tooLarge) {
    const range = [
      bounds.min === undefined ? '' : `${bounds.minExclusive === true ? '>' : '>='} ${bounds.min}`,
      bounds.max === undefined ? '' : `<= ${bounds.max}`,
    ].filter((part) => part !== '');
    throw new CliUsageError(`${flag}: expected a number${range.length > 0 ? ` ${range.join(' and ')}` : ''}, got "${text}". Example: ${flag} ${bounds.example}`);
  }
  return value;
}

/**
 * An integer within bounds.
 * @param flag - the option as typed, e.g. `'--k'`.
 * @param text - commander's raw string.
 * @param min - smallest allowed value.
 * @param example - a good value for the message.
 * @returns the integer.
 * @example parseIntegerOption('--k', '3', 1, '3'); // 3
 */
export function parseIntegerOption(flag: string, text: string, min: number, example: string): number {
  const value = Number(text);
  if (!/^[+-]?\d+$/.test(text.trim()) || !Number.isSafeInteger(value) || value < min) {
    throw new CliUsageError(`${flag}: expected an integer >= ${min}, got "${text}". Example: ${flag} ${example}`);
  }
  return value;
}

/**
 * One of a fixed set of words.
 * @param flag - the option as typed, e.g. `'--metric'`.
 * @param text - commander's raw string.
 * @param choices - the accepted words.
 * @returns the word, typed as one of `choices`.
 * @example parseChoiceOption('--metric', 'dtw', ['softdtw', 'dtw', 'euclidean'] as const); // 'dtw'
 */
export function parseChoiceOption<C extends string>(flag: string, text: string, choices: readonly C[]): C {
  if (!(choices as readonly string[]).includes(text)) {
    throw new CliUsageError(`${flag}: expected one of ${choices.join(', ')}, got "${text}". Example: ${flag} ${choices[0]}`);
  }
  return text as C;
}
