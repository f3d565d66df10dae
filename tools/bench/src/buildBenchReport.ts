import { benchCases, type BenchCaseKind } from './benchCases.js';
import type { BenchOptions } from './benchOptions.js';
import type { CReferenceOutcome } from './cReference.js';
import type { MachineInfo } from './machineInfo.js';
import { findCReferenceRow } from './parseCReferenceOutput.js';
import { BENCH_GAMMA, isTimed, type OurCaseResult, type SkippedCase } from './runOurCases.js';
import type { ScalingResult } from './scaling.js';
import type { TrainingThroughput } from './trainingThroughput.js';

/** One backend's figure on one case. */
export type TargetCell =
  | {
      /** Median ns/cell. */
      readonly nsPerCell: number;
      /** this / C: above 1 means slower than C; null when C is unavailable. */
      readonly ratio: number | null;
      /** The timed samples, ms (the JSON keeps them so noise can be judged). */
      readonly samplesMs: readonly number[];
      /** soft-DTW value of the (first) pair. */
      readonly value: number;
    }
  | { readonly skipped: string };

/** One row of the comparison: C and every backend on the same case. */
export interface BenchRow {
  readonly label: string;
  readonly kind: BenchCaseKind;
  /** The `sdtw_ref` case this row is compared with. */
  readonly cCaseName: string;
  readonly cells: number;
  readonly reps: number;
  /** C reference median ns/cell; null when the C reference was unavailable. */
  readonly cNsPerCell: number | null;
  /** By target id, in the report's target order. */
  readonly results: Readonly<Record<string, TargetCell>>;
}

/** A backend configuration of the run: timed, or why not. */
export interface BenchTargetSummary {
  readonly id: string;
  /** Column header, e.g. 'wasm f32'. */
  readonly label: string;
  readonly status: 'ok' | 'unavailable';
  /** Why it was not timed. */
  readonly reason?: string;
  /** Wall time of its cases. */
  readonly wallSeconds: number;
}

/** One backend's timings, as runBench collects them. */
export interface TargetRun {
  readonly id: string;
  readonly label: string;
  /** Null when the backend could not start (then `reason` says why). */
  readonly results: ReadonlyArray<OurCaseResult | SkippedCase> | null;
  readonly reason?: string;
  readonly wallSeconds: number;
}

/** Everything one bench run produced: written as `results/latest.json`, rendered as `latest.md`. */
export interface BenchReport {
  /** How the run was started, e.g. `npm run bench -- --quick`. */
  readonly command: string;
  readonly machine: MachineInfo;
  readonly gamma: number;
  readonly reps: number;
  readonly sizes: readonly number[];
  readonly dims: readonly number[];
  /** C reference provenance, or why it is absent. */
  readonly cReference:
    | { readonly status: 'ok'; readonly compileCommand: string; readonly compilerVersion: string; readonly header: string; readonly wallSeconds: number; readonly rawOutput: string }
    | { readonly status: 'unavailable'; readonly reason: string };
  readonly targets: readonly BenchTargetSummary[];
  /** 1-minute load average when the run ended (the start value is in `machine`). */
  readonly loadAverage1mAtEnd: number;
  readonly rows: readonly BenchRow[];
  /** Forecaster training throughput, when measured. */
  readonly training: readonly TrainingThroughput[];
  /** Pool scaling (1 thread vs all cores, interleaved with the machine probe) of the backends with a pool. */
  readonly scaling: readonly ScalingResult[];
}

/**
 * Joins every backend's timings with the C reference's rows (by case name) into the report.
 *
 * @param input.command - how the run was started, recorded verbatim
 * @param input.machine - from {@link collectMachineInfo}
 * @param input.options - the parsed command line
 * @param input.c - outcome of {@link runCReference}
 * @param input.targets - one run per backend, in column order
 * @param input.loadAverage1mAtEnd - 1-minute load average when the run ended
 * @param input.training - forecaster training throughput rows (may be empty)
 * @returns the report; C figures and ratios are null when C is unavailable
 * @throws BenchError `MISSING_C_CASE` when the C table lacks a case we ran
 * @example
 * ```ts
 * const report = buildBenchReport({ command: 'npm run bench', machine, options, c, targets, loadAverage1mAtEnd: 1.1, training: [] });
 * report.rows[0].results['wasm']; // { nsPerCell, ratio, samplesMs, value }
 * ```
 */
export function buildBenchReport(input: {
  readonly command: string;
  readonly machine: MachineInfo;
  readonly options: BenchOptions;
  readonly c: CReferenceOutcome;
  readonly targets: readonly TargetRun[];
  readonly loadAverage1mAtEnd: number;
  readonly training: readonly TrainingThroughput[];
  readonly scaling?: readonly ScalingResult[];
}): BenchReport {
  const { c } = input;
  const cases = benchCases(input.options);
  const rows = cases.map((benchCase, index): BenchRow => {
    const cNsPerCell = c.status === 'ok' ? findCReferenceRow(c.table, benchCase.cCaseName).nsPerCell : null;
    const results: Record<string, TargetCell> = {};
    for (const target of input.targets) {
      if (target.results === null) continue;
      const result = target.results[index];
      if (result === undefined || result.benchCase.label !== benchCase.label) {
        throw new RangeError(`buildBenchReport: expected ${target.id}'s result ${index} to be '${benchCase.label}', got '${result?.benchCase.label}'.`);
      }
      results[target.id] = isTimed(result)
        ? { nsPerCell: result.nsPerCell, ratio: cNsPerCell === null ? null : result.nsPerCell / cNsPerCell, samplesMs: result.timings.samplesMs, value: result.value }
        : { skipped: result.skipped };
    }
    return { label: benchCase.label, kind: benchCase.kind, cCaseName: benchCase.cCaseName, cells: benchCase.cells, reps: benchCase.reps, cNsPerCell, results };
  });
  return {
    command: input.command,
    machine: input.machine,
    gamma: BENCH_GAMMA,
    reps: input.options.reps,
    sizes: input.options.sizes,
    dims: input.options.dims,
    cReference:
      c.status === 'ok'
        ? { status: 'ok', compileCommand: c.compileCommand, compilerVersion: c.compilerVersion, header: c.table.header, wallSeconds: c.wallSeconds, rawOutput: c.rawOutput }
        : { status: 'unavailable', reason: c.reason },
    targets: input.targets.map((target) => ({
      id: target.id,
      label: target.label,
      status: target.results === null ? 'unavailable' : 'ok',
      ...(target.reason === undefined ? {} : { reason: target.reason }),
      wallSeconds: target.wallSeconds,
    })),
    loadAverage1mAtEnd: input.loadAverage1mAtEnd,
    rows,
    training: input.training,
    scaling: input.scaling ?? [],
  };
}
