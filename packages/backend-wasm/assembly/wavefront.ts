// Single-pair soft-DTW kernels: an anti-diagonal wavefront whose SIMD lanes are consecutive cells of one
// anti-diagonal (f64x2: 2 cells per vector, f32x4: 4), with the squared Euclidean cost computed on the fly.
// Soft-DTW: Cuturi & Blondel, "Soft-DTW: a Differentiable Loss Function for Time-Series", ICML 2017,
// arXiv:1703.01541 (Algorithm 1 forward, Algorithm 2 backward). Same math as @softdtw/core's cpu kernels
// (packages/core/src/cpu/softDtwSeriesValueAndGrad.ts and the per-diagonal kernels it calls).
//
// Recurrence (0-indexed cells (i, j), i < n indexes x, j < m indexes y; R_{−1,−1} = 0, other borders +∞):
//
//     D_ij = Σ_k (x_ik − y_jk)²
//     R_ij = D_ij + softmin_γ(R_{i−1,j−1}, R_{i−1,j}, R_{i,j−1}),   softmin_γ(a,b,c) = −γ log Σ e^{−r/γ}
//     value = R_{n−1,m−1}
//
// Base-2 pre-scaled units (the stability trick, without Math.exp/log): with c = log2(e)/γ, r = c·R, d = c·D,
// μ = min of the three predecessors,
//
//     r_ij = d_ij + (μ − log2(Σ_k 2^{μ − r_k}))
//
// The minimum's own term is exactly 2^0 = 1, so the sum lies in [1, 3] (exp2/log2 polynomials: simdMath.ts).
// The soft-min weights w_k = 2^{μ − r_k} / Σ are the cpu kernel's e^{−(r_k − μ)/γ} / Σ. Value = r / c.
//
// Frames (keep the stored R small, so float32 keeps its precision where the soft-min needs it): diagonal d is
// stored relative to an f64 offset f_d, R_scaled = stored + f_d, with f_d = f_{d−1} + min_{d−1} (min_k = smallest
// stored value of diagonal k, 0 for an empty one; f_0 = 0). The predecessors are read shifted into diagonal d's
// frame (up, left: − min_{d−1}; diag: − (min_{d−1} + min_{d−2})), so near the soft-optimal path the stored values
// are O(one cell's cost) instead of O(R) ≈ 10^4. The soft-min only sees differences, so the weights are unchanged
// in exact arithmetic; the value is (stored + f) / c. float32 only (FRAMED): at n = 4096 it takes the float32
// gradient error against float64 from 1e-4–6e-4 to 2e-7–8e-6 and the value error from 2e-6 to 1e-8, for ~1 ns/cell
// (+15 % value+gradient, +25 % value only, process CPU time); float64 is within 1e-14 / 1e-12 without it and
// keeps the plain recursion. (Shifting the output instead of up and left, 2 subtractions instead of 3, was no
// faster and less accurate.)
//
// Backward (expected alignment E = ∂value/∂D, from the stored weights, no exp), "pull" form per cell:
//
//     E_{n−1,m−1} = 1
//     E_ij = (E_{i+1,j+1}·w_{(i+1,j+1)}(diag) + E_{i,j+1}·w_{(i,j+1)}(left)) + E_{i+1,j}·w_{(i+1,j)}(up)
//
// (the summation order of the cpu kernel's push form), then gradX_i += 2E_ij(x_i − y_j), gradY_j −= the same.
//
// Band: Sakoe-Chiba |i − j| ≤ radius, as the cpu kernels: diagonal d = i + j holds the rows
// i ∈ [max(0, d − (m − 1), ⌈(d − r)/2⌉), min(n − 1, d, ⌊(d + r)/2⌋)] (empty when low > high). radius ≥ |n − m|
// (checked by core); pass n + m for no band.
//
// Memory layouts (byte addresses into linear memory; S = element size, 8 for f64, 4 for f32; L = 16 / S lanes):
//   x: feature-major p × n (x_ik at x + (k·n + i)·S), followed by ≥ L elements of finite padding (zeros);
//   y: REVERSED and feature-major p × m (y_jk at y + (k·m + (m − 1 − j))·S), plus ≥ L zeros. Reversing y makes
//      the cells of one anti-diagonal (i, d − i), i ascending, contiguous in both series;
//   gradX, gradY: the same layouts as x and y (written here, padding included);
//   work: wavefrontWorkBytes(...) bytes, 16-aligned:
//     three diagonal buffers of N = roundUp(n + 2 + 2L, L) elements; cell i of a diagonal at index i + 1,
//     index 0 = row −1. Forward: R with +∞ guards at indices low and high + 2; backward: E with 0 guards.
//     then (value+gradient only) the weights: 2L zeros, then per anti-diagonal d with c_d band cells a block of
//     three planes [diag | up | left] of P_d = roundUp(c_d, L) elements each (cell i at plane + (i − low_d)·S),
//     then 2L zeros.
//
// Masked tail: the last vector of a diagonal may cover rows past `high`. Its lanes compute garbage (possibly
// NaN) that is never read by a valid lane: R stores land past index high + 1 and are re-guarded; weights and E
// are ANDed with the lane mask, so every stored weight is finite and E is exactly 0 outside the band. The
// backward pass reads neighbour diagonals' weights at rows just outside their range; those read finite values
// (another cell's weights, a plane's zero padding, or the zeroed ends) multiplied by an exact E = 0.
//
// Measured choices (bench/wavefrontBench.ts, process CPU time, n = m = 1024): the value-only pass sorts the three
// predecessors (2 exp2 + 1 log2 per cell); the weights pass computes 3 exp2, because routing 2 exp2 of the sorted
// values back to diag/up/left with compares and bitselects was 3–8 % slower. Unrolling two vectors per step gave
// nothing (consecutive vectors of a diagonal are independent, the out-of-order core overlaps them already). The
// weights backward stays ahead of "q-recomp" (store r − d, recompute 3 exp2 backward) at n = 4096: the CPU time per
// cell is the same at n = 256, 1024 and 4096, so streaming 24 B/cell is not the bottleneck.

