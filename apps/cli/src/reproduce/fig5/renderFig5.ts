/**
 * Figure 5 in the paper's style, from a results record: for one seed and one initialisation, a
 * 2-column grid with one panel per method (soft-DTW at each γ, DBA, the subgradient method), the
 * averaged series in grey and the method's barycenter in red, each titled with its DTW loss; plus
 * the markdown table of those losses.
 */
import { renderMarkdownTable } from '../renderMarkdownTable.js';
import type { SeriesPanelsChart } from '../renderSeriesPanels.js';
import { INITIALISATIONS, type Initialisation } from '../table1/table1Methods.js';
import type { Fig5Draw, Fig5Result } from './runFig5Dataset.js';

/**
 * The chart of one draw and initialisation.
 * @param record - the dataset's record.
 * @param draw - one of `record.draws`.
 * @param init - which initialisation's barycenters.
 * @returns the panels for {@link renderSeriesPanels}.
 * @example const { svg, png } = await renderSeriesPanels(fig5Chart(record, record.draws[0], 'random'));
 */
export function fig5Chart(record: Pick<Fig5Result, 'dataset' | 'config'>, draw: Fig5Draw, init: Initialisation): SeriesPanelsChart {
  const initLabel = INITIALISATIONS.find((i) => i.key === init)?.label ?? init;
  const maxIter = typeof record.config['maxIter'] === 'number' ? `, at most ${record.config['maxIter']} iterations` : '';
  return {
    title: `${record.dataset}, class ${draw.chosenClass}: barycenters of ${draw.series.length} series (${initLabel})`,
    subtitle: `red: the barycenter; grey: the series it averages. DTW loss: Eq. 4 with γ = 0, lower is better. Seed ${draw.seed}${maxIter}.`,
    columns: 2,
    panels: draw.barycenters[init].map((b) => ({ title: `${b.label}: DTW loss ${b.loss.toPrecision(4)}`, series: draw.series, barycenter: b.barycenter })),
  };
}

/**
 * File stem of a figure: `fig5-<dataset>-<random|euclidean-mean>-seed<seed>`.
 * @param dataset - dataset name.
 * @param draw - the draw (its seed).
 * @param init - the initialisation.
 * @returns the stem (add `.svg` / `.png`).
 * @example fig5FileStem('ECG200', draw, 'random'); // 'fig5-ECG200-random-seed0'
 */
export function fig5FileStem(dataset: string, draw: Pick<Fig5Draw, 'seed'>, init: Initialisation): string {
  return `fig5-${dataset}-${init === 'random' ? 'random' : 'euclidean-mean'}-seed${draw.seed}`;
}

/**
 * The DTW losses of every drawn barycenter, one row per (dataset, seed, initialisation).
 * @param records - the records.
 * @returns markdown with a table and the figure files.
 * @example writeFileAtomic('fig5.md', renderFig5Markdown(records));
 */
export function renderFig5Markdown(records: readonly Fig5Result[]): string {
  const methods = records[0]?.draws[0]?.barycenters.random.map((b) => b.label) ?? [];
  const rows = records.flatMap((record) =>
    record.draws.flatMap((draw) =>
      INITIALISATIONS.map((init) => [
        record.dataset,
        draw.chosenClass,
        draw.seed,
        init.label,
        ...draw.barycenters[init.key].map((b) => b.loss.toPrecision(4)),
        `${fig5FileStem(record.dataset, draw, init.key)}.png`,
      ]),
    ),
  );
  return [
    '# Figure 5: barycenters drawn over the series they average',
    '',
    'DTW loss of each barycenter (Eq. 4 with γ = 0 and the 1/m_i weights, mean over the series; lower is better).',
    '',
    renderMarkdownTable(['dataset', 'class', 'seed', 'initialisation', ...methods, 'figure'], rows),
  ].join('\n');
}
