// Soft-DTW for a group of series pairs, lanes = pairs: float64, 2 pairs per f64x2 vector. Its float32 twin batchF32
// (4 pairs per f32x4) is made from this file by scripts/build-wasm.mjs (f64 → f32, LANES and LANE_BYTES): write
// every type and intrinsic here as f64 / f64x2 / F64 so that the substitution stays exact.
//
// Cuturi & Blondel, "Soft-DTW: a Differentiable Loss Function for Time-Series", ICML 2017, arXiv:1703.01541.
//
//   D_ij = ‖x_i − y_j‖² (series mode, computed on the fly) or read from a given matrix (matrix mode)
//   R_ij = D_ij + softmin_γ(R_{i−1,j−1}, R_{i−1,j}, R_{i,j−1}),  R_{−1,−1} = 0, other borders +∞,  value = R_{n−1,m−1}
//   softmin_γ(a, b, c) = μ − γ·ln 2·log2(1 + 2^{(μ − mid)·c} + 2^{(μ − max)·c}),  μ = min, c = log2(e)/γ
//   E_ij = E_{i+1,j+1}·w(diag) + E_{i+1,j}·w(up) + E_{i,j+1}·w(left),  E_{n−1,m−1} = 1   (stored weights, no exp)
//   gradX_i += 2·E_ij·(x_i − y_j),  gradY_j −= 2·E_ij·(x_i − y_j)
//
// Index conventions (same as @softdtw/core's cpu kernels): cells (i, j) 0-indexed, anti-diagonals d = i + j walked
// forward then backward; diagonal buffers hold N + 2 vectors, cell i at index i + 1, index 0 = row −1; +∞ guards
// just outside each diagonal (the sentinel is a literal +∞: every band cell has a finite predecessor, so μ is finite
// and μ − ∞ = −∞ maps to exp2 = 0, never ∞ − ∞). Weights: 3 vectors [diag, up, left] per band cell, diagonal after
// diagonal, i ascending.
//
// Lanes = pairs: every lane walks the same padded N × M grid (N = max n_k, M = max m_k, one band radius for all).
// Cells of lane k beyond its n_k × m_k block compute finite garbage that never reaches its block (dependencies only
// go up and left). Lane k's value is read on diagonal n_k + m_k − 2; its backward pass is seeded there with E = 1,
// and cells beyond its block keep E = 0 exactly, so they add nothing to the gradients. Padded series rows are 0.
//
// Memory (byte addresses, 16-aligned, laid out by the JS driver):
//   x: N·p vectors (row i, feature f at (i·p + f)·16; lane k in the k-th f64), y: M·p vectors
//   dMatrix: 0 in series mode, else N·M vectors (cell (i, j) at (i·M + j)·16)
//   lanes: i32 pairs (n_k, m_k) for the 2 lanes
//   scratch: 4·(N + 2) vectors (three R or E diagonals and the cost diagonal)
//   weights: 0 for value only, else 3·cells vectors
//   values: 2 f64; gradX, gradY: like x, y (series mode, overwritten); E: N·M vectors (matrix mode, overwritten)
import { bandHigh, bandLow } from './band';
import { exp2F64, log2F64 } from './simdMath';

const LANES: i32 = 2;
const LANE_BYTES: usize = 8;

