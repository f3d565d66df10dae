/**
 * Typed errors thrown by @softdtw/datasets. Each has a stable `code`, and its message follows the
 * workspace form "<op>: expected <what>, got <what>. <How to fix>."
 *
 * The package has no dependencies, so it does not share core's `SoftDtwError` class; the shape
 * (`name`, `code`, `message`) is the same, so callers can switch on `code` across packages.
 */

/** Base class of every error thrown by @softdtw/datasets; `code` is stable across versions. */
export class DatasetError extends Error {
  /** Stable machine-readable code, e.g. 'E_UCR_PARSE'. */
  readonly code: string;

  /**
   * @param code - stable error code
   * @param message - "<op>: expected <what>, got <what>. <How to fix>."
   * @example
   * new DatasetError('E_EXAMPLE', 'zNormalize: expected x, got y. Do z.');
   */
  constructor(code: string, message: string) {
    super(message);
    this.code = code;
    this.name = new.target.name;
  }
}

/**
 * A UCR `.tsv` text is malformed. Code 'E_UCR_PARSE'. `line` and `column` are 1-based; the column
 * counts tab-separated fields, so the label is column 1 and the first value of the series column 2.
 * `line` and `column` are 0 when the problem is the file as a whole (e.g. it is empty).
 */
export class UcrParseError extends DatasetError {
  /** The `source` given to the parser (usually the file path). */
  readonly source: string;
  /** 1-based physical line (CRLF and LF both count as one line break); 0 for the whole file. */
  readonly line: number;
  /** 1-based field number on that line (label = 1); 0 for the whole line or file. */
  readonly column: number;

  /**
   * @param source - file name or description of the text
   * @param line - 1-based line, 0 for the whole file
   * @param column - 1-based field, 0 for the whole line
   * @param message - the full message, starting with the location
   * @example
   * new UcrParseError('ECG200_TRAIN.tsv', 3, 5, 'ECG200_TRAIN.tsv, line 3, column 5: expected a number, got "abc". Fix the value.');
   */
  constructor(source: string, line: number, column: number, message: string) {
    super('E_UCR_PARSE', message);
    this.source = source;
    this.line = line;
    this.column = column;
  }
}

/** An argument has the wrong type or value (fractions, seed, sizes, options). Code 'E_INVALID_ARGUMENT'. */
export class InvalidArgumentError extends DatasetError {
  /**
   * @param message - "<op>: expected <what>, got <what>. <How to fix>."
   * @example
   * new InvalidArgumentError('cylinderBellFunnel: expected perClass ≥ 1, got 0. Pass a positive integer.');
   */
  constructor(message: string) {
    super('E_INVALID_ARGUMENT', message);
  }
}

/**
 * A dataset name is not in the directory (or a requested split is missing). Code
 * 'E_DATASET_NOT_FOUND'. `available` lists what could have been asked for instead.
 */
export class DatasetNotFoundError extends DatasetError {
  /** The names (or splits) that do exist, sorted. */
  readonly available: readonly string[];

  /**
   * @param message - names what was asked for, where it was looked for, and what exists
   * @param available - names or splits that exist
   * @example
   * new DatasetNotFoundError('readUcrDataset: expected a dataset named "Foo" in /data/ucr, got none. Pick one of: CBF, ECG200.', ['CBF', 'ECG200']);
   */
  constructor(message: string, available: readonly string[]) {
    super('E_DATASET_NOT_FOUND', message);
    this.available = available;
  }
}

/** A file or directory cannot be read (missing, permissions, not a directory). Code 'E_DATASET_FILE'. */
export class DatasetFileError extends DatasetError {
  /** The path that could not be read. */
  readonly path: string;

  /**
   * @param path - the path that failed
   * @param message - says what was read, the system error code and how to fix it
   * @example
   * new DatasetFileError('/data/ucr', 'listUcrDatasets: expected a readable directory at /data/ucr, got ENOENT. Check the path.');
   */
  constructor(path: string, message: string) {
    super('E_DATASET_FILE', message);
    this.path = path;
  }
}
