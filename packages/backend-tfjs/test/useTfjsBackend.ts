/**
 * Test setup: selects a tfjs backend ('cpu' or 'wasm', both offline in Node) with tfjs's PROD
 * flag on (no "install tfjs-node" console warning), and returns the tfjs namespace.
 */
import * as tf from '@tensorflow/tfjs-core';

/**
 * Activates a tfjs backend for this test file.
 *
 * @param name - 'cpu' or 'wasm'
 * @returns the tfjs namespace with that backend active
 * @example
 * const tf = await useTfjsBackend('cpu');
 */
export async function useTfjsBackend(name: 'cpu' | 'wasm'): Promise<typeof tf> {
  tf.env().set('PROD', true);
  if (name === 'cpu') await import('@tensorflow/tfjs-backend-cpu');
  else await import('@tensorflow/tfjs-backend-wasm');
  if (!(await tf.setBackend(name))) throw new Error(`tfjs backend '${name}' did not start`);
  return tf;
}
