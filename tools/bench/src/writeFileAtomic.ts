import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Writes a file atomically: the text goes to a temporary file in the same folder, which is then
 * renamed over the target, so a reader never sees a half-written result and a crash leaves the
 * previous one intact. Creates the folder if needed.
 *
 * @param path - target file
 * @param text - UTF-8 content
 * @example
 * ```ts
 * writeFileAtomic('tools/bench/results/latest.md', markdown);
 * ```
 */
export function writeFileAtomic(path: string, text: string): void {
  const folder = dirname(path);
  mkdirSync(folder, { recursive: true });
  const temporary = join(folder, `.${basename(path)}.${process.pid}.tmp`);
  writeFileSync(temporary, text, 'utf8');
  renameSync(temporary, path);
}
