/**
 * The backends the suite runs against. Each registers its package through a dynamic import so
 * that one backend's absence cannot break another's tests.
 */
import type { ConformanceTarget } from './ConformanceTarget.js';

/** core's built-in float64 reference: the suite checked against itself (catches suite bugs). */
export const cpuTarget: ConformanceTarget = {
  label: 'cpu',
  backend: 'cpu',
  dtype: 'float64',
  register: async () => true,
  syncKernel: true,
  tapeKernels: true,
  longLength: 512,
};
