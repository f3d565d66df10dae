/**
 * Reads a package README's runnable example the way each package's own README test does: the
 * first fenced ```ts block under the `## Quick start` heading. What it should print is taken,
 * in this order of preference, from
 *
 * 1. the first ```text block after the code, in the same section: stdout must equal it;
 * 2. `// → <line>` comments in the code: each line must be printed, in that order;
 * 3. trailing comments on `console.log(...)` lines that state a value (`// 20.75`,
 *    `// [ -53, -68 ]`, `// true`): each must appear in stdout, in that order. Prose comments
 *    (`// soft-DTW value (can be negative)`) state nothing and are ignored.
 */
import { PackCheckError } from './PackCheckError.js';

/** What the README says the example prints. */
export type ExpectedOutput =
  | { readonly kind: 'exact'; readonly text: string }
  | { readonly kind: 'lines'; readonly lines: readonly string[] }
  | { readonly kind: 'values'; readonly values: readonly string[] }
  | { readonly kind: 'none' };

/** The README's runnable example and what it should print. */
export interface ReadmeQuickStart {
  /** TypeScript source of the example, as shown. */
  readonly code: string;
  readonly expected: ExpectedOutput;
}

const HEADING = '## Quick start';
/** A comment that states a printed value: numbers, arrays, quoted strings, booleans. */
const STATED_VALUE = /^(?:[-+]?(?:\d|\.\d)[\d.eE+-]*|\[[^\]]*\]|\{[^}]*\}|'[^']*'|"[^"]*"|true|false|null|NaN|-?Infinity)$/;

/**
 * Extracts the quick-start example of a README.
 *
 * @param readme - the README's markdown
 * @returns the example's code and its expected output
 * @throws PackCheckError `NO_README_EXAMPLE` when there is no ```ts block under `## Quick start`
 * @example
 * ```ts
 * readmeQuickStart('## Quick start\n\n```ts\nconsole.log(1 + 1);\n```\n\n```text\n2\n```\n').expected; // { kind: 'exact', text: '2\n' }
 * ```
 */
export function readmeQuickStart(readme: string): ReadmeQuickStart {
  const start = readme.indexOf(`\n${HEADING}`) >= 0 ? readme.indexOf(`\n${HEADING}`) + 1 : readme.startsWith(HEADING) ? 0 : -1;
  if (start < 0) throw noExample(`no "${HEADING}" heading`);
  const afterHeading = readme.slice(start + HEADING.length);
  const nextHeading = afterHeading.search(/\n## /);
  const section = nextHeading < 0 ? afterHeading : afterHeading.slice(0, nextHeading);

  const codeMatch = /```ts\n([\s\S]*?)```/.exec(section);
  if (codeMatch === null) throw noExample(`no \`\`\`ts block under "${HEADING}"`);
  const code = codeMatch[1] as string;

  const afterCode = section.slice(codeMatch.index + codeMatch[0].length);
  const textMatch = /```text\n([\s\S]*?)```/.exec(afterCode);
  if (textMatch !== null) return { code, expected: { kind: 'exact', text: textMatch[1] as string } };

  const arrowLines = [...code.matchAll(/^\s*\/\/ → (.*)$/gm)].map((m) => (m[1] as string).trim());
  if (arrowLines.length > 0) return { code, expected: { kind: 'lines', lines: arrowLines } };

  const values = [...code.matchAll(/console\.log\(.*\);?\s*\/\/ (.*)$/gm)].map((m) => (m[1] as string).trim()).filter((c) => STATED_VALUE.test(c));
  if (values.length > 0) return { code, expected: { kind: 'values', values } };
  return { code, expected: { kind: 'none' } };
}

/**
 * Compares what an example printed with what its README says it prints.
 *
 * @param expected - from {@link readmeQuickStart}
 * @param stdout - the example's standard output
 * @returns `undefined` when they agree, else a message saying what was expected and what was printed
 * @example
 * ```ts
 * printedOutputMismatch({ kind: 'values', values: ['[ -53, -68 ]'] }, '[ -53, -68 ]\n'); // undefined
 * ```
 */
export function printedOutputMismatch(expected: ExpectedOutput, stdout: string): string | undefined {
  switch (expected.kind) {
    case 'none':
      return undefined;
    case 'exact':
      return stdout === expected.text ? undefined : `expected the README's output block exactly:\n${expected.text}\ngot:\n${stdout}`;
    case 'lines': {
      const printed = stdout.split('\n').map((line) => line.trim());
      let from = 0;
      for (const line of expected.lines) {
        const at = printed.indexOf(line, from);
        if (at < 0) return `expected the printed line "${line}" (from a "// → " comment, in order), got:\n${stdout}`;
        from = at + 1;
      }
      return undefined;
    }
    case 'values': {
      const squash = (s: string): string => s.replace(/\s+/g, '');
      const printed = squash(stdout);
      let from = 0;
      for (const value of expected.values) {
        const at = printed.indexOf(squash(value), from);
        if (at < 0) return `expected the value "${value}" (from a console.log comment, in order) in the output, got:\n${stdout}`;
        from = at + squash(value).length;
      }
      return undefined;
    }
  }
}

function noExample(what: string): PackCheckError {
  return new PackCheckError(
    'NO_README_EXAMPLE',
    `expected a runnable example in README.md (a \`\`\`ts block under "${HEADING}", optionally followed by a \`\`\`text block of its output), got ${what}. Add one.`,
  );
}
