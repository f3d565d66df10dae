/**
 * Parser for the `datasets.csv` catalog that sits beside the UCR copy in `../shared/data/ucr/`
 * (one row per dataset of the 2018 archive: status here, measured and expected counts). Pure
 * (text in); {@link listUcrDatasets} reads the file.
 *
 * Only the columns this package uses are interpreted, found by header name so the column order
 * may change: `name`, `name2015`, `origin`, `status`, `type`, `n_train`, `n_test`, `length`,
 * `n_classes`, `labels`, `z_normalized`, `nan_values`. A missing column gives `undefined` fields,
 * an empty cell too. `length` is either `128` or `80-360 (padded to 360)` (variable length).
 * Fields may be double-quoted (RFC 4180, `""` for a quote), although the shipped file has none.
 */
import { UcrParseError } from '../errors.js';

/** One row of `datasets.csv`: what the archive copy's maintainers measured for a dataset. */
export interface UcrCatalogEntry {
  /** 2018 name, e.g. `'GunPoint'`. */
  readonly name: string;
  /** 2015 name when it differs (e.g. `'Gun_Point'`), else the same as `name` or undefined. */
  readonly name2015?: string;
  /** `'2015 archive'` or `'2018 addition'`. */
  readonly origin?: string;
  /** Raw status: `'train+test'`, `'TRAIN only'`, `'absent (…)'`, `'skipped (…)'`. */
  readonly status: string;
  /** Domain, e.g. `'Motion'`, `'ECG'`, `'Simulated'`. */
  readonly type?: string;
  /** Rows counted in the TRAIN file. */
  readonly nTrain?: number;
  /** Rows counted in the TEST file. */
  readonly nTest?: number;
  /** Shortest true series length. */
  readonly minLength?: number;
  /** Longest true series length (the padded width for variable-length datasets). */
  readonly maxLength?: number;
  /** Number of classes. */
  readonly nClasses?: number;
  /** Label codes as written, e.g. `'1 2'`, `'1..37'`, `'-1 1'`. */
  readonly labels?: string;
  /** Whether every series is z-normalised already. */
  readonly zNormalized?: boolean;
  /** Number of `NaN` fields in the files (padding and missing values together). */
  readonly nanValues?: number;
}

/**
 * Parse the text of `datasets.csv`.
 *
 * @param text - the CSV text, header first
 * @param source - path for error messages
 * @returns `[rows]` entries in file order
 * @throws {@link UcrParseError} when the header has no `name` or `status` column, or a row has
 *   an unterminated quote
 * @example
 * parseUcrCatalog('name,status,n_train\nCBF,train+test,30\n', 'datasets.csv')[0].nTrain; // 30
 */
export function parseUcrCatalog(text: string, source: string): UcrCatalogEntry[] {
  const lines = text.split(/\r\n|\n|\r/);
  const header = splitCsvLine(lines[0] ?? '', source, 1);
  const column = (name: string): number => header.indexOf(name);
  const nameColumn = column('name');
  const statusColumn = column('status');
  if (nameColumn < 0 || statusColumn < 0) {
    throw new UcrParseError(source, 1, 0,
      `parseUcrCatalog: ${source}, line 1: expected a header with "name" and "status" columns, got [${header.join(', ')}]. ` +
        'Pass the datasets.csv that comes with the UCR copy, or remove the file to list folders only.');
  }
  const entries: UcrCatalogEntry[] = [];
  for (let lineIndex = 1; lineIndex < lines.length; lineIndex++) {
    const line = lines[lineIndex] ?? '';
    if (line.trim() === '') continue;
    const cells = splitCsvLine(line, source, lineIndex + 1);
    const text = (name: string): string | undefined => {
      const index = column(name);
      const cell = index < 0 ? undefined : cells[index]?.trim();
      return cell === undefined || cell === '' ? undefined : cell;
    };
    const count = (name: string): number | undefined => {
      const cell = text(name);
      const value = cell === undefined ? Number.NaN : Number(cell);
      return Number.isInteger(value) ? value : undefined;
    };
    const lengths = parseLengthCell(text('length'));
    const zNormalized = text('z_normalized');
    entries.push({
      name: text('name') ?? '',
      status: text('status') ?? '',
      ...optional('name2015', text('name2015')),
      ...optional('origin', text('origin')),
      ...optional('type', text('type')),
      ...optional('nTrain', count('n_train')),
      ...optional('nTest', count('n_test')),
      ...optional('minLength', lengths?.[0]),
      ...optional('maxLength', lengths?.[1]),
      ...optional('nClasses', count('n_classes')),
      ...optional('labels', text('labels')),
      ...optional('zNormalized', zNormalized === undefined ? undefined : zNormalized === 'yes'),
      ...optional('nanValues', count('nan_values')),
    });
  }
  return entries;
}

/** `{ [key]: value }` when value is defined, `{}` otherwise (exactOptionalPropertyTypes-friendly). */
function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

/** `'128'` → [128, 128]; `'80-360 (padded to 360)'` → [80, 360]; anything else → undefined. */
function parseLengthCell(cell: string | undefined): [number, number] | undefined {
  if (cell === undefined) return undefined;
  const match = /^(\d+)(?:\s*-\s*(\d+))?/.exec(cell);
  if (match === null) return undefined;
  const min = Number(match[1]);
  return [min, match[2] === undefined ? min : Number(match[2])];
}

/** Split one CSV line into cells, honouring double quotes. */
function splitCsvLine(line: string, source: string, lineNumber: number): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
      } else {
        cell += char;
      }
    } else if (char === '"') {
      quoted = true;
    } else if (char === ',') {
      cells.push(cell);
      cell = '';
    } else {
      cell += char;
    }
  }
  if (quoted) {
    throw new UcrParseError(source, lineNumber, cells.length + 1,
      `parseUcrCatalog: ${source}, line ${lineNumber}, column ${cells.length + 1}: expected a closing double quote, got the end of the line. ` +
        'Close the quote (a quote inside a quoted cell is written "").');
  }
  cells.push(cell);
  return cells;
}
