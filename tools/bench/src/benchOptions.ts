import { parseArgs } from 'node:util';
import { BenchError } from './BenchError.js';
import { BENCH_TARGET_IDS, type BenchTargetId } from './benchTargetIds.js';

/** What one `npm run bench` invocation measures and prints. */
export interface BenchOptions {
  /** Series lengths n = m of the single-pair cases: [256, 1024, 4096], or [256, 1024] with `--quick`. */
  readonly sizes: readonly number[];
  /** Feature dimensions p of the single-pair cases. */
  readonly dims: readonly number[];
  /** Timed repetitions per case (the median is reported); passed to `./sdtw_ref` as well. */
  readonly reps: number;
  /** Backends to time, in table order (ids of BENCH_TARGET_IDS). */
  readonly backends: readonly BenchTargetId[];
  /** Also time forecaster training (series per second per epoch) on cpu and wasm. */
  readonly training: boolean;
  /** Print the JSON report to stdout instead of the markdown table. */
  readonly json: boolean;
  /** Print the usage text and exit. */
  readonly help: boolean;
}

/** Usage text printed by `--help`. */
export const BENCH_USAGE = `Usage: npm run bench -- [--quick] [--reps N] [--backends LIST] [--no-training] [--json]

  --quick          n = m in {256, 1024} only, 3 repetitions (unless --reps is given)
  --reps N         timed repetitions per case, median reported (default 5; n = 4096 uses at most 3)
  --backends LIST  comma-separated, in table order (default ${'$'}{BENCH_TARGET_IDS.join(',')})
  --no-training    skip the forecaster training throughput (cpu and wasm)
  --json           print the JSON report to stdout instead of the markdown table
  --help     this text

Environment: SOFTDTW_SHARED_DIR overrides where the C reference is found (default <repo>/../shared).
Results are also written to tools/bench/results/latest.md and latest.json.`;

const FULL_SIZES = [256, 1024, 4096] as const;
const QUICK_SIZES = [256, 1024] as const;
const DIMS = [1, 8] as const;
const DEFAULT_REPS = 5;
const QUICK_REPS = 3;
const MAX_REPS = 64; // sdtw_ref.c keeps its samples in a fixed array of 64.

/**
 * Parses the bench command line.
 *
 * @param argv - the arguments after the script name, e.g. `process.argv.slice(2)`
 * @returns the resolved options (defaults filled in)
 * @throws BenchError `BAD_OPTION` on an unknown flag or a `--reps` that is not an integer in 1..64
 * @example
 * ```ts
 * parseBenchOptions(['--quick']); // { sizes: [256, 1024], dims: [1, 8], reps: 3, json: false, help: false }
 * ```
 */
export function parseBenchOptions(argv: readonly string[]): BenchOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: {
        quick: { type: 'boolean', default: false },
        reps: { type: 'string' },
        backends: { type: 'string' },
        'no-training': { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    });
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    throw new BenchError('BAD_OPTION', `bench: expected only --quick, --reps N, --backends LIST, --no-training, --json or --help, got: ${detail}. Run with --help for the usage.`);
  }
  const { quick, json, help } = parsed.values;
  const reps = parsed.values.reps === undefined ? (quick ? QUICK_REPS : DEFAULT_REPS) : parseReps(parsed.values.reps);
  const backends = parsed.values.backends === undefined ? [...BENCH_TARGET_IDS] : parseBackends(parsed.values.backends);
  const training = !parsed.values['no-training'];
  return { sizes: quick ? [...QUICK_SIZES] : [...FULL_SIZES], dims: [...DIMS], reps, backends, training, json, help };
}

function parseBackends(text: string): BenchTargetId[] {
  const names = text.split(',').map((name) => name.trim()).filter((name) => name !== '');
  const unknown = names.filter((name) => !(BENCH_TARGET_IDS as readonly string[]).includes(name));
  if (names.length === 0 || unknown.length > 0) {
    throw new BenchError(
      'BAD_OPTION',
      `bench: expected --backends to list some of ${BENCH_TARGET_IDS.join(', ')}, got "${text}"${unknown.length > 0 ? ` (unknown: ${unknown.join(', ')})` : ''}. Example: --backends cpu,wasm.`,
    );
  }
  return [...new Set(names)] as BenchTargetId[];
}

function parseReps(text: string): number {
  const reps = Number(text);
  if (!/^\d+$/.test(text) || reps < 1 || reps > MAX_REPS) {
    throw new BenchError('BAD_OPTION', `bench: expected --reps to be an integer from 1 to ${MAX_REPS}, got "${text}". Example: --reps 7.`);
  }
  return reps;
}
