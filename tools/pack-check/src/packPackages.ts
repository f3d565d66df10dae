/**
 * Packs workspace packages with `npm pack`, exactly what `npm publish` would upload.
 */
import { join } from 'node:path';
import type { WorkspacePackage } from './listPublishablePackages.js';
import type { PackedPackage } from './consumerProject.js';
import { PackCheckError } from './PackCheckError.js';
import { runCommand } from './runCommand.js';

/** A packed package and the paths inside its tarball. */
export interface PackResult extends PackedPackage {
  /** Paths relative to the tarball's `package/` root. */
  readonly files: readonly string[];
  /** Compressed size in bytes. */
  readonly size: number;
}

interface NpmPackEntry {
  readonly name: string;
  readonly filename: string;
  readonly integrity: string;
  readonly size: number;
  readonly files: readonly { readonly path: string }[];
}

/**
 * Runs one `npm pack -w <dir>… --json --pack-destination <dir>` at the workspace root.
 *
 * @param workspaceRoot - repository root
 * @param packages - the packages to pack
 * @param destination - directory for the `.tgz` files
 * @returns one result per package, in the given order
 * @throws PackCheckError `COMMAND_FAILED` when npm pack fails
 * @example
 * ```ts
 * const [core] = await packPackages('/repo', [corePackage], '/tmp/tarballs'); // core.tarball === '/tmp/tarballs/softdtw-core-0.0.0.tgz'
 * ```
 */
export async function packPackages(workspaceRoot: string, packages: readonly WorkspacePackage[], destination: string): Promise<PackResult[]> {
  const workspaces = packages.flatMap((p) => ['-w', `packages/${p.dirName}`]);
  const args = ['pack', ...workspaces, '--json', '--pack-destination', destination];
  const result = await runCommand('npm', args, { cwd: workspaceRoot, timeoutMs: 120_000 });
  if (result.code !== 0) {
    throw new PackCheckError('COMMAND_FAILED', `expected npm ${args.join(' ')} to exit 0, got ${result.code}:\n${result.stderr.slice(-4000)}`);
  }
  const entries = JSON.parse(result.stdout) as NpmPackEntry[];
  return packages.map((p) => {
    const entry = entries.find((e) => e.name === p.manifest.name);
    if (entry === undefined) throw new PackCheckError('COMMAND_FAILED', `expected npm pack to report ${p.manifest.name}, got ${entries.map((e) => e.name).join(', ')}.`);
    return { manifest: p.manifest, tarball: join(destination, entry.filename), integrity: entry.integrity, files: entry.files.map((f) => f.path), size: entry.size };
  });
}
