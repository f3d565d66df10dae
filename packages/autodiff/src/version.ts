/**
 * The package version, kept equal to `package.json` (a test checks it). The registry slot on
 * `globalThis` records it so that a second, different copy of this package fails loudly.
 */
export const VERSION = '0.0.0';
