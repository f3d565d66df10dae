/**
 * Runs the README's quick start (the same code, with `console.log` replaced by collecting the lines)
 * and checks that each printed line appears in the README as `// → <line>`.
 */
import { readFileSync } from 'node:fs';
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { matmul, mean, square, sub, tensor } from '@softdtw/autodiff';
import { adam, minimizeLbfgs } from '../src/index.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const format = (...values: unknown[]): string => values.map((v) => (typeof v === 'string' ? v : inspect(v))).join(' ');

describe('README quick start', () => {
  it('prints the numbers the README shows', () => {
    const printed: string[] = [];
    const log = (...values: unknown[]): void => void printed.push(format(...values));

    const rosenbrock = (v: Float64Array) => {
      const [x, y] = [v[0]!, v[1]!];
      return { value: (1 - x) ** 2 + 100 * (y - x * x) ** 2, grad: [-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x)] };
    };
    const result = minimizeLbfgs(rosenbrock, [-1.2, 1]);
    log(result.reason, result.iterations, result.evaluations, Array.from(result.x, (v) => v.toFixed(6)));

    const opt = adam({ learningRate: 0.05 });
    let params = { w: Float64Array.of(2, -3) };
    for (let step = 0; step < 500; step++) params = opt.update(params, { w: params.w.map((v, i) => 2 * (v - [1, 2][i]!)) });
    log(opt.step, Array.from(params.w, (v) => v.toFixed(4)));
    const checkpoint = JSON.stringify(opt.state());

    const X = tensor([[1, 0], [0, 1], [1, 1]]);
    const y = tensor([[1], [2], [3]]);
    const fit = minimizeLbfgs((p) => mean(square(sub(matmul(X, p.W), y))), { W: tensor([[0], [0]]) });
    log(fit.reason, fit.iterations, (fit.params.W.toArray() as number[][]).map(([w]) => w!.toFixed(6)));

    expect(printed).toEqual([
      "gradient-tolerance 36 45 [ '1.000000', '1.000000' ]",
      "500 [ '1.0000', '2.0000' ]",
      "gradient-tolerance 5 [ '1.000000', '2.000000' ]",
    ]);
    for (const line of printed) expect(readme).toContain(`// → ${line}`);
    const resumed = adam();
    resumed.loadState(JSON.parse(checkpoint));
    expect(resumed.state()).toEqual(opt.state());
  });

  it('the README code block is the code run here', () => {
    expect(readme).toContain('const result = minimizeLbfgs(rosenbrock, [-1.2, 1]);');
    expect(readme).toContain(
      'for (let step = 0; step < 500; step++) params = opt.update(params, { w: params.w.map((v, i) => 2 * (v - [1, 2][i]!)) });',
    );
    expect(readme).toContain('const fit = minimizeLbfgs((p) => mean(square(sub(matmul(X, p.W), y))), { W: tensor([[0], [0]]) });');
  });
});
