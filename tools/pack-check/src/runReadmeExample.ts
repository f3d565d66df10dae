/**
 * Runs a README example in the consumer project the way a user would: plain Node on the
 * installed packages (no `@softdtw/source` condition, no tsx), after stripping the types with
 * TypeScript's `transpileModule` into an `.mjs` file.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { isolatedEnvironment, runCommand, type CommandResult } from './runCommand.js';

/**
 * Transpiles `code` to `<projectDir>/readme-examples/<name>.mjs` and runs it with Node.
 *
 * @param projectDir - the consumer project (its `node_modules` holds the installed tarballs)
 * @param name - file stem, e.g. the package directory name
 * @param code - the README's TypeScript example
 * @param timeoutMs - killed after this long
 * @param env - extra environment variables (on top of {@link isolatedEnvironment})
 * @returns the process result (exit code, stdout, stderr)
 * @example
 * ```ts
 * const { code, stdout } = await runReadmeExample('/tmp/consumer', 'core', "import { softDtw } from '@softdtw/core';\nconsole.log(softDtw([0], [1]));", 60_000);
 * ```
 */
export async function runReadmeExample(projectDir: string, name: string, code: string, timeoutMs: number, env: NodeJS.ProcessEnv = {}): Promise<CommandResult> {
  const { outputText } = ts.transpileModule(code, {
    fileName: `${name}.ts`,
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: true },
  });
  const dir = join(projectDir, 'readme-examples');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}.mjs`);
  writeFileSync(file, outputText);
  return runCommand(process.execPath, [file], { cwd: projectDir, timeoutMs, env: { ...isolatedEnvironment(), ...env } });
}