// @ts-ignore: decorator
@inline export function costDiagonalF64(x: usize, y: usize, p: i32, d: i32, low: i32, high: i32, cost: usize): void {
  if (p == 1) {
    for (let i = low; i <= high; i++) {
      const t = f64x2.sub(v128.load(x + (<usize>i << 4)), v128.load(y + (<usize>(d - i) << 4)));
      v128.store(cost + (<usize>i << 4), f64x2.mul(t, t));
    }
    return;
  }
  // The summation order of @softdtw/core's squaredDistance (4 partial sums, tail into the first), so D is
  // bit-identical to the cpu kernel's.
  const zero = f64x2.splat(0.0);
  for (let i = low; i <= high; i++) {
    const xRow = x + ((<usize>i * <usize>p) << 4);
    const yRow = y + ((<usize>(d - i) * <usize>p) << 4);
    let s0 = zero;
    let s1 = zero;
    let s2 = zero;
    let s3 = zero;
    let k = 0;
    for (; k + 3 < p; k += 4) {
      const o = <usize>k << 4;
      const t0 = f64x2.sub(v128.load(xRow + o), v128.load(yRow + o));
      const t1 = f64x2.sub(v128.load(xRow + o + 16), v128.load(yRow + o + 16));
      const t2 = f64x2.sub(v128.load(xRow + o + 32), v128.load(yRow + o + 32));
      const t3 = f64x2.sub(v128.load(xRow + o + 48), v128.load(yRow + o + 48));
      s0 = f64x2.add(s0, f64x2.mul(t0, t0));
      s1 = f64x2.add(s1, f64x2.mul(t1, t1));
      s2 = f64x2.add(s2, f64x2.mul(t2, t2));
      s3 = f64x2.add(s3, f64x2.mul(t3, t3));
    }
    for (; k < p; k++) {
      const o = <usize>k << 4;
      const t = f64x2.sub(v128.load(xRow + o), v128.load(yRow + o));
      s0 = f64x2.add(s0, f64x2.mul(t, t));
    }
    v128.store(cost + (<usize>i << 4), p < 4 ? s0 : f64x2.add(f64x2.add(s0, s1), f64x2.add(s2, s3)));
  }
}

/** One diagonal of R, value only: 2 exp2 + 1 log2 per vector (the minimum's term is exactly 1). */
// @ts-ignore: decorator
@inline function forwardDiagonalF64(
  r2: usize, r1: usize, r0: usize, cost: usize, costStride: usize, low: i32, high: i32, c: f64, g: f64, guardEnd: i32,
): void {
  const vc = f64x2.splat(c);
  const vg = f64x2.splat(g);
  const one = f64x2.splat(1.0);
  const inf = f64x2.splat(Infinity);
  v128.store(r0 + (<usize>low << 4), inf);
  let costAt = cost + <usize>low * costStride;
  for (let i = low; i <= high; i++, costAt += costStride) {
    const at = <usize>i << 4;
    const diag = v128.load(r2 + at);
    const up = v128.load(r1 + at);
    const left = v128.load(r1 + at + 16);
    const lo = f64x2.pmin(diag, up);
    const hi = f64x2.pmax(diag, up);
    const mn = f64x2.pmin(lo, left);
    const t = f64x2.pmax(lo, left);
    const md = f64x2.pmin(hi, t);
    const mx = f64x2.pmax(hi, t);
    const eMd = exp2F64(f64x2.mul(f64x2.sub(mn, md), vc));
    const eMx = exp2F64(f64x2.mul(f64x2.sub(mn, mx), vc));
    const sum = f64x2.add(f64x2.add(one, eMd), eMx);
    const soft = f64x2.sub(mn, f64x2.mul(vg, log2F64(sum)));
    v128.store(r0 + at + 16, f64x2.add(v128.load(costAt), soft));
  }
  if (high + 2 < guardEnd) v128.store(r0 + (<usize>(high + 2) << 4), inf);
}

