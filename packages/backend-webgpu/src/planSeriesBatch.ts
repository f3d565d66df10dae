/**
 * CPU-side plan of a batched, tiled soft-DTW run on the GPU (Cuturi & Blondel, ICML 2017,
 * arXiv:1703.01541): which tiles of which DP matrices run in which dispatch, and where each
 * kernel finds its per-pair data in the `plan` storage buffer.
 *
 * Tiling. Pair k's DP matrix (n_k rows = x, m_k columns = y, 0-indexed cells (i, j)) is cut into
 * T × T tiles, tile (ti, tj) covering rows [ti·T, ti·T + T) and columns [tj·T, tj·T + T), clipped
 * to the matrix. A tile depends on its upper, left and upper-left neighbours only, so the tiles
 * of one tile anti-diagonal D = ti + tj are independent: dispatch D runs, in one go, the tiles
 * on anti-diagonal D of every pair (one workgroup each); the backward pass runs D in reverse.
 * Tiles that hold no cell of the Sakoe-Chiba band |i − j| ≤ r are never scheduled.
 *
 * The `plan` buffer (u32 words):
 *   [0, PAIR_WORDS·b)        per pair: xRow0, yRow0, n, m, tilesX, tilesY, edgeBase, tileTableBase
 *   workBase + 4·e           work entry e: pair k, ti, tj, slab (the tile's T² block of weights)
 *   tileTableBase (per pair) tilesX·tilesY words: the slab of tile (ti, tj), or NO_TILE
 *   ownerXBase, ownerYBase   per x row / y row: the pair owning it, or NO_TILE (gradients only)
 *
 * Edges (f32 buffer, per pair from edgeBase, 3·((tilesX − 1)·m + (tilesY − 1)·n) floats): the R
 * values of each tile row's last row and each tile column's last column (forward), and the
 * backward contributions that cross tile borders (see softDtwWgsl.ts). Pairs of one tile need none.
 */

/** Words per pair record in the plan buffer. */
export const PAIR_WORDS = 8;
/** Words per work entry. */
export const WORK_WORDS = 4;
/** Marks "no tile" / "no owner" in the plan buffer. */
export const NO_TILE = 0xffffffff;
/** Band radius used for "no band" on the GPU (an i32 comfortably above any length). */
export const NO_BAND_RADIUS = 0x3fffffff;

/** What the planner needs to know about the batch. */
export interface PlanInput {
  /** First x row of each pair. */
  readonly xStart: Int32Array;
  /** First y row of each pair. */
  readonly yStart: Int32Array;
  /** n_k per pair. */
  readonly lengthsX: Int32Array;
  /** m_k per pair. */
  readonly lengthsY: Int32Array;
  /** Total number of x rows in the packed x buffer. */
  readonly xRows: number;
  /** Total number of y rows in the packed y buffer. */
  readonly yRows: number;
}

/** One dispatch's slice of the work list. */
export interface TileDiagonal {
  /** First work entry. */
  readonly start: number;
  /** Number of work entries (= workgroups). */
  readonly count: number;
}

/** The plan of one run (see the file header for the buffer layout). */
export interface SeriesBatchPlan {
  /** Tile side T. */
  readonly tile: number;
  /** The plan storage buffer. */
  readonly words: Uint32Array;
  /** Word offset of the work list. */
  readonly workBase: number;
  /** Word offset of the x-row owners (gradients only, else 0). */
  readonly ownerXBase: number;
  /** Word offset of the y-row owners (gradients only, else 0). */
  readonly ownerYBase: number;
  /** Dispatches, by tile anti-diagonal D = 0, 1, … */
  readonly diagonals: readonly TileDiagonal[];
  /** Scheduled tiles = slabs of weights (T² cells each) when weights are stored. */
  readonly tileCount: number;
  /** Floats of the edges buffer. */
  readonly edgeFloats: number;
}

/**
 * Whether tile (ti, tj) of an n × m problem holds a cell with |i − j| ≤ radius.
 *
 * @param ti - tile row
 * @param tj - tile column
 * @param n - rows
 * @param m - columns
 * @param tile - tile side T
 * @param radius - band radius (a large number for none)
 * @returns true if some cell of the tile is in the band
 * @example
 * tileInBand(0, 3, 512, 512, 128, 10); // false: rows 0–127 never meet columns 384–511 within 10
 */
export function tileInBand(ti: number, tj: number, n: number, m: number, tile: number, radius: number): boolean {
  const iLow = ti * tile;
  const iHigh = Math.min(n, iLow + tile) - 1;
  const jLow = tj * tile;
  const jHigh = Math.min(m, jLow + tile) - 1;
  return iHigh - jLow >= -radius && iLow - jHigh <= radius;
}

/**
 * Number of edge floats a pair needs: 3·((tilesX − 1)·m + (tilesY − 1)·n).
 *
 * @param n - rows
 * @param m - columns
 * @param tile - tile side T
 * @returns floats
 * @example
 * pairEdgeFloats(128, 128, 128); // 0: one tile, nothing crosses a tile border
 */
export function pairEdgeFloats(n: number, m: number, tile: number): number {
  const tilesX = Math.ceil(n / tile);
  const tilesY = Math.ceil(m / tile);
  return 3 * ((tilesX - 1) * m + (tilesY - 1) * n);
}

