/**
 * The memory budget: a call whose large allocations (weights, directions, alignment matrices)
 * would exceed it throws MemoryBudgetError before allocating anything, instead of exhausting the
 * process. Value-only calls (softDtw, softDtwBatch, pairwiseSoftDtw, softDtwDivergence) allocate
 * O(min(n, m)) and never come near it.
 */
import { InvalidArgumentError, MemoryBudgetError } from './errors.js';

/** Default budget: 2 GiB. */
export const DEFAULT_MEMORY_BUDGET = 2 * 1024 ** 3;

let budget = DEFAULT_MEMORY_BUDGET;

/**
 * Sets the process-wide memory budget (bytes) for one call of any @softdtw/core function.
 *
 * @param bytes - a positive number of bytes, or Infinity to disable the check
 * @returns nothing
 * @throws InvalidArgumentError if bytes is not a positive number
 * @example
 * setMemoryBudget(512 * 1024 ** 2); // 512 MiB
 */
export function setMemoryBudget(bytes: number): void {
  budget = validateBudget('setMemoryBudget', bytes);
}

/**
 * The process-wide memory budget in bytes (default 2 GiB).
 *
 * @returns bytes
 * @example
 * getMemoryBudget(); // 2147483648
 */
export function getMemoryBudget(): number {
  return budget;
}

/**
 * Throws MemoryBudgetError when `requiredBytes` exceeds the budget (the per-call override, else the
 * process-wide one). Internal: called by the public functions before they allocate.
 *
 * @param op - public function name, for the message
 * @param requiredBytes - bytes the call will allocate
 * @param override - per-call `memoryBudget` option, or undefined
 * @param what - what the memory is for, e.g. "the soft-min weights of 4.0e8 DP cells (24 B each)"
 * @returns nothing
 * @example
 * checkMemoryBudget('softDtwValueAndGrad', 1e6, undefined, 'the soft-min weights');
 */
export function checkMemoryBudget(op: string, requiredBytes: number, override: number | undefined, what: string): void {
  const limit = override === undefined ? budget : validateBudget(op, override);
  if (requiredBytes <= limit) return;
  throw new MemoryBudgetError(
    `${op}: expected at most ${formatBytes(limit)} of memory (the memory budget), got a call that needs ` +
      `${formatBytes(requiredBytes)} for ${what}. Use a Sakoe-Chiba band ({ band: r } stores only cells with ` +
      `|i − j| ≤ r), shorter series, the value-only softDtw (O(min(n, m)) memory), or raise the budget with ` +
      `setMemoryBudget(bytes) or the memoryBudget option.`,
    requiredBytes,
    limit,
  );
}

function validateBudget(op: string, bytes: number): number {
  if (typeof bytes !== 'number' || Number.isNaN(bytes) || bytes <= 0) {
    throw new InvalidArgumentError(
      `${op}: expected the memory budget to be a positive number of bytes (or Infinity), got ${String(bytes)}. ` +
        `Pass e.g. 4 * 1024 ** 3 for 4 GiB.`,
    );
  }
  return bytes;
}

function formatBytes(bytes: number): string {
  if (bytes === Infinity) return 'unlimited bytes';
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(unit === 0 ? 0 : 1)} ${units[unit]} (${Math.round(bytes)} bytes)`;
}
