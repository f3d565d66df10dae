/**
 * `softdtw distance X [Y]`: soft-DTW between series (Cuturi & Blondel, ICML 2017,
 * arXiv:1703.01541), beside hard DTW and the soft-DTW divergence.
 *
 * - Pairs: when X and Y hold as many series, pair k is (X_k, Y_k); when one side holds one series,
 *   it is paired with each series of the other side. `--pairwise` gives the full |X| × |Y| matrix
 *   of one metric (`--metric`), Y defaulting to X.
 * - Per pair: dtw_γ(x, y), DTW (γ = 0: the sum of squared distances on the optimal path) and the
 *   divergence dtw_γ(x, y) − ½(dtw_γ(x, x) + dtw_γ(y, y)); `--gradient` adds ∂dtw_γ/∂x and ∂/∂y;
 *   `--alignment` adds the expected alignment matrix E and the DTW path (JSON), and `--plot FILE`
 *   draws E with the path for the first pair.
 */
import type { Command } from 'commander';
import { dtw, pairwiseSoftDtwAsync, softDtwAlignment, softDtwBatchAsync, softDtwValueAndGrad } from '@softdtw/core';
import type { CliIo } from '../CliIo.js';
import { CliUsageError } from '../CliUsageError.js';
import { addCommonOptions, parseCommonOptions, type CommonOptions, type RawCommonOptions } from '../commonOptions.js';
import { readSeriesInput } from '../input/readSeriesInput.js';
import type { CliSeries, SeriesData } from '../input/SeriesData.js';
import { emitOutput, type CommandOutput } from '../output/CommandOutput.js';
import { formatNumber, renderTable } from '../output/renderTable.js';
import { parseChoiceOption, parseIntegerOption, parseNumberOption } from '../parseOptionValue.js';
import { checkPlotPath } from '../plot/checkPlotPath.js';
import { createTaskProgress } from '../progress/createTaskProgress.js';
import { selectBackend } from '../selectBackend.js';

/** Metrics of the `--pairwise` matrix. */
export const PAIRWISE_METRICS = ['softdtw', 'dtw', 'divergence'] as const;

/** Checked options of `softdtw distance`. */
export interface DistanceOptions extends CommonOptions {
  readonly x: SeriesData;
  readonly y: SeriesData;
  readonly gamma: number;
  readonly band: number | undefined;
  readonly gradient: boolean;
  readonly alignment: boolean;
  readonly plot: string | undefined;
  readonly pairwise: boolean;
  readonly metric: (typeof PAIRWISE_METRICS)[number];
}

interface RawDistanceOptions extends RawCommonOptions {
  readonly gamma: string;
  readonly band?: string;
  readonly gradient?: boolean;
  readonly alignment?: boolean;
  readonly plot?: string;
  readonly pairwise?: boolean;
  readonly metric: string;
}

/** One pair's numbers. */
export interface PairDistance {
  readonly x: number;
  readonly y: number;
  readonly xLabel?: string;
  readonly yLabel?: string;
  readonly softDtw: number;
  readonly dtw: number;
  readonly divergence: number;
  readonly gradX?: CliSeries;
  readonly gradY?: CliSeries;
  readonly alignment?: number[][];
  readonly path?: Array<[number, number]>;
}

function pairIndices(a: number, b: number): Array<[number, number]> {
  if (a === b) return Array.from({ length: a }, (_, k) => [k, k]);
  if (a === 1) return Array.from({ length: b }, (_, k) => [0, k]);
  if (b === 1) return Array.from({ length: a }, (_, k) => [k, 0]);
  throw new CliUsageError(
    `distance: X has ${a} series and Y has ${b}: pairs need equal counts, or one series on one side. Pass --pairwise for all ${a * b} pairs.`,
  );
}

function norm(values: CliSeries): number {
  let sum = 0;
  for (const v of values) for (const w of typeof v === 'number' ? [v] : v) sum += w * w;
  return Math.sqrt(sum);
}

/**
 * Compute the distances of the pairs (or the pairwise matrix).
 * @param options - checked options with the series read.
 * @param io - for the progress bar.
 * @param backendName - the active backend, reported in the output.
 * @returns the output in its three forms.
 * @example const output = await runDistance(options, io, 'cpu');
 */
