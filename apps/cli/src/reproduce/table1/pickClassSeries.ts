/**
 * The draw of the paper's averaging experiment (Cuturi & Blondel, ICML 2017, arXiv:1703.01541,
 * §4.1): a class at random, then up to `count` of its series at random. Shared by Table 1 and the
 * Figure 5 plots, so the figure for seed s shows the series of Table 1's repetition with seed s.
 */
import { SeededRandom } from '@softdtw/datasets';

/**
 * Draw a class and some of its series.
 * @param series - the dataset's series `[m_i]`.
 * @param labels - one class label per series.
 * @param count - series to draw (fewer when the class is smaller).
 * @param seed - seed of the draw.
 * @returns `{ chosenClass, picked }`: the class (among the sorted class names) and its drawn series.
 * @example pickClassSeries(series, labels, 10, 0); // { chosenClass: '1', picked: [10 series of class 1] }
 */
export function pickClassSeries<S>(series: readonly S[], labels: readonly string[], count: number, seed: number): { chosenClass: string; picked: S[] } {
  const classNames = [...new Set(labels)].sort();
  const random = new SeededRandom(seed);
  const chosenClass = classNames[random.nextInt(0, classNames.length - 1)] ?? '';
  const members = series.filter((_, i) => labels[i] === chosenClass);
  return { chosenClass, picked: random.shuffle(members).slice(0, count) };
}
