import { BenchError } from './BenchError.js';

/** One line of the `./sdtw_ref` table. */
export interface CReferenceRow {
  /** Case name, e.g. `cost+fwd n=1024 p=8` or `batch1024x128 cost+fwd 1thr`. */
  readonly caseName: string;
  /** DP cells per run (n·m, or pairs·n·m). */
  readonly cells: number;
  /** Median wall time of one run, ms. */
  readonly medianMs: number;
  /** Median ns per DP cell. */
  readonly nsPerCell: number;
}

/** The parsed output of one `./sdtw_ref <reps>` run. */
export interface CReferenceTable {
  /** The `# sdtw_ref (...)` header line without the `# `, which states compiler flags, γ and reps. */
  readonly header: string;
  readonly rows: readonly CReferenceRow[];
}

// `<case name, may contain spaces>  <cells>  <median_ms>  <ns/cell>` (printf "%-40s %10.0f %12.3f %10.3f").
const ROW = /^(\S.*?)\s+(\d+)\s+(\d+(?:\.\d+)?)\s+(\d+(?:\.\d+)?)$/;
const COLUMN_HEADER = /^case\s+cells\s+median_ms\s+ns\/cell$/;

/**
 * Parses the table that `./sdtw_ref <reps>` prints (see `bench_common.h`, `report`).
 *
 * Comment lines start with `#`; the column header line is `case cells median_ms ns/cell`;
 * every other non-blank line is a row whose last three fields are numbers.
 *
 * @param text - the full stdout of `./sdtw_ref`
 * @returns the header comment and the rows, in printed order
 * @throws BenchError `BAD_C_OUTPUT` on a line that is none of the above, or when there are no rows
 * @example
 * ```ts
 * parseCReferenceOutput('case cells median_ms ns/cell\ncost+fwd n=256 p=1  65536  3.5  53.4\n').rows[0];
 * // { caseName: 'cost+fwd n=256 p=1', cells: 65536, medianMs: 3.5, nsPerCell: 53.4 }
 * ```
 */
export function parseCReferenceOutput(text: string): CReferenceTable {
  let header = '';
  const rows: CReferenceRow[] = [];
  for (const [index, rawLine] of text.split('\n').entries()) {
    const line = rawLine.trim();
    if (line === '' || COLUMN_HEADER.test(line)) continue;
    if (line.startsWith('#')) {
      if (header === '') header = line.replace(/^#\s*/, '');
      continue;
    }
    const match = ROW.exec(line);
    if (match === null) {
      throw new BenchError(
        'BAD_C_OUTPUT',
        `parseCReferenceOutput: expected "<case> <cells> <median_ms> <ns/cell>" on line ${index + 1}, got "${line}". ` +
          'Was sdtw_ref.c changed? Update the parser to its new format.',
      );
    }
    rows.push({ caseName: match[1]!, cells: Number(match[2]), medianMs: Number(match[3]), nsPerCell: Number(match[4]) });
  }
  if (rows.length === 0) {
    throw new BenchError('BAD_C_OUTPUT', `parseCReferenceOutput: expected at least one result row, got none in ${JSON.stringify(text.slice(0, 200))}.`);
  }
  return { header, rows };
}

/**
 * Looks up one case of a parsed C table by its exact name.
 *
 * @param table - parsed `./sdtw_ref` output
 * @param caseName - e.g. `cost+fwd+bwd+grad n=4096 p=1`
 * @returns the row
 * @throws BenchError `MISSING_C_CASE` (listing the names present) when no row has that name
 * @example
 * ```ts
 * findCReferenceRow(table, 'batch1024x128 cost+fwd 1thr').nsPerCell;
 * ```
 */
export function findCReferenceRow(table: CReferenceTable, caseName: string): CReferenceRow {
  const row = table.rows.find((candidate) => candidate.caseName === caseName);
  if (row === undefined) {
    const present = table.rows.map((candidate) => candidate.caseName).join(', ');
    throw new BenchError('MISSING_C_CASE', `findCReferenceRow: expected a row named "${caseName}" in the sdtw_ref output, got only: ${present}.`);
  }
  return row;
}
