/**
 * What a command produces, in the three forms a user can ask for, and how it is delivered:
 *
 * - on a terminal (default): `text`, tables and a short summary;
 * - `--json`: `json` on stdout (one JSON document, nothing else);
 * - `--out FILE.json` / `--out FILE.csv`: `json` or `csv` written atomically to FILE (the text
 *   summary still goes to stdout, and a `wrote FILE` line to stderr).
 */
import { extname } from 'node:path';
import type { CliIo } from '../CliIo.js';
import { CliUsageError } from '../CliUsageError.js';
import { renderCsv } from '../reproduce/renderCsv.js';
import { writeFileAtomic } from '../writeFileAtomic.js';

/** A command's results. */
export interface CommandOutput {
  /** What a person reads: tables and a summary, lines joined by newlines. */
  readonly text: string;
  /** The machine-readable document (`--json`, `--out *.json`). */
  readonly json: unknown;
  /** Flat rows (`--out *.csv`). */
  readonly csv: { readonly header: readonly string[]; readonly rows: readonly (readonly (string | number)[])[] };
}

/** How the user asked for the results. */
export interface OutputChoice {
  /** `--json`: JSON on stdout instead of tables. */
  readonly json: boolean;
  /** `--out FILE`: also write FILE (`.json` or `.csv`). */
  readonly out: string | undefined;
}

/**
 * Check `--out` before any work is done, so a typo does not cost a long run.
 * @param out - the `--out` value, or undefined.
 * @param extensions - what the command can write (default `.json` and `.csv`).
 * @returns the path, unchanged.
 * @throws {@link CliUsageError} for another extension.
 * @example checkOutPath('results.csv'); // 'results.csv'
 */
export function checkOutPath(out: string | undefined, extensions: readonly string[] = ['.json', '.csv']): string | undefined {
  if (out === undefined) return undefined;
  if (!extensions.includes(extname(out).toLowerCase())) {
    throw new CliUsageError(`--out: expected a file ending in ${extensions.join(' or ')}, got "${out}". Example: --out results${extensions[0]}`);
  }
  return out;
}

/**
 * Deliver a command's output as the user asked.
 * @param output - text, JSON and CSV forms.
 * @param choice - `--json`, `--out`.
 * @param io - where to print.
 * @example emitOutput(output, { json: false, out: 'pairs.csv' }, io);
 */
export function emitOutput(output: CommandOutput, choice: OutputChoice, io: CliIo): void {
  if (choice.out !== undefined) {
    const body = extname(choice.out).toLowerCase() === '.csv' ? renderCsv(output.csv.header, output.csv.rows) : `${JSON.stringify(output.json, null, 2)}\n`;
    writeFileAtomic(choice.out, body);
  }
  if (choice.json) {
    io.stdout(`${JSON.stringify(output.json, null, 2)}\n`);
  } else {
    io.stdout(`${output.text}\n`);
  }
  if (choice.out !== undefined) io.stderr(`wrote ${choice.out}\n`);
}
