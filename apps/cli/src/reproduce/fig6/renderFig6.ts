/**
 * Figure 6 in the paper's style, from a results record: one row per k-means variant (soft-DTW at
 * each γ, then DBA) and one column per cluster, each panel drawing the cluster's series in grey and
 * its centroid in red. Clusters are ordered by their majority class so that the columns of the rows
 * show the same group; the markdown table gives each run's DTW k-means loss (Table 2's score).
 */
import { renderMarkdownTable } from '../renderMarkdownTable.js';
import type { SeriesPanelsChart } from '../renderSeriesPanels.js';
import { INITIALISATIONS, type Initialisation } from '../table1/table1Methods.js';
import type { Fig6Clustering, Fig6Draw, Fig6Result } from './runFig6Dataset.js';

/**
 * The clusters of a run in display order: by majority class (classes sorted by name), then by size.
 * @param clustering - centroids and assignment.
 * @param classes - the true class of each series.
 * @returns cluster indices with their size, majority class and its count.
 * @example orderClusters({ centroids: [[0], [1]], assignment: [1, 0, 1] }, ['a', 'b', 'a']); // cluster 1 (class a) first
 */
export function orderClusters(
  clustering: Pick<Fig6Clustering, 'centroids' | 'assignment'>,
  classes: readonly string[],
): { cluster: number; size: number; majority: string; majorityCount: number }[] {
  const names = [...new Set(classes)].sort();
  const info = clustering.centroids.map((_, cluster) => {
    const counts = new Map<string, number>();
    clustering.assignment.forEach((j, i) => {
      if (j === cluster) counts.set(classes[i] ?? '', (counts.get(classes[i] ?? '') ?? 0) + 1);
    });
    let majority = '';
    let majorityCount = 0;
    for (const name of names) {
      const count = counts.get(name) ?? 0;
      if (count > majorityCount) [majority, majorityCount] = [name, count];
    }
    return { cluster, size: [...counts.values()].reduce((a, b) => a + b, 0), majority, majorityCount };
  });
  const rank = (name: string): number => (name === '' ? names.length : names.indexOf(name));
  return info.sort((a, b) => rank(a.majority) - rank(b.majority) || b.size - a.size || a.cluster - b.cluster);
}

/**
 * The chart of one draw and initialisation.
 * @param record - the dataset's record.
 * @param draw - one of `record.draws`.
 * @param init - which initialisation's runs.
 * @returns the panels for {@link renderSeriesPanels} (k columns, one row per run).
 * @example const { svg, png } = await renderSeriesPanels(fig6Chart(record, record.draws[0], 'random'));
 */
export function fig6Chart(record: Pick<Fig6Result, 'dataset' | 'k' | 'config'>, draw: Fig6Draw, init: Initialisation): SeriesPanelsChart {
  const initLabel = INITIALISATIONS.find((i) => i.key === init)?.label ?? init;
  const panels = draw.clusterings[init].flatMap((clustering) =>
    orderClusters(clustering, draw.classes).map(({ cluster, size, majority, majorityCount }) => ({
      title: `${clustering.label}: ${size} series${size > 0 ? `, ${majorityCount} of class ${majority}` : ''}`,
      series: draw.series.filter((_, i) => clustering.assignment[i] === cluster),
      barycenter: clustering.centroids[cluster] ?? [],
    })),
  );
  const losses = draw.clusterings[init].map((c) => `${c.label} ${c.loss.toPrecision(4)}`).join(', ');
  const rounds = typeof record.config['maxOuter'] === 'number' ? `at most ${record.config['maxOuter']} rounds` : '';
  const inner = typeof record.config['maxIter'] === 'number' ? ` and ${record.config['maxIter']} barycenter iterations` : '';
  return {
    title: `${record.dataset}: k-means clusters (k = ${record.k}, ${draw.series.length} series, ${initLabel})`,
    subtitle: `red: the centroid; grey: the cluster's series. DTW k-means loss (Eq. 5, γ = 0): ${losses}. Seed ${draw.seed}; ${rounds}${inner}.`,
    columns: Math.max(1, record.k),
    panels,
    barycenterLabel: 'centroid',
    width: 240,
    height: 160,
  };
}

/**
 * File stem of a figure: `fig6-<dataset>-<random|euclidean-mean>-seed<seed>`.
 * @param dataset - dataset name.
 * @param draw - the draw (its seed).
 * @param init - the initialisation.
 * @returns the stem (add `.svg` / `.png`).
 * @example fig6FileStem('CBF', draw, 'random'); // 'fig6-CBF-random-seed0'
 */
export function fig6FileStem(dataset: string, draw: Pick<Fig6Draw, 'seed'>, init: Initialisation): string {
  return `fig6-${dataset}-${init === 'random' ? 'random' : 'euclidean-mean'}-seed${draw.seed}`;
}

/**
 * The DTW k-means loss and rounds of every drawn run, one row per (dataset, seed, initialisation).
 * @param records - the records.
 * @returns markdown with a table and the figure files.
 * @example writeFileAtomic('fig6.md', renderFig6Markdown(records));
 */
export function renderFig6Markdown(records: readonly Fig6Result[]): string {
  const methods = records[0]?.draws[0]?.clusterings.random.map((c) => c.label) ?? [];
  const rows = records.flatMap((record) =>
    record.draws.flatMap((draw) =>
      INITIALISATIONS.map((init) => [
        record.dataset,
        draw.seed,
        init.label,
        ...draw.clusterings[init.key].map((c) => `${c.loss.toPrecision(4)} (${c.rounds} rounds)`),
        `${fig6FileStem(record.dataset, draw, init.key)}.png`,
      ]),
    ),
  );
  return [
    '# Figure 6: k-means clusters and their centroids',
    '',
    'k-means loss under DTW of each run (Eq. 5 with γ = 0 and the 1/m_i weights, mean over the series; lower is better), and the Lloyd rounds it took.',
    '',
    renderMarkdownTable(['dataset', 'seed', 'initialisation', ...methods, 'figure'], rows),
  ].join('\n');
}