import { exp2F32, exp2F64, log2F32, log2F64 } from './simdMath';

const LOG2E: f64 = 1.4426950408889634;

// ---------------------------------------------------------------------------------------------------------------
// Geometry (integer, shared by both precisions)
// ---------------------------------------------------------------------------------------------------------------

// @ts-ignore: decorator
@inline function diagonalLow(d: i32, m: i32, radius: i32): i32 {
  const matrixLow = d - (m - 1) > 0 ? d - (m - 1) : 0;
  const bandLow = (d - radius + 1) >> 1; // ⌈(d − r)/2⌉ (arithmetic shift = floor division)
  return bandLow > matrixLow ? bandLow : matrixLow;
}

// @ts-ignore: decorator
@inline function diagonalHigh(d: i32, n: i32, radius: i32): i32 {
  const matrixHigh = d < n - 1 ? d : n - 1;
  const bandHigh = (d + radius) >> 1; // ⌊(d + r)/2⌋
  return bandHigh < matrixHigh ? bandHigh : matrixHigh;
}

// @ts-ignore: decorator
@inline function roundUp(count: i32, lanes: i32): i32 {
  return (count + lanes - 1) & ~(lanes - 1);
}

// @ts-ignore: decorator
@inline function diagonalElements(n: i32, lanes: i32): i32 {
  return roundUp(n + 2 + 2 * lanes, lanes);
}

/**
 * Bytes of the `work` region the wavefront kernels need for an n × m problem.
 *
 * @param n - length of x (≥ 1)
 * @param m - length of y (≥ 1)
 * @param radius - band radius (≥ |n − m|), n + m for no band
 * @param elementBytes - 8 (f64 kernels) or 4 (f32 kernels)
 * @param withWeights - true for the value+gradient kernels (stored soft-min weights)
 * @returns the size in bytes (an f64: it can exceed 2^32 for huge pairs; callers check it)
 */
export function wavefrontWorkBytes(n: i32, m: i32, radius: i32, elementBytes: i32, withWeights: bool): f64 {
  const lanes = 16 / elementBytes;
  let elements = <f64>(3 * diagonalElements(n, lanes));
  if (withWeights) {
    let weights: f64 = <f64>(4 * lanes);
    const last = n + m - 2;
    for (let d = 0; d <= last; d++) {
      const count = diagonalHigh(d, n, radius) - diagonalLow(d, m, radius) + 1;
      if (count > 0) weights += <f64>(3 * roundUp(count, lanes));
    }
    elements += weights;
  }
  return elements * <f64>elementBytes;
}

