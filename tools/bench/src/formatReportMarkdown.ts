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
    '# soft-DTW bench: every backend beside plain C',
    '',
    `- machine: ${machine.cpuModel}, ${machine.logicalCpus} logical CPUs, ${machine.totalMemoryGiB} GiB, 1-min load ${machine.loadAverage1m} at start`,
    `- runtime: Node ${machine.nodeVersion} (V8 ${machine.v8Version}), ${machine.os}`,
    `- date: ${machine.date}`,
    `- command: \`${report.command}\``,
    `- settings: γ = ${report.gamma}; n = m ∈ {${report.sizes.join(', ')}}, p ∈ {${report.dims.join(', ')}}; ` +
      `batch ${BATCH_PAIRS} pairs of n = m = ${BATCH_LENGTH}, p = 1 (1 thread: the sync functions; all cores: the async ones); median of ≥ ${report.reps} runs after warm-up (ours: single pairs with n ≤ 1024 until ≥ 250 ms of timed runs` +
      `${report.sizes.some((n) => n >= 4096) ? '; both sides: at most 3 runs for n = 4096' : ''})`,
    `- C reference: ${c}`,
    `- backends, right after the C run: ${report.targets.map((t) => (t.status === 'ok' ? `${t.label} ${t.wallSeconds.toFixed(1)} s` : `${t.label} unavailable (${t.reason ?? 'no reason given'})`)).join('; ')}; 1-min load ${report.loadAverage1mAtEnd} at the end`,
    '',
    ...busyMachineWarning(report),
    formatResultsTable(report.rows, report.targets).trimEnd(),
    '',
  ];
  const means = report.targets
    .filter((t) => t.status === 'ok')
    .map((t) => [t.label, geometricMeanRatio(report, t.id, ['value', 'batchValue']), geometricMeanRatio(report, t.id, ['valueAndGrad', 'batchValueAndGrad'])] as const)
    .filter(([, value, grad]) => value !== null && grad !== null);
  if (means.length > 0) {
    lines.push(
      `Geometric-mean ratio to C over the rows each backend ran (single pairs and 1-thread batch): ${means.map(([label, value, grad]) => `${label} value ${value!.toFixed(2)}×, value+grad ${grad!.toFixed(2)}×`).join('; ')}.`,
      '',
    );
  }
  if (report.scaling.length > 0) {
    const threads = report.scaling[0]!.threads;
    lines.push(
      `### Pool scaling: all cores ÷ 1 thread`,
      '',
      `Batch ${BATCH_PAIRS} × ${BATCH_LENGTH}, rounds of (1-thread call, all-cores call, machine probe) in alternation; medians over rounds. ` +
        `Machine = the speedup of the same kernel in ${threads} independent single-worker pools at once over one alone, measured between the timed calls ` +
        `(what the cores, caches and the host give at that moment: below ${threads}× on a shared VM, and it varies); efficiency = speedup ÷ machine.`,
      '',
      '| backend | batch | 1 thread ms | all cores ms | speedup | machine | efficiency |',
      '|---|---|---:|---:|---:|---:|---:|',
      ...report.scaling.map(
        (row) =>
          `| ${row.label} | ${row.kind} | ${row.oneThreadMs.toFixed(1)} | ${row.allCoresMs.toFixed(1)} | ${row.speedup.toFixed(2)}× | ${row.machineSpeedup.toFixed(2)}× | ${((100 * row.speedup) / row.machineSpeedup).toFixed(0)} % |`,
      ),
      '',
      ...disturbedScalingRows(report),
    );
  }
  if (report.training.length > 0) {
    lines.push(
      `### Forecaster training throughput`,
      '',
      `${report.training[0]!.setup}; ${report.training[0]!.epochs} epochs, the first not counted.`,
      '',
      '| backend | series / s per epoch | epoch ms (median) | final training loss |',
      '|---|---:|---:|---:|',
      ...report.training.map((row) => `| ${row.label} | ${row.seriesPerSecond.toFixed(0)} | ${((row.series * 1000) / row.seriesPerSecond).toFixed(0)} | ${row.finalLoss.toFixed(4)} |`),
      '',
    );
  }
  lines.push(
    'ns/cell = median wall time of one call ÷ DP cells (n·m per pair). ' +
      '"value" = cost matrix + forward DP (`softDtw` vs C `cost+fwd`); ' +
      '"value+grad" = cost + forward + backward + gradient (`softDtwValueAndGrad` vs C `cost+fwd+bwd+grad`; ' +
      'ours also returns ∂/∂y and builds the gradients as arrays in the layout of the input, `number[]` for p = 1 and `number[][]` for p = 8, while C returns ∂/∂x into a preallocated buffer). ' +
      '"all cores" rows time the async functions (a worker pool where the backend has one) against the same 1-thread C row. ' +
      '(÷ C) = backend ÷ C, above 1 means slower. — = not timed (no pool, or too slow on this backend). ' +
      'The machine is noisy: treat differences under ~15% as noise.',
    '',
  );
  return lines.join('\n');
}

/** Geometric mean of a backend's ratio to C over the timed rows of the given kinds; null when none, or a C figure is missing. */
/**
 * Scaling rows whose 1-thread median is more than 25 % away from the same call's row in the main table, measured
 * minutes earlier: the machine changed under them (another process, the host), so their ratios mean little.
 */
function disturbedScalingRows(report: BenchReport): string[] {
  const lines: string[] = [];
  for (const row of report.scaling) {
    const kind: BenchCaseKind = row.kind === 'value' ? 'batchValue' : 'batchValueAndGrad';
    const cell = report.rows.find((r) => r.kind === kind)?.results[row.target];
    if (cell === undefined || 'skipped' in cell) continue;
    const tableMs = (cell.nsPerCell * BATCH_PAIRS * BATCH_LENGTH * BATCH_LENGTH) / 1e6;
    if (Math.abs(row.oneThreadMs / tableMs - 1) <= 0.25) continue;
    lines.push(
      `> **Disturbed:** ${row.label} ${row.kind}: the 1-thread call took ${row.oneThreadMs.toFixed(1)} ms in these rounds against ` +
        `${tableMs.toFixed(1)} ms in the table above, so the machine changed while they ran; rerun before quoting this row.`,
      '',
    );
  }
  return lines;
}

function geometricMeanRatio(report: BenchReport, target: string, kinds: readonly BenchCaseKind[]): number | null {
  const ratios: Array<number | null> = [];
  for (const row of report.rows) {
    const cell = row.results[target];
    if (kinds.includes(row.kind) && cell !== undefined && !('skipped' in cell)) ratios.push(cell.ratio);
  }
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
