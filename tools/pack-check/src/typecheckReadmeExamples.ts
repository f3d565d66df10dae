/**
 * Type-checks the README examples in the consumer project against the installed tarballs'
 * `.d.ts`, the way a user's strict TypeScript project would. attw checks that each entry point
 * resolves to types; this checks that the types are usable: that a `.d.ts` does not import a
 * package the tarball does not depend on (a devDependency, say), and that the README's code
 * compiles. `skipLibCheck` is off, so errors inside our published `.d.ts` count (with it on,
 * TypeScript would silently turn an unresolvable import in a `.d.ts` into `any`); errors inside
 * third-party `.d.ts` are not ours to fix (the same policy as tsconfig.base.json's
 * `skipLibCheck`) and are returned apart, for information.
 */
import { writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import ts from 'typescript';

/** One README example to check. */
export interface ExampleSource {
  /** File stem and the key of the result, e.g. the package directory name. */
  readonly name: string;
  /** The package the example belongs to (its own `.d.ts` errors are reported with it). */
  readonly packageName: string;
  readonly code: string;
}

/** Diagnostics, formatted: by example name, and those in third-party files. */
export interface TypecheckReport {
  /** Errors in the example's file or in its own package's installed `.d.ts`. */
  readonly byExample: ReadonlyMap<string, readonly string[]>;
  /** Errors in other files (third-party typings): not counted against any example. */
  readonly thirdParty: readonly string[];
}

/**
 * Writes each example to `<projectDir>/readme-examples/<name>.mts` and type-checks them together
 * (strict, `module`/`moduleResolution` NodeNext, target ES2022, default libs and `@types`;
 * TypeScript's own lib files are not checked).
 *
 * @param projectDir - the consumer project with the tarballs installed
 * @param examples - the README examples
 * @param overrides - compiler options to change (tests use a smaller `lib` to run faster)
 * @returns formatted diagnostics for each example (those in its own file and in its package's
 *   installed `.d.ts`), and those in third-party files
 * @example
 * ```ts
 * const report = typecheckReadmeExamples('/tmp/consumer', [{ name: 'core', packageName: '@softdtw/core', code }]);
 * report.byExample.get('core'); // []
 * ```
 */
export function typecheckReadmeExamples(projectDir: string, examples: readonly ExampleSource[], overrides: ts.CompilerOptions = {}): TypecheckReport {
  const files = examples.map((example) => {
    const file = join(projectDir, 'readme-examples', `${example.name}.mts`);
    writeFileSync(file, example.code);
    return file;
  });
  const options: ts.CompilerOptions = {
    strict: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    noEmit: true,
    skipLibCheck: false,
    // TypeScript's own lib.*.d.ts are not checked (they are TypeScript's; checking lib.dom alone takes seconds).
    skipDefaultLibCheck: true,
    ...overrides,
  };
  const program = ts.createProgram(files, options);
  const byExample = new Map<string, string[]>(examples.map((example) => [example.name, []]));
  const thirdParty: string[] = [];
  const host: ts.FormatDiagnosticsHost = { getCanonicalFileName: (f) => f, getCurrentDirectory: () => projectDir, getNewLine: () => '\n' };
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const text = ts.formatDiagnostic(diagnostic, host).trim();
    const file = diagnostic.file?.fileName.split('/').join(sep) ?? '';
    const owners = examples.filter((e) => file === join(projectDir, 'readme-examples', `${e.name}.mts`) || isInsidePackage(file, e.packageName));
    if (owners.length === 0) thirdParty.push(text);
    for (const owner of owners) byExample.get(owner.name)?.push(text);
  }
  return { byExample, thirdParty };
}

/** In `node_modules/<name>/`, but not in a dependency nested below it (`…/<name>/node_modules/…`). */
function isInsidePackage(file: string, packageName: string): boolean {
  const root = join('node_modules', packageName) + sep;
  const at = file.lastIndexOf(root);
  return at >= 0 && !file.slice(at + root.length).includes(`node_modules${sep}`);
}
