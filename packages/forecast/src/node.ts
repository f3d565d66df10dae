/**
 * @softdtw/forecast/node — Node-only helpers (they import `node:fs`): the atomic checkpoint file store.
 */
export { fileCheckpointStore } from './fileCheckpointStore.js';
