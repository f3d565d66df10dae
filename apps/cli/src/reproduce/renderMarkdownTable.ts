/** A plain GitHub-flavoured markdown table. */

/**
 * Render a markdown table.
 * @param header - column titles.
 * @param rows - cells (strings or numbers; numbers are written as given).
 * @returns the table, one line per row, ending with a newline.
 * @example renderMarkdownTable(['a', 'b'], [[1, 2]]); // '| a | b |\n|---|---|\n| 1 | 2 |\n'
 */
export function renderMarkdownTable(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const line = (cells: readonly (string | number)[]): string => `| ${cells.map((c) => String(c).replaceAll('|', '\\|')).join(' | ')} |`;
  return [line(header), `|${header.map(() => '---').join('|')}|`, ...rows.map(line)].join('\n') + '\n';
}