// ---------------------------------------------------------------------------------------------------------------
// Lane helpers: one generic kernel body for T = f64 (f64x2) and T = f32 (f32x4); the branches fold at compile time.
// ---------------------------------------------------------------------------------------------------------------

// @ts-ignore: decorator
@inline function exp2v<T>(t: v128): v128 {
  if (sizeof<T>() == 8) return exp2F64(t);
  return exp2F32(t);
}

// @ts-ignore: decorator
@inline function log2v<T>(s: v128): v128 {
  if (sizeof<T>() == 8) return log2F64(s);
  return log2F32(s);
}

// @ts-ignore: decorator
@inline function splatv<T>(value: f64): v128 {
  if (sizeof<T>() == 8) return f64x2.splat(value);
  return f32x4.splat(<f32>value);
}

/** All-ones in the lanes l < valid (1 ≤ valid < L), zero in the others. */
// @ts-ignore: decorator
@inline function laneMask<T>(valid: i32): v128 {
  if (sizeof<T>() == 8) return i64x2.gt_s(i64x2.splat(<i64>valid), i64x2(0, 1));
  return i32x4.gt_s(i32x4.splat(valid), i32x4(0, 1, 2, 3));
}

// @ts-ignore: decorator
@inline function at<T>(base: usize, index: i32): usize {
  return base + <usize>(<isize>index * <isize>sizeof<T>());
}

/**
 * D for the L cells starting at row i of a diagonal: Σ_k (x_ik − y_jk)², with the cpu kernel's summation order
 * (four partial sums over k in steps of 4, then s0 + s1 + (s2 + s3)), so D matches it bit for bit.
 */
// @ts-ignore: decorator
@inline function costVector<T>(x: usize, y: usize, n: i32, m: i32, p: i32, i: i32, jr: i32): v128 {
  const xi = at<T>(x, i);
  const yj = at<T>(y, jr);
  if (p == 1) {
    const t = v128.sub<T>(v128.load(xi), v128.load(yj));
    return v128.mul<T>(t, t);
  }
  const xStride = at<T>(0, n);
  const yStride = at<T>(0, m);
  let s0 = splatv<T>(0);
  let s1 = s0;
  let s2 = s0;
  let s3 = s0;
  let k = 0;
  let xk = xi;
  let yk = yj;
  for (; k + 3 < p; k += 4) {
    const t0 = v128.sub<T>(v128.load(xk), v128.load(yk));
    const t1 = v128.sub<T>(v128.load(xk + xStride), v128.load(yk + yStride));
    const t2 = v128.sub<T>(v128.load(xk + 2 * xStride), v128.load(yk + 2 * yStride));
    const t3 = v128.sub<T>(v128.load(xk + 3 * xStride), v128.load(yk + 3 * yStride));
    s0 = v128.add<T>(s0, v128.mul<T>(t0, t0));
    s1 = v128.add<T>(s1, v128.mul<T>(t1, t1));
    s2 = v128.add<T>(s2, v128.mul<T>(t2, t2));
    s3 = v128.add<T>(s3, v128.mul<T>(t3, t3));
    xk += 4 * xStride;
    yk += 4 * yStride;
  }
  for (; k < p; k++) {
    const t = v128.sub<T>(v128.load(xk), v128.load(yk));
    s0 = v128.add<T>(s0, v128.mul<T>(t, t));
    xk += xStride;
    yk += yStride;
  }
  return v128.add<T>(v128.add<T>(s0, s1), v128.add<T>(s2, s3));
}

/** Whether the kernels keep per-diagonal frames: float32 only (float64 is accurate without, and 4–15 % faster). */
// @ts-ignore: decorator
@inline function FRAMED<T>(): bool {
  return sizeof<T>() == 4;
}

/** A predecessor vector shifted into the current diagonal's frame (identity without frames). */
// @ts-ignore: decorator
@inline function toFrame<T>(v: v128, shift: v128): v128 {
  if (FRAMED<T>()) return v128.sub<T>(v, shift);
  return v;
}

/** Smallest lane of v as f64. */
// @ts-ignore: decorator
@inline function laneMin<T>(v: v128): f64 {
  if (sizeof<T>() == 8) return Math.min(f64x2.extract_lane(v, 0), f64x2.extract_lane(v, 1));
  const pair = f32x4.pmin(v, v128.shuffle<f32>(v, v, 2, 3, 0, 1));
  return <f64>Mathf.min(f32x4.extract_lane(pair, 0), f32x4.extract_lane(pair, 1));
}

