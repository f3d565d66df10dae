/**
 * `definePrimitive`: registers an operation with its shape rule, reference forward pass and
 * VJP rule as ONE frozen record (JAX's rule bundle with tfjs's inputs/attrs split).
 *
 * ```
 * forward :: (backend, inputs, attrs) -> out                 value only (the reference loops)
 * vjp.fwd :: (backend, inputs, attrs) -> [out, residuals]    residuals = a NAMED object
 * vjp.bwd :: (backend, residuals, ct, attrs) -> { [input]: cotangent | null }   null = zero
 * ```
 *
 * Calling the returned function:
 * - no input is traced (or the primitive is `nondifferentiable`): run the kernel registered for
 *   (name, active backend) if any, else `forward`;
 * - some input is traced by an open `grad`/`vjp`: run `vjp.fwd`, record one tape node holding
 *   the residuals, and use `vjp.bwd` in the backward pass.
 * Recording is suspended while `forward`/`vjp.fwd` run, so ops used inside are not on the tape.
 * `attrs` are static parameters and are never differentiated. The output is checked against
 * `inferShape` (an `InternalError` names the primitive when they disagree).
 */
import { DuplicateRegistrationError, InternalError, InvalidArgumentError } from '../errors.js';
import type { Backend } from '../registry/Backend.js';
import { getBackend } from '../registry/backendRegistry.js';
import { getKernel, hasKernel } from '../registry/kernelRegistry.js';
import { detach, recordOp, traceOfInputs, withRecordingSuspended } from '../tape/recording.js';
import { TAPE_NODE, type TensorSpec } from '../tape/TapeNode.js';
import { formatShape, shapesEqual } from '../tensor/Shape.js';
import { describeValue, isTensor, type Tensor } from '../tensor/Tensor.js';

/**
 * The inputs of a primitive whose `inputNames` are `N`: one Tensor per name. `definePrimitive`
 * infers `N` from `inputNames` (TypeScript cannot infer it from the later, contextually typed
 * functions), then checks `forward`'s annotation against it, so a typo in a name is a type error.
 */
export type NamedInputs<N extends string> = { [K in N]: Tensor };

/** Cotangents returned by a VJP rule: one optional entry per input name (`null`/absent = zero). */
export type InputCotangents<I> = { readonly [K in keyof I]?: Tensor | null };

/** The differentiation rule of a primitive. */
export interface PrimitiveVjp<I, A, R> {
  /** Forward pass that also returns the residuals the backward pass needs, as a named object. */
  readonly fwd: (backend: Backend, inputs: I, attrs: A) => readonly [Tensor, R];
  /** Cotangent of each input from the residuals and the output cotangent `ct` (same shape as the output). */
  readonly bwd: (backend: Backend, residuals: R, ct: Tensor, attrs: A) => InputCotangents<I>;
}

/** The single record describing a primitive. Frozen by {@link definePrimitive}. */
export interface PrimitiveRecord<I extends Record<string, Tensor>, A, R extends object> {
  /** PascalCase, unique: `'SoftDtw'`. Kernels are registered under this name. */
  readonly name: string;
  /** Input names in order (error messages, tape parents, debugging). Ignored if `variadicInputs`. */
  readonly inputNames: readonly (keyof I & string)[];
  /** Output shape and dtype from input shapes/dtypes and attrs, without computing. Throws `ShapeError` on bad inputs. */
  readonly inferShape: (inputs: { readonly [K in keyof I]: TensorSpec }, attrs: A) => TensorSpec;
  /** Reference implementation (the cpu kernel); replaced by a registered kernel for the active backend. */
  readonly forward: (backend: Backend, inputs: I, attrs: A) => Tensor;
  readonly vjp?: PrimitiveVjp<I, A, R>;
  /** Set explicitly when there is no VJP (comparisons, index-valued results). */
  readonly nondifferentiable?: true;
  /** Inputs are whatever keys the call passes, in insertion order (e.g. `Concat` of n tensors). */
  readonly variadicInputs?: true;
}

/** Attrs of a primitive that has none. */
export type EmptyAttrs = Record<never, never>;

/** The call signature of a primitive: attrs may be omitted when the primitive has none. */
export type PrimitiveCall<I, A> = (inputs: I, ...attrs: undefined extends A ? [attrs?: A] : EmptyAttrs extends A ? [attrs?: A] : [attrs: A]) => Tensor;

/** A callable primitive with its record attached. */
export type Primitive<I extends Record<string, Tensor>, A, R extends object> = PrimitiveCall<I, A> & {
  readonly record: PrimitiveRecord<I, A, R>;
  readonly name: string;
};

/** Options of {@link definePrimitive}. */
export interface DefinePrimitiveOptions {
  /** Replace an earlier primitive of the same name instead of throwing. */
  readonly override?: boolean;
}

