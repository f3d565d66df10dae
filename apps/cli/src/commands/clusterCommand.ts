/**
 * `softdtw cluster FILE --k K`: k-means of time series (Lloyd's algorithm) under soft-DTW (the
 * centroids are soft-DTW barycenters, Cuturi & Blondel, ICML 2017, §3.2), DTW (DBA centroids) or
 * Euclidean distance. Restart r uses seed `--seed + r`; the restart with the lowest inertia is kept.
 * When the input has class labels, the adjusted Rand index against them is reported.
 */
import type { Command } from 'commander';
import { adjustedRandIndex, TimeSeriesKMeans, type ClusterMetric } from '@softdtw/cluster';
import type { CliIo } from '../CliIo.js';
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

/** Metrics of `--metric`. */
export const CLUSTER_METRICS = ['softdtw', 'dtw', 'euclidean'] as const;

/** Checked options of `softdtw cluster`. */
export interface ClusterOptions extends CommonOptions {
  readonly data: SeriesData;
  readonly k: number;
  readonly metric: ClusterMetric;
  readonly gamma: number;
  readonly restarts: number;
  readonly maxIter: number;
  readonly maxIterBarycenter: number;
  readonly plot: string | undefined;
}

interface RawClusterOptions extends RawCommonOptions {
  readonly k?: string;
  readonly metric: string;
  readonly gamma: string;
  readonly restarts: string;
  readonly maxIter: string;
  readonly maxIterBarycenter: string;
  readonly class?: string;
  readonly plot?: string;
}

/** What the clustering found. */
export interface ClusterResult {
  readonly labels: number[];
  readonly centroids: CliSeries[];
  readonly inertia: number;
  readonly restartInertias: number[];
  readonly iterations: number;
  readonly converged: boolean;
  readonly adjustedRandIndex: number | null;
}

/**
 * Cluster the series (restarts one by one, for the progress bar).
 * @param options - checked options with the series read.
 * @param io - for the progress bar.
 * @returns the kept restart's labels, centroids and inertia, and the ARI if labels exist.
 * @example const result = clusterSeries(options, io);
 */
export function clusterSeries(options: ClusterOptions, io: CliIo): ClusterResult {
  const { data, k, metric, gamma, seed } = options;
  const progress = createTaskProgress(io, { total: options.restarts, title: `k-means (${metric})` });
  let best: TimeSeriesKMeans | undefined;
  const restartInertias: number[] = [];
  try {
    for (let r = 0; r < options.restarts; r++) {
      const model = new TimeSeriesKMeans({ k, metric, gamma, nInit: 1, maxIter: options.maxIter, maxIterBarycenter: options.maxIterBarycenter, seed: seed + r }).fit(data.series);
      restartInertias.push(model.inertia);
      if (best === undefined || model.inertia < best.inertia) best = model;
      progress.tick(1, `restart ${r + 1}`);
    }
  } finally {
    progress.done();
  }
  const model = best!;
  const labels = model.labels;
  return {
    labels,
    centroids: model.centroids.map((c) => (c instanceof Float64Array ? Array.from(c) : c) as CliSeries),
    inertia: model.inertia,
    restartInertias,
    iterations: model.nIter,
    converged: model.converged,
    adjustedRandIndex: data.labels === undefined ? null : adjustedRandIndex(labels, data.labels),
  };
}

/**
 * Run `cluster` and shape its output.
 * @param options - checked options with the series read.
 * @param io - for the progress bar and messages.
 * @param backendName - the active backend, reported in the output.
 * @returns the output in its three forms.
 * @example const output = await runCluster(options, io, 'cpu');
 */
