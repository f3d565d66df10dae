/**
 * The `softdtw reproduce <table>` command group: each table is a subcommand that takes the shared
 * options of {@link ReproduceOptions}. To add a table, add one entry to `REPRODUCE_TABLES`.
 */
import type { Command } from 'commander';
import { parseReproduceOptions, type RawReproduceOptions, type ReproduceOptions } from './ReproduceOptions.js';
import { reproduceFig7 } from './fig7/reproduceFig7.js';
import { reproduceTable1 } from './table1/reproduceTable1.js';
import { reproduceTable2 } from './table2/reproduceTable2.js';
import { reproduceTable3 } from './table3/reproduceTable3.js';

/** A reproducible table: its name, one-line description and runner (which prints its own summary). */
export interface ReproduceTable {
  readonly name: string;
  readonly description: string;
  readonly run: (options: ReproduceOptions) => Promise<void>;
}

/** The tables `softdtw reproduce` knows. */
export const REPRODUCE_TABLES: readonly ReproduceTable[] = [
  {
    name: 'table1',
    description: "The paper's Table 1 (§4.1): soft-DTW barycenters vs DBA and the subgradient method, % of datasets won.",
    run: async (options) => {
      const run = await reproduceTable1(options);
      console.log(`table1: ${run.computed.length} datasets computed, ${run.resumed.length} from ${options.results}`);
      console.log(`wrote ${run.markdownFile} and ${run.csvFile}`);
    },
  },
  {
    name: 'fig7',
    description: "The paper's Figure 7 (§4.3): nearest-centroid accuracy with soft-DTW (γ on validation) vs DBA barycenters.",
    run: async (options) => {
      const run = await reproduceFig7(options);
      console.log(`fig7: ${run.computed.length} datasets computed, ${run.resumed.length} from ${options.results}`);
      console.log(`wrote ${run.markdownFile}, ${run.csvFile} and ${run.svgFile}`);
    },
  },
  {
    name: 'table2',
    description: "The paper's Table 2 (§4.2): soft-DTW k-means vs k-means with DBA and subgradient barycenters, % of datasets won.",
    run: async (options) => {
      const run = await reproduceTable2(options);
      console.log(`table2: ${run.computed.length} datasets computed, ${run.resumed.length} from ${options.results}`);
      console.log(`wrote ${run.markdownFile} and ${run.csvFile}`);
    },
  },
  {
    name: 'table3',
    description: "The paper's Table 3 (§4.4): MLP forecasting trained with Euclidean vs soft-DTW losses, average ranks.",
    run: async (options) => {
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
    reproduce
      .command(table.name)
      .description(table.description)
      .option('--data-dir <dir>', 'UCR archive directory', '../shared/data/ucr')
      .option('--datasets <names>', 'comma-separated dataset names (default: all complete datasets, smallest first)')
      .option('--max-datasets <count>', 'run at most COUNT datasets')
      .option('--repetitions <count>', 'repetitions per dataset with seeds seed..seed+count-1', '1')
      .option('--epochs <count>', 'training epochs per model (default: the table’s own)')
      .option('--seed <seed>', 'base random seed', '0')
      .option('--backend <name>', 'autodiff backend', 'cpu')
      .option('--results <file>', `JSONL results file, resumed on rerun (default out/reproduce/${table.name}.jsonl)`)
      .option('--out <dir>', 'directory for the markdown and CSV tables', 'out/reproduce')
      .option('--time-budget <minutes>', 'start no new dataset after MINUTES minutes')
      .addHelpText('after', `\nExample:\n  $ softdtw reproduce ${table.name} --datasets GunPoint,ECG200 --epochs 50`)
      .action(async (raw: RawReproduceOptions) => {
        await table.run(parseReproduceOptions(raw, table.name));
      });
  }
  return reproduce;
}