/** One row of {@link listPrimitives}. */
export interface PrimitiveInfo {
  readonly name: string;
  readonly inputNames: readonly string[];
  readonly differentiable: boolean;
}

/** Records are erased to this type in the catalog. */
type AnyRecord = PrimitiveRecord<Record<string, Tensor>, unknown, object>;

const catalog = new Map<string, AnyRecord>();
const EMPTY_ATTRS: EmptyAttrs = Object.freeze({});

/**
 * Defines a primitive from one record and returns it as a callable `(inputs, attrs) => Tensor`.
 *
 * @param record - name, inputNames, inferShape, forward, and either `vjp` or `nondifferentiable: true`
 * @param opts - `{ override: true }` to redefine a name
 * @returns the primitive; `.record` is the frozen record, `.name` its name
 * @throws InvalidArgumentError for an incomplete record; DuplicateRegistrationError for a reused name
 *
 * Typing: the input names (and so the `inputs` type) come from `inputNames`; `attrs` is typed
 * where it is first annotated, so annotate it in `inferShape`, the first function of the record
 * (or pass the type arguments explicitly, `definePrimitive<Inputs, Attrs, Residuals>(...)`).
 * @example
 * ```ts
 * const Cube = definePrimitive({
 *   name: 'Cube',
 *   inputNames: ['x'],
 *   inferShape: ({ x }) => ({ shape: x.shape, dtype: x.dtype }),
 *   forward: (_backend, { x }: { x: Tensor }) => mul(x, mul(x, x)),
 *   vjp: {
 *     fwd: (_backend, { x }) => [mul(x, mul(x, x)), { x }],
 *     bwd: (_backend, { x }, ct) => ({ x: mul(ct, mul(3, mul(x, x))) }),
 *   },
 * });
 * Cube({ x: tensor([2]) }).toArray(); // [8]
 * ```
 */
export function definePrimitive<const N extends string, A = EmptyAttrs, R extends object = EmptyAttrs>(
  record: PrimitiveRecord<NamedInputs<N>, A, R>,
  opts?: DefinePrimitiveOptions,
): Primitive<NamedInputs<N>, A, R>;
/** Explicit type arguments: `definePrimitive<{ D: Tensor }, SoftDtwAttrs, { D: Tensor; R: Tensor }>({...})`. */
export function definePrimitive<I extends Record<string, Tensor>, A, R extends object>(record: PrimitiveRecord<I, A, R>, opts?: DefinePrimitiveOptions): Primitive<I, A, R>;
export function definePrimitive<I extends Record<string, Tensor>, A, R extends object>(record: PrimitiveRecord<I, A, R>, opts: DefinePrimitiveOptions = {}): Primitive<I, A, R> {
  validateRecord(record as unknown as AnyRecord);
  if (catalog.has(record.name) && opts.override !== true) {
    throw new DuplicateRegistrationError(
      `definePrimitive: expected a new primitive name, got '${record.name}' which is already defined. Pick another name or pass { override: true }.`,
    );
  }
  const frozen: PrimitiveRecord<I, A, R> = Object.freeze({
    ...record,
    inputNames: Object.freeze([...record.inputNames]),
    ...(record.vjp === undefined ? {} : { vjp: Object.freeze({ ...record.vjp }) }),
  });
  catalog.set(frozen.name, frozen as unknown as AnyRecord);
  const call = (inputs: I, attrs?: A): Tensor => applyPrimitive(frozen, inputs, (attrs ?? EMPTY_ATTRS) as A);
  Object.defineProperty(call, 'name', { value: frozen.name });
  Object.defineProperty(call, 'record', { value: frozen, enumerable: true });
  return call as unknown as Primitive<I, A, R>;
}

/**
 * Every primitive defined so far in this process (the built-ins and those of loaded packages).
 *
 * @returns name, input names and whether it has a VJP, sorted by name
 * @example
 * ```ts
 * listPrimitives().find((p) => p.name === 'Add')?.differentiable; // true
 * ```
 */
