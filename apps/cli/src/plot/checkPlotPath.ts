/**
 * `--plot FILE`: checked before any work is done (and without loading the plotting libraries).
 */
import { extname } from 'node:path';
import { CliUsageError } from '../CliUsageError.js';

/**
 * Check a `--plot` file name.
 * @param path - the value, or undefined.
 * @returns the path, unchanged.
 * @throws {@link CliUsageError} unless it ends in `.svg` or `.png`.
 * @example checkPlotPath('alignment.png'); // 'alignment.png'
 */
export function checkPlotPath(path: string | undefined): string | undefined {
  if (path === undefined) return undefined;
  const extension = extname(path).toLowerCase();
  if (extension !== '.svg' && extension !== '.png') {
    throw new CliUsageError(`--plot: expected a file ending in .svg or .png, got "${path}". Example: --plot alignment.png`);
  }
  return path;
}
