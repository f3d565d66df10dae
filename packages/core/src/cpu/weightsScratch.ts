/**
 * A reusable scratch buffer for the soft-min weights of the fused value+gradient kernel.
 *
 * Why: on the machines this library is measured on, first-touching freshly allocated memory
 * costs ~11 µs per 4 KiB page (≈ 2.7 ns per byte, i.e. ~65 ns per DP cell for 24 B of weights —
 * more than the whole DP). Reusing one buffer across calls removes that cost from every call but
 * the first. Only buffers up to SCRATCH_RETENTION_BYTES are kept, so at most that much memory
 * stays alive between calls; larger problems allocate (and later free) their own buffer.
 *
 * Safety: the weights never escape the synchronous kernel call that borrows them (the kernel
 * calls no user code), so one shared buffer cannot be observed by two users at once.
 */

/** Largest weights buffer kept alive between calls: 64 MiB (≈ 2.8 M DP cells, e.g. 1600 × 1600). */
export const SCRATCH_RETENTION_BYTES = 64 * 1024 * 1024;

let retained: Float64Array | null = null;

/**
 * A Float64Array of exactly `length` elements with unspecified contents: a view of the retained
 * scratch buffer when it fits in SCRATCH_RETENTION_BYTES, otherwise a fresh array.
 *
 * @param length - number of float64 elements needed
 * @returns a Float64Array of that length (contents unspecified; the caller overwrites it)
 * @example
 * const w = borrowWeightsScratch(3 * 1024 * 1024); // reused by the next call of the same size
 */
export function borrowWeightsScratch(length: number): Float64Array {
  if (length * 8 > SCRATCH_RETENTION_BYTES) return new Float64Array(length);
  if (retained === null || retained.length < length) {
    // Grow geometrically (within the cap) so a sweep over increasing sizes reallocates rarely.
    const grown = Math.min(Math.max(length, retained === null ? 0 : 2 * retained.length), SCRATCH_RETENTION_BYTES / 8);
    retained = new Float64Array(grown);
  }
  return retained.subarray(0, length);
}

/**
 * Drops the retained scratch buffer so its memory can be garbage-collected.
 *
 * @returns nothing
 * @example
 * releaseWeightsScratch();
 */
export function releaseWeightsScratch(): void {
  retained = null;
}