/** One diagonal of R, storing the soft-min weights [diag, up, left] of each cell at `weights`. */
// @ts-ignore: decorator
@inline function forwardDiagonalWeightsF64(
  r2: usize, r1: usize, r0: usize, cost: usize, costStride: usize, low: i32, high: i32, c: f64, g: f64, guardEnd: i32,
  weights: usize,
): void {
  const vc = f64x2.splat(c);
  const vg = f64x2.splat(g);
  const one = f64x2.splat(1.0);
  const inf = f64x2.splat(Infinity);
  v128.store(r0 + (<usize>low << 4), inf);
  let costAt = cost + <usize>low * costStride;
  let w = weights;
  for (let i = low; i <= high; i++, costAt += costStride, w += 48) {
    const at = <usize>i << 4;
    const diag = v128.load(r2 + at);
    const up = v128.load(r1 + at);
    const left = v128.load(r1 + at + 16);
    const lo = f64x2.pmin(diag, up);
    const hi = f64x2.pmax(diag, up);
    const mn = f64x2.pmin(lo, left);
    const t = f64x2.pmax(lo, left);
    const md = f64x2.pmin(hi, t);
    const mx = f64x2.pmax(hi, t);
    const eMd = exp2F64(f64x2.mul(f64x2.sub(mn, md), vc));
    const eMx = exp2F64(f64x2.mul(f64x2.sub(mn, mx), vc));
    const sum = f64x2.add(f64x2.add(one, eMd), eMx);
    const inv = f64x2.div(one, sum);
    // Each predecessor's term: 1 if it is the minimum, else e(mid) or e(max) (equal values get equal terms).
    const eDiag = v128.bitselect(one, v128.bitselect(eMd, eMx, f64x2.eq(diag, md)), f64x2.eq(diag, mn));
    const eUp = v128.bitselect(one, v128.bitselect(eMd, eMx, f64x2.eq(up, md)), f64x2.eq(up, mn));
    const eLeft = v128.bitselect(one, v128.bitselect(eMd, eMx, f64x2.eq(left, md)), f64x2.eq(left, mn));
    v128.store(w, f64x2.mul(eDiag, inv));
    v128.store(w + 16, f64x2.mul(eUp, inv));
    v128.store(w + 32, f64x2.mul(eLeft, inv));
    const soft = f64x2.sub(mn, f64x2.mul(vg, log2F64(sum)));
    v128.store(r0 + at + 16, f64x2.add(v128.load(costAt), soft));
  }
  if (high + 2 < guardEnd) v128.store(r0 + (<usize>(high + 2) << 4), inf);
}

/** Push form of the backward pass on one diagonal (see @softdtw/core's cpu/softDtwBackwardDiagonal.ts). */
// @ts-ignore: decorator
@inline function backwardDiagonalF64(a0: usize, a1: usize, a2: usize, weights: usize, low: i32, high: i32, guardEnd: i32): void {
  const zeroFrom = low >= 2 ? low - 2 : 0;
  const zeroTo = high + 1 < guardEnd ? high + 1 : guardEnd - 1;
  if (zeroTo >= zeroFrom) memory.fill(a2 + (<usize>zeroFrom << 4), 0, <usize>(zeroTo - zeroFrom + 1) << 4);
  let w = weights;
  for (let i = low; i <= high; i++, w += 48) {
    const at = <usize>i << 4;
    const e = v128.load(a0 + at + 16);
    v128.store(a2 + at, f64x2.add(v128.load(a2 + at), f64x2.mul(e, v128.load(w))));
    v128.store(a1 + at, f64x2.add(v128.load(a1 + at), f64x2.mul(e, v128.load(w + 16))));
    v128.store(a1 + at + 16, f64x2.add(v128.load(a1 + at + 16), f64x2.mul(e, v128.load(w + 32))));
  }
}

/** gradX_i += 2E_ij(x_i − y_j), gradY_j −= the same, over one diagonal of E (a0, cell i at index i + 1). */
// @ts-ignore: decorator
@inline function gradDiagonalF64(a0: usize, x: usize, y: usize, p: i32, d: i32, low: i32, high: i32, gradX: usize, gradY: usize): void {
  const two = f64x2.splat(2.0);
  if (p == 1) {
    for (let i = low; i <= high; i++) {
      const xi = <usize>i << 4;
      const yj = <usize>(d - i) << 4;
      const t = f64x2.mul(f64x2.mul(two, v128.load(a0 + xi + 16)), f64x2.sub(v128.load(x + xi), v128.load(y + yj)));
      v128.store(gradX + xi, f64x2.add(v128.load(gradX + xi), t));
      v128.store(gradY + yj, f64x2.sub(v128.load(gradY + yj), t));
    }
    return;
  }
  for (let i = low; i <= high; i++) {
    const twoE = f64x2.mul(two, v128.load(a0 + (<usize>i << 4) + 16));
    const xRow = (<usize>i * <usize>p) << 4;
    const yRow = (<usize>(d - i) * <usize>p) << 4;
    for (let k = 0; k < p; k++) {
      const o = <usize>k << 4;
      const t = f64x2.mul(twoE, f64x2.sub(v128.load(x + xRow + o), v128.load(y + yRow + o)));
      v128.store(gradX + xRow + o, f64x2.add(v128.load(gradX + xRow + o), t));
      v128.store(gradY + yRow + o, f64x2.sub(v128.load(gradY + yRow + o), t));
    }
  }
}

