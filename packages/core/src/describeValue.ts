/** Short descriptions of arbitrary values for error messages. Internal. */

/**
 * Short description of a value for error messages.
 *
 * @param value - anything
 * @returns e.g. "a string", "null", "an object"
 * @example
 * describeValue('a'); // 'a string ("a")'
 */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (typeof value === 'string') return `a string (${JSON.stringify(value.length > 20 ? value.slice(0, 20) + '…' : value)})`;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  if (ArrayBuffer.isView(value)) return `a ${value.constructor.name}`;
  return `a ${typeof value}`;
}
