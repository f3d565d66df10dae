/**
 * The fields of a `package.json` that packing and installing look at.
 */

/** A conditional export target: a path, `null` (blocked), or nested conditions. */
export type ExportTarget = string | null | { readonly [condition: string]: ExportTarget };

/** The parts of `package.json` this tool reads; everything else passes through untouched. */
export interface PackageManifest {
  readonly name: string;
  readonly version: string;
  readonly private?: boolean;
  readonly license?: string;
  readonly main?: string;
  readonly types?: string;
  readonly exports?: ExportTarget | { readonly [subpath: string]: ExportTarget };
  readonly sideEffects?: boolean | readonly string[];
  readonly files?: readonly string[];
  readonly dependencies?: Readonly<Record<string, string>>;
  readonly peerDependencies?: Readonly<Record<string, string>>;
  readonly peerDependenciesMeta?: Readonly<Record<string, { readonly optional?: boolean }>>;
  readonly optionalDependencies?: Readonly<Record<string, string>>;
}
