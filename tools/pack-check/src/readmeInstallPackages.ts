/**
 * What a README tells users to install next to the package: the `npm install …` commands in
 * its shell blocks, up to the end of the `## Quick start` section. A backend's example may need
 * a package the backend only declares as an (optional) peer — `@tensorflow/tfjs-backend-cpu`,
 * `webgpu` — and a user following the README installs it; the consumer project does the same.
 */

const SHELL_BLOCK = /```(?:sh|bash|shell|console)\n([\s\S]*?)```/g;
const INSTALL_COMMAND = /^\s*(?:\$\s*)?npm\s+(?:install|i|add)\s+(.*)$/;

/**
 * Lists the package names in the README's `npm install` commands before the quick start ends.
 *
 * @param readme - the README's markdown
 * @returns package names without versions, in order of first mention, without duplicates
 * @example
 * ```ts
 * readmeInstallPackages('```sh\nnpm install @softdtw/core webgpu@0.6.2   # Node only\n```\n## Quick start\n');
 * // ['@softdtw/core', 'webgpu']
 * ```
 */
export function readmeInstallPackages(readme: string): string[] {
  const quickStart = readme.search(/^## Quick start/m);
  const nextHeading = quickStart < 0 ? -1 : readme.slice(quickStart + 3).search(/^## /m);
  const scope = quickStart < 0 ? readme : nextHeading < 0 ? readme : readme.slice(0, quickStart + 3 + nextHeading);
  const names: string[] = [];
  for (const block of scope.matchAll(SHELL_BLOCK)) {
    for (const line of (block[1] as string).split('\n')) {
      const command = INSTALL_COMMAND.exec(line.replace(/\s#.*$/, ''));
      if (command === null) continue;
      for (const spec of (command[1] as string).split(/\s+/)) {
        const name = packageName(spec);
        if (name !== undefined && !names.includes(name)) names.push(name);
      }
    }
  }
  return names;
}

/** `@scope/name@1.2.3` → `@scope/name`, `name@^1` → `name`; flags, paths and URLs → undefined. */
function packageName(spec: string): string | undefined {
  if (spec === '' || spec.startsWith('-') || /^(\.|\/|file:|https?:|git)/.test(spec)) return undefined;
  const match = /^(@[^/@\s]+\/[^/@\s]+|[^/@\s]+)(?:@.*)?$/.exec(spec);
  return match === null ? undefined : (match[1] as string);
}
