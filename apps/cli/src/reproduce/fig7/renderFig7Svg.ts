/**
 * A scatter plot in the style of the paper's Figure 7: one point per dataset at
 * (DBA accuracy, soft-DTW accuracy), both axes from 0 to 1, with the diagonal; points above it are
 * datasets where soft-DTW barycenters classify better.
 */
import type { Fig7Result } from './runFig7Dataset.js';

/**
 * Render the Figure 7 scatter as a standalone SVG.
 * @param records - one point per record.
 * @returns SVG text (400 × 400 px).
 * @example writeFileAtomic('fig7.svg', renderFig7Svg(records));
 */
export function renderFig7Svg(records: readonly Pick<Fig7Result, 'dataset' | 'softDtwAccuracy' | 'dbaAccuracy'>[]): string {
  const size = 400;
  const margin = 50;
  const span = size - 2 * margin;
  const x = (a: number): number => margin + a * span;
  const y = (a: number): number => size - margin - a * span;
  const escape = (text: string): string => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
  const ticks = [0, 0.25, 0.5, 0.75, 1];
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}" font-family="sans-serif" font-size="12">`,
    `<rect width="${size}" height="${size}" fill="white"/>`,
    `<rect x="${margin}" y="${margin}" width="${span}" height="${span}" fill="none" stroke="#444"/>`,
    `<line x1="${x(0)}" y1="${y(0)}" x2="${x(1)}" y2="${y(1)}" stroke="#999" stroke-dasharray="4 3"/>`,
    ...ticks.flatMap((t) => [
      `<text x="${x(t)}" y="${size - margin + 16}" text-anchor="middle">${t}</text>`,
      `<text x="${margin - 6}" y="${y(t) + 4}" text-anchor="end">${t}</text>`,
    ]),
    `<text x="${size / 2}" y="${size - 10}" text-anchor="middle">DBA accuracy</text>`,
    `<text x="14" y="${size / 2}" text-anchor="middle" transform="rotate(-90 14 ${size / 2})">soft-DTW accuracy</text>`,
    ...records.map(
      (r) => `<circle cx="${x(r.dbaAccuracy).toFixed(1)}" cy="${y(r.softDtwAccuracy).toFixed(1)}" r="4" fill="#1f77b4" fill-opacity="0.7"><title>${escape(r.dataset)}</title></circle>`,
    ),
    '</svg>',
    '',
  ].join('\n');
}
