/**
 * The WGSL kernels of the WebGPU backend, float32: soft-DTW (Cuturi & Blondel, ICML 2017,
 * arXiv:1703.01541) forward pass, backward pass (expected alignment E) and the gradients with
 * respect to both series, for a batch of pairs with per-pair lengths and a Sakoe-Chiba band.
 *
 * Math (0-indexed cells (i, j), i < n rows of x, j < m columns of y; the paper's R_00 = 0 is the
 * virtual cell (−1, −1), every other border cell is +∞):
 *
 *     D_ij = ‖x_i − y_j‖²                      (squared Euclidean cost, p features, on the fly)
 *     R_ij = D_ij + softmin_γ(R_{i−1,j−1}, R_{i−1,j}, R_{i,j−1}),   value = R_{n−1,m−1}
 *     softmin_γ(a, b, c) = μ − γ log Σ_k e^{−(r_k − μ)/γ},  μ = min(a, b, c)   (max-shifted)
 *     w = (w_diag, w_up, w_left) = the soft-min weights e^{−(r_k − μ)/γ} / Σ   (stored per cell)
 *     E_{n−1,m−1} = 1,  E_ij = E_{i+1,j+1} w_diag(i+1,j+1) + E_{i+1,j} w_up(i+1,j) + E_{i,j+1} w_left(i,j+1)
 *     gradX_i = Σ_j E_ij · 2(x_i − y_j),   gradY_j = Σ_i E_ij · 2(y_j − x_i)
 *
 * γ = 0: hard min with the tie-break diag > up > left; the weights are one-hot, so the same
 * backward pass yields E = the 0/1 indicator of the optimal path (a subgradient).
 *
 * Residual choice: stored weights (12 bytes per cell in three f32 buffers), not R. In float32, R
 * grows to ~Σ D along the path while the differences that set the weights are O(γ); recomputing
 * exp((R_s − R_ij − D_s)/γ) in the backward pass amplifies R's rounding by |R|/γ. The weights are
 * formed from differences of *neighbouring* R values once, in the forward pass, and the
 * backward pass needs no exp at all (measured in the README: weights vs recomputation).
 *
 * Sentinel: BIG = 3e38 stands for +∞ (out of band, border). Exponents are clamped,
 * e^{−min(r − μ, 87γ)/γ}, so no ∞ or NaN is ever formed (fast-math shader compilers may assume
 * neither exists); e^{−87} ≈ 1.6e−38 is below float32 resolution next to the minimum's 1.
 *
 * Parallelism: tiles of T × T cells (planSeriesBatch.ts), one workgroup of T/R invocations per
 * tile; invocation t owns the strip of local rows [t·R, t·R + R) and, at step s, computes column
 * c = s − t of its strip top to bottom (the cells of one step lie on a staircase anti-diagonal, so
 * they are independent), with a workgroupBarrier between steps: T/R + T − 1 steps per tile. The
 * strip's last row crosses to invocation t + 1 through three rotating workgroup arrays; the
 * previous column stays in registers. R = 1 (one row per invocation) suits GPUs, whose barriers
 * are cheap; CPU emulations (SwiftShader) pay per invocation and per barrier, and run 5–8×
 * faster with R = T/4, four invocations per workgroup (see the README's timings).
 *
 * Tile borders: R of a tile row's last row / a tile column's last column, and the backward
 * contributions leaving a tile's first row / first column, go through the `edges` buffer:
 *
 *     H(ti, j)  = R(ti·T + T − 1, j)             ti ≤ tilesX − 2   (forward, read by tile row ti + 1)
 *     V(tj, i)  = R(i, tj·T + T − 1)             tj ≤ tilesY − 2
 *     BU(ti, j) = E w_up of cell (ti·T, j)       ti ≥ 1            (backward, read by tile row ti − 1)
 *     BD(ti, j) = E w_diag of cell (ti·T, j)
 *     LL(tj, i) = E w_left of cell (i, tj·T)     tj ≥ 1
 *     LD(tj, i) = E w_diag of cell (i, tj·T)
 *
 * A reader checks the band itself (tiles outside the band are never run, so their edge slots
 * are stale). Weights layout: tile slab s holds T² cells, local cell (t·R + r, c) at
 * s·T² + (((t + c) mod T)·R + r)·(T/R) + t — a bijection (for a fixed t the T steps t + c are
 * distinct mod T) that makes each step's cells contiguous across invocations. After the backward
 * pass, w_diag's slot holds E_ij (the gradient kernel reads it there).
 */

