/**
 * The contract shared by the first-order optimizers (adam, sgd): a stateful object whose `update`
 * takes parameters and gradients and returns new parameters, never touching its inputs, and whose
 * whole state (step count, hyperparameters, per-parameter buffers) round-trips through JSON.
 */
import type { ParameterTree } from './ParameterTree.js';

/** Per-leaf buffers of a saved state, e.g. Adam's first and second moments. */
export interface SlotState {
  /** Path of the parameter leaf the buffers belong to, e.g. `params.W1`. */
  readonly path: string;
  /** Named buffers, each with one number per parameter entry. */
  readonly buffers: { readonly [name: string]: readonly number[] };
}

/** A serialisable optimizer state: plain numbers, strings and arrays only (JSON-safe). */
export interface OptimizerState<Kind extends string, Options> {
  /** Which optimizer wrote it; loadState refuses another kind. */
  readonly kind: Kind;
  /** Format version, currently 1. */
  readonly version: 1;
  /** Number of updates applied so far (Adam's bias correction uses it). */
  readonly step: number;
  /** Hyperparameters, every default filled in. */
  readonly options: Options;
  /** One entry per parameter leaf, in traversal order; empty before the first update. */
  readonly slots: readonly SlotState[];
}

/**
 * A first-order optimizer over parameter trees.
 *
 * @example
 * const opt = adam({ learningRate: 0.1 });
 * let params = { w: Float64Array.of(1, -2) };
 * params = opt.update(params, { w: Float64Array.of(2, -4) }); // new arrays; the old ones are unchanged
 * const saved = JSON.stringify(opt.state());
 * const resumed = adam();
 * resumed.loadState(JSON.parse(saved)); // same step, hyperparameters and moments
 */
export interface Optimizer<Kind extends string, Options> {
  /** `'adam'` or `'sgd'`. */
  readonly kind: Kind;
  /** Hyperparameters in use (after loadState, the loaded ones). */
  readonly options: Readonly<Options>;
  /** Number of updates applied so far. */
  readonly step: number;
  /**
   * Applies one update and returns the new parameters as fresh arrays with the same tree structure
   * and leaf types. Neither `params` nor `grads` is modified. The first call fixes the structure the
   * optimizer tracks; later calls must pass the same structure (or call reset()).
   *
   * @param params - parameter tree (leaves Float64Array/Float32Array of any length)
   * @param grads - gradient tree of the same structure and leaf lengths, all entries finite
   * @returns the updated parameter tree
   * @throws StructureMismatchError, NonFiniteGradientError, InvalidArgumentError; the state is unchanged when it throws
   */
  update<T extends ParameterTree>(params: T, grads: ParameterTree): T;
  /**
   * A deep copy of the state, JSON-safe: `JSON.parse(JSON.stringify(opt.state()))` loads back exactly.
   *
   * @returns the state
   */
  state(): OptimizerState<Kind, Options>;
  /**
   * Replaces the step count, hyperparameters and buffers with a saved state (validated, copied).
   *
   * @param state - a state from `state()` of the same kind, possibly through JSON
   * @throws InvalidStateError when it is malformed or of another kind
   */
  loadState(state: OptimizerState<Kind, Options>): void;
  /** Forgets the step count and buffers (keeps the hyperparameters). */
  reset(): void;
}