/** v in the lanes l < valid, +∞ in the others (so a running minimum ignores the masked tail). */
// @ts-ignore: decorator
@inline function keepValid<T>(v: v128, valid: i32): v128 {
  const lanes = <i32>(16 / sizeof<T>());
  if (valid >= lanes) return v;
  return v128.bitselect(v, splatv<T>(Infinity), laneMask<T>(valid));
}

/** Fills `count` elements at `base` with `value`. */
function fillElements<T>(base: usize, count: i32, value: T): void {
  for (let k = 0; k < count; k++) store<T>(at<T>(base, k), value);
}

// ---------------------------------------------------------------------------------------------------------------
// Forward, value only: 2 exp2 + 1 log2 per cell (the three predecessors sorted; the minimum contributes 1)
// ---------------------------------------------------------------------------------------------------------------

function forwardValue<T>(x: usize, y: usize, n: i32, m: i32, p: i32, gamma: f64, radius: i32, work: usize): f64 {
  const lanes = <i32>(16 / sizeof<T>());
  const scale = LOG2E / gamma;
  const scaleV = splatv<T>(scale);
  const one = splatv<T>(1);
  const bufferBytes = at<T>(0, diagonalElements(n, lanes));
  let r2 = work;
  let r1 = work + bufferBytes;
  let r0 = work + 2 * bufferBytes;
  const elements = diagonalElements(n, lanes);
  fillElements<T>(r2, elements, <T>Infinity);
  fillElements<T>(r1, elements, <T>Infinity);
  store<T>(r2, <T>0); // R_{−1,−1} = 0 on diagonal −2
  const last = n + m - 2;
  let frame: f64 = 0; // f_d: R_scaled = stored + f_d on diagonal d (see "Frames" in the header)
  let min1: f64 = 0; // smallest stored value of diagonal d − 1 (0 when empty)
  let min2: f64 = 0; // of diagonal d − 2
  for (let d = 0; d <= last; d++) {
    const low = diagonalLow(d, m, radius);
    const high = diagonalHigh(d, n, radius);
    const shiftUp = splatv<T>(min1);
    const shiftDiag = splatv<T>(min1 + min2);
    frame += min1;
    store<T>(at<T>(r0, low), <T>Infinity);
    const yFirst = m - 1 - d; // reversed-y index of cell (0, d) is yFirst + 0
    let smallest = splatv<T>(Infinity);
    for (let i = low; i <= high; i += lanes) {
      const diag = toFrame<T>(v128.load(at<T>(r2, i)), shiftDiag);
      const up = toFrame<T>(v128.load(at<T>(r1, i)), shiftUp);
      const left = toFrame<T>(v128.load(at<T>(r1, i + 1)), shiftUp);
      const lowUpDiag = v128.pmin<T>(diag, up);
      const highUpDiag = v128.pmax<T>(diag, up);
      const mu = v128.pmin<T>(lowUpDiag, left);
      const largest = v128.pmax<T>(highUpDiag, left);
      const middle = v128.pmax<T>(lowUpDiag, v128.pmin<T>(highUpDiag, left));
      const sum = v128.add<T>(
        v128.add<T>(one, exp2v<T>(v128.sub<T>(mu, middle))),
        exp2v<T>(v128.sub<T>(mu, largest)),
      );
      const cost = v128.mul<T>(costVector<T>(x, y, n, m, p, i, yFirst + i), scaleV);
      const r = v128.add<T>(cost, v128.sub<T>(mu, log2v<T>(sum)));
      v128.store(at<T>(r0, i + 1), r);
      if (FRAMED<T>()) smallest = v128.pmin<T>(smallest, keepValid<T>(r, high - i + 1));
    }
    store<T>(at<T>(r0, high + 2), <T>Infinity);
    min2 = min1;
    min1 = FRAMED<T>() && high >= low ? laneMin<T>(smallest) : 0;
    const oldest = r2;
    r2 = r1;
    r1 = r0;
    r0 = oldest;
  }
  return (<f64>load<T>(at<T>(r1, n)) + frame) / scale;
}

// ---------------------------------------------------------------------------------------------------------------
// Forward storing the soft-min weights, then the backward pass and the gradients
// ---------------------------------------------------------------------------------------------------------------

