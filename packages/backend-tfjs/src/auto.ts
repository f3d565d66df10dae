/**
 * Side-effect entry (`@softdtw/backend-tfjs/auto`): registers the 'tfjs' backend at import.
 * It imports only the registration module, which loads tfjs-core lazily, so it is safe to
 * import where tfjs is not installed (ready() then reports why 'tfjs' cannot start).
 */
import { registerTfjsBackend } from './registerTfjsBackend.js';

registerTfjsBackend();