export async function runCluster(options: ClusterOptions, io: CliIo, backendName: string): Promise<CommandOutput> {
  const { data, k, metric, gamma } = options;
  const result = clusterSeries(options, io);
  if (options.plot !== undefined) {
    const { clusterChartSvg } = await import('../plot/clusterChartSvg.js'); // vega is loaded only for plots
    const { writePlot } = await import('../plot/writePlot.js');
    const svg = await clusterChartSvg({
      title: `k-means (${metric}${metric === 'softdtw' ? `, γ = ${gamma}` : ''}), k = ${k}: ${data.source}`,
      series: data.series.map(firstFeature),
      labels: result.labels,
      centroids: result.centroids.map(firstFeature),
    });
    writePlot(options.plot, svg);
    io.stderr(`wrote ${options.plot}\n`);
  }
  const sizes = Array.from({ length: k }, (_, c) => result.labels.filter((l) => l === c).length);
  const byClass = data.labels === undefined ? undefined : [...new Set(data.labels)].sort();
  const rows = sizes.map((size, c) => [
    c,
    size,
    ...(byClass === undefined ? [] : [byClass.map((cls) => `${cls}: ${result.labels.filter((l, i) => l === c && data.labels![i] === cls).length}`).join(', ')]),
  ]);
  const text = [
    `k-means of ${data.series.length} series from ${data.source}: k = ${k}, metric ${metric}${metric === 'softdtw' ? ` (γ = ${gamma})` : ''}, ${options.restarts} restart(s), backend ${backendName}`,
    renderTable({ columns: ['cluster', 'series', ...(byClass === undefined ? [] : ['classes in it'])], rows }),
    `  inertia ${formatNumber(result.inertia)} (mean distance to the own centroid; restarts: ${result.restartInertias.map((v) => formatNumber(v, 3)).join(', ')})`,
    `  ${result.iterations} Lloyd iteration(s), ${result.converged ? 'converged' : 'stopped at --max-iter'}`,
    ...(result.adjustedRandIndex === null ? [] : [`  adjusted Rand index vs the labels: ${result.adjustedRandIndex.toFixed(3)}`]),
  ].join('\n');
  return {
    text,
    json: { command: 'cluster', source: data.source, k, metric, gamma, restarts: options.restarts, seed: options.seed, backend: backendName, ...result },
    csv: { header: ['index', 'label', 'cluster'], rows: result.labels.map((c, i) => [i, data.labels?.[i] ?? '', c]) },
  };
}

/**
 * Add `cluster` to the program.
 * @param program - the root command.
 * @param io - where the command prints.
 * @returns the new command.
 * @example registerClusterCommand(program, processIo());
 */
export function registerClusterCommand(program: Command, io: CliIo): Command {
  const command = program
    .command('cluster')
    .description('k-means of time series under soft-DTW, DTW or Euclidean distance; inertia, and ARI when labels exist')
    .argument('<file>', 'series: a UCR .tsv, .csv or .json file, or bundled:GunPoint[:test]')
    .requiredOption('--k <k>', 'number of clusters')
    .option('--metric <metric>', `${CLUSTER_METRICS.join('|')}`, 'softdtw')
    .option('--gamma <γ>', 'soft-DTW smoothing γ > 0 (metric softdtw)', '1')
    .option('--restarts <n>', 'k-means++ restarts (restart r uses seed + r); the lowest inertia is kept', '1')
    .option('--max-iter <n>', 'Lloyd iterations per restart', '30')
    .option('--max-iter-barycenter <n>', 'iterations of each centroid update (soft-DTW, DBA)', '100')
    .option('--class <label>', 'use only the series of this class')
    .option('--plot <file>', 'draw each cluster with its centroid (.svg or .png)');
  addCommonOptions(command)
    .addHelpText('after', ['', 'Examples:', '  $ softdtw cluster bundled:GunPoint --k 2 --restarts 2 --max-iter-barycenter 20 --plot clusters.png', '  $ softdtw cluster my_series.tsv --k 3 --metric dtw --out assignments.csv'].join('\n'))
    .action(async (file: string, raw: RawClusterOptions) => {
      const common = parseCommonOptions(raw);
      const k = parseIntegerOption('--k', raw.k ?? '', 1, '3');
      const metric = parseChoiceOption('--metric', raw.metric, CLUSTER_METRICS);
      const gamma = parseNumberOption('--gamma', raw.gamma, { min: 0, minExclusive: true, example: '1' });
      const restarts = parseIntegerOption('--restarts', raw.restarts, 1, '3');
      const maxIter = parseIntegerOption('--max-iter', raw.maxIter, 0, '30');
      const maxIterBarycenter = parseIntegerOption('--max-iter-barycenter', raw.maxIterBarycenter, 0, '100');
      const plot = checkPlotPath(raw.plot);
      const data = selectClass(readSeriesInput(file, { ...common.input, role: 'file' }), raw.class);
      const backend = await selectBackend(common.backend);
      emitOutput(await runCluster({ ...common, data, k, metric, gamma, restarts, maxIter, maxIterBarycenter, plot }, io, backend.name), common.output, io);
    });
  return command;
}