/**
 * One vector of the forward pass with weights: the L cells starting at row i of diagonal d (reversed-y index
 * yFirst + i). Reads the predecessors shifted into diagonal d's frame, writes R (scaled, in that frame) into r0
 * and the three weights at w, w + plane, w + 2·plane. Lanes ≥ valid are masked to weight 0 (their R lands past the
 * diagonal and is re-guarded by the caller).
 * @returns the R vector with +∞ in the masked lanes (for the diagonal's running minimum)
 */
// @ts-ignore: decorator
@inline function forwardWeightsVector<T>(
  r2: usize, r1: usize, r0: usize, x: usize, y: usize, n: i32, m: i32, p: i32, i: i32, yFirst: i32, scaleV: v128,
  w: usize, plane: usize, valid: i32, shiftDiag: v128, shiftUp: v128,
): v128 {
  const lanes = <i32>(16 / sizeof<T>());
  const diag = toFrame<T>(v128.load(at<T>(r2, i)), shiftDiag);
  const up = toFrame<T>(v128.load(at<T>(r1, i)), shiftUp);
  const left = toFrame<T>(v128.load(at<T>(r1, i + 1)), shiftUp);
  const mu = v128.pmin<T>(v128.pmin<T>(diag, up), left);
  const eDiag = exp2v<T>(v128.sub<T>(mu, diag));
  const eUp = exp2v<T>(v128.sub<T>(mu, up));
  const eLeft = exp2v<T>(v128.sub<T>(mu, left));
  const sum = v128.add<T>(v128.add<T>(eDiag, eUp), eLeft);
  const invSum = v128.div<T>(splatv<T>(1), sum);
  let wDiag = v128.mul<T>(eDiag, invSum);
  let wUp = v128.mul<T>(eUp, invSum);
  let wLeft = v128.mul<T>(eLeft, invSum);
  if (valid < lanes) {
    const mask = laneMask<T>(valid);
    wDiag = v128.and(wDiag, mask);
    wUp = v128.and(wUp, mask);
    wLeft = v128.and(wLeft, mask);
  }
  v128.store(w, wDiag);
  v128.store(w + plane, wUp);
  v128.store(w + 2 * plane, wLeft);
  const cost = v128.mul<T>(costVector<T>(x, y, n, m, p, i, yFirst + i), scaleV);
  const r = v128.add<T>(cost, v128.sub<T>(mu, log2v<T>(sum)));
  v128.store(at<T>(r0, i + 1), r);
  return keepValid<T>(r, valid);
}

