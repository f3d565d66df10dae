import { join } from 'node:path';
import { BenchError } from './BenchError.js';
import { benchCases } from './benchCases.js';
import { BENCH_USAGE, parseBenchOptions } from './benchOptions.js';
import { buildBenchReport } from './buildBenchReport.js';
import { runCReference } from './cReference.js';
import { formatReportMarkdown } from './formatReportMarkdown.js';
import { collectMachineInfo, readLoadAverage1m } from './machineInfo.js';
import { runOurCases, type SoftDtwApi } from './runOurCases.js';
import { writeFileAtomic } from './writeFileAtomic.js';

/** Where `runBench` reads and writes, and where it prints. */
export interface BenchEnvironment {
  /** Absolute monorepo root (the C reference defaults to `<repoRoot>/../shared`). */
  readonly repoRoot: string;
  /** Absolute `tools/bench` folder: `build/` (scratch, gitignored) and `results/` live there. */
  readonly benchDir: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Results (markdown or JSON). */
  readonly stdout: (text: string) => void;
  /** Progress and warnings. */
  readonly stderr: (text: string) => void;
  /** Recorded in the report, e.g. `npm run bench -- --quick`. */
  readonly command: string;
}

/**
 * The whole bench: parse flags, build and run the C reference, then time our cases right after
 * it, join them into one report, write `results/latest.md` and `results/latest.json`
 * atomically, and print the markdown (or, with `--json`, the JSON).
 *
 * @param api - the soft-DTW functions to time (`@softdtw/core` in `main.ts`)
 * @param argv - command-line flags (see {@link BENCH_USAGE})
 * @param io - folders, environment and output sinks
 * @returns the process exit code: 0 on success, 2 on a bad flag
 * @throws BenchError for a broken C output format or a non-finite soft-DTW result
 * @example
 * ```ts
 * import * as core from '@softdtw/core';
 * process.exitCode = await runBench(core, ['--quick'], { repoRoot, benchDir, env: process.env, stdout, stderr, command: 'bench --quick' });
 * ```
 */
export async function runBench(api: SoftDtwApi, argv: readonly string[], io: BenchEnvironment): Promise<number> {
  let options;
  try {
    options = parseBenchOptions(argv);
  } catch (error) {
    if (error instanceof BenchError) {
      io.stderr(`${error.message}\n\n${BENCH_USAGE}\n`);
      return 2;
    }
    throw error;
  }
  if (options.help) {
    io.stdout(`${BENCH_USAGE}\n`);
    return 0;
  }
  const log = (line: string): void => io.stderr(`${line}\n`);
  const machine = collectMachineInfo(new Date());
  log(`bench: ${machine.cpuModel}, ${machine.logicalCpus} CPUs, load ${machine.loadAverage1m}, Node ${machine.nodeVersion}, ${machine.date}`);

  const c = await runCReference({ repoRoot: io.repoRoot, buildDir: join(io.benchDir, 'build'), reps: options.reps, env: io.env, log });
  if (c.status === 'unavailable') log(`WARNING: ${c.reason}\nbench: printing our numbers only (ratio column "n/a").`);

  log('ours: @softdtw/core, case / cells / median_ms / ns per cell');
  const started = process.hrtime.bigint();
  const ours = runOurCases(api, benchCases(options), log);
  const oursWallSeconds = Number(process.hrtime.bigint() - started) / 1e9;

  const loadAverage1mAtEnd = readLoadAverage1m();
  const report = buildBenchReport({ command: io.command, machine, options, c, ours, oursWallSeconds, loadAverage1mAtEnd });
  const markdown = formatReportMarkdown(report);
  const json = `${JSON.stringify(report, null, 2)}\n`;
  const resultsDir = join(io.benchDir, 'results');
  writeFileAtomic(join(resultsDir, 'latest.md'), markdown);
  writeFileAtomic(join(resultsDir, 'latest.json'), json);
  io.stdout(options.json ? json : markdown);
  log(`bench: wrote ${join(resultsDir, 'latest.md')} and latest.json`);
  return 0;
}