/**
 * Soft-DTW of 2 pairs (lanes) over a padded N × M grid: values, and with `weights` ≠ 0 also the backward pass
 * (gradients in series mode, E in matrix mode). See the header for the memory layout.
 */
export function batchF64(
  N: i32, M: i32, p: i32, radius: i32, c: f64, g: f64,
  x: usize, y: usize, dMatrix: usize, lanes: usize, scratch: usize, weights: usize,
  values: usize, gradX: usize, gradY: usize, E: usize,
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
  const lastDiagonal = N + M - 2;
  const series = dMatrix == 0;
  const costStride: usize = series ? 16 : (<usize>(M - 1) << 4);
  let w = weights;
  for (let d = 0; d <= lastDiagonal; d++) {
    const low = bandLow(d, M, radius);
    const high = bandHigh(d, N, radius);
    let costBase = cost;
    if (series) costDiagonalF64(x, y, p, d, low, high, cost);
    else costBase = dMatrix + (<usize>d << 4);
    if (weights == 0) forwardDiagonalF64(r2, r1, r0, costBase, costStride, low, high, c, g, N + 2);
    else forwardDiagonalWeightsF64(r2, r1, r0, costBase, costStride, low, high, c, g, N + 2, w);
    if (high >= low) w += <usize>(high - low + 1) * 48;
    for (let lane = 0; lane < LANES; lane++) {
      const n = load<i32>(lanes + (<usize>lane << 3));
      const m = load<i32>(lanes + (<usize>lane << 3) + 4);
      if (n + m - 2 == d) store<f64>(values + <usize>lane * LANE_BYTES, load<f64>(r0 + (<usize>n << 4) + <usize>lane * LANE_BYTES));
    }
    const oldest = r2;
    r2 = r1;
    r1 = r0;
    r0 = oldest;
  }
  if (weights == 0) return;

  if (series) {
    memory.fill(gradX, 0, (<usize>N * <usize>p) << 4);
    memory.fill(gradY, 0, (<usize>M * <usize>p) << 4);
  } else {
    memory.fill(E, 0, (<usize>N * <usize>M) << 4);
  }
  let a0 = scratch;
  let a1 = scratch + diagBytes;
  let a2 = scratch + 2 * diagBytes;
  memory.fill(scratch, 0, 3 * diagBytes);
  for (let d = lastDiagonal; d >= 0; d--) {
    const low = bandLow(d, M, radius);
    const high = bandHigh(d, N, radius);
    if (high >= low) w -= <usize>(high - low + 1) * 48;
    for (let lane = 0; lane < LANES; lane++) {
      const n = load<i32>(lanes + (<usize>lane << 3));
      const m = load<i32>(lanes + (<usize>lane << 3) + 4);
      if (n + m - 2 == d) store<f64>(a0 + (<usize>n << 4) + <usize>lane * LANE_BYTES, 1.0); // E_{n−1,m−1} = 1
    }
    backwardDiagonalF64(a0, a1, a2, w, low, high, N + 2);
    if (series) gradDiagonalF64(a0, x, y, p, d, low, high, gradX, gradY);
    else {
      for (let i = low; i <= high; i++) {
        v128.store(E + ((<usize>i * <usize>M + <usize>(d - i)) << 4), v128.load(a0 + (<usize>i << 4) + 16));
      }
    }
    const newest = a0;
    a0 = a1;
    a1 = a2;
    a2 = newest;
  }
}
