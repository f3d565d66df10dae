import { sharedConfig } from '../../vitest.shared.js';

// The browser test builds the app and drives Chromium: give it more than the default minute.
export default sharedConfig(import.meta.dirname, { testTimeout: 120_000, hookTimeout: 120_000 });
