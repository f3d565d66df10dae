export * from './wavefront';
export function heapBase(): usize {
  return __heap_base;
}
export { batchF64 } from './batchF64';
export { batchF32 } from './batchF32';
export { hardBatchF64 } from './hardBatchF64';