export async function runDistance(options: DistanceOptions, io: CliIo, backendName: string): Promise<CommandOutput> {
  const { x, y, gamma } = options;
  const opts = { gamma, ...(options.band === undefined ? {} : { band: options.band }) };
  const hardOpts = options.band === undefined ? {} : { band: options.band };
  if (options.pairwise) return await runPairwise(options, io, backendName);
  const pairs = pairIndices(x.series.length, y.series.length);
  // The values go through the batch API, so they run on the chosen backend's batch kernel (also
  // GPU backends, which have only asynchronous kernels); paths, gradients and E use the synchronous API.
  const left = pairs.map(([i]) => x.series[i]!);
  const right = pairs.map(([, j]) => y.series[j]!);
  const values = await softDtwBatchAsync(left, right, opts);
  const selfLeft = await softDtwBatchAsync(left, left, opts);
  const selfRight = await softDtwBatchAsync(right, right, opts);
  const progress = createTaskProgress(io, { total: pairs.length, title: 'distance' });
  const results: PairDistance[] = [];
  try {
    pairs.forEach(([i, j], k) => {
      const xs = left[k]!;
      const ys = right[k]!;
      const hard = dtw(xs, ys, hardOpts);
      const row: PairDistance = {
        x: i,
        y: j,
        ...(x.labels === undefined ? {} : { xLabel: x.labels[i]! }),
        ...(y.labels === undefined ? {} : { yLabel: y.labels[j]! }),
        softDtw: values[k]!,
        dtw: hard.value,
        divergence: values[k]! - 0.5 * (selfLeft[k]! + selfRight[k]!),
      };
      let extra: Partial<PairDistance> = {};
      if (options.gradient) {
        const { gradX, gradY } = softDtwValueAndGrad(xs, ys, opts);
        extra = { gradX: gradX as CliSeries, gradY: gradY as CliSeries };
      }
      if (options.alignment) {
        extra = { ...extra, alignment: softDtwAlignment(xs, ys, opts).alignment, path: hard.path.map(([a, b]) => [a, b] as [number, number]) };
      }
      results.push({ ...row, ...extra });
      progress.tick();
    });
  } finally {
    progress.done();
  }
  if (options.plot !== undefined) {
    const first = results[0]!;
    const E = first.alignment ?? softDtwAlignment(x.series[first.x]!, y.series[first.y]!, opts).alignment;
    const path = first.path ?? dtw(x.series[first.x]!, y.series[first.y]!, hardOpts).path;
    const { alignmentHeatmapSvg } = await import('../plot/alignmentHeatmap.js'); // vega is loaded only for plots
    const { writePlot } = await import('../plot/writePlot.js');
    const svg = await alignmentHeatmapSvg({ alignment: E, path, title: `Expected alignment E (γ = ${gamma}) of X[${first.x}] and Y[${first.y}], DTW path dashed` });
    writePlot(options.plot, svg);
    io.stderr(`wrote ${options.plot}\n`);
  }
  const labelled = x.labels !== undefined || y.labels !== undefined;
  const columns = ['x', 'y', ...(labelled ? ['labels'] : []), 'soft-DTW', 'DTW', 'divergence', ...(options.gradient ? ['|∇x|', '|∇y|'] : []), ...(options.alignment ? ['E mass', 'E on path'] : [])];
  const rows = results.map((r) => [
    r.x,
    r.y,
    ...(labelled ? [`${r.xLabel ?? '-'} / ${r.yLabel ?? '-'}`] : []),
    formatNumber(r.softDtw),
    formatNumber(r.dtw),
    formatNumber(r.divergence),
    ...(options.gradient ? [formatNumber(norm(r.gradX!)), formatNumber(norm(r.gradY!))] : []),
    ...(r.alignment === undefined
      ? []
      : [formatNumber(r.alignment.flat().reduce((s, e) => s + e, 0), 2), `${(100 * r.path!.reduce((s, [a, b]) => s + r.alignment![a]![b]!, 0) / r.alignment.flat().reduce((s, e) => s + e, 0)).toFixed(1)}%`]),
  ]);
  const text = [
    `soft-DTW (γ = ${gamma}${options.band === undefined ? '' : `, band ${options.band}`}) of ${results.length} pair(s), X = ${x.source}, Y = ${y.source}, backend ${backendName}`,
    renderTable({ columns, rows }),
    ...(options.alignment && !options.output.json && options.output.out === undefined ? ['  (the alignment matrices and paths are in --json / --out FILE.json)'] : []),
  ].join('\n');
  const csvHeader = ['x', 'y', 'x_label', 'y_label', 'softdtw', 'dtw', 'divergence', ...(options.gradient ? ['grad_x_norm', 'grad_y_norm'] : [])];
  const csvRows = results.map((r) => [r.x, r.y, r.xLabel ?? '', r.yLabel ?? '', r.softDtw, r.dtw, r.divergence, ...(options.gradient ? [norm(r.gradX!), norm(r.gradY!)] : [])]);
  return {
    text,
    json: { command: 'distance', gamma, band: options.band ?? null, backend: backendName, x: x.source, y: y.source, pairs: results },
    csv: { header: csvHeader, rows: csvRows },
  };
}

