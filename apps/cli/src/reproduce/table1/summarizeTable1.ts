/**
 * Table 1's summary: for each baseline (DBA, subgradient), initialisation and γ, the percentage of
 * datasets on which the soft-DTW barycenter's mean DTW loss is strictly lower than the baseline's,
 * set beside the paper's percentages; plus the per-dataset losses.
 */
import { renderCsv } from '../renderCsv.js';
import { renderMarkdownTable } from '../renderMarkdownTable.js';
import { PAPER_TABLE1, PAPER_TABLE1_DATASETS, type PaperWinRates } from './paperTable1.js';
import type { Table1Result } from './runTable1Dataset.js';
import { BASELINES, INITIALISATIONS, SOFTDTW_METHODS, type Baseline, type Initialisation, type MethodLosses, type SoftDtwGammaKey } from './table1Methods.js';
import { winPercentage } from './winPercentage.js';

/** One cell of a win table: wins out of datasets, and the percentage. */
export interface WinCell {
  readonly wins: number;
  readonly datasets: number;
  readonly percent: number;
}

/** Win percentages shaped like the paper's table: `[baseline][init][γ key]`. */
export type WinTable = Readonly<Record<Baseline, Readonly<Record<Initialisation, Readonly<Record<SoftDtwGammaKey, WinCell>>>>>>;

/** Anything with per-initialisation method losses (Table 1 and Table 2 records). */
export interface LossRecord {
  readonly dataset: string;
  readonly losses: Readonly<Record<Initialisation, MethodLosses>>;
}

/**
 * Count, per baseline, initialisation and γ, the datasets where soft-DTW has the lower loss.
 * @param records - one record per dataset.
 * @returns the {@link WinTable}.
 * @example winTable(records).dba.random['softdtw-0.01'].percent; // e.g. 100
 */
export function winTable(records: readonly LossRecord[]): WinTable {
  const table = {} as Record<Baseline, Record<Initialisation, Record<SoftDtwGammaKey, WinCell>>>;
  for (const { key: baseline } of BASELINES) {
    table[baseline] = {} as Record<Initialisation, Record<SoftDtwGammaKey, WinCell>>;
    for (const { key: init } of INITIALISATIONS) {
      table[baseline][init] = {} as Record<SoftDtwGammaKey, WinCell>;
      for (const { key } of SOFTDTW_METHODS) {
        table[baseline][init][key] = winPercentage(records.map((r) => [r.losses[init][key], r.losses[init][baseline]] as const));
      }
    }
  }
  return table;
}

/** How to title and label a rendered win table. */
export interface WinTableText {
  /** Markdown heading (without `#`). */
  readonly title: string;
  /** The paper's percentages to set beside ours. */
  readonly paper: Readonly<{ dba: PaperWinRates; subgradient: PaperWinRates }>;
  /** Datasets behind the paper's numbers. */
  readonly paperDatasets: number;
}

/**
 * Render a win table beside the paper's, and the per-dataset losses.
 * @param wins - from {@link winTable}.
 * @param records - the records with their wall times (for the detail table).
 * @param text - title and the paper's numbers.
 * @returns `{ markdown, csv }`; the CSV has one row per (baseline, init, γ).
 * @example const { markdown } = renderWinTable(winTable(records), records, { title: 'Table 1', paper: PAPER_TABLE1, paperDatasets: 79 });
 */
export function renderWinTable(
  wins: WinTable,
  records: readonly (LossRecord & { readonly wallSeconds: number; readonly length: number })[],
  text: WinTableText,
): { markdown: string; csv: string } {
  const pct = (x: number): string => (Number.isFinite(x) ? `${x.toFixed(1)}%` : '–');
  const header = ['Comparison', 'Initialisation', ...SOFTDTW_METHODS.map((m) => `${m.label}: ours (paper)`)];
  const rows = BASELINES.flatMap((b) =>
    INITIALISATIONS.map((i) => [
      `soft-DTW vs ${b.label}`,
      i.label,
      ...SOFTDTW_METHODS.map((m) => {
        const cell = wins[b.key][i.key][m.key];
        return `${pct(cell.percent)} ${cell.wins}/${cell.datasets} (${pct(text.paper[b.key][i.key][m.key])})`;
      }),
    ]),
  );
  const methods = [...SOFTDTW_METHODS.map((m) => ({ key: m.key as SoftDtwGammaKey | Baseline, label: `soft-DTW ${m.label}` })), ...BASELINES];
  const e = (x: number | undefined): string => (x !== undefined && Number.isFinite(x) ? x.toPrecision(4) : '–');
  const detailHeader = ['dataset', 'length', 'seconds', ...INITIALISATIONS.flatMap((i) => methods.map((m) => `${m.label} (${i.key === 'random' ? 'rand.' : 'Eucl.'})`))];
  const detail = records.map((r) => [r.dataset, r.length, r.wallSeconds.toFixed(1), ...INITIALISATIONS.flatMap((i) => methods.map((m) => e(r.losses[i.key][m.key])))]);
  const markdown = [
    `# ${text.title}`,
    '',
    `Percentage of datasets on which soft-DTW reaches a strictly lower DTW loss than the competitor; ours over ${records.length} datasets, the paper's (in parentheses) over ${text.paperDatasets}.`,
    '',
    renderMarkdownTable(header, rows),
    `Datasets: ${records.map((r) => r.dataset).join(', ') || 'none'}.`,
    '',
    '## Mean DTW loss per dataset (lower is better)',
    '',
    renderMarkdownTable(detailHeader, detail),
  ].join('\n');
  const csvRows = BASELINES.flatMap((b) =>
    INITIALISATIONS.flatMap((i) =>
      SOFTDTW_METHODS.map((m) => {
        const cell = wins[b.key][i.key][m.key];
        return [b.key, i.key, m.gamma, Number.isFinite(cell.percent) ? cell.percent.toFixed(2) : '', cell.wins, cell.datasets, text.paper[b.key][i.key][m.key]];
      }),
    ),
  );
  const csv = renderCsv(['baseline', 'init', 'gamma', 'ours_percent', 'ours_wins', 'ours_datasets', 'paper_percent'], csvRows);
  return { markdown, csv };
}

/**
 * Table 1's win table and its rendering.
 * @param records - Table 1 records.
 * @returns the wins and `{ markdown, csv }`.
 * @example const { wins, markdown } = summarizeTable1(records);
 */
export function summarizeTable1(records: readonly Table1Result[]): { wins: WinTable; markdown: string; csv: string } {
  const wins = winTable(records);
  return {
    wins,
    ...renderWinTable(wins, records, {
      title: 'Table 1: soft-DTW barycenters vs DBA and the subgradient method (DTW loss, Eq. 4 with γ = 0)',
      paper: PAPER_TABLE1,
      paperDatasets: PAPER_TABLE1_DATASETS,
    }),
  };
}
