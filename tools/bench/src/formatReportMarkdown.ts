import type { BenchReport } from './buildBenchReport.js';
import { BATCH_LENGTH, BATCH_PAIRS, type BenchCaseKind } from './benchCases.js';
import { formatResultsTable } from './formatResultsTable.js';

/**
 * Renders a whole report as markdown: machine and settings, the comparison table, the
 * geometric-mean ratios and a legend. This is what `npm run bench` prints and writes to
 * `results/latest.md`.
 *
 * @param report - from {@link buildBenchReport}
 * @returns a markdown document, newline-terminated
 * @example
 * ```ts
 * process.stdout.write(formatReportMarkdown(report));
 * ```
 */
export function formatReportMarkdown(report: BenchReport): string {
  const { machine, cReference } = report;
  const c =
    cReference.status === 'ok'
      ? `\`${cReference.compileCommand}\` (${cReference.compilerVersion}); whole C run ${cReference.wallSeconds.toFixed(1)} s`
      : `unavailable: ${cReference.reason}`;
  const lines = [
    '# soft-DTW bench: `@softdtw/core` (cpu backend) beside plain C',
    '',
    `- machine: ${machine.cpuModel}, ${machine.logicalCpus} logical CPUs, ${machine.totalMemoryGiB} GiB, 1-min load ${machine.loadAverage1m} at start`,
    `- runtime: Node ${machine.nodeVersion} (V8 ${machine.v8Version}), ${machine.os}`,
    `- date: ${machine.date}`,
    `- command: \`${report.command}\``,
    `- settings: γ = ${report.gamma}; n = m ∈ {${report.sizes.join(', ')}}, p ∈ {${report.dims.join(', ')}}; ` +
      `batch ${BATCH_PAIRS} pairs of n = m = ${BATCH_LENGTH}, p = 1, 1 thread; median of ≥ ${report.reps} runs after warm-up (ours: single pairs with n ≤ 1024 until ≥ 250 ms of timed runs` +
      `${report.sizes.some((n) => n >= 4096) ? '; both sides: at most 3 runs for n = 4096' : ''})`,
    `- C reference: ${c}`,
    `- ours: whole run ${report.oursWallSeconds.toFixed(1)} s, right after the C run; 1-min load ${report.loadAverage1mAtEnd} at the end`,
    '',
    ...busyMachineWarning(report),
    formatResultsTable(report.rows).trimEnd(),
    '',
  ];
  const value = geometricMeanRatio(report, ['value', 'batchValue']);
  const grad = geometricMeanRatio(report, ['valueAndGrad', 'batchValueAndGrad']);
  if (value !== null && grad !== null) {
    lines.push(`Geometric-mean ratio ours / C (single pairs and batch): value ${value.toFixed(2)}×, value+grad ${grad.toFixed(2)}×.`, '');
  }
  lines.push(
    'ns/cell = median wall time of one call ÷ DP cells (n·m per pair). ' +
      '"value" = cost matrix + forward DP (`softDtw` vs C `cost+fwd`); ' +
      '"value+grad" = cost + forward + backward + gradient (`softDtwValueAndGrad` vs C `cost+fwd+bwd+grad`; ' +
      'ours also returns ∂/∂y and builds `number[][]` gradients, C returns ∂/∂x into a preallocated buffer). ' +
      'ratio = ours ÷ C, above 1 means slower. The machine is noisy: treat differences under ~15% as noise.',
    '',
  );
  return lines.join('\n');
}

/** Geometric mean of ours / C over the rows of the given kinds; null when any C figure is missing. */
function geometricMeanRatio(report: BenchReport, kinds: readonly BenchCaseKind[]): number | null {
  const ratios = report.rows.filter((row) => kinds.includes(row.kind)).map((row) => row.ratio);
  if (ratios.length === 0 || ratios.some((ratio) => ratio === null)) return null;
  return Math.exp(ratios.reduce((sum: number, ratio) => sum + Math.log(ratio!), 0) / ratios.length);
}

/**
 * A warning paragraph when other processes competed for the CPUs: a 1-minute load above half the
 * logical CPUs before we started, or above that plus 1 (our own busy process) at the end.
 */
function busyMachineWarning(report: BenchReport): string[] {
  const { loadAverage1m, logicalCpus } = report.machine;
  const threshold = logicalCpus / 2;
  if (loadAverage1m <= threshold && report.loadAverage1mAtEnd <= threshold + 1) return [];
  return [
    `> **Busy machine:** the 1-minute load was ${loadAverage1m} at the start and ${report.loadAverage1mAtEnd} at the end ` +
      `on ${logicalCpus} logical CPUs, so other processes competed with both C and ours. Rerun on a quiet machine before quoting these numbers.`,
    '',
  ];
}
