// Hard DTW (soft-DTW at γ = 0, the γ → 0 limit of Cuturi & Blondel, ICML 2017, arXiv:1703.01541) for a group of
// 2 series pairs, lanes = pairs (f64x2), with the value and the subgradient of @softdtw/core's cpu kernels:
//
//   D_ij = ‖x_i − y_j‖² (core's summation order, bit-identical),  R_ij = D_ij + min(R_{i−1,j−1}, R_{i−1,j}, R_{i,j−1})
//   ties: diag, then up (i − 1, j), then left (i, j − 1) — core's hardDtwForwardDiagonal.ts, tslearn's dtw_path
//   value = R_{n−1,m−1} (sum of the costs on the path, no square root); exact arithmetic, as cpu's
//   E = 0/1 indicator of the traced path; gradX_i += 2(x_i − y_j), gradY_j −= the same, along the path from (0, 0)
//   (the cpu kernel's order, so the sums are bit-identical)
//
// Grid, band, diagonal buffers and lanes as in batchF64.ts (padded N × M, +∞ sentinel, lane k's block n_k × m_k).
// Directions: one i64 code per lane per band cell (0 diag, 1 up, 2 left), diagonal after diagonal, i ascending;
// diagonal d starts at cell starts[d] (i32 table). The path of each lane is traced back from (n_k − 1, m_k − 1)
// into `path` (i32 pairs), then walked forward for the gradient.
//
// Memory: x, y, lanes, values, gradX, gradY as in batchF64.ts; scratch: 4·(N + 2) vectors; directions: 16 B per
// band cell; starts: 4·(N + M) bytes; path: 8·(N + M) bytes.
import { bandHigh, bandLow } from './band';
import { costDiagonalF64 } from './batchF64';

const LANES: i32 = 2;

/** Hard DTW of 2 pairs: values and, with `gradients` ≠ 0, the subgradients (series mode only). */
export function hardBatchF64(
  N: i32, M: i32, p: i32, radius: i32,
  x: usize, y: usize, lanes: usize, scratch: usize, directions: usize, starts: usize, path: usize,
  values: usize, gradients: i32, gradX: usize, gradY: usize,
): void {
  const diagBytes = <usize>(N + 2) << 4;
  let r2 = scratch;
  let r1 = scratch + diagBytes;
  let r0 = scratch + 2 * diagBytes;
  const cost = scratch + 3 * diagBytes;
  const inf = f64x2.splat(Infinity);
  for (let k = 0; k < N + 2; k++) {
    v128.store(r2 + (<usize>k << 4), inf);
    v128.store(r1 + (<usize>k << 4), inf);
  }
  v128.store(r2, f64x2.splat(0.0)); // R_{−1,−1} = 0
  const codeUp = i64x2.splat(1);
  const codeLeft = i64x2.splat(2);
  const codeDiag = i64x2.splat(0);
  const lastDiagonal = N + M - 2;
  let cell: i32 = 0;
  for (let d = 0; d <= lastDiagonal; d++) {
    const low = bandLow(d, M, radius);
    const high = bandHigh(d, N, radius);
    store<i32>(starts + (<usize>d << 2), cell);
    costDiagonalF64(x, y, p, d, low, high, cost);
    v128.store(r0 + (<usize>low << 4), inf);
    for (let i = low; i <= high; i++, cell++) {
      const at = <usize>i << 4;
      const diag = v128.load(r2 + at);
      const up = v128.load(r1 + at);
      const left = v128.load(r1 + at + 16);
      const isDiag = v128.and(f64x2.le(diag, up), f64x2.le(diag, left));
      const upFirst = f64x2.le(up, left);
      const best = v128.bitselect(diag, v128.bitselect(up, left, upFirst), isDiag);
      v128.store(directions + (<usize>cell << 4), v128.bitselect(codeDiag, v128.bitselect(codeUp, codeLeft, upFirst), isDiag));
      v128.store(r0 + at + 16, f64x2.add(v128.load(cost + at), best));
    }
    if (high + 2 < N + 2) v128.store(r0 + (<usize>(high + 2) << 4), inf);
    for (let lane = 0; lane < LANES; lane++) {
      const n = load<i32>(lanes + (<usize>lane << 3));
      const m = load<i32>(lanes + (<usize>lane << 3) + 4);
      if (n + m - 2 == d) store<f64>(values + (<usize>lane << 3), load<f64>(r0 + (<usize>n << 4) + (<usize>lane << 3)));
    }
    const oldest = r2;
    r2 = r1;
    r1 = r0;
    r0 = oldest;
  }
  if (gradients == 0) return;

  memory.fill(gradX, 0, (<usize>N * <usize>p) << 4);
  memory.fill(gradY, 0, (<usize>M * <usize>p) << 4);
  for (let lane = 0; lane < LANES; lane++) {
    const n = load<i32>(lanes + (<usize>lane << 3));
    const m = load<i32>(lanes + (<usize>lane << 3) + 4);
    // Trace back from (n − 1, m − 1) to (0, 0).
    let i = n - 1;
    let d = n + m - 2;
    let length = 0;
    while (true) {
      store<i32>(path + (<usize>length << 3), i);
      store<i32>(path + (<usize>length << 3) + 4, d - i);
      length++;
      if (d == 0) break;
      const at = load<i32>(starts + (<usize>d << 2)) + i - bandLow(d, M, radius);
      const code = load<i64>(directions + (<usize>at << 4) + (<usize>lane << 3));
      if (code == 0) {
        i--;
        d -= 2;
      } else if (code == 1) {
        i--;
        d--;
      } else d--;
    }
    // Forward along the path: the cpu kernel's accumulation order.
    for (let k = length - 1; k >= 0; k--) {
      const pi = load<i32>(path + (<usize>k << 3));
      const pj = load<i32>(path + (<usize>k << 3) + 4);
      for (let f = 0; f < p; f++) {
        const xAt = (((<usize>pi * <usize>p + <usize>f) << 4)) + (<usize>lane << 3);
        const yAt = (((<usize>pj * <usize>p + <usize>f) << 4)) + (<usize>lane << 3);
        const t = 2.0 * (load<f64>(x + xAt) - load<f64>(y + yAt));
        store<f64>(gradX + xAt, load<f64>(gradX + xAt) + t);
        store<f64>(gradY + yAt, load<f64>(gradY + yAt) - t);
      }
    }
  }
}
