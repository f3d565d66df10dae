/**
 * `softdtw bench`: a short soft-DTW timing on the chosen backend, in nanoseconds per DP cell
 * (time / (pairs · n · m)), the unit of the repository's benchmark. It uses the asynchronous batch
 * API when core has it (GPU backends read back asynchronously), else the synchronous one. The full
 * benchmark, beside the plain C reference, is `npm run bench` (tools/bench).
 */
import type { Command } from 'commander';
import * as core from '@softdtw/core';
import { SeededRandom } from '@softdtw/datasets';
import type { CliIo } from '../CliIo.js';
import { addCommonOptions, parseCommonOptions, type CommonOptions, type RawCommonOptions } from '../commonOptions.js';
import { emitOutput, type CommandOutput } from '../output/CommandOutput.js';
import { renderTable } from '../output/renderTable.js';
import { parseIntegerOption, parseNumberOption } from '../parseOptionValue.js';
import { createTaskProgress } from '../progress/createTaskProgress.js';
import { selectBackend } from '../selectBackend.js';

/** Checked options of `softdtw bench`. */
export interface BenchOptions extends CommonOptions {
  readonly length: number;
  readonly pairs: number;
  readonly features: number;
  readonly gamma: number;
  readonly repeats: number;
  readonly gradient: boolean;
}

/** One timing. */
export interface BenchResult {
  readonly backend: string;
  readonly api: 'sync' | 'async';
  readonly pairs: number;
  readonly length: number;
  readonly features: number;
  readonly gradient: boolean;
  readonly cells: number;
  readonly secondsPerCall: number[];
  readonly medianNsPerCell: number;
  readonly bestNsPerCell: number;
}

type BatchFn = (xs: number[][][], ys: number[][][], options: { gamma: number }) => unknown;

