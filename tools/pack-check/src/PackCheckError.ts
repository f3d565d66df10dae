/**
 * Stable codes for everything the pack-and-install check can refuse or fail at.
 *
 * - `UNKNOWN_PACKAGE`: `SOFTDTW_PACK_CHECK_PACKAGES` names a directory or package that is not under `packages/`.
 * - `BAD_MANIFEST`: a `package.json` is unreadable or lacks `name`/`version`.
 * - `UNRESOLVED_DEPENDENCY`: a dependency of a packed package is not in the workspace's `package-lock.json`.
 * - `COMMAND_FAILED`: `npm pack` or `npm ci` exited non-zero.
 * - `NO_README_EXAMPLE`: a README has no fenced ```ts block under `## Quick start`.
 */
export type PackCheckErrorCode = 'UNKNOWN_PACKAGE' | 'BAD_MANIFEST' | 'UNRESOLVED_DEPENDENCY' | 'COMMAND_FAILED' | 'NO_README_EXAMPLE';

/**
 * The one error type thrown by the pack-and-install check; `code` is stable, the message says what
 * was expected, what was received and how to fix it.
 *
 * @example
 * ```ts
 * try { readmeQuickStart('# no quick start'); } catch (e) { if (e instanceof PackCheckError) console.log(e.code); } // NO_README_EXAMPLE
 * ```
 */
export class PackCheckError extends Error {
  /** Stable machine-readable reason, see {@link PackCheckErrorCode}. */
  readonly code: PackCheckErrorCode;

  /**
   * @param code - stable reason
   * @param message - expected / received / how to fix
   */
  constructor(code: PackCheckErrorCode, message: string) {
    super(message);
    this.name = 'PackCheckError';
    this.code = code;
  }
}
