/**
 * Parity with the reference data (test/__fixtures__/softdtw_cases.json, see its README): values
 * within 1e-12 relative of the 40-digit result, gradients within 1e-9 normwise, E within 1e-9,
 * and γ = 0 equal to the hard DTW cost and tslearn's path. The worst errors are printed and
 * compared with what the float64 peers (mblondel, tslearn) reach on the same cases.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { softDtwAlignment, softDtwDivergence, softDtwValueAndGrad } from '../src/index.js';

interface ReferenceCase {
  id: string;
  gamma: number;
  n: number;
  m: number;
  p: number;
  x: number[][];
  y: number[][];
  value: number;
  grad_x: number[][];
  E?: number[][];
  value_hp?: number;
  grad_x_hp?: number[][];
  E_hp?: number[][];
  float64_peer_grad_relerr?: number | null;
  divergence_tslearn?: number;
  hard_dtw_cost: number;
}

const cases = JSON.parse(readFileSync(new URL('./__fixtures__/softdtw_cases.json', import.meta.url), 'utf8')) as ReferenceCase[];

function maxAbs(rows: number[][]): number {
  return Math.max(...rows.flat().map(Math.abs));
}

function maxAbsDiff(a: number[][], b: number[][]): number {
  let worst = 0;
  a.forEach((row, i) => row.forEach((v, j) => (worst = Math.max(worst, Math.abs(v - b[i][j])))));
  return worst;
}

function maxCost(c: ReferenceCase): number {
  let worst = 0;
  for (const xi of c.x) for (const yj of c.y) worst = Math.max(worst, xi.reduce((s, v, k) => s + (v - yj[k]) ** 2, 0));
  return worst;
}

describe('reference cases (mblondel, tslearn, 40-digit mpmath)', () => {
  it('has the 30 expected cases', () => {
    expect(cases.length).toBe(30);
  });

  const worst = { value: { err: 0, id: '' }, grad: { err: 0, id: '' }, E: { err: 0, id: '' }, gradVsPeer: { ratio: 0, id: '' } };

  for (const c of cases) {
    it(`${c.id}: value, gradient and E`, () => {
      const { value, gradX } = softDtwValueAndGrad(c.x, c.y, { gamma: c.gamma });
      if (c.gamma === 0) {
        expect(Math.abs(value - c.hard_dtw_cost)).toBeLessThanOrEqual(1e-12 * Math.abs(c.hard_dtw_cost));
        expect(maxAbsDiff(gradX, c.grad_x)).toBeLessThanOrEqual(1e-12 * maxAbs(c.grad_x));
        expect(softDtwAlignment(c.x, c.y, { gamma: 0 }).alignment).toEqual(c.E);
        return;
      }
      const valueHp = c.value_hp!;
      const valueErr = Math.abs(value - valueHp) / Math.max(Math.abs(valueHp), maxCost(c));
      expect(Math.abs(value - valueHp)).toBeLessThanOrEqual(Math.max(1e-12 * Math.abs(valueHp), 1e-12 * maxCost(c)));
      if (valueErr > worst.value.err) worst.value = { err: valueErr, id: c.id };

      const gradErr = maxAbsDiff(gradX, c.grad_x_hp!) / (maxAbs(c.grad_x_hp!) || 1); // all-zero reference: absolute
      expect(gradErr).toBeLessThanOrEqual(1e-9);
      if (gradErr > worst.grad.err) worst.grad = { err: gradErr, id: c.id };
      const peer = c.float64_peer_grad_relerr ?? 0;
      if (peer > 0 && gradErr / peer > worst.gradVsPeer.ratio) worst.gradVsPeer = { ratio: gradErr / peer, id: c.id };

      if (c.E_hp !== undefined) {
        const eErr = maxAbsDiff(softDtwAlignment(c.x, c.y, { gamma: c.gamma }).alignment, c.E_hp);
        expect(eErr).toBeLessThanOrEqual(1e-9);
        if (eErr > worst.E.err) worst.E = { err: eErr, id: c.id };
      }
    });
  }

  it('matches tslearn soft_dtw_normalized (the divergence) on every soft case', () => {
    for (const c of cases) {
      if (c.gamma === 0 || c.divergence_tslearn === undefined) continue;
      const divergence = softDtwDivergence(c.x, c.y, { gamma: c.gamma });
      expect(Math.abs(divergence - c.divergence_tslearn)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(c.divergence_tslearn), maxCost(c)));
    }
  });

  it('beats the float64 peers: worst errors (printed)', () => {
    console.log(
      `[accuracy] worst value rel. error ${worst.value.err.toExponential(2)} (${worst.value.id}); ` +
        `worst gradX normwise error ${worst.grad.err.toExponential(2)} (${worst.grad.id}); ` +
        `worst |E − E_hp| ${worst.E.err.toExponential(2)} (${worst.E.id}); ` +
        `worst gradX error / peer error ${worst.gradVsPeer.ratio.toExponential(2)} (${worst.gradVsPeer.id})`,
    );
    const bigmag = cases.find((c) => c.id === 'bigmag_n100_m100_p3_g0.01')!;
    const { gradX } = softDtwValueAndGrad(bigmag.x, bigmag.y, { gamma: bigmag.gamma });
    const err = maxAbsDiff(gradX, bigmag.grad_x_hp!) / maxAbs(bigmag.grad_x_hp!);
    expect(err).toBeLessThan(bigmag.float64_peer_grad_relerr! / 1e4);
  });
});
