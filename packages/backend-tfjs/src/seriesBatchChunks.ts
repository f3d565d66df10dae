/**
 * Splitting a packed series batch (core's SeriesBatchInputs) into padded chunks for the
 * wavefront kernels. Pairs are sorted by length (longest first) so each chunk pads to lengths
 * close to its own pairs', and a chunk holds at most CHUNK_CELLS padded DP cells (b·n·m), which
 * bounds the tfjs memory of one chunk (with gradients ≈ 24 B per padded cell for the soft-min
 * weights, n = m; see the README, "Memory").
 */
import type { SeriesBatchInputs } from '@softdtw/core';

/** Padded DP cells per chunk: 2^20 (a batch of 64 pairs at n = m = 128). */
export const CHUNK_CELLS = 1 << 20;

/** One chunk: which pairs, and the padded problem they form. */
export interface SeriesBatchChunk {
  /** Indices of the pairs (into the packed batch), longest first. */
  readonly pairs: Int32Array;
  /** max n_k over the chunk. */
  readonly n: number;
  /** max m_k over the chunk. */
  readonly m: number;
}

/** A chunk's series, padded with zeros, as float32 buffers for upload. */
export interface PaddedChunk {
  /** [b, n, p] row-major. */
  readonly X: Float32Array;
  /** [b, m, p] row-major. */
  readonly Y: Float32Array;
  /** n_k of each pair of the chunk. */
  readonly lengthsX: Int32Array;
  /** m_k of each pair of the chunk. */
  readonly lengthsY: Int32Array;
}

/**
 * Plans the chunks of a batch.
 *
 * @param lengthsX - n_k of every pair
 * @param lengthsY - m_k of every pair
 * @param maxCells - padded cells allowed per chunk (a single larger pair gets a chunk of its own)
 * @returns chunks covering every pair once
 * @example
 * planSeriesBatchChunks(Int32Array.of(3, 10), Int32Array.of(3, 10), 1 << 20);
 * // [{ pairs: [1, 0], n: 10, m: 10 }]
 */
export function planSeriesBatchChunks(lengthsX: Int32Array, lengthsY: Int32Array, maxCells: number = CHUNK_CELLS): SeriesBatchChunk[] {
  const order = Array.from(lengthsX, (_, k) => k).sort(
    (a, b) => lengthsX[b]! - lengthsX[a]! || lengthsY[b]! - lengthsY[a]! || a - b,
  );
  const chunks: SeriesBatchChunk[] = [];
  let members: number[] = [];
  let n = 0;
  let m = 0;
  for (const k of order) {
    const nk = lengthsX[k]!;
    const mk = lengthsY[k]!;
    const grownN = Math.max(n, nk);
    const grownM = Math.max(m, mk);
    if (members.length > 0 && (members.length + 1) * grownN * grownM > maxCells) {
      chunks.push({ pairs: Int32Array.from(members), n, m });
      members = [];
      n = nk;
      m = mk;
    } else {
      n = grownN;
      m = grownM;
    }
    members.push(k);
  }
  if (members.length > 0) chunks.push({ pairs: Int32Array.from(members), n, m });
  return chunks;
}

/**
 * Copies a chunk's series into zero-padded float32 buffers.
 *
 * @param inputs - the packed batch
 * @param p - features per time step
 * @param chunk - from planSeriesBatchChunks
 * @returns padded X [b, n, p], Y [b, m, p] and the chunk's lengths
 * @example
 * const { X, Y } = padSeriesBatchChunk(inputs, 1, chunks[0]);
 */
export function padSeriesBatchChunk(inputs: SeriesBatchInputs, p: number, chunk: SeriesBatchChunk): PaddedChunk {
  const { pairs, n, m } = chunk;
  const batch = pairs.length;
  const X = new Float32Array(batch * n * p);
  const Y = new Float32Array(batch * m * p);
  const lengthsX = new Int32Array(batch);
  const lengthsY = new Int32Array(batch);
  for (let slot = 0; slot < batch; slot++) {
    const k = pairs[slot]!;
    lengthsX[slot] = inputs.lengthsX[k]!;
    lengthsY[slot] = inputs.lengthsY[k]!;
    const xFrom = inputs.xStart[k]! * p;
    const yFrom = inputs.yStart[k]! * p;
    X.set(inputs.x.subarray(xFrom, xFrom + lengthsX[slot]! * p), slot * n * p);
    Y.set(inputs.y.subarray(yFrom, yFrom + lengthsY[slot]! * p), slot * m * p);
  }
  return { X, Y, lengthsX, lengthsY };
}
