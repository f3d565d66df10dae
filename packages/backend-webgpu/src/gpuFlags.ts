/**
 * The WebGPU flag constants this package uses, as plain numbers: Node's `webgpu` package does
 * not define the `GPUBufferUsage` / `GPUMapMode` / `GPUShaderStage` globals unless its `globals`
 * are copied onto `globalThis`, and this package never touches globals. Values from the WebGPU spec.
 */

/** GPUBufferUsage flags. */
export const BUFFER_USAGE = {
  MAP_READ: 0x0001,
  COPY_SRC: 0x0004,
  COPY_DST: 0x0008,
  UNIFORM: 0x0040,
  STORAGE: 0x0080,
} as const;

/** GPUMapMode.READ. */
export const MAP_MODE_READ = 0x0001;

/** GPUShaderStage.COMPUTE. */
export const SHADER_STAGE_COMPUTE = 0x4;
