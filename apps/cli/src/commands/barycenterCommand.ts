/**
 * `softdtw barycenter FILE`: the average of a set of series under soft-DTW (Eq. 4 of Cuturi &
 * Blondel, ICML 2017, arXiv:1703.01541, by L-BFGS), or with the baselines DBA (Petitjean et al.
 * 2011) and the subgradient method (Schultz & Jain 2018). Several methods (`--method softdtw,dba`)
 * are compared by the mean DTW loss (1/N) Σ_i DTW(z, x_i), the score of the paper's Table 1 (γ = 0).
 */
import type { Command } from 'commander';
import { dbaBarycenter, softDtwBarycenter, subgradientBarycenter, type BarycenterResult } from '@softdtw/cluster';
import { pairwiseSoftDtw } from '@softdtw/core';
import type { CliIo } from '../CliIo.js';
import { CliUsageError } from '../CliUsageError.js';
import { addCommonOptions, parseCommonOptions, type CommonOptions, type RawCommonOptions } from '../commonOptions.js';
import { readSeriesInput } from '../input/readSeriesInput.js';
import { firstFeature, type CliSeries, type SeriesData } from '../input/SeriesData.js';
import { emitOutput, type CommandOutput } from '../output/CommandOutput.js';
import { formatNumber, renderTable } from '../output/renderTable.js';
import { parseChoiceOption, parseIntegerOption, parseNumberOption } from '../parseOptionValue.js';
import { checkPlotPath } from '../plot/checkPlotPath.js';
import { createTaskProgress } from '../progress/createTaskProgress.js';
import { selectBackend } from '../selectBackend.js';
import { selectClass } from './selectClass.js';

/** Barycenter methods. */
export const BARYCENTER_METHODS = ['softdtw', 'dba', 'subgradient'] as const;
type Method = (typeof BARYCENTER_METHODS)[number];

/** Initialisations. */
export const BARYCENTER_INITS = ['euclidean-mean', 'random'] as const;

/** Checked options of `softdtw barycenter`. */
export interface BarycenterOptions extends CommonOptions {
  readonly data: SeriesData;
  readonly methods: readonly Method[];
  readonly gamma: number;
  readonly maxIter: number | undefined;
  readonly init: (typeof BARYCENTER_INITS)[number];
  readonly length: number | undefined;
  readonly plot: string | undefined;
}

interface RawBarycenterOptions extends RawCommonOptions {
  readonly method: string;
  readonly gamma: string;
  readonly class?: string;
  readonly maxIter?: string;
  readonly init: string;
  readonly length?: string;
  readonly limit?: string;
  readonly plot?: string;
}

/** One method's result. */
export interface MethodBarycenter {
  readonly method: Method;
  readonly barycenter: CliSeries;
  /** The method's own objective (soft-DTW: Eq. 4 at γ; DBA and subgradient: mean DTW). */
  readonly objective: number;
  /** (1/N) Σ_i DTW(z, x_i): comparable across methods. */
  readonly meanDtw: number;
  readonly iterations: number;
  readonly converged: boolean;
  readonly seconds: number;
}

const METHOD_NAMES: Record<Method, string> = { softdtw: 'soft-DTW', dba: 'DBA', subgradient: 'subgradient' };

/**
 * Compute the barycenters.
 * @param options - checked options with the series read.
 * @param io - for the progress bar.
 * @param backendName - the active backend, reported in the output.
 * @returns the output in its three forms.
 * @example const output = await runBarycenter(options, io, 'cpu');
 */