/**
 * Generates the WGSL module (entry points forward, backward and gradient).
 *
 * @param tile - tile side T (a multiple of rows)
 * @param rows - rows per invocation R; the DP workgroups have T/R invocations
 * @returns WGSL source
 * @example
 * device.createShaderModule({ code: softDtwWgsl(128, 1) });
 */
export function softDtwWgsl(tile: number, rows: number): string {
  const invocations = tile / rows;
  return /* wgsl */ `
const T: u32 = ${tile}u;
const R: u32 = ${rows}u;
const INV: u32 = ${invocations}u;
const NO_TILE: u32 = 0xffffffffu;
const BIG: f32 = 3.0e38;
const CAP: f32 = 87.0;
const GRADIENT_WORKGROUP: u32 = 64u;

struct Params {
  listStart: u32,     // first work entry of this dispatch
  listCount: u32,     // work entries (= workgroups) in this dispatch
  p: u32,             // features per time step
  yBase: u32,         // index of y's first value in \`series\`
  gamma: f32,
  invGamma: f32,
  radius: i32,        // Sakoe-Chiba radius (NO_BAND_RADIUS = none)
  storeWeights: u32,  // forward: 1 = store the soft-min weights
  workBase: u32,      // word offset of the work list in \`plan\`
  rowCount: u32,      // gradient: rows of the series whose gradient is computed
  ownerBase: u32,     // gradient: word offset of those rows' owners in \`plan\`
  outBase: u32,       // gradient: where that gradient starts in \`out\`
  forY: u32,          // gradient: 0 = gradX, 1 = gradY
  pad0: u32,
  pad1: u32,
  pad2: u32,
}

struct Pair {
  xRow0: u32,
  yRow0: u32,
  n: u32,
  m: u32,
  tilesX: u32,
  tilesY: u32,
  edgeBase: u32,
  tableBase: u32,
}

struct Tile {
  k: u32,
  ti: u32,
  tj: u32,
  slab: u32,
}

@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> series: array<f32>;
@group(0) @binding(2) var<storage, read> plan: array<u32>;
@group(0) @binding(3) var<storage, read_write> edges: array<f32>;
@group(0) @binding(4) var<storage, read_write> out: array<f32>;
@group(0) @binding(5) var<storage, read_write> wDiag: array<f32>;
@group(0) @binding(6) var<storage, read_write> wUp: array<f32>;
@group(0) @binding(7) var<storage, read_write> wLeft: array<f32>;

var<workgroup> lastRow: array<f32, ${3 * invocations}>;
var<workgroup> topEdge: array<f32, ${tile + 1}>;
var<workgroup> leftEdge: array<f32, ${tile}>;
var<workgroup> pubUp: array<f32, ${3 * invocations}>;
var<workgroup> pubDiag: array<f32, ${3 * invocations}>;

fn loadPair(k: u32) -> Pair {
  let b = k * 8u;
  return Pair(plan[b], plan[b + 1u], plan[b + 2u], plan[b + 3u], plan[b + 4u], plan[b + 5u], plan[b + 6u], plan[b + 7u]);
}

fn loadTile(entry: u32) -> Tile {
  let b = params.workBase + 4u * (params.listStart + entry);
  return Tile(plan[b], plan[b + 1u], plan[b + 2u], plan[b + 3u]);
}

fn inBand(i: u32, j: u32) -> bool {
  return abs(i32(i) - i32(j)) <= params.radius;
}

fn hIndex(pr: Pair, ti: u32, j: u32) -> u32 {
  return pr.edgeBase + ti * pr.m + j;
}
fn vIndex(pr: Pair, tj: u32, i: u32) -> u32 {
  return pr.edgeBase + (pr.tilesX - 1u) * pr.m + tj * pr.n + i;
}
fn buIndex(pr: Pair, ti: u32, j: u32) -> u32 {
  return pr.edgeBase + (pr.tilesX - 1u) * pr.m + (pr.tilesY - 1u) * pr.n + (ti - 1u) * pr.m + j;
}
fn bdIndex(pr: Pair, ti: u32, j: u32) -> u32 {
  return buIndex(pr, ti, j) + (pr.tilesX - 1u) * pr.m;
}
fn llIndex(pr: Pair, tj: u32, i: u32) -> u32 {
  return pr.edgeBase + 3u * (pr.tilesX - 1u) * pr.m + (pr.tilesY - 1u) * pr.n + (tj - 1u) * pr.n + i;
}
fn ldIndex(pr: Pair, tj: u32, i: u32) -> u32 {
  return llIndex(pr, tj, i) + (pr.tilesY - 1u) * pr.n;
}

// R(ti·T − 1, j): the row above tile row ti (j = −1 allowed).
fn rAbove(pr: Pair, ti: u32, j: i32) -> f32 {
  if (ti == 0u) {
    return select(BIG, 0.0, j < 0);
  }
  if (j < 0) {
    return BIG;
  }
  let i = i32(ti * T) - 1;
  if (abs(i - j) > params.radius) {
    return BIG;
  }
  return edges[hIndex(pr, ti - 1u, u32(j))];
}

// R(i, tj·T − 1): the column left of tile column tj.
fn rLeftOf(pr: Pair, tj: u32, i: u32) -> f32 {
  if (tj == 0u) {
    return BIG;
  }
  let j = i32(tj * T) - 1;
  if (abs(i32(i) - j) > params.radius) {
    return BIG;
  }
  return edges[vIndex(pr, tj - 1u, i)];
}

fn cellCost(pr: Pair, i: u32, j: u32) -> f32 {
  let p = params.p;
  let xb = (pr.xRow0 + i) * p;
  let yb = params.yBase + (pr.yRow0 + j) * p;
  var s = 0.0;
  for (var f = 0u; f < p; f++) {
    let d = series[xb + f] - series[yb + f];
    s = fma(d, d, s);
  }
  return s;
}

// (softmin_γ(diag, up, left), w_diag, w_up, w_left); γ = 0: hard min, diag > up > left on ties.
fn softMin(diag: f32, up: f32, left: f32) -> vec4f {
  let g = params.gamma;
  if (g == 0.0) {
    if (diag <= up && diag <= left) {
      return vec4f(diag, 1.0, 0.0, 0.0);
    }
    if (up <= left) {
      return vec4f(up, 0.0, 1.0, 0.0);
    }
    return vec4f(left, 0.0, 0.0, 1.0);
  }
  let ig = params.invGamma;
  let cap = CAP * g;
  var mu: f32;
  var ed = 1.0;
  var eu = 1.0;
  var el = 1.0;
  if (diag <= up && diag <= left) {
    mu = diag;
    eu = exp(-min(up - mu, cap) * ig);
    el = exp(-min(left - mu, cap) * ig);
  } else if (up <= left) {
    mu = up;
    ed = exp(-min(diag - mu, cap) * ig);
    el = exp(-min(left - mu, cap) * ig);
  } else {
    mu = left;
    ed = exp(-min(diag - mu, cap) * ig);
    eu = exp(-min(up - mu, cap) * ig);
  }
  let s = ed + eu + el;
  let inv = 1.0 / s;
  return vec4f(mu - g * log(s), ed * inv, eu * inv, el * inv);
}

@compute @workgroup_size(${invocations})
fn forward(@builtin(local_invocation_index) t: u32, @builtin(workgroup_id) wg: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let entry = wg.x + wg.y * nwg.x;
  if (entry >= params.listCount) {
    return;
  }
  let tl = loadTile(entry);
  let pr = loadPair(tl.k);
  let i0 = tl.ti * T;
  let j0 = tl.tj * T;
  let h = min(T, pr.n - i0);
  let w = min(T, pr.m - j0);
  for (var q = t; q < w; q += INV) {
    topEdge[q + 1u] = rAbove(pr, tl.ti, i32(j0 + q));
  }
  if (t == 0u) {
    topEdge[0] = rAbove(pr, tl.ti, i32(j0) - 1);
  }
  for (var q = t; q < h; q += INV) {
    leftEdge[q] = rLeftOf(pr, tl.tj, i0 + q);
  }
  workgroupBarrier();
  let strips = (h + R - 1u) / R;
  // left[r]: R of this strip's row r in the previous column (the left edge before column 0).
  var left: array<f32, R>;
  for (var r = 0u; r < R; r++) {
    left[r] = leftEdge[min(t * R + r, T - 1u)];
  }
  let steps = strips + w - 1u;
  for (var s = 0u; s < steps; s++) {
    let c = i32(s) - i32(t);
    if (t < strips && c >= 0 && c < i32(w)) {
      let cu = u32(c);
      let j = j0 + cu;
      var up: f32;
      var diag: f32;
      if (t == 0u) {
        up = topEdge[cu + 1u];
        diag = topEdge[cu];
      } else {
        up = lastRow[((s + 2u) % 3u) * INV + t - 1u];
        if (cu == 0u) {
          diag = leftEdge[t * R - 1u];
        } else {
          diag = lastRow[((s + 1u) % 3u) * INV + t - 1u];
        }
      }
      for (var r = 0u; r < R; r++) {
        let lr = t * R + r;
        if (lr >= h) {
          break;
        }
        let i = i0 + lr;
        let oldLeft = left[r];
        var value = BIG;
        if (inBand(i, j)) {
          let sm = softMin(diag, up, oldLeft);
          value = cellCost(pr, i, j) + sm.x;
          if (params.storeWeights != 0u) {
            let slot = weightSlot(tl.slab, t, r, cu);
            wDiag[slot] = sm.y;
            wUp[slot] = sm.z;
            wLeft[slot] = sm.w;
          }
        }
        left[r] = value;
        if (lr == h - 1u && tl.ti + 1u < pr.tilesX) {
          edges[hIndex(pr, tl.ti, j)] = value;
        }
        if (cu == w - 1u && tl.tj + 1u < pr.tilesY) {
          edges[vIndex(pr, tl.tj, i)] = value;
        }
        if (i == pr.n - 1u && j == pr.m - 1u) {
          out[tl.k] = value;
        }
        up = value;
        diag = oldLeft;
      }
      lastRow[(s % 3u) * INV + t] = left[R - 1u];
    }
    workgroupBarrier();
  }
}

@compute @workgroup_size(${invocations})
fn backward(@builtin(local_invocation_index) t: u32, @builtin(workgroup_id) wg: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let entry = wg.x + wg.y * nwg.x;
  if (entry >= params.listCount) {
    return;
  }
  let tl = loadTile(entry);
  let pr = loadPair(tl.k);
  let i0 = tl.ti * T;
  let j0 = tl.tj * T;
  let h = min(T, pr.n - i0);
  let w = min(T, pr.m - j0);
  let strips = (h + R - 1u) / R;
  // leftIn[r] / diagIn[r]: what cell (row r, c + 1) pushed left / diagonally (previous step).
  var leftIn: array<f32, R>;
  var diagIn: array<f32, R>;
  for (var r = 0u; r < R; r++) {
    leftIn[r] = 0.0;
    diagIn[r] = 0.0;
  }
  let steps = strips + w - 1u;
  for (var q = 0u; q < steps; q++) {
    let s = steps - 1u - q;
    let c = i32(s) - i32(t);
    if (t < strips && c >= 0 && c < i32(w)) {
      let cu = u32(c);
      let j = j0 + cu;
      let internalRight = cu + 1u < w;
      var belowUp = 0.0;
      var belowOldDiag = 0.0;
      for (var rr = 0u; rr < R; rr++) {
        let r = R - 1u - rr;
        let lr = t * R + r;
        if (lr >= h) {
          continue;
        }
        let i = i0 + lr;
        let internalBelow = lr + 1u < h;
        var fromUp = 0.0;
        var fromLeft = 0.0;
        var fromDiag = 0.0;
        if (internalBelow) {
          if (r + 1u < R) {
            fromUp = belowUp;
            if (internalRight) {
              fromDiag = belowOldDiag;
            }
          } else {
            fromUp = pubUp[((s + 1u) % 3u) * INV + t + 1u];
            if (internalRight) {
              fromDiag = pubDiag[((s + 2u) % 3u) * INV + t + 1u];
            }
          }
        } else if (i + 1u < pr.n && inBand(i + 1u, j)) {
          fromUp = edges[buIndex(pr, tl.ti + 1u, j)];
        }
        if (internalRight) {
          fromLeft = leftIn[r];
        } else if (j + 1u < pr.m && inBand(i, j + 1u)) {
          fromLeft = edges[llIndex(pr, tl.tj + 1u, i)];
        }
        if (!(internalBelow && internalRight) && i + 1u < pr.n && j + 1u < pr.m && inBand(i + 1u, j + 1u)) {
          if (internalBelow) {
            fromDiag = edges[ldIndex(pr, tl.tj + 1u, i + 1u)];
          } else {
            fromDiag = edges[bdIndex(pr, tl.ti + 1u, j + 1u)];
          }
        }
        var toDiag = 0.0;
        var toUp = 0.0;
        var toLeft = 0.0;
        if (inBand(i, j)) {
          let E = select(fromUp + fromLeft + fromDiag, 1.0, i + 1u == pr.n && j + 1u == pr.m);
          let slot = weightSlot(tl.slab, t, r, cu);
          toDiag = E * wDiag[slot];
          toUp = E * wUp[slot];
          toLeft = E * wLeft[slot];
          wDiag[slot] = E;
        }
        belowUp = toUp;
        belowOldDiag = diagIn[r];
        diagIn[r] = toDiag;
        leftIn[r] = toLeft;
        if (lr == 0u && tl.ti > 0u) {
          edges[buIndex(pr, tl.ti, j)] = toUp;
          edges[bdIndex(pr, tl.ti, j)] = toDiag;
        }
        if (cu == 0u && tl.tj > 0u) {
          edges[llIndex(pr, tl.tj, i)] = toLeft;
          edges[ldIndex(pr, tl.tj, i)] = toDiag;
        }
        if (r == 0u) {
          pubUp[(s % 3u) * INV + t] = toUp;
          pubDiag[(s % 3u) * INV + t] = toDiag;
        }
      }
    }
    workgroupBarrier();
  }
}

// Slot of local cell (t·R + r, c) in tile slab \`slab\`: cells of one step are contiguous per r.
fn weightSlot(slab: u32, t: u32, r: u32, c: u32) -> u32 {
  return slab * T * T + (((t + c) % T) * R + r) * INV + t;
}

// One invocation per row r of x (forY = 0) or y (forY = 1): 2 Σ_b E · (own_r − other_b), with E
// read from w_diag's slots (the backward pass leaves E_ij there), tile by tile along the row.
@compute @workgroup_size(64)
fn gradient(@builtin(global_invocation_id) gid: vec3u, @builtin(num_workgroups) nwg: vec3u) {
  let r = gid.x + gid.y * nwg.x * GRADIENT_WORKGROUP;
  if (r >= params.rowCount) {
    return;
  }
  let p = params.p;
  let outAt = params.outBase + r * p;
  let k = plan[params.ownerBase + r];
  if (k == NO_TILE) {
    for (var f = 0u; f < p; f++) {
      out[outAt + f] = 0.0;
    }
    return;
  }
  let pr = loadPair(k);
  let forY = params.forY == 1u;
  let own = select(r - pr.xRow0, r - pr.yRow0, forY);
  let otherLength = select(pr.m, pr.n, forY);
  let low = u32(max(i32(own) - params.radius, 0));
  let high = u32(min(i32(own) + params.radius, i32(otherLength) - 1));
  let ownBase = select(r * p, params.yBase + r * p, forY);
  let otherBase = select(params.yBase + pr.yRow0 * p, pr.xRow0 * p, forY);
  // Local coordinates of \`own\` inside its tiles: the tile row (x) or tile column (y) is fixed.
  let ownTile = own / T;
  let ownLocal = own % T;
  for (var f = 0u; f < p; f++) {
    let mine = series[ownBase + f];
    var acc = 0.0;
    var b = low;
    loop {
      if (b > high) {
        break;
      }
      let otherTile = b / T;
      let tileEnd = min(high, otherTile * T + T - 1u);
      let slab = plan[pr.tableBase + select(ownTile * pr.tilesY + otherTile, otherTile * pr.tilesY + ownTile, forY)];
      let slabBase = slab * T * T;
      for (; b <= tileEnd; b++) {
        let otherLocal = b % T;
        // Cell (i, j) in local coordinates: row = (x ? ownLocal : otherLocal), column = the other.
        let row = select(ownLocal, otherLocal, forY);
        let column = select(otherLocal, ownLocal, forY);
        let e = wDiag[slabBase + ((((row / R) + column) % T) * R + row % R) * INV + row / R];
        acc = fma(e, mine - series[otherBase + b * p + f], acc);
      }
    }
    out[outAt + f] = 2.0 * acc;
  }
}
`;
}
