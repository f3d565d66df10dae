import { join } from 'node:path';
import { BenchError } from './BenchError.js';
import { benchCases } from './benchCases.js';
import { BENCH_USAGE, parseBenchOptions } from './benchOptions.js';
import { buildBenchReport } from './buildBenchReport.js';
import { runCReference } from './cReference.js';
import { formatReportMarkdown } from './formatReportMarkdown.js';
import { collectMachineInfo, readLoadAverage1m } from './machineInfo.js';
import { runOurCases } from './runOurCases.js';
import { setBackend } from '@softdtw/autodiff';
import type { BenchTarget } from './benchTargets.js';
import type { BenchTargetId } from './benchTargetIds.js';
import type { TargetRun } from './buildBenchReport.js';
import { measureTrainingThroughput, type TrainingThroughput } from './trainingThroughput.js';
import { measureScaling, type ScalingResult } from './scaling.js';
import { availableParallelism } from 'node:os';

/** Epochs of the training throughput (the first is warm-up). */
const TRAINING_EPOCHS = 4;
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
 * The whole bench: parse flags, build and run the C reference, then time every requested backend
 * right after it (and the forecaster's training throughput), join them into one report, write `results/latest.md` and `results/latest.json`
 * atomically, and print the markdown (or, with `--json`, the JSON).
 *
 * @param available - the backend configurations by id (`benchTargets()` in `main.ts`; stand-ins in tests)
 * @param argv - command-line flags (see {@link BENCH_USAGE})
 * @param io - folders, environment and output sinks
 * @returns the process exit code: 0 on success, 2 on a bad flag
 * @throws BenchError for a broken C output format or a non-finite soft-DTW result
 * @example
 * ```ts
 * process.exitCode = await runBench(benchTargets(), ['--quick'], { repoRoot, benchDir, env: process.env, stdout, stderr, command: 'bench --quick' });
 * ```
 */
export async function runBench(available: Record<BenchTargetId, BenchTarget>, argv: readonly string[], io: BenchEnvironment): Promise<number> {
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

  const cases = benchCases(options);
  const targets: TargetRun[] = [];
  const scaling: ScalingResult[] = [];
  for (const id of options.backends) {
    const target = available[id];
    const started = process.hrtime.bigint();
    const seconds = (): number => Number(process.hrtime.bigint() - started) / 1e9;
    let reason: string | undefined;
    try {
      const registered = await target.register();
      if (registered !== true) reason = registered;
      else await setBackend(target.backend);
    } catch (error) {
      reason = error instanceof Error ? error.message : String(error);
    }
    if (reason !== undefined) {
      log(`${target.label}: unavailable — ${reason}`);
      targets.push({ id, label: target.label, results: null, reason, wallSeconds: seconds() });
      continue;
    }
    log(`${target.label}: case / cells / median_ms / ns per cell`);
    try {
      const results = await runOurCases(target.api, cases, log, target.label);
      if (target.api.softDtwBatchAllCores !== undefined && target.startProbe !== undefined) {
        const probe = await target.startProbe(availableParallelism());
        try {
          scaling.push(...(await measureScaling(target.api, { id, label: target.label }, probe, 2 * options.reps + 1, log)));
        } finally {
          probe.dispose();
        }
      }
      targets.push({ id, label: target.label, results, wallSeconds: seconds() });
    } finally {
      await setBackend('cpu');
    }
  }
  const training: TrainingThroughput[] = [];
  if (options.training) {
    const trainable = targets.filter((t) => t.results !== null && (t.id === 'cpu' || t.id === 'wasm')).map((t) => ({ id: t.id, label: t.label, backend: available[t.id as BenchTargetId].backend }));
    log('training: MlpForecaster.fit, series per second per epoch');
    training.push(...(await measureTrainingThroughput(trainable, TRAINING_EPOCHS, log)));
  }

  const loadAverage1mAtEnd = readLoadAverage1m();
  const report = buildBenchReport({ command: io.command, machine, options, c, targets, loadAverage1mAtEnd, training, scaling });
  const markdown = formatReportMarkdown(report);
  const json = `${JSON.stringify(report, null, 2)}\n`;
  const resultsDir = join(io.benchDir, 'results');
  writeFileAtomic(join(resultsDir, 'latest.md'), markdown);
  writeFileAtomic(join(resultsDir, 'latest.json'), json);
  io.stdout(options.json ? json : markdown);
  log(`bench: wrote ${join(resultsDir, 'latest.md')} and latest.json`);
  return 0;
}
