/** The backend configurations the bench knows, in table order. */
export const BENCH_TARGET_IDS = ['cpu', 'wasm', 'wasm-f32', 'tfjs', 'webgpu'] as const;

/** One of {@link BENCH_TARGET_IDS}. */
export type BenchTargetId = (typeof BENCH_TARGET_IDS)[number];
