/**
 * Table 3's summary: per dataset, rank the five training losses by test loss within each of the
 * four columns (evaluation metric × initialisation; rank 1 = lowest loss, ties averaged), then
 * average the ranks over datasets, and set them beside the paper's values.
 */
import { averageRanks } from '../averageRanks.js';
import { renderCsv } from '../renderCsv.js';
import { renderMarkdownTable } from '../renderMarkdownTable.js';
import { PAPER_TABLE3 } from './paperTable3.js';
import type { Table3Result } from './runTable3Dataset.js';
import { TABLE3_METHODS, type Table3Method } from './table3Methods.js';

/** Average ranks of our run, shaped like {@link PAPER_TABLE3}. */
export interface Table3Summary {
  /** Datasets that entered the ranks. */
  readonly datasets: string[];
  /** Datasets left out, with the reason. */
  readonly skipped: { dataset: string; reason: string }[];
  /** `ranks[metric][method] = [random init, Euclidean init]`. */
  readonly ranks: Record<'dtw' | 'euclidean', Record<Table3Method, [number, number]>>;
}

/**
 * Average the ranks of Table 3 over the results.
 * @param results - one record per dataset (skipped ones are listed, not ranked).
 * @returns the {@link Table3Summary}.
 * @example summarizeTable3(records).ranks.dtw['softdtw-0.001']; // [mean rank random init, mean rank Euclidean init]
 */
export function summarizeTable3(results: readonly Table3Result[]): Table3Summary {
  const used = results.filter((r) => r.skipped === undefined);
  const ranks = { dtw: {}, euclidean: {} } as Table3Summary['ranks'];
  for (const metric of ['dtw', 'euclidean'] as const) {
    const columns = (['random', 'euclideanInit'] as const).map((init) =>
      averageRanks(used.map((r) => TABLE3_METHODS.map((m) => r[init][m.method][metric]))),
    );
    TABLE3_METHODS.forEach((m, i) => (ranks[metric][m.method] = [columns[0]![i] ?? Number.NaN, columns[1]![i] ?? Number.NaN]));
  }
  return {
    datasets: used.map((r) => r.dataset),
    skipped: results.filter((r) => r.skipped !== undefined).map((r) => ({ dataset: r.dataset, reason: r.skipped ?? '' })),
    ranks,
  };
}

/**
 * Render the summary beside the paper's ranks, plus the per-dataset losses.
 * @param summary - from {@link summarizeTable3}.
 * @param results - the records (for the per-dataset table).
 * @returns `{ markdown, csv }`: the CSV has one row per (metric, method) with ours and the paper's ranks.
 * @example const { markdown } = renderTable3(summarizeTable3(records), records);
 */
export function renderTable3(summary: Table3Summary, results: readonly Table3Result[]): { markdown: string; csv: string } {
  const f = (x: number): string => (Number.isFinite(x) ? x.toFixed(2) : '–');
  const header = ['Training loss', 'ours, random init', 'paper, random init', 'ours, Euclidean init', 'paper, Euclidean init'];
  const section = (metric: 'dtw' | 'euclidean'): (string | number)[][] =>
    TABLE3_METHODS.map((m) => {
      const [ourRandom, ourInit] = summary.ranks[metric][m.method];
      const [paperRandom, paperInit] = PAPER_TABLE3[metric][m.method];
      return [m.label, f(ourRandom), f(paperRandom), f(ourInit), f(paperInit)];
    });
  const detailHeader = ['dataset', 'train', 'test', 'length', 'seconds', ...TABLE3_METHODS.flatMap((m) => [`DTW ${m.label}`, `DTW ${m.label}, Eucl. init`])];
  const e = (x: number): string => (Number.isFinite(x) ? x.toPrecision(4) : '–');
  const detail = results.map((r) => [
    r.skipped === undefined ? r.dataset : `${r.dataset} (skipped: ${r.skipped})`,
    r.train,
    r.test,
    r.length,
    r.wallSeconds.toFixed(1),
    ...TABLE3_METHODS.flatMap((m) => [e(r.random[m.method].dtw), e(r.euclideanInit[m.method].dtw)]),
  ]);
  const euclideanDetail = results.map((r) => [
    r.dataset,
    ...TABLE3_METHODS.flatMap((m) => [e(r.random[m.method].euclidean), e(r.euclideanInit[m.method].euclidean)]),
  ]);
  const markdown = [
    `# Table 3: average rank of the MLP's test loss (${summary.datasets.length} datasets; lower is better)`,
    '',
    'When evaluating with the DTW loss:',
    '',
    renderMarkdownTable(header, section('dtw')),
    'When evaluating with the Euclidean loss:',
    '',
    renderMarkdownTable(header, section('euclidean')),
    `Datasets: ${summary.datasets.join(', ') || 'none'}.`,
    ...(summary.skipped.length > 0 ? ['', `Skipped: ${summary.skipped.map((s) => `${s.dataset} (${s.reason})`).join(', ')}.`] : []),
    '',
    '## Mean test DTW loss per dataset',
    '',
    renderMarkdownTable(detailHeader, detail),
    '## Mean test Euclidean loss per dataset',
    '',
    renderMarkdownTable(['dataset', ...TABLE3_METHODS.flatMap((m) => [`Eucl. ${m.label}`, `Eucl. ${m.label}, Eucl. init`])], euclideanDetail),
  ].join('\n');
  const csvRows = (['dtw', 'euclidean'] as const).flatMap((metric) =>
    TABLE3_METHODS.map((m) => {
      const [ourRandom, ourInit] = summary.ranks[metric][m.method];
      const [paperRandom, paperInit] = PAPER_TABLE3[metric][m.method];
      return [metric, m.method, f(ourRandom), paperRandom, f(ourInit), paperInit, summary.datasets.length];
    }),
  );
  const csv = renderCsv(['metric', 'training_loss', 'ours_random_init', 'paper_random_init', 'ours_euclidean_init', 'paper_euclidean_init', 'datasets'], csvRows);
  return { markdown, csv };
}