export function listPrimitives(): PrimitiveInfo[] {
  return [...catalog.values()]
    .map((record) => ({ name: record.name, inputNames: record.inputNames, differentiable: record.vjp !== undefined }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

function applyPrimitive<I extends Record<string, Tensor>, A, R extends object>(record: PrimitiveRecord<I, A, R>, inputs: I, attrs: A): Tensor {
  const names = inputNamesOf(record as unknown as AnyRecord, inputs);
  const tensors = names.map((name) => inputs[name]);
  const expected = record.inferShape(inputs, attrs);
  const backend = getBackend();
  const trace = record.vjp === undefined ? undefined : traceOfInputs(tensors, record.name);

  if (trace === undefined || record.vjp === undefined) {
    const useKernel = hasKernel(record.name, backend.name);
    const output = withRecordingSuspended(() =>
      useKernel ? getKernel<I, A, unknown>(record.name, backend.name)(backend, inputs, attrs) : record.forward(backend, inputs, attrs),
    );
    const checked = checkOutput(output, expected, record.name, useKernel ? `the kernel registered for backend '${backend.name}'` : 'forward');
    return checked[TAPE_NODE] === undefined ? checked : detach(checked);
  }

  const { bwd, fwd } = record.vjp;
  const [output, residuals] = withRecordingSuspended(() => fwd(backend, inputs, attrs));
  const checked = checkOutput(output, expected, record.name, 'vjp.fwd');
  const rule = (savedResiduals: unknown, cotangent: Tensor): (Tensor | null)[] => {
    const cotangents = bwd(backend, savedResiduals as R, cotangent, attrs) as Record<string, Tensor | null | undefined>;
    if (typeof cotangents !== 'object' || cotangents === null) {
      throw new InternalError(
        `primitive '${record.name}': expected vjp.bwd to return an object keyed by input name, got ${describeValue(cotangents)}. This is a bug in the primitive '${record.name}'.`,
      );
    }
    for (const key of Object.keys(cotangents)) {
      if (!names.includes(key)) {
        throw new InternalError(
          `primitive '${record.name}': expected vjp.bwd to return cotangents for inputs ${names.join(', ')}, got an unknown key '${key}'. This is a bug in the primitive '${record.name}'.`,
        );
      }
    }
    return names.map((name) => cotangents[name] ?? null);
  };
  return recordOp(trace, record.name, tensors, checked, { residuals, rule });
}

function inputNamesOf(record: AnyRecord, inputs: Record<string, Tensor>): string[] {
  if (typeof inputs !== 'object' || inputs === null) {
    throw new InvalidArgumentError(
      `${record.name}: expected inputs as an object { ${record.inputNames.join(', ')} } of Tensors, got ${describeValue(inputs)}. Pass the inputs by name.`,
    );
  }
  const names = record.variadicInputs === true ? Object.keys(inputs) : [...record.inputNames];
  for (const name of names) {
    if (!isTensor(inputs[name])) {
      throw new InvalidArgumentError(
        `${record.name}: expected input '${name}' to be a Tensor, got ${describeValue(inputs[name])}. Wrap values with tensor(...).`,
      );
    }
  }
  if (record.variadicInputs !== true) {
    for (const key of Object.keys(inputs)) {
      if (!names.includes(key)) {
        throw new InvalidArgumentError(
          `${record.name}: expected inputs named ${names.join(', ')}, got an unknown input '${key}'. Remove it or pass it as an attr.`,
        );
      }
    }
  }
  return names;
}

function checkOutput(output: unknown, expected: TensorSpec, name: string, source: string): Tensor {
  if (!isTensor(output) || !shapesEqual(output.shape, expected.shape) || output.dtype !== expected.dtype) {
    const got = isTensor(output) ? `${formatShape(output.shape)} (${output.dtype})` : describeValue(output);
    throw new InternalError(
      `primitive '${name}': expected ${source} to return shape ${formatShape(expected.shape)} (${expected.dtype}) as inferShape says, got ${got}. This is a bug in ${source} of '${name}'.`,
    );
  }
  return output;
}

function validateRecord(record: AnyRecord): void {
  const problem = recordProblem(record);
  if (problem !== undefined) {
    const name = typeof record === 'object' && record !== null && typeof record.name === 'string' ? ` '${record.name}'` : '';
    throw new InvalidArgumentError(`definePrimitive${name}: expected ${problem}. See the PrimitiveRecord documentation.`);
  }
}

function recordProblem(record: AnyRecord): string | undefined {
  if (typeof record !== 'object' || record === null) return `a record object, got ${describeValue(record)}`;
  if (typeof record.name !== 'string' || record.name.length === 0) return `a non-empty name, got ${JSON.stringify(record.name)}`;
  if (!Array.isArray(record.inputNames)) return `inputNames as an array of strings, got ${describeValue(record.inputNames)}`;
  if (typeof record.inferShape !== 'function') return 'an inferShape function, got none';
  if (typeof record.forward !== 'function') return 'a forward function, got none';
  if (record.vjp === undefined && record.nondifferentiable !== true) return 'either vjp: { fwd, bwd } or nondifferentiable: true, got neither';
  if (record.vjp !== undefined && record.nondifferentiable === true) return 'either vjp or nondifferentiable: true, got both';
  if (record.vjp !== undefined && (typeof record.vjp.fwd !== 'function' || typeof record.vjp.bwd !== 'function')) {
    return 'vjp.fwd and vjp.bwd functions, got an incomplete vjp';
  }
  return undefined;
}
