/**
 * The `softdtw reproduce <table>` command group: each table is a subcommand that takes the shared
 * options of {@link ReproduceOptions}. To add a table, add one entry to `REPRODUCE_TABLES`.
 */
import type { Command } from 'commander';
import { parseReproduceOptions, type RawReproduceOptions, type ReproduceOptions } from './ReproduceOptions.js';
import { FIG5_DEFAULTS } from './fig5/fig5Defaults.js';
import { FIG6_DEFAULTS } from './fig6/fig6Defaults.js';
import { selectDatasets } from './selectDatasets.js';

// Each runner loads its table's module when it runs (a static import of these modules, with the
// kernels, vega and resvg they pull in, costs every `softdtw` command several seconds of start-up).

/** A reproducible table or figure: its name, one-line description and runner (which prints its own summary). */
export interface ReproduceTable {
  readonly name: string;
  readonly description: string;
  readonly run: (options: ReproduceOptions) => Promise<void>;
  /** Datasets run when `--datasets` is not given (the paper's choice for a figure); default: every complete dataset. */
  readonly defaultDatasets?: readonly string[];
  /** Present for commands that take `--gammas` (the figures): the default γ values. */
  readonly defaultGammas?: readonly number[];
}

/** The tables `softdtw reproduce` knows. */
export const REPRODUCE_TABLES: readonly ReproduceTable[] = [
  {
    name: 'table1',
    description: "The paper's Table 1 (§4.1): soft-DTW barycenters vs DBA and the subgradient method, % of datasets won.",
    run: async (options) => {
      const { reproduceTable1 } = await import('./table1/reproduceTable1.js');
      const run = await reproduceTable1(options);
      console.log(`table1: ${run.computed.length} datasets computed, ${run.resumed.length} from ${options.results}`);
      console.log(`wrote ${run.markdownFile} and ${run.csvFile}`);
    },
  },
  {
    name: 'fig5',
    description: "The paper's Figure 5 (§4.1): soft-DTW, DBA and subgradient barycenters drawn over the series they average (SVG + PNG).",
    defaultDatasets: FIG5_DEFAULTS.datasets,
    defaultGammas: FIG5_DEFAULTS.gammas,
    run: async (options) => {
      const { reproduceFig5 } = await import('./fig5/reproduceFig5.js');
      const run = await reproduceFig5(options);
      console.log(`fig5: ${run.computed.length} datasets computed, ${run.resumed.length} from ${options.results}`);
      console.log(`wrote ${run.markdownFile} and ${run.figureFiles.length} figure files (${run.figureFiles.filter((f) => f.endsWith('.png')).join(', ')})`);
    },
  },
  {
    name: 'fig6',
    description: "The paper's Figure 6 (§4.2): k-means clusters with soft-DTW vs DBA centroids, drawn over their series (SVG + PNG).",
    defaultDatasets: FIG6_DEFAULTS.datasets,
    defaultGammas: FIG6_DEFAULTS.gammas,
    run: async (options) => {
      const { reproduceFig6 } = await import('./fig6/reproduceFig6.js');
      const run = await reproduceFig6(options);
      console.log(`fig6: ${run.computed.length} datasets computed, ${run.resumed.length} from ${options.results}`);
      console.log(`wrote ${run.markdownFile} and ${run.figureFiles.length} figure files (${run.figureFiles.filter((f) => f.endsWith('.png')).join(', ')})`);
    },
  },
  {
    name: 'fig7',
    description: "The paper's Figure 7 (§4.3): nearest-centroid accuracy with soft-DTW (γ on validation) vs DBA barycenters.",
    run: async (options) => {
      const { reproduceFig7 } = await import('./fig7/reproduceFig7.js');
      const run = await reproduceFig7(options);
      console.log(`fig7: ${run.computed.length} datasets computed, ${run.resumed.length} from ${options.results}`);
      console.log(`wrote ${run.markdownFile}, ${run.csvFile}, ${run.svgFile} and ${run.pngFile}`);
    },
  },
  {
    name: 'table2',
    description: "The paper's Table 2 (§4.2): soft-DTW k-means vs k-means with DBA and subgradient barycenters, % of datasets won.",
    run: async (options) => {
      const { reproduceTable2 } = await import('./table2/reproduceTable2.js');
      const run = await reproduceTable2(options);
      console.log(`table2: ${run.computed.length} datasets computed, ${run.resumed.length} from ${options.results}`);
      console.log(`wrote ${run.markdownFile} and ${run.csvFile}`);
    },
  },
  {
    name: 'table3',
    description: "The paper's Table 3 (§4.4): MLP forecasting trained with Euclidean vs soft-DTW losses, average ranks.",
    run: async (options) => {
      const { reproduceTable3 } = await import('./table3/reproduceTable3.js');
      const run = await reproduceTable3(options);
      console.log(`table3: ${run.computed.length} datasets computed, ${run.resumed.length} from ${options.results}`);
      console.log(`wrote ${run.markdownFile} and ${run.csvFile}`);
    },
  },
];

/**
 * Add `reproduce` and its table subcommands to a commander program.
 * @param program - the root command.
 * @returns the `reproduce` command.
 * @example registerReproduceCommand(new Command('softdtw'));
 */
export function registerReproduceCommand(program: Command): Command {
  const reproduce = program.command('reproduce').description("Reproduce the paper's experiments on the UCR archive (resumable).");
  for (const table of REPRODUCE_TABLES) {
    const command = reproduce
      .command(table.name)
      .description(table.description)
      .option('--data-dir <dir>', 'UCR archive directory', '../shared/data/ucr')
      .option(
        '--datasets <names>',
        `comma-separated dataset names (default: ${table.defaultDatasets === undefined ? 'all complete datasets, smallest first' : `${table.defaultDatasets.join(',')}, the paper's`})`,
      )
      .option('--max-datasets <count>', 'run at most COUNT datasets')
      .option('--repetitions <count>', `${table.defaultGammas === undefined ? 'repetitions' : 'figures'} per dataset with seeds seed..seed+count-1`, '1')
      .option('--epochs <count>', 'training epochs per model (default: the table’s own)')
      .option('--seed <seed>', 'base random seed', '0')
      .option('--backend <name>', 'autodiff backend', 'cpu')
      .option('--results <file>', `JSONL results file, resumed on rerun (default out/reproduce/${table.name}.jsonl)`)
      .option('--out <dir>', 'directory for the markdown and CSV tables and the figures', 'out/reproduce')
      .option('--time-budget <minutes>', 'start no new dataset after MINUTES minutes');
    if (table.defaultGammas !== undefined) {
      command.option('--gammas <values>', `comma-separated soft-DTW γ values to draw (default: ${table.defaultGammas.join(',')}, the paper's)`);
    }
    command
      .addHelpText('after', `\nExample:\n  $ softdtw reproduce ${table.name} --datasets ${table.defaultDatasets?.join(',') ?? 'GunPoint,ECG200'} --epochs 50`)
      .action(async (raw: RawReproduceOptions) => {
        const options = parseReproduceOptions(raw, table.name);
        // Check the data directory and names now, before the table's module is loaded: a typo fails in a moment.
        selectDatasets({ ...options, datasets: options.datasets ?? table.defaultDatasets });
        await table.run(options);
      });
  }
  return reproduce;
}
