import type { BenchCaseKind } from './benchCases.js';
import type { BenchOptions } from './benchOptions.js';
import type { CReferenceOutcome } from './cReference.js';
import type { MachineInfo } from './machineInfo.js';
import { findCReferenceRow } from './parseCReferenceOutput.js';
import { BENCH_GAMMA, type OurCaseResult } from './runOurCases.js';

/** One row of the comparison: C and ours on the same case. */
export interface BenchRow {
  readonly label: string;
  readonly kind: BenchCaseKind;
  /** The `sdtw_ref` case this row is compared with. */
  readonly cCaseName: string;
  readonly cells: number;
  readonly reps: number;
  /** C reference median ns/cell; null when the C reference was unavailable. */
  readonly cNsPerCell: number | null;
  /** Our median ns/cell. */
  readonly oursNsPerCell: number;
  /** ours / C: above 1 means we are slower; null when C is unavailable. */
  readonly ratio: number | null;
  /** Our timed samples, ms (the JSON keeps them so noise can be judged). */
  readonly oursSamplesMs: readonly number[];
  /** soft-DTW value of the (first) pair. */
  readonly value: number;
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
  readonly oursWallSeconds: number;
  /** 1-minute load average when the run ended (the start value is in `machine`). */
  readonly loadAverage1mAtEnd: number;
  readonly rows: readonly BenchRow[];
}

/**
 * Joins our timings with the C reference's rows (by case name) into the report.
 *
 * @param input.command - how the run was started, recorded verbatim
 * @param input.machine - from {@link collectMachineInfo}
 * @param input.options - the parsed command line
 * @param input.c - outcome of {@link runCReference}
 * @param input.ours - from {@link runOurCases}, one per case
 * @param input.oursWallSeconds - wall time of our whole phase
 * @param input.loadAverage1mAtEnd - 1-minute load average when the run ended
 * @returns the report; `cNsPerCell` and `ratio` are null on every row when C is unavailable
 * @throws BenchError `MISSING_C_CASE` when the C table lacks a case we ran
 * @example
 * ```ts
 * const report = buildBenchReport({ command: 'npm run bench', machine, options, c, ours, oursWallSeconds: 42, loadAverage1mAtEnd: 1.1 });
 * report.rows[0].ratio; // e.g. 1.7
 * ```
 */
export function buildBenchReport(input: {
  readonly command: string;
  readonly machine: MachineInfo;
  readonly options: BenchOptions;
  readonly c: CReferenceOutcome;
  readonly ours: readonly OurCaseResult[];
  readonly oursWallSeconds: number;
  readonly loadAverage1mAtEnd: number;
}): BenchReport {
  const { c } = input;
  const rows = input.ours.map((result): BenchRow => {
    const cNsPerCell = c.status === 'ok' ? findCReferenceRow(c.table, result.benchCase.cCaseName).nsPerCell : null;
    return {
      label: result.benchCase.label,
      kind: result.benchCase.kind,
      cCaseName: result.benchCase.cCaseName,
      cells: result.benchCase.cells,
      reps: result.benchCase.reps,
      cNsPerCell,
      oursNsPerCell: result.nsPerCell,
      ratio: cNsPerCell === null ? null : result.nsPerCell / cNsPerCell,
      oursSamplesMs: result.timings.samplesMs,
      value: result.value,
    };
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
    oursWallSeconds: input.oursWallSeconds,
    loadAverage1mAtEnd: input.loadAverage1mAtEnd,
    rows,
  };
}