function forwardBackward<T>(
  x: usize,
  y: usize,
  n: i32,
  m: i32,
  p: i32,
  gamma: f64,
  radius: i32,
  work: usize,
  gradX: usize,
  gradY: usize,
): f64 {
  const lanes = <i32>(16 / sizeof<T>());
  const scale = LOG2E / gamma;
  const scaleV = splatv<T>(scale);
  const elements = diagonalElements(n, lanes);
  const bufferBytes = at<T>(0, elements);
  const bufferA = work;
  const bufferB = work + bufferBytes;
  const bufferC = work + 2 * bufferBytes;
  const weightsStart = work + 3 * bufferBytes;
  const padBytes = at<T>(0, 2 * lanes);
  memory.fill(weightsStart, 0, padBytes);

  // ---- forward ----
  let r2 = bufferA;
  let r1 = bufferB;
  let r0 = bufferC;
  fillElements<T>(r2, elements, <T>Infinity);
  fillElements<T>(r1, elements, <T>Infinity);
  store<T>(r2, <T>0);
  const last = n + m - 2;
  let block = weightsStart + padBytes; // weights block of the current diagonal
  let frame: f64 = 0;
  let min1: f64 = 0;
  let min2: f64 = 0;
  for (let d = 0; d <= last; d++) {
    const low = diagonalLow(d, m, radius);
    const high = diagonalHigh(d, n, radius);
    const shiftUp = splatv<T>(min1);
    const shiftDiag = splatv<T>(min1 + min2);
    frame += min1;
    store<T>(at<T>(r0, low), <T>Infinity);
    min2 = min1;
    min1 = 0;
    if (high >= low) {
      const plane = at<T>(0, roundUp(high - low + 1, lanes));
      const yFirst = m - 1 - d;
      let smallest = splatv<T>(Infinity);
      for (let i = low; i <= high; i += lanes) {
        const w = at<T>(block, i - low);
        const r = forwardWeightsVector<T>(r2, r1, r0, x, y, n, m, p, i, yFirst, scaleV, w, plane, high - i + 1, shiftDiag, shiftUp);
        if (FRAMED<T>()) smallest = v128.pmin<T>(smallest, r);
      }
      if (FRAMED<T>()) min1 = laneMin<T>(smallest);
      block += 3 * plane;
    }
    store<T>(at<T>(r0, high + 2), <T>Infinity);
    const oldest = r2;
    r2 = r1;
    r1 = r0;
    r0 = oldest;
  }
  const value = (<f64>load<T>(at<T>(r1, n)) + frame) / scale;
  memory.fill(block, 0, padBytes);

  // ---- backward ----
  memory.fill(gradX, 0, at<T>(0, p * n + lanes));
  memory.fill(gradY, 0, at<T>(0, p * m + lanes));
  memory.fill(bufferA, 0, 3 * bufferBytes);
  let e2 = bufferA; // E on diagonal d + 2
  let e1 = bufferB; // d + 1
  let e0 = bufferC; // d (output)
  // Diagonal n + m − 2: the single cell (n − 1, m − 1), E = 1 (reversed-y index 0).
  store<T>(at<T>(e1, n), <T>1);
  const xStride = at<T>(0, n);
  const yStride = at<T>(0, m);
  for (let k = 0; k < p; k++) {
    const t = <T>2 * (load<T>(at<T>(x, k * n + n - 1)) - load<T>(at<T>(y, k * m)));
    store<T>(at<T>(gradX, k * n + n - 1), load<T>(at<T>(gradX, k * n + n - 1)) + t);
    store<T>(at<T>(gradY, k * m), load<T>(at<T>(gradY, k * m)) - t);
  }
  // Weights blocks of diagonals d + 1 and d + 2 (their plane sizes and first rows). For d = last − 1, "d + 2"
  // does not exist: its E is all zeros, so any finite weights do; the last diagonal's block serves.
  let low1 = diagonalLow(last, m, radius);
  let plane1 = at<T>(0, roundUp(diagonalHigh(last, n, radius) - low1 + 1, lanes));
  let block1 = block - 3 * plane1;
  let low2 = low1;
  let block2 = block1;
  const two = splatv<T>(2);
  for (let d = last - 1; d >= 0; d--) {
    const low = diagonalLow(d, m, radius);
    const high = diagonalHigh(d, n, radius);
    const count = high - low + 1;
    const plane = at<T>(0, count > 0 ? roundUp(count, lanes) : 0);
    const block0 = block1 - 3 * plane;
    store<T>(at<T>(e0, low), <T>0);
    const yFirst = m - 1 - d;
    for (let i = low; i <= high; i += lanes) {
      const fromDiag = v128.mul<T>(v128.load(at<T>(e2, i + 2)), v128.load(at<T>(block2, i + 1 - low2)));
      const fromLeft = v128.mul<T>(v128.load(at<T>(e1, i + 1)), v128.load(at<T>(block1 + 2 * plane1, i - low1)));
      const fromUp = v128.mul<T>(v128.load(at<T>(e1, i + 2)), v128.load(at<T>(block1 + plane1, i + 1 - low1)));
      let e = v128.add<T>(v128.add<T>(fromDiag, fromLeft), fromUp);
      if (i + lanes - 1 > high) e = v128.and(e, laneMask<T>(high - i + 1));
      v128.store(at<T>(e0, i + 1), e);
      const twoE = v128.mul<T>(two, e);
      let xk = at<T>(x, i);
      let yk = at<T>(y, yFirst + i);
      let gxk = at<T>(gradX, i);
      let gyk = at<T>(gradY, yFirst + i);
      for (let k = 0; k < p; k++) {
        const t = v128.mul<T>(twoE, v128.sub<T>(v128.load(xk), v128.load(yk)));
        v128.store(gxk, v128.add<T>(v128.load(gxk), t));
        v128.store(gyk, v128.sub<T>(v128.load(gyk), t));
        xk += xStride;
        yk += yStride;
        gxk += xStride;
        gyk += yStride;
      }
    }
    store<T>(at<T>(e0, high + 2), <T>0);
    const oldest = e2;
    e2 = e1;
    e1 = e0;
    e0 = oldest;
    block2 = block1;
    low2 = low1;
    block1 = block0;
    low1 = low;
    plane1 = plane;
  }
  return value;
}

