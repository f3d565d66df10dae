/**
 * The options every computing command shares, added in one place so they read the same everywhere:
 * `--backend`, `--seed`, `--json`, `--out FILE` (.json or .csv), and for commands that read series
 * `--format` and `--label-column`. Parsing happens before any work, so a typo costs nothing.
 */
import type { Command } from 'commander';
import { INPUT_FORMATS, type InputFormat, type ReadSeriesInputOptions } from './input/readSeriesInput.js';
import { checkOutPath, type OutputChoice } from './output/CommandOutput.js';
import { parseChoiceOption, parseIntegerOption } from './parseOptionValue.js';
import { BACKEND_CHOICES, defaultBackendName, parseBackendChoice, type BackendChoice } from './selectBackend.js';

/** The raw strings commander hands over for the shared options. */
export interface RawCommonOptions {
  readonly backend?: string;
  readonly seed?: string;
  readonly json?: boolean;
  readonly out?: string;
  readonly format?: string;
  readonly labelColumn?: string;
}

/** The shared options, checked. */
export interface CommonOptions {
  readonly backend: BackendChoice;
  readonly seed: number;
  readonly output: OutputChoice;
  readonly input: ReadSeriesInputOptions;
}

/** Which shared options a command takes. */
export interface CommonOptionSet {
  /** Add `--out FILE` (.json/.csv). Default true. */
  readonly out?: boolean;
  /** Add `--format` and `--label-column` (the command reads series). Default true. */
  readonly input?: boolean;
}

/**
 * Add the shared options to a command.
 * @param command - a commander command.
 * @param set - which optional groups to add.
 * @returns the command, for chaining.
 * @example addCommonOptions(program.command('cluster <file>'));
 */
export function addCommonOptions(command: Command, set: CommonOptionSet = {}): Command {
  command
    .option('--backend <name>', `compute backend: ${BACKEND_CHOICES.join('|')} (default: $SOFTDTW_BACKEND or cpu)`, defaultBackendName())
    .option('--seed <n>', 'random seed (integer)', '0')
    .option('--json', 'print the results as one JSON document instead of tables');
  if (set.out !== false) command.option('--out <file>', 'also write the results to FILE (.json or .csv), atomically');
  if (set.input !== false) {
    command
      .option('--format <format>', `input format: ${INPUT_FORMATS.join('|')} (default: from the file extension)`)
      .option('--label-column <column>', 'CSV: column with class labels (header name or number; default: a column named label or class)');
  }
  return command;
}

/**
 * Check the shared options.
 * @param raw - commander's values.
 * @returns checked options.
 * @throws CliUsageError for a bad backend name, seed, output file or format (exit 2).
 * @example parseCommonOptions({ backend: 'cpu', seed: '0' }).seed; // 0
 */
export function parseCommonOptions(raw: RawCommonOptions): CommonOptions {
  const format: InputFormat | undefined = raw.format === undefined ? undefined : parseChoiceOption('--format', raw.format, INPUT_FORMATS);
  return {
    backend: parseBackendChoice(raw.backend ?? defaultBackendName()),
    seed: parseIntegerOption('--seed', raw.seed ?? '0', 0, '42'),
    output: { json: raw.json === true, out: checkOutPath(raw.out) },
    input: {
      ...(format === undefined ? {} : { format }),
      ...(raw.labelColumn === undefined ? {} : { labelColumn: raw.labelColumn }),
    },
  };
}
