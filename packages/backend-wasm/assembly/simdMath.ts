// exp2 and log2 for SIMD lanes, as polynomials in base-2 units (the fast soft-min of the batch kernels).
//
// exp2(t), t ≤ 0 (soft-min arguments are min − r_k ≤ 0, possibly −∞):
//   k = round(t), f = t − k ∈ [−½, ½], 2^t = 2^k · (1 + f·q(f)). k is found with the "magic number" trick
//   (t + 1.5·2^52 puts round(t) in the low mantissa bits), 2^k is built from its exponent bits. q is a
//   Chebyshev (near-minimax) fit of (2^f − 1)/f: degree 10 for f64 (relative error 2.1e-16 over [−½, ½]),
//   degree 4 for f32 (2.0e-7). The constant term 1 is exact, so exp2(0) = 1 exactly (the minimum's own term).
//   t < −1022 (f64) / −126 (f32), including −∞, gives exactly 0 (normal range only; the result would be
//   below 2^−1022, irrelevant next to the minimum's 1).
//
// log2(s), s ∈ [1, 3] (a soft-min sum: the minimum's term 1 plus two terms in [0, 1]):
//   s = 2^e · a with e ∈ {0, 1, 2} chosen by comparing s with √2 and 2√2, so a ∈ (1/√2, √2];
//   u = (a − 1)/(a + 1) ∈ [−0.1716, 0.1716], log2(a) = 2·atanh(u)/ln 2 = u·P(u²). P is a Chebyshev fit
//   over u² ∈ [0, 0.02944]: degree 7 for f64 (error 3.3e-18), degree 3 for f32 (2.0e-9). One division.
//
// Coefficients were fitted with mpmath.chebyfit at 50 digits (see the package README, "How the kernels work").

// ---------------------------------------------------------------------------------------------------------------
// float64, 2 lanes
// ---------------------------------------------------------------------------------------------------------------

const E64_1: f64 = 0.6931471805599453;
const E64_2: f64 = 0.24022650695910097;
const E64_3: f64 = 0.0555041086648216;
const E64_4: f64 = 0.009618129107606888;
const E64_5: f64 = 0.0013333558146416936;
const E64_6: f64 = 0.0001540353044173605;
const E64_7: f64 = 1.525273382983612e-5;
const E64_8: f64 = 1.321544258792169e-6;
const E64_9: f64 = 1.0178062445845774e-7;
const E64_10: f64 = 7.072585949269223e-9;
const E64_11: f64 = 4.4549605981865186e-10;
const MAGIC64: f64 = 6755399441055744.0; // 1.5 · 2^52

/** 2^t per lane for t ≤ 0 (−∞ allowed → 0). */
// @ts-ignore: decorator
@inline export function exp2F64(t: v128): v128 {
  const floor = f64x2.splat(-1022.0);
  const tc = f64x2.pmax(t, floor); // also maps −∞ to −1022; masked to 0 below
  const magic = f64x2.splat(MAGIC64);
  const kp = f64x2.add(tc, magic);
  const f = f64x2.sub(tc, f64x2.sub(kp, magic));
  let q = f64x2.splat(E64_11);
  q = f64x2.add(f64x2.mul(q, f), f64x2.splat(E64_10));
  q = f64x2.add(f64x2.mul(q, f), f64x2.splat(E64_9));
  q = f64x2.add(f64x2.mul(q, f), f64x2.splat(E64_8));
  q = f64x2.add(f64x2.mul(q, f), f64x2.splat(E64_7));
  q = f64x2.add(f64x2.mul(q, f), f64x2.splat(E64_6));
  q = f64x2.add(f64x2.mul(q, f), f64x2.splat(E64_5));
  q = f64x2.add(f64x2.mul(q, f), f64x2.splat(E64_4));
  q = f64x2.add(f64x2.mul(q, f), f64x2.splat(E64_3));
  q = f64x2.add(f64x2.mul(q, f), f64x2.splat(E64_2));
  q = f64x2.add(f64x2.mul(q, f), f64x2.splat(E64_1));
  const poly = f64x2.add(f64x2.mul(q, f), f64x2.splat(1.0));
  const scale = i64x2.shl(i64x2.add(kp, i64x2.splat(1023)), 52);
  return v128.and(f64x2.mul(poly, scale), f64x2.ge(t, floor));
}

const L64_0: f64 = 2.8853900817779268;
const L64_1: f64 = 0.9617966939259898;
const L64_2: f64 = 0.577078016345514;
const L64_3: f64 = 0.4121985858422942;
const L64_4: f64 = 0.3205985347650481;
const L64_5: f64 = 0.26233436060329546;
const L64_6: f64 = 0.22091286734180157;
const L64_7: f64 = 0.21366122502798326;
const SQRT2: f64 = 1.4142135623730951;