// ---------------------------------------------------------------------------------------------------------------
// Exports
// ---------------------------------------------------------------------------------------------------------------

/**
 * Soft-DTW value of one pair, float64 (f64x2 lanes).
 *
 * @param x - address of x, feature-major p × n f64 plus ≥ 2 zero elements (see the layout comment above)
 * @param y - address of reversed y, feature-major p × m f64 plus ≥ 2 zero elements
 * @param n - length of x (≥ 1)
 * @param m - length of y (≥ 1)
 * @param p - features (≥ 1)
 * @param gamma - γ > 0
 * @param radius - band radius (≥ |n − m|), n + m for no band
 * @param work - 16-aligned scratch of wavefrontWorkBytes(n, m, radius, 8, false) bytes
 * @returns R_{n−1,m−1}
 */
export function wavefrontValueF64(
  x: usize, y: usize, n: i32, m: i32, p: i32, gamma: f64, radius: i32, work: usize,
): f64 {
  return forwardValue<f64>(x, y, n, m, p, gamma, radius, work);
}

/**
 * Soft-DTW value of one pair, float32 (f32x4 lanes): series, R (in per-diagonal frames, see the header) and the
 * polynomials in f32; the frame offsets and the returned value in f64.
 *
 * @param x - address of x, feature-major p × n f32 plus ≥ 4 zero elements
 * @param y - address of reversed y, feature-major p × m f32 plus ≥ 4 zero elements
 * @param n - length of x (≥ 1)
 * @param m - length of y (≥ 1)
 * @param p - features (≥ 1)
 * @param gamma - γ > 0
 * @param radius - band radius (≥ |n − m|), n + m for no band
 * @param work - 16-aligned scratch of wavefrontWorkBytes(n, m, radius, 4, false) bytes
 * @returns R_{n−1,m−1} (stored f32 value + f64 frame offset, divided by log2(e)/γ)
 */
export function wavefrontValueF32(
  x: usize, y: usize, n: i32, m: i32, p: i32, gamma: f64, radius: i32, work: usize,
): f64 {
  return forwardValue<f32>(x, y, n, m, p, gamma, radius, work);
}

/**
 * Soft-DTW value and gradients of one pair, float64: forward storing the weights (24 B per band cell), backward
 * from them, gradients written to gradX (layout of x) and gradY (layout of reversed y).
 *
 * @param x - as wavefrontValueF64
 * @param y - as wavefrontValueF64
 * @param n - length of x (≥ 1)
 * @param m - length of y (≥ 1)
 * @param p - features (≥ 1)
 * @param gamma - γ > 0
 * @param radius - band radius (≥ |n − m|), n + m for no band
 * @param work - 16-aligned scratch of wavefrontWorkBytes(n, m, radius, 8, true) bytes
 * @param gradX - output, p × n + 2 f64 (feature-major)
 * @param gradY - output, p × m + 2 f64 (feature-major, reversed rows)
 * @returns R_{n−1,m−1}
 */
export function wavefrontValueAndGradF64(
  x: usize, y: usize, n: i32, m: i32, p: i32, gamma: f64, radius: i32, work: usize, gradX: usize, gradY: usize,
): f64 {
  return forwardBackward<f64>(x, y, n, m, p, gamma, radius, work, gradX, gradY);
}

/**
 * Soft-DTW value and gradients of one pair, float32 (per-diagonal frames; weights, E and gradients in f32:
 * 12 B per band cell).
 *
 * @param x - as wavefrontValueF32
 * @param y - as wavefrontValueF32
 * @param n - length of x (≥ 1)
 * @param m - length of y (≥ 1)
 * @param p - features (≥ 1)
 * @param gamma - γ > 0
 * @param radius - band radius (≥ |n − m|), n + m for no band
 * @param work - 16-aligned scratch of wavefrontWorkBytes(n, m, radius, 4, true) bytes
 * @param gradX - output, p × n + 4 f32 (feature-major)
 * @param gradY - output, p × m + 4 f32 (feature-major, reversed rows)
 * @returns R_{n−1,m−1} (stored f32 value + f64 frame offset, divided by log2(e)/γ)
 */
export function wavefrontValueAndGradF32(
  x: usize, y: usize, n: i32, m: i32, p: i32, gamma: f64, radius: i32, work: usize, gradX: usize, gradY: usize,
): f64 {
  return forwardBackward<f32>(x, y, n, m, p, gamma, radius, work, gradX, gradY);
}