function batchFunction(gradient: boolean): { api: 'sync' | 'async'; run: BatchFn } {
  const exports = core as unknown as Record<string, unknown>;
  const asyncName = gradient ? 'softDtwBatchValueAndGradAsync' : 'softDtwBatchAsync';
  const asyncFn = exports[asyncName];
  if (typeof asyncFn === 'function') return { api: 'async', run: asyncFn as BatchFn };
  return { api: 'sync', run: (gradient ? core.softDtwBatchValueAndGrad : core.softDtwBatch) as unknown as BatchFn };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Time soft-DTW batches on the active backend.
 * @param options - sizes, γ, repeats, seed.
 * @param io - for the progress bar.
 * @param backendName - the active backend.
 * @returns per-call times and ns per cell (median and best).
 * @example const result = await benchSoftDtw({ ...options, length: 128, pairs: 16 }, io, 'cpu');
 */
export async function benchSoftDtw(options: BenchOptions, io: CliIo, backendName: string): Promise<BenchResult> {
  const random = new SeededRandom(options.seed);
  const make = (): number[][][] => Array.from({ length: options.pairs }, () => Array.from({ length: options.length }, () => Array.from({ length: options.features }, () => random.nextGaussian())));
  const xs = make();
  const ys = make();
  const { api, run } = batchFunction(options.gradient);
  await run(xs.slice(0, 1), ys.slice(0, 1), { gamma: options.gamma }); // warm-up: kernel compilation, buffers
  const progress = createTaskProgress(io, { total: options.repeats, title: `bench ${backendName}` });
  const secondsPerCall: number[] = [];
  try {
    for (let r = 0; r < options.repeats; r++) {
      const start = process.hrtime.bigint();
      await run(xs, ys, { gamma: options.gamma });
      secondsPerCall.push(Number(process.hrtime.bigint() - start) / 1e9);
      progress.tick();
    }
  } finally {
    progress.done();
  }
  const cells = options.pairs * options.length * options.length;
  return {
    backend: backendName,
    api,
    pairs: options.pairs,
    length: options.length,
    features: options.features,
    gradient: options.gradient,
    cells,
    secondsPerCall,
    medianNsPerCell: (median(secondsPerCall) * 1e9) / cells,
    bestNsPerCell: (Math.min(...secondsPerCall) * 1e9) / cells,
  };
}

/**
 * Run `bench` and shape its output.
 * @param options - checked options.
 * @param io - for the progress bar.
 * @param backendName - the active backend.
 * @returns the output in its three forms.
 * @example const output = await runBench(options, io, 'cpu');
 */
export async function runBench(options: BenchOptions, io: CliIo, backendName: string): Promise<CommandOutput> {
  const r = await benchSoftDtw(options, io, backendName);
  const text = [
    `soft-DTW ${r.gradient ? 'value + gradient' : 'value'} on backend ${r.backend} (${r.api} batch API): ${r.pairs} pairs of length ${r.length}, p = ${r.features}, γ = ${options.gamma}, ${options.repeats} calls`,
    renderTable({
      columns: ['ns per cell (median)', 'ns per cell (best)', 'ms per call (median)', 'cells per call'],
      rows: [[r.medianNsPerCell.toFixed(2), r.bestNsPerCell.toFixed(2), (median(r.secondsPerCall) * 1e3).toFixed(2), r.cells]],
    }),
    '  The full benchmark (backends and sizes beside the plain C reference): npm run bench (tools/bench).',
  ].join('\n');
  return {
    text,
    json: { command: 'bench', gamma: options.gamma, repeats: options.repeats, ...r },
    csv: {
      header: ['backend', 'api', 'pairs', 'length', 'features', 'gradient', 'median_ns_per_cell', 'best_ns_per_cell'],
      rows: [[r.backend, r.api, r.pairs, r.length, r.features, String(r.gradient), r.medianNsPerCell, r.bestNsPerCell]],
    },
  };
}

/**
 * Add `bench` to the program.
 * @param program - the root command.
 * @param io - where the command prints.
 * @returns the new command.
 * @example registerBenchCommand(program, processIo());
 */
export function registerBenchCommand(program: Command, io: CliIo): Command {
  const command = program
    .command('bench')
    .description('a short soft-DTW timing on the chosen backend, in ns per DP cell (the full benchmark: npm run bench in tools/bench)')
    .option('--length <n>', 'series length n (= m)', '256')
    .option('--pairs <b>', 'pairs per batch call', '16')
    .option('--features <p>', 'features per step', '1')
    .option('--gamma <γ>', 'soft-DTW smoothing γ > 0', '1')
    .option('--repeats <n>', 'timed calls (after one warm-up call)', '5')
    .option('--gradient', 'time value + gradient instead of the value');
  addCommonOptions(command, { input: false })
    .addHelpText(
      'after',
      [
        '',
        'Examples:',
        '  $ softdtw bench --backend cpu',
        '  $ softdtw bench --backend auto --length 1024 --pairs 8 --gradient',
        '',
        'This is a quick check of one backend. The full benchmark (every backend, several sizes, beside the',
        'plain C reference of ../shared/limit) is `npm run bench` at the repository root (tools/bench).',
      ].join('\n'),
    )
    .action(async (raw: RawCommonOptions & Record<string, string | boolean | undefined>) => {
      const common = parseCommonOptions(raw);
      const options: BenchOptions = {
        ...common,
        length: parseIntegerOption('--length', String(raw['length']), 1, '256'),
        pairs: parseIntegerOption('--pairs', String(raw['pairs']), 1, '16'),
        features: parseIntegerOption('--features', String(raw['features']), 1, '1'),
        gamma: parseNumberOption('--gamma', String(raw['gamma']), { min: 0, minExclusive: true, example: '1' }),
        repeats: parseIntegerOption('--repeats', String(raw['repeats']), 1, '5'),
        gradient: raw['gradient'] === true,
      };
      const backend = await selectBackend(common.backend);
      emitOutput(await runBench(options, io, backend.name), common.output, io);
    });
  return command;
}
