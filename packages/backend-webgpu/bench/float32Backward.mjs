#!/usr/bin/env node
// Which float32 backward pass to ship: stored soft-min weights, or R kept and the paper's
// exp((R_s − R_ij − D_s)/γ) recomputed? Both emulated in float32 (Math.fround after every
// operation, as the GPU rounds) and compared with the same recursion in float64, on random walks.
//
//   node packages/backend-webgpu/bench/float32Backward.mjs [n ...]      (default: 1024 3000)
//
// Prints value and gradient (max|Δ gradX| / max|gradX|) errors per n and γ. Pure JS, no GPU.
const f = Math.fround;
const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);

function walks(n) {
  let seed = 7;
  const uniform = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296) - 0.5;
  const walk = () => {
    const a = new Float64Array(n);
    let v = 0;
    for (let i = 0; i < n; i++) a[i] = v += 0.2 * uniform();
    return a;
  };
  return [walk(), walk()];
}

function softDtw(x, y, gamma, single, backward) {
  const r = single ? f : (v) => v;
  const n = x.length;
  const m = y.length;
  const w = m + 2;
  const R = new Float64Array((n + 2) * w).fill(Infinity);
  const D = new Float64Array((n + 2) * w);
  const wd = new Float64Array((n + 2) * w);
  const wu = new Float64Array((n + 2) * w);
  const wl = new Float64Array((n + 2) * w);
  R[0] = 0;
  const ig = r(1 / gamma);
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const d = r(r(x[i - 1]) - r(y[j - 1]));
      const cost = r(d * d);
      D[i * w + j] = cost;
      const a = R[(i - 1) * w + j - 1];
      const b = R[(i - 1) * w + j];
      const c = R[i * w + j - 1];
      const mu = Math.min(a, b, c);
      const ea = r(Math.exp(-r(r(a - mu) * ig)));
      const eb = r(Math.exp(-r(r(b - mu) * ig)));
      const ec = r(Math.exp(-r(r(c - mu) * ig)));
      const sum = r(r(ea + eb) + ec);
      R[i * w + j] = r(cost + r(mu - r(gamma * r(Math.log(sum)))));
      wd[i * w + j] = r(ea / sum);
      wu[i * w + j] = r(eb / sum);
      wl[i * w + j] = r(ec / sum);
    }
  }
  const E = new Float64Array((n + 2) * w);
  E[n * w + m] = 1;
  const factor = (s, at) => (backward === 'weights' ? s[at] : 0);
  const ratio = (si, sj, i, j) => r(Math.exp(r(r(r(R[si * w + sj] - R[i * w + j]) - D[si * w + sj]) * ig)));
  for (let i = n; i >= 1; i--) {
    for (let j = m; j >= 1; j--) {
      if (i === n && j === m) continue;
      let e = 0;
      if (i < n) e = r(e + r(E[(i + 1) * w + j] * (backward === 'weights' ? factor(wu, (i + 1) * w + j) : ratio(i + 1, j, i, j))));
      if (j < m) e = r(e + r(E[i * w + j + 1] * (backward === 'weights' ? factor(wl, i * w + j + 1) : ratio(i, j + 1, i, j))));
      if (i < n && j < m) e = r(e + r(E[(i + 1) * w + j + 1] * (backward === 'weights' ? factor(wd, (i + 1) * w + j + 1) : ratio(i + 1, j + 1, i, j))));
      E[i * w + j] = e;
    }
  }
  const gradX = new Float64Array(n);
  for (let i = 1; i <= n; i++) {
    let acc = 0;
    for (let j = 1; j <= m; j++) acc += E[i * w + j] * 2 * (x[i - 1] - y[j - 1]);
    gradX[i - 1] = acc;
  }
  return { value: R[n * w + m], gradX };
}

console.log('| n = m | γ | backward | value rel. error | gradient error (max abs Δg / max abs g) |');
console.log('| --- | --- | --- | --- | --- |');
for (const n of sizes.length > 0 ? sizes : [1024, 3000]) {
  const [x, y] = walks(n);
  for (const gamma of [1, 0.1]) {
    const reference = softDtw(x, y, gamma, false, 'weights');
    for (const backward of ['weights', 'recompute']) {
      const single = softDtw(x, y, gamma, true, backward);
      let error = 0;
      let scale = 0;
      for (let i = 0; i < n; i++) {
        error = Math.max(error, Math.abs(single.gradX[i] - reference.gradX[i]));
        scale = Math.max(scale, Math.abs(reference.gradX[i]));
      }
      const valueError = Math.abs(single.value - reference.value) / Math.abs(reference.value);
      console.log(`| ${n} | ${gamma} | ${backward} | ${valueError.toExponential(1)} | ${(error / scale).toExponential(1)} |`);
    }
  }
}
