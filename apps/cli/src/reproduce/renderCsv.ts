/** RFC 4180 CSV text. */

/**
 * Render rows as CSV; cells with a comma, quote or newline are quoted.
 * @param header - column titles.
 * @param rows - cells.
 * @returns the CSV text ending with a newline.
 * @example renderCsv(['name', 'x'], [['a,b', 1]]); // 'name,x\n"a,b",1\n'
 */
export function renderCsv(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const cell = (c: string | number): string => {
    const text = String(c);
    return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return [header, ...rows].map((r) => r.map(cell).join(',')).join('\n') + '\n';
}
