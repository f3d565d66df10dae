/**
 * A reusable scratch buffer for the soft-min weights of the fused value+gradient kernel.
 *
 * Why: on the machines this library is measured on, first-touching freshly allocated memory
 * costs ~11 µs per 4 KiB page (≈ 2.7 ns per byte, i.e. ~65 ns per DP cell for 24 B of weights —
 * more than the whole DP). Reusing one buffer across calls removes that cost from every call but
 * the first, as a C caller reusing its workspace would.
 *
 * Retention policy:
 * - buffers up to SCRATCH_RETENTION_BYTES (64 MiB) are kept between calls indefinitely;
 * - a larger buffer (long series; its size was already checked against the memory budget) is
 *   kept only while calls keep coming: it is dropped LARGE_SCRATCH_IDLE_MS after the last call
 *   that used it, so a training loop over long series reuses it, and a one-off call does not
 *   pin hundreds of megabytes. The timer is unref'd: it never keeps a Node process alive.
 *
 * Safety: the weights never escape the synchronous kernel call that borrows them (the kernel
 * calls no user code), so one shared buffer cannot be observed by two users at once.
 */

/** Largest weights buffer kept alive indefinitely between calls: 64 MiB (≈ 2.8 M DP cells, e.g. 1600 × 1600). */
export const SCRATCH_RETENTION_BYTES = 64 * 1024 * 1024;

/** How long a buffer larger than SCRATCH_RETENTION_BYTES survives after its last use, in milliseconds. */
export const LARGE_SCRATCH_IDLE_MS = 2000;

let retained: Float64Array | null = null;
let retainedLarge: Float64Array | null = null;
let largeReleaseTimer: ReturnType<typeof setTimeout> | null = null;

function scheduleLargeRelease(): void {
  if (largeReleaseTimer !== null) clearTimeout(largeReleaseTimer);
  const timer = setTimeout(() => {
    retainedLarge = null;
    largeReleaseTimer = null;
  }, LARGE_SCRATCH_IDLE_MS);
  // Node: do not keep the process alive for this timer (browsers have no unref).
  (timer as { unref?: () => void }).unref?.();
  largeReleaseTimer = timer;
}

/**
 * A Float64Array of exactly `length` elements with unspecified contents: a view of a retained
 * scratch buffer (see the retention policy above), or a fresh array.
 *
 * @param length - number of float64 elements needed
 * @returns a Float64Array of that length (contents unspecified; the caller overwrites it)
 * @example
 * const w = borrowWeightsScratch(3 * 1024 * 1024); // reused by the next call of the same size
 */
export function borrowWeightsScratch(length: number): Float64Array {
  if (length * 8 > SCRATCH_RETENTION_BYTES) {
    if (retainedLarge === null || retainedLarge.length < length) {
      retainedLarge = null; // let the old one go before allocating the new one
      retainedLarge = new Float64Array(length);
    }
    scheduleLargeRelease();
    return retainedLarge.subarray(0, length);
  }
  if (retained === null || retained.length < length) {
    // Grow geometrically (within the cap) so a sweep over increasing sizes reallocates rarely.
    const grown = Math.min(Math.max(length, retained === null ? 0 : 2 * retained.length), SCRATCH_RETENTION_BYTES / 8);
    retained = new Float64Array(grown);
  }
  return retained.subarray(0, length);
}

/**
 * Drops the retained scratch buffers now, so their memory can be garbage-collected.
 *
 * @returns nothing
 * @example
 * releaseWeightsScratch();
 */
export function releaseWeightsScratch(): void {
  retained = null;
  retainedLarge = null;
  if (largeReleaseTimer !== null) clearTimeout(largeReleaseTimer);
  largeReleaseTimer = null;
}