async function runPairwise(options: DistanceOptions, io: CliIo, backendName: string): Promise<CommandOutput> {
  const { x, y, gamma, metric } = options;
  const opts = { gamma: metric === 'dtw' ? 0 : gamma, ...(options.band === undefined ? {} : { band: options.band }) };
  const progress = createTaskProgress(io, { total: x.series.length, title: `pairwise ${metric}` });
  const matrix: number[][] = [];
  try {
    const selfY = metric === 'divergence' ? await softDtwBatchAsync(y.series, y.series, opts) : undefined;
    const selfX = metric === 'divergence' ? await softDtwBatchAsync(x.series, x.series, opts) : undefined;
    const rowsPerCall = Math.max(1, Math.floor(256 / Math.max(1, y.series.length)));
    for (let start = 0; start < x.series.length; start += rowsPerCall) {
      const chunk = x.series.slice(start, start + rowsPerCall);
      const rows = await pairwiseSoftDtwAsync(chunk, y.series, opts);
      rows.forEach((row, r) => matrix.push(selfX === undefined || selfY === undefined ? row : row.map((v, j) => v - 0.5 * (selfX[start + r]! + selfY[j]!))));
      progress.tick(chunk.length);
    }
  } finally {
    progress.done();
  }
  const shownColumns = Math.min(y.series.length, 10);
  const name = (data: SeriesData, k: number): string => (data.labels === undefined ? `${k}` : `${k} (${data.labels[k]})`);
  const table = renderTable({
    columns: ['X \\ Y', ...Array.from({ length: shownColumns }, (_, j) => name(y, j))],
    rows: matrix.map((row, i) => [name(x, i), ...row.slice(0, shownColumns).map((v) => formatNumber(v, 3))]),
  });
  const text = [
    `pairwise ${metric}${metric === 'dtw' ? '' : ` (γ = ${gamma})`}: ${x.series.length} × ${y.series.length}, X = ${x.source}, Y = ${y.source}, backend ${backendName}`,
    table,
    ...(shownColumns < y.series.length ? [`  (first ${shownColumns} of ${y.series.length} columns; --out matrix.csv writes all)`] : []),
  ].join('\n');
  return {
    text,
    json: { command: 'distance', pairwise: true, metric, gamma: opts.gamma, backend: backendName, x: x.source, y: y.source, xLabels: x.labels ?? null, yLabels: y.labels ?? null, matrix },
    csv: { header: ['x', ...y.series.map((_, j) => `y${j}`)], rows: matrix.map((row, i) => [i, ...row]) },
  };
}

/**
 * Add `distance` to the program.
 * @param program - the root command.
 * @param io - where the command prints.
 * @returns the new command.
 * @example registerDistanceCommand(program, processIo());
 */
export function registerDistanceCommand(program: Command, io: CliIo): Command {
  const command = program
    .command('distance')
    .description('soft-DTW, DTW and the soft-DTW divergence between series (pairs, or a --pairwise matrix); gradients and alignments')
    .argument('<X>', 'series: a UCR .tsv, .csv or .json file, bundled:GunPoint[:test], or numbers like 0,1,2;3,4')
    .argument('[Y]', 'series to compare with (same forms); with --pairwise, default X')
    .option('--gamma <γ>', 'soft-DTW smoothing γ >= 0 (0 = hard DTW)', '1')
    .option('--band <r>', 'Sakoe-Chiba band radius (cells with |i - j| <= r)')
    .option('--gradient', 'add the gradients ∂soft-DTW/∂x and ∂/∂y')
    .option('--alignment', 'add the expected alignment matrix E and the DTW path')
    .option('--plot <file>', 'draw E of the first pair with the DTW path (.svg or .png)')
    .option('--pairwise', 'all |X| × |Y| pairs as a matrix (of --metric)')
    .option('--metric <metric>', `metric of the --pairwise matrix: ${PAIRWISE_METRICS.join('|')}`, 'softdtw');
  addCommonOptions(command)
    .addHelpText(
      'after',
      [
        '',
        'Examples:',
        '  $ softdtw distance 0,1,2,3,2 0,0,1,3,3,1 --gamma 0.1 --gradient',
        '  $ softdtw distance bundled:GunPoint:test bundled:GunPoint --alignment --plot alignment.png --json > pairs.json',
        '  $ softdtw distance bundled:ECG200 --pairwise --metric divergence --out matrix.csv',
      ].join('\n'),
    )
    .action(async (xArg: string, yArg: string | undefined, raw: RawDistanceOptions) => {
      const common = parseCommonOptions(raw);
      const gamma = parseNumberOption('--gamma', raw.gamma, { min: 0, example: '0.1' });
      const band = raw.band === undefined ? undefined : parseIntegerOption('--band', raw.band, 0, '10');
      const metric = parseChoiceOption('--metric', raw.metric, PAIRWISE_METRICS);
      const plot = checkPlotPath(raw.plot);
      const pairwise = raw.pairwise === true;
      if (yArg === undefined && !pairwise) {
        throw new CliUsageError('distance: expected two inputs X and Y, got one. Pass Y too, or --pairwise to compare the series of X with each other.');
      }
      if (pairwise && (raw.gradient === true || raw.alignment === true || plot !== undefined)) {
        throw new CliUsageError('distance: --gradient, --alignment and --plot apply to pairs, not to a --pairwise matrix. Drop --pairwise, or those options.');
      }
      const x = readSeriesInput(xArg, { ...common.input, role: 'X' });
      const y = yArg === undefined ? x : readSeriesInput(yArg, { ...common.input, role: 'Y' });
      const backend = await selectBackend(common.backend);
      const options: DistanceOptions = { ...common, x, y, gamma, band, gradient: raw.gradient === true, alignment: raw.alignment === true, plot, pairwise, metric };
      emitOutput(await runDistance(options, io, backend.name), common.output, io);
    });
  return command;
}
