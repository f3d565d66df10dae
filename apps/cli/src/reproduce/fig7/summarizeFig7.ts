/**
 * Figure 7's summary: the share of datasets where the soft-DTW nearest-centroid classifier is at
 * least as accurate as the DBA one (the paper's 75 %), and strictly more accurate; plus the
 * per-dataset accuracies.
 */
import { renderCsv } from '../renderCsv.js';
import { renderMarkdownTable } from '../renderMarkdownTable.js';
import { PAPER_FIG7_AT_LEAST_AS_GOOD_PERCENT } from './paperFig7.js';
import type { Fig7Result } from './runFig7Dataset.js';

/** Counts over datasets. */
export interface Fig7Summary {
  /** Datasets summarised. */
  readonly datasets: number;
  /** Datasets with soft-DTW accuracy ≥ DBA accuracy, and the percentage. */
  readonly atLeastAsGood: number;
  readonly atLeastAsGoodPercent: number;
  /** Datasets with soft-DTW accuracy > DBA accuracy, and the percentage. */
  readonly better: number;
  readonly betterPercent: number;
}

/**
 * Count the datasets where soft-DTW is at least as good as / better than DBA.
 * @param records - one record per dataset.
 * @returns the {@link Fig7Summary} (percentages `NaN` for no records).
 * @example summarizeFig7([{ softDtwAccuracy: 0.9, dbaAccuracy: 0.8 }, { softDtwAccuracy: 0.5, dbaAccuracy: 0.5 }]).atLeastAsGoodPercent; // 100
 */
export function summarizeFig7(records: readonly Pick<Fig7Result, 'softDtwAccuracy' | 'dbaAccuracy'>[]): Fig7Summary {
  const n = records.length;
  const atLeastAsGood = records.filter((r) => r.softDtwAccuracy >= r.dbaAccuracy).length;
  const better = records.filter((r) => r.softDtwAccuracy > r.dbaAccuracy).length;
  const pct = (k: number): number => (n === 0 ? Number.NaN : (100 * k) / n);
  return { datasets: n, atLeastAsGood, atLeastAsGoodPercent: pct(atLeastAsGood), better, betterPercent: pct(better) };
}

/**
 * Render the summary beside the paper's percentage, and the per-dataset accuracies.
 * @param summary - from {@link summarizeFig7}.
 * @param records - the records.
 * @returns `{ markdown, csv }`; the CSV has one row per dataset.
 * @example const { markdown } = renderFig7(summarizeFig7(records), records);
 */
export function renderFig7(summary: Fig7Summary, records: readonly Fig7Result[]): { markdown: string; csv: string } {
  const pct = (x: number): string => (Number.isFinite(x) ? `${x.toFixed(1)}%` : '–');
  const markdown = [
    `# Figure 7: nearest-centroid accuracy, soft-DTW vs DBA barycenters (${summary.datasets} datasets)`,
    '',
    renderMarkdownTable(
      ['statistic', 'ours', 'paper'],
      [
        ['datasets where soft-DTW accuracy ≥ DBA accuracy', `${pct(summary.atLeastAsGoodPercent)} (${summary.atLeastAsGood}/${summary.datasets})`, `${PAPER_FIG7_AT_LEAST_AS_GOOD_PERCENT}%`],
        ['datasets where soft-DTW accuracy > DBA accuracy', `${pct(summary.betterPercent)} (${summary.better}/${summary.datasets})`, '–'],
      ],
    ),
    '## Test accuracy per dataset',
    '',
    renderMarkdownTable(
      ['dataset', 'series', 'length', 'classes', 'seconds', 'soft-DTW', 'DBA', 'γ chosen'],
      records.map((r) => [r.dataset, r.series, r.length, r.classes, r.wallSeconds.toFixed(1), r.softDtwAccuracy.toFixed(3), r.dbaAccuracy.toFixed(3), r.chosenGammas.map((g) => g.toPrecision(3)).join(' ')]),
    ),
  ].join('\n');
  const csv = renderCsv(
    ['dataset', 'series', 'length', 'classes', 'seconds', 'softdtw_accuracy', 'dba_accuracy', 'chosen_gammas'],
    records.map((r) => [r.dataset, r.series, r.length, r.classes, r.wallSeconds.toFixed(2), r.softDtwAccuracy.toFixed(4), r.dbaAccuracy.toFixed(4), r.chosenGammas.map((g) => g.toPrecision(4)).join(' ')]),
  );
  return { markdown, csv };
}
