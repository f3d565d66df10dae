/**
 * `softdtw reproduce fig7`: the paper's §4.3 nearest-centroid experiment over UCR datasets,
 * resumable, with the summary beside the paper's 75 % (markdown + CSV) and the scatter as SVG and PNG.
 */
import { join } from 'node:path';
import { setBackend } from '@softdtw/autodiff';
import { writeFileAtomic } from '../../writeFileAtomic.js';
import { createProgressReporter, type ProgressReporter } from '../ProgressReporter.js';
import type { ReproduceOptions } from '../ReproduceOptions.js';
import { runReproduction } from '../runReproduction.js';
import { selectDatasets } from '../selectDatasets.js';
import { svgToPng } from '../../plot/svgToPng.js';
import { renderFig7Svg } from './renderFig7Svg.js';
import { FIG7_GAMMA_GRID, fig7UnitsPerRepetition, runFig7Dataset, type Fig7Result, type Fig7Settings } from './runFig7Dataset.js';
import { renderFig7, summarizeFig7, type Fig7Summary } from './summarizeFig7.js';

/** The paper's barycenter iteration cap (§4.1–4.3). `--epochs` overrides it. */
export const FIG7_DEFAULT_MAX_ITER = 100;

/** What {@link reproduceFig7} did. */
export interface Fig7Run {
  /** All finished records of the selected datasets. */
  readonly records: Fig7Result[];
  /** Datasets computed now. */
  readonly computed: string[];
  /** Datasets taken from the results file. */
  readonly resumed: string[];
  /** The counts. */
  readonly summary: Fig7Summary;
  /** Paths of the written markdown, CSV, SVG and PNG files. */
  readonly markdownFile: string;
  readonly csvFile: string;
  readonly svgFile: string;
  readonly pngFile: string;
}

/**
 * Run (or resume) Figure 7 and write `fig7.md`, `fig7.csv`, `fig7.svg` and `fig7.png` into `options.out`.
 * @param options - the shared reproduce options (`--epochs` is the barycenter iteration cap).
 * @param overrides - `gammaGrid` (tests use a shorter one), `progress` to capture output.
 * @returns the {@link Fig7Run}.
 * @example
 * await reproduceFig7(parseReproduceOptions({ datasets: 'GunPoint' }, 'fig7'));
 */
export async function reproduceFig7(
  options: ReproduceOptions,
  overrides: { readonly gammaGrid?: readonly number[]; readonly progress?: ProgressReporter } = {},
): Promise<Fig7Run> {
  await setBackend(options.backend);
  const datasets = selectDatasets(options);
  const settings: Fig7Settings = {
    maxIter: options.epochs ?? FIG7_DEFAULT_MAX_ITER,
    repetitions: options.repetitions,
    seed: options.seed,
    gammaGrid: overrides.gammaGrid ?? FIG7_GAMMA_GRID,
  };
  const config = { table: 'fig7', backend: options.backend, fractions: [0.5, 0.25, 0.25], ...settings };
  const unitsPerDataset = fig7UnitsPerRepetition(settings) * settings.repetitions;
  const progress = overrides.progress ?? createProgressReporter({ total: unitsPerDataset * datasets.length });
  const started = Date.now();
  const budget = options.timeBudgetMinutes;
  let run;
  try {
    run = runReproduction<Fig7Result>({
      datasets,
      resultsFile: options.results,
      config,
      unitsPerDataset,
      progress,
      compute: (dataset, step) => runFig7Dataset(options.dataDir, dataset, settings, step),
      ...(budget === undefined ? {} : { shouldStop: () => Date.now() - started > budget * 60_000 }),
    });
  } finally {
    progress.stop();
  }
  const summary = summarizeFig7(run.records);
  const { markdown, csv } = renderFig7(summary, run.records);
  const markdownFile = join(options.out, 'fig7.md');
  const csvFile = join(options.out, 'fig7.csv');
  const svgFile = join(options.out, 'fig7.svg');
  writeFileAtomic(markdownFile, markdown);
  writeFileAtomic(csvFile, csv);
  const pngFile = join(options.out, 'fig7.png');
  const svg = renderFig7Svg(run.records);
  writeFileAtomic(svgFile, svg);
  writeFileAtomic(pngFile, svgToPng(svg));
  return { ...run, summary, markdownFile, csvFile, svgFile, pngFile };
}
