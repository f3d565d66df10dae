import { sharedConfig } from '../../vitest.shared.js';

// Building, packing and installing happen once in beforeAll; it has its own (long) timeout.
export default sharedConfig(import.meta.dirname, { testTimeout: 180_000 });
