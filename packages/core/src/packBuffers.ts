/**
 * Reused buffers for the packed series of batch calls. A batch of 1024 pairs of n = 128 packs 2 MB per call; fresh
 * buffers cost a page fault per 4 KB on first write (~14 µs each on the reference VM: about half of the packing
 * time) and push V8's external-memory accounting towards a garbage collection. Buffers go back after the kernel
 * is done with them (series-batch kernels never keep their inputs: primitiveNames.ts). Internal.
 */

/** Spare buffers kept (two calls' worth of x and y). */
const MAX_SPARE = 4;

const spare: ArrayBuffer[] = [];
const ours = new WeakSet<ArrayBufferLike>();

/**
 * A zeroed Float64Array of exactly `length` values, on a reused buffer when one is big enough.
 *
 * @param length - values
 * @returns a view of `length` values (its buffer may be larger)
 * @example
 * const x = takePackBuffer(rows * p);
 */
export function takePackBuffer(length: number): Float64Array {
  const bytes = length * 8;
  let best = -1;
  for (let i = 0; i < spare.length; i++) {
    if (spare[i].byteLength >= bytes && (best < 0 || spare[i].byteLength < spare[best].byteLength)) best = i;
  }
  if (best >= 0) {
    const view = new Float64Array(spare.splice(best, 1)[0], 0, length);
    view.fill(0);
    return view;
  }
  const buffer = new ArrayBuffer(bytes);
  ours.add(buffer);
  return new Float64Array(buffer);
}

/**
 * Returns buffers from {@link takePackBuffer} for reuse (others are ignored); the arrays must not be used after.
 *
 * @param arrays - packed inputs the kernel is done with
 * @returns nothing
 * @example
 * releasePackBuffers(inputs.x, inputs.y);
 */
export function releasePackBuffers(...arrays: readonly Float64Array[]): void {
  for (const array of arrays) {
    const buffer = array.buffer;
    if (!ours.has(buffer) || spare.includes(buffer as ArrayBuffer)) continue;
    spare.push(buffer as ArrayBuffer);
    if (spare.length > MAX_SPARE) {
      let smallest = 0;
      for (let i = 1; i < spare.length; i++) if (spare[i].byteLength < spare[smallest].byteLength) smallest = i;
      spare.splice(smallest, 1);
    }
  }
}
