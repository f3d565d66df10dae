/**
 * Map class labels (strings as read from UCR files: `'-1'`, `'1'`, `'3'`…`'8'`, or CBF's names)
 * to integer codes 0..K−1, as classifiers and confusion matrices want them.
 *
 * Class order: when every label is a decimal number the classes are sorted numerically
 * (`'-1' < '1'`, `'2' < '10'`), otherwise by UTF-16 code units (`Array.prototype.sort`), which does
 * not depend on the locale. Pass `classes` to reuse the training set's order for a test set.
 */
import { InvalidArgumentError } from './errors.js';

/** The result of {@link encodeLabels}. */
export interface EncodedLabels {
  /** `[n]` code of each label: its index in `classes`. */
  readonly codes: number[];
  /** `[K]` the distinct classes; `classes[codes[i]] === labels[i]`. */
  readonly classes: string[];
}

const NUMERIC = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Encode labels as integers 0..K−1.
 *
 * @param labels - `[n]` labels
 * @param classes - optional `[K]` class order to use (e.g. the training set's `classes`); every
 *   label must be in it
 * @returns `{ codes: [n], classes: [K] }`
 * @throws {@link InvalidArgumentError} when `classes` has duplicates or lacks a label (the
 *   message names the first missing label and its index)
 * @example
 * encodeLabels(['2', '1', '10', '1']); // { codes: [1, 0, 2, 0], classes: ['1', '2', '10'] }
 * encodeLabels(['1', '2'], ['2', '1']).codes; // [1, 0]
 */
export function encodeLabels(labels: readonly string[], classes?: readonly string[]): EncodedLabels {
  let order: string[];
  if (classes === undefined) {
    order = [...new Set(labels)];
    if (order.every((label) => NUMERIC.test(label.trim()))) order.sort((a, b) => Number(a) - Number(b) || (a < b ? -1 : a > b ? 1 : 0));
    else order.sort();
  } else {
    order = [...classes];
    if (new Set(order).size !== order.length) {
      throw new InvalidArgumentError(
        `encodeLabels: expected distinct classes, got duplicates in [${order.join(', ')}]. Pass each class once.`,
      );
    }
  }
  const codeOf = new Map(order.map((label, code) => [label, code] as const));
  const codes = labels.map((label, i) => {
    const code = codeOf.get(label);
    if (code === undefined) {
      throw new InvalidArgumentError(
        `encodeLabels: expected every label to be one of [${order.join(', ')}], got "${label}" at index ${i}. ` +
          'Add it to classes, or encode without classes to collect them from the labels.',
      );
    }
    return code;
  });
  return { codes, classes: order };
}
