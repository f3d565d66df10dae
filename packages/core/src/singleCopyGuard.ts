/**
 * One @softdtw/core per process. Evaluated before anything registers a primitive or kernel:
 * records this copy's version in a global slot and throws DuplicateModuleError when another
 * version was loaded first (two definitions of the kernels would be a packaging mistake; make
 * backends depend on @softdtw/core as a peer). The same version evaluated again (test runners
 * that re-evaluate modules, hot reload) is allowed: RELOADED tells the registrations to pass
 * { override: true } for their identical definitions.
 */
import { DuplicateModuleError } from '@softdtw/autodiff';

/** Version of this copy of @softdtw/core. */
export const CORE_VERSION = '0.0.0';

const SLOT = Symbol.for('@softdtw/core/version');
const slots = globalThis as unknown as Record<symbol, string | undefined>;
const previous = slots[SLOT];
if (previous !== undefined && previous !== CORE_VERSION) {
  throw new DuplicateModuleError(
    `@softdtw/core: expected one copy per process, got a second one (versions ${previous} and ${CORE_VERSION}). ` +
      `Deduplicate it (npm dedupe) and make backends depend on @softdtw/core as a peer dependency.`,
  );
}
slots[SLOT] = CORE_VERSION;

/** True when this same version was already evaluated in this process (registrations then override). */
export const RELOADED = previous === CORE_VERSION;
