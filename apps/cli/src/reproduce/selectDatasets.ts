/**
 * Which datasets a reproduction runs: the complete datasets (TRAIN and TEST) of a UCR archive
 * directory, smallest first, or the names the user asked for, in their order.
 */
import { listUcrDatasets, type UcrDatasetInfo } from '@softdtw/datasets/node';
import { CliUsageError } from '../CliUsageError.js';

/** What to select. */
export interface SelectDatasetsOptions {
  /** The archive directory. */
  readonly dataDir: string;
  /** Names to run, in order; `undefined` means every complete dataset, smallest first. */
  readonly datasets?: readonly string[] | undefined;
  /** Keep at most this many. */
  readonly maxDatasets?: number | undefined;
}

/**
 * List the datasets to run.
 * @param options - directory, optional names and limit.
 * @returns the dataset names. Without names: complete datasets ordered by `n_train × length²` (the soft-DTW cost)
 *   from the archive's catalog (smallest first; without a catalog, by name).
 * @throws {@link CliUsageError} when a name is not a complete dataset of the directory (the message
 *   lists a few that are), or when the directory has none.
 * @example
 * selectDatasets({ dataDir: '../shared/data/ucr', maxDatasets: 3 }); // the 3 cheapest datasets
 */
export function selectDatasets(options: SelectDatasetsOptions): string[] {
  const listing = listUcrDatasets(options.dataDir);
  const complete = new Map(listing.complete.map((d) => [d.name, d]));
  if (complete.size === 0) {
    throw new CliUsageError(`--data-dir: expected a UCR archive with complete datasets (<Name>/<Name>_TRAIN.tsv and _TEST.tsv), found none in "${options.dataDir}".`);
  }
  let names: string[];
  if (options.datasets === undefined) {
    names = [...complete.values()].sort((a, b) => cost(a) - cost(b) || a.name.localeCompare(b.name)).map((d) => d.name);
  } else {
    for (const name of options.datasets) {
      if (!complete.has(name)) {
        const near = [...complete.keys()].filter((n) => n.toLowerCase().includes(name.toLowerCase().slice(0, 3))).slice(0, 5);
        throw new CliUsageError(
          `--datasets: expected names of complete datasets in "${options.dataDir}", got "${name}".` +
            (near.length > 0 ? ` Did you mean ${near.join(', ')}?` : ` ${complete.size} are available, e.g. ${[...complete.keys()].slice(0, 5).join(', ')}.`),
        );
      }
    }
    names = [...options.datasets];
  }
  return options.maxDatasets === undefined ? names : names.slice(0, options.maxDatasets);
}

function cost(info: UcrDatasetInfo): number {
  const entry = info.catalog;
  if (entry?.nTrain === undefined || entry.maxLength === undefined) return 0;
  return entry.nTrain * entry.maxLength * entry.maxLength; // soft-DTW on the 40% target dominates: ~ n · L²
}
