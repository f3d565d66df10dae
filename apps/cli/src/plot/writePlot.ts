/**
 * Write a plot where `--plot FILE` says: `.svg` as is, `.png` through resvg (bundled font). Both
 * atomically.
 */
import { extname } from 'node:path';
import { writeFileAtomic } from '../writeFileAtomic.js';
import { svgToPng } from './svgToPng.js';

/**
 * Write an SVG plot as SVG or PNG, by the file's extension.
 * @param path - `*.svg` or `*.png`.
 * @param svg - the SVG document.
 * @returns the number of bytes written.
 * @example writePlot('out/alignment.png', svg);
 */
export function writePlot(path: string, svg: string): number {
  const bytes = extname(path).toLowerCase() === '.png' ? svgToPng(svg) : new TextEncoder().encode(svg);
  writeFileAtomic(path, bytes);
  return bytes.length;
}
