/**
 * `out/report.html` of `softdtw demo`: one self-contained page (inline SVG plots, inline CSS, no
 * scripts, no network) with every number of the demo in tables.
 */
import type { DemoSummary } from './DemoSummary.js';

/** A plot to embed: its file stem, caption and SVG text. */
export interface DemoPlot {
  readonly name: string;
  readonly title: string;
  readonly svg: string;
}

function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}

function table(columns: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const head = columns.map((c) => `<th>${escapeHtml(c)}</th>`).join('');
  const body = rows.map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(String(cell))}</td>`).join('')}</tr>`).join('\n');
  return `<table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

function figure(plots: readonly DemoPlot[], name: string): string {
  const plot = plots.find((p) => p.name === name);
  if (plot === undefined) return '';
  const svg = plot.svg.replace(/^<\?xml[^>]*>\s*/, '');
  return `<figure>${svg}<figcaption>${escapeHtml(plot.title)} (<a href="${name}.svg">SVG</a>, <a href="${name}.png">PNG</a>)</figcaption></figure>`;
}

const STYLE = `
body { font-family: Inter, system-ui, sans-serif; max-width: 980px; margin: 2em auto; padding: 0 1em; color: #222; line-height: 1.45; }
h1 { font-size: 1.6em; } h2 { font-size: 1.2em; margin-top: 2em; border-bottom: 1px solid #ddd; }
table { border-collapse: collapse; margin: 0.8em 0; } th, td { padding: 0.25em 0.8em; border-bottom: 1px solid #eee; text-align: right; }
th:first-child, td:first-child { text-align: left; } thead th { border-bottom: 2px solid #ccc; }
figure { margin: 1em 0; } figure svg { max-width: 100%; height: auto; } figcaption { color: #555; font-size: 0.9em; }
code { background: #f4f4f4; padding: 0 0.25em; }`;

/**
 * Render the report.
 * @param summary - the demo's numbers.
 * @param plots - the plots, embedded as inline SVG.
 * @returns the HTML document.
 * @example writeFileAtomic('out/report.html', renderDemoReport(summary, plots));
 */
export function renderDemoReport(summary: DemoSummary, plots: readonly DemoPlot[]): string {
  const { pair, dataset, barycenters, kMeans, forecast } = summary;
  const percent = (v: number): string => `${(100 * v).toFixed(1)}%`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>softdtw demo report</title><style>${STYLE}</style></head>
<body>
<h1>softdtw demo</h1>
<p>Soft-DTW (Cuturi &amp; Blondel, ICML 2017, <a href="https://arxiv.org/abs/1703.01541">arXiv:1703.01541</a>) on data that ships with the repository:
GunPoint and ECG200 from the UCR archive (bundled in <code>@softdtw/datasets</code>) and generated Cylinder-Bell-Funnel series.
Backend <code>${escapeHtml(summary.backend)}</code>, ${summary.wallSeconds.toFixed(1)} s. All numbers are also in <a href="summary.json">summary.json</a>.</p>

<h2>1. One pair: values, gradient, alignment</h2>
<p>The first GunPoint training series of class ${escapeHtml(pair.labels[0])} and of class ${escapeHtml(pair.labels[1])} (length ${dataset.length}).</p>
${table(['quantity', 'value'], [
  ...pair.softDtw.map((s) => [`soft-DTW, γ = ${s.gamma}`, s.value.toFixed(4)]),
  ['DTW (γ = 0: sum of squared distances on the optimal path)', pair.dtw.toFixed(4)],
  ['soft-DTW divergence', pair.divergence.toFixed(4)],
  ['|∂ soft-DTW / ∂x|', pair.gradientNorm.toFixed(4)],
  ['mass of E (expected alignment)', pair.alignment.mass.toFixed(2)],
  ['share of E off the DTW path', percent(pair.alignment.offPathMass / pair.alignment.mass)],
  ['DTW path length (cells)', pair.alignment.pathLength],
])}
${figure(plots, 'alignment')}

<h2>2. 1-nearest-neighbour classification</h2>
<p>GunPoint: ${dataset.test} test series, each given the class of its nearest of the ${dataset.train} training series.</p>
${table(['distance', 'test accuracy', 'seconds'], summary.oneNearestNeighbour.map((r) => [r.metric, percent(r.accuracy), r.seconds.toFixed(2)]))}

<h2>3. Barycenters: soft-DTW vs DBA</h2>
<p>${barycenters.count} GunPoint training series of class ${escapeHtml(barycenters.className)}. Score: the mean DTW loss (1/N) Σ DTW(z, x<sub>i</sub>) of the barycenter z (lower is better), the score of the paper's Table 1.</p>
${table(['method', 'mean DTW loss', 'iterations', 'seconds'], barycenters.methods.map((b) => [b.method, b.meanDtw.toFixed(4), b.iterations, b.seconds.toFixed(2)]))}
${figure(plots, 'barycenters')}

<h2>4. k-means clustering</h2>
<p>${escapeHtml(kMeans.dataset)}, k = ${kMeans.k}. Adjusted Rand index against the true shapes (1 = perfect, 0 = chance).</p>
${table(['metric', 'adjusted Rand index', 'inertia', 'seconds'], kMeans.metrics.map((k) => [k.metric, k.adjustedRandIndex.toFixed(3), k.inertia.toFixed(3), k.seconds.toFixed(2)]))}
${figure(plots, 'clusters')}

<h2>5. Forecasting: Euclidean vs soft-DTW loss</h2>
<p>ECG200: an MLP (64 sigmoid units) predicts the last ${forecast.outputLength} steps from the first ${forecast.inputLength}; ${forecast.epochs} epochs of Adam on the training split; mean losses on the test split.
Training with soft-DTW should give the lower DTW loss, training with the Euclidean loss the lower Euclidean loss (the paper's §4.4 trade-off).</p>
${table(['trained with', 'test DTW loss', 'test Euclidean loss', 'seconds'], forecast.models.map((m) => [m.loss === 'softdtw' ? `soft-DTW (γ = ${m.gamma})` : 'Euclidean loss', m.testDtw.toFixed(4), m.testEuclidean.toFixed(4), m.seconds.toFixed(2)]))}
${figure(plots, 'forecast')}

<h2>6. ONNX export and onnxruntime-web</h2>
${table(['quantity', 'value'], [
  ['model file', forecast.onnx.file],
  ['size (bytes)', forecast.onnx.bytes],
  ['test DTW loss (onnxruntime-web)', forecast.onnx.testDtw.toFixed(4)],
  ['max |ONNX − TypeScript| over the test forecasts', forecast.onnx.maxAbsDifference.toExponential(2)],
])}

<h2>Files</h2>
<ul>${summary.files.map((f) => `<li><code>${escapeHtml(f)}</code></li>`).join('')}</ul>
</body></html>
`;
}