export async function runBarycenter(options: BarycenterOptions, io: CliIo, backendName: string): Promise<CommandOutput> {
  const { data, gamma, seed } = options;
  const series = data.series;
  const common = {
    init: options.init,
    seed,
    ...(options.length === undefined ? {} : { length: options.length }),
    ...(options.maxIter === undefined ? {} : { maxIter: options.maxIter }),
  };
  const progress = createTaskProgress(io, { total: options.methods.length, title: 'barycenter', delayMs: 0 });
  const results: MethodBarycenter[] = [];
  try {
    for (const method of options.methods) {
      progress.tick(0, METHOD_NAMES[method]);
      const start = process.hrtime.bigint();
      const result: BarycenterResult =
        method === 'softdtw'
          ? softDtwBarycenter(series, { ...common, gamma })
          : method === 'dba'
            ? dbaBarycenter(series, common)
            : subgradientBarycenter(series, common);
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      const barycenter = (result.barycenter instanceof Float64Array ? Array.from(result.barycenter) : result.barycenter) as CliSeries;
      const distances = pairwiseSoftDtw([barycenter], series, { gamma: 0 })[0]!;
      results.push({
        method,
        barycenter,
        objective: result.loss,
        meanDtw: distances.reduce((s, d) => s + d, 0) / series.length,
        iterations: result.iterations,
        converged: result.converged,
        seconds,
      });
      progress.tick(1, METHOD_NAMES[method]);
    }
  } finally {
    progress.done();
  }
  if (options.plot !== undefined) {
    const { barycenterChartSvg } = await import('../plot/barycenterChartSvg.js'); // vega is loaded only for plots
    const { writePlot } = await import('../plot/writePlot.js');
    const svg = await barycenterChartSvg({
      title: `Barycenters of ${series.length} series (${data.source})`,
      series: series.map(firstFeature),
      barycenters: results.map((r) => ({ name: r.method === 'softdtw' ? `soft-DTW (γ = ${gamma})` : METHOD_NAMES[r.method], values: firstFeature(r.barycenter) })),
    });
    writePlot(options.plot, svg);
    io.stderr(`wrote ${options.plot}\n`);
  }
  const best = results.reduce((a, b) => (b.meanDtw < a.meanDtw ? b : a));
  const text = [
    `barycenters of ${series.length} series from ${data.source} (length ${results[0]!.barycenter.length}), backend ${backendName}`,
    renderTable({
      columns: ['method', 'mean DTW to the series', 'objective', 'iterations', 'converged', 'seconds'],
      rows: results.map((r) => [r.method === 'softdtw' ? `soft-DTW (γ = ${gamma})` : METHOD_NAMES[r.method], formatNumber(r.meanDtw), formatNumber(r.objective), r.iterations, r.converged ? 'yes' : 'no', r.seconds.toFixed(2)]),
    }),
    ...(results.length > 1 ? [`  lowest mean DTW: ${METHOD_NAMES[best.method]}`] : []),
    `  barycenter values: --json, or --out barycenter.csv`,
  ].join('\n');
  const length = results[0]!.barycenter.length;
  const csvRows = Array.from({ length }, (_, t) => [t, ...results.map((r) => firstFeature(r.barycenter)[t]!)]);
  return {
    text,
    json: { command: 'barycenter', source: data.source, count: series.length, gamma, backend: backendName, barycenters: results },
    csv: { header: ['t', ...results.map((r) => r.method)], rows: csvRows },
  };
}

/**
 * Add `barycenter` to the program.
 * @param program - the root command.
 * @param io - where the command prints.
 * @returns the new command.
 * @example registerBarycenterCommand(program, processIo());
 */
export function registerBarycenterCommand(program: Command, io: CliIo): Command {
  const command = program
    .command('barycenter')
    .description('the soft-DTW barycenter of a set of series (Eq. 4, L-BFGS), or DBA / subgradient, compared by mean DTW')
    .argument('<file>', 'series: a UCR .tsv, .csv or .json file, or bundled:GunPoint[:test]')
    .option('--method <methods>', `${BARYCENTER_METHODS.join('|')}, or several separated by commas`, 'softdtw')
    .option('--gamma <γ>', 'soft-DTW smoothing γ > 0', '1')
    .option('--class <label>', 'use only the series of this class')
    .option('--limit <n>', 'use only the first n series (after --class)')
    .option('--max-iter <n>', 'iterations (default: soft-DTW 100, DBA 30, subgradient ⌈1000/N⌉ epochs)')
    .option('--init <init>', `starting point: ${BARYCENTER_INITS.join('|')}`, 'euclidean-mean')
    .option('--length <n>', 'barycenter length (default: the longest series)')
    .option('--plot <file>', 'draw the series and the barycenter(s) (.svg or .png)');
  addCommonOptions(command)
    .addHelpText(
      'after',
      [
        '',
        'Examples:',
        '  $ softdtw barycenter bundled:GunPoint --class 1 --method softdtw,dba --gamma 0.1 --plot barycenters.png',
        '  $ softdtw barycenter my_series.csv --out barycenter.csv',
      ].join('\n'),
    )
    .action(async (file: string, raw: RawBarycenterOptions) => {
      const common = parseCommonOptions(raw);
      const methods = [...new Set(raw.method.split(',').map((m) => parseChoiceOption('--method', m.trim(), BARYCENTER_METHODS)))];
      const gamma = parseNumberOption('--gamma', raw.gamma, { min: 0, minExclusive: true, example: '0.1' });
      const maxIter = raw.maxIter === undefined ? undefined : parseIntegerOption('--max-iter', raw.maxIter, 1, '50');
      const init = parseChoiceOption('--init', raw.init, BARYCENTER_INITS);
      const length = raw.length === undefined ? undefined : parseIntegerOption('--length', raw.length, 1, '100');
      const limit = raw.limit === undefined ? undefined : parseIntegerOption('--limit', raw.limit, 1, '10');
      const plot = checkPlotPath(raw.plot);
      const selected = selectClass(readSeriesInput(file, { ...common.input, role: 'file' }), raw.class);
      const data = limit === undefined ? selected : { ...selected, series: selected.series.slice(0, limit), labels: selected.labels?.slice(0, limit) };
      if (data.series.length === 0) throw new CliUsageError(`barycenter: ${data.source} holds no series.`);
      const backend = await selectBackend(common.backend);
      emitOutput(await runBarycenter({ ...common, data, methods, gamma, maxIter, init, length, plot }, io, backend.name), common.output, io);
    });
  return command;
}