/** log2(s) per lane for s ∈ [1, 3]. */
// @ts-ignore: decorator
@inline export function log2F64(s: v128): v128 {
  const one = f64x2.splat(1.0);
  const above1 = f64x2.gt(s, f64x2.splat(SQRT2));
  const above2 = f64x2.gt(s, f64x2.splat(2.0 * SQRT2));
  const e = f64x2.add(v128.and(above1, one), v128.and(above2, one));
  const scale = v128.bitselect(f64x2.splat(0.25), v128.bitselect(f64x2.splat(0.5), one, above1), above2);
  const a = f64x2.mul(s, scale);
  const u = f64x2.div(f64x2.sub(a, one), f64x2.add(a, one));
  const v = f64x2.mul(u, u);
  let P = f64x2.splat(L64_7);
  P = f64x2.add(f64x2.mul(P, v), f64x2.splat(L64_6));
  P = f64x2.add(f64x2.mul(P, v), f64x2.splat(L64_5));
  P = f64x2.add(f64x2.mul(P, v), f64x2.splat(L64_4));
  P = f64x2.add(f64x2.mul(P, v), f64x2.splat(L64_3));
  P = f64x2.add(f64x2.mul(P, v), f64x2.splat(L64_2));
  P = f64x2.add(f64x2.mul(P, v), f64x2.splat(L64_1));
  P = f64x2.add(f64x2.mul(P, v), f64x2.splat(L64_0));
  return f64x2.add(e, f64x2.mul(u, P));
}

// ---------------------------------------------------------------------------------------------------------------
// float32, 4 lanes
// ---------------------------------------------------------------------------------------------------------------

const E32_1: f32 = 0.6931471805599453;
const E32_2: f32 = 0.2402234903802036;
const E32_3: f32 = 0.05550381013796457;
const E32_4: f32 = 0.009666368515385448;
const E32_5: f32 = 0.0013381302537320797;
const MAGIC32: f32 = 12582912.0; // 1.5 · 2^23

/** 2^t per lane for t ≤ 0 (−∞ allowed → 0). */
// @ts-ignore: decorator
@inline export function exp2F32(t: v128): v128 {
  const floor = f32x4.splat(-126.0);
  const tc = f32x4.pmax(t, floor);
  const magic = f32x4.splat(MAGIC32);
  const kp = f32x4.add(tc, magic);
  const f = f32x4.sub(tc, f32x4.sub(kp, magic));
  let q = f32x4.splat(E32_5);
  q = f32x4.add(f32x4.mul(q, f), f32x4.splat(E32_4));
  q = f32x4.add(f32x4.mul(q, f), f32x4.splat(E32_3));
  q = f32x4.add(f32x4.mul(q, f), f32x4.splat(E32_2));
  q = f32x4.add(f32x4.mul(q, f), f32x4.splat(E32_1));
  const poly = f32x4.add(f32x4.mul(q, f), f32x4.splat(1.0));
  const scale = i32x4.shl(i32x4.add(kp, i32x4.splat(127)), 23);
  return v128.and(f32x4.mul(poly, scale), f32x4.ge(t, floor));
}

const L32_0: f32 = 2.8853900798025367;
const L32_1: f32 = 0.9617988394560251;
const L32_2: f32 = 0.5767151118408125;
const L32_3: f32 = 0.4317197157256091;
const SQRT2_32: f32 = 1.4142135623730951;

/** log2(s) per lane for s ∈ [1, 3]. */
// @ts-ignore: decorator
@inline export function log2F32(s: v128): v128 {
  const one = f32x4.splat(1.0);
  const above1 = f32x4.gt(s, f32x4.splat(SQRT2_32));
  const above2 = f32x4.gt(s, f32x4.splat(2.0 * SQRT2_32));
  const e = f32x4.add(v128.and(above1, one), v128.and(above2, one));
  const scale = v128.bitselect(f32x4.splat(0.25), v128.bitselect(f32x4.splat(0.5), one, above1), above2);
  const a = f32x4.mul(s, scale);
  const u = f32x4.div(f32x4.sub(a, one), f32x4.add(a, one));
  const v = f32x4.mul(u, u);
  let P = f32x4.splat(L32_3);
  P = f32x4.add(f32x4.mul(P, v), f32x4.splat(L32_2));
  P = f32x4.add(f32x4.mul(P, v), f32x4.splat(L32_1));
  P = f32x4.add(f32x4.mul(P, v), f32x4.splat(L32_0));
  return f32x4.add(e, f32x4.mul(u, P));
}