/**
 * Number of tiles of a pair that meet the band (= T² weight blocks when gradients are asked).
 *
 * @param n - rows
 * @param m - columns
 * @param tile - tile side T
 * @param radius - band radius (a large number for none)
 * @returns tiles
 * @example
 * pairTileCount(300, 300, 128, 1e9); // 9
 */
export function pairTileCount(n: number, m: number, tile: number, radius: number): number {
  const tilesX = Math.ceil(n / tile);
  const tilesY = Math.ceil(m / tile);
  let count = 0;
  for (let ti = 0; ti < tilesX; ti++) {
    for (let tj = 0; tj < tilesY; tj++) if (tileInBand(ti, tj, n, m, tile, radius)) count++;
  }
  return count;
}

/**
 * Builds the plan buffer and the dispatch list for a batch.
 *
 * @param input - per-pair starts and lengths, total rows
 * @param tile - tile side T (the forward/backward workgroup size)
 * @param radius - band radius, an integer (NO_BAND_RADIUS for none)
 * @param gradients - whether the tile tables and row owners are needed
 * @returns the plan
 * @example
 * const plan = planSeriesBatch({ xStart: Int32Array.of(0), yStart: Int32Array.of(0),
 *   lengthsX: Int32Array.of(200), lengthsY: Int32Array.of(100), xRows: 200, yRows: 100 }, 128, NO_BAND_RADIUS, false);
 * plan.diagonals.map((d) => d.count); // [1, 2, 1]
 */
export function planSeriesBatch(input: PlanInput, tile: number, radius: number, gradients: boolean): SeriesBatchPlan {
  const { xStart, yStart, lengthsX, lengthsY } = input;
  const pairs = lengthsX.length;
  // Pass 1: tile counts per tile anti-diagonal, tile-table and edge offsets.
  const perDiagonal: number[] = [];
  let tileTableWords = 0;
  let edgeFloats = 0;
  for (let k = 0; k < pairs; k++) {
    const n = lengthsX[k];
    const m = lengthsY[k];
    const tilesX = Math.ceil(n / tile);
    const tilesY = Math.ceil(m / tile);
    for (let ti = 0; ti < tilesX; ti++) {
      for (let tj = 0; tj < tilesY; tj++) {
        if (!tileInBand(ti, tj, n, m, tile, radius)) continue;
        const d = ti + tj;
        while (perDiagonal.length <= d) perDiagonal.push(0);
        perDiagonal[d]++;
      }
    }
    if (gradients) tileTableWords += tilesX * tilesY;
    edgeFloats += pairEdgeFloats(n, m, tile);
  }
  let tileCount = 0;
  const diagonals: TileDiagonal[] = perDiagonal.map((count) => {
    const entry = { start: tileCount, count };
    tileCount += count;
    return entry;
  });
  const workBase = PAIR_WORDS * pairs;
  const tileTableBase = workBase + WORK_WORDS * tileCount;
  const ownerXBase = gradients ? tileTableBase + tileTableWords : 0;
  const ownerYBase = gradients ? ownerXBase + input.xRows : 0;
  const totalWords = gradients ? ownerYBase + input.yRows : tileTableBase;
  const words = new Uint32Array(Math.max(totalWords, 4));

  // Pass 2: pair records, work entries (bucketed by tile anti-diagonal), tile tables.
  const next = diagonals.map((d) => d.start);
  let tableOffset = tileTableBase;
  let edgeOffset = 0;
  for (let k = 0; k < pairs; k++) {
    const n = lengthsX[k];
    const m = lengthsY[k];
    const tilesX = Math.ceil(n / tile);
    const tilesY = Math.ceil(m / tile);
    const record = PAIR_WORDS * k;
    words[record] = xStart[k];
    words[record + 1] = yStart[k];
    words[record + 2] = n;
    words[record + 3] = m;
    words[record + 4] = tilesX;
    words[record + 5] = tilesY;
    words[record + 6] = edgeOffset;
    words[record + 7] = gradients ? tableOffset : NO_TILE;
    for (let ti = 0; ti < tilesX; ti++) {
      for (let tj = 0; tj < tilesY; tj++) {
        const inBand = tileInBand(ti, tj, n, m, tile, radius);
        const entry = inBand ? next[ti + tj]++ : -1;
        if (gradients) words[tableOffset + ti * tilesY + tj] = inBand ? entry : NO_TILE;
        if (!inBand) continue;
        const at = workBase + WORK_WORDS * entry;
        words[at] = k;
        words[at + 1] = ti;
        words[at + 2] = tj;
        words[at + 3] = entry; // slab = work entry index
      }
    }
    if (gradients) tableOffset += tilesX * tilesY;
    edgeOffset += pairEdgeFloats(n, m, tile);
  }
  if (gradients) {
    words.fill(NO_TILE, ownerXBase, totalWords);
    for (let k = 0; k < pairs; k++) {
      words.fill(k, ownerXBase + xStart[k], ownerXBase + xStart[k] + lengthsX[k]);
      words.fill(k, ownerYBase + yStart[k], ownerYBase + yStart[k] + lengthsY[k]);
    }
  }
  return { tile, words, workBase, ownerXBase, ownerYBase, diagonals, tileCount, edgeFloats };
}
