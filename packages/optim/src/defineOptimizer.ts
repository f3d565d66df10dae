/**
 * The bookkeeping shared by adam and sgd, so that each of them is only its update rule: pairing
 * parameter and gradient leaves, refusing non-finite gradients before any state changes, keeping
 * per-leaf buffers keyed by path, the step count, and state save/load with validation.
 */
import { InvalidOptionError, InvalidStateError, NonFiniteGradientError, StructureMismatchError } from './errors.js';
import type { Optimizer, OptimizerState, SlotState } from './Optimizer.js';
import { pairLeaves, rebuildTree, type LeafValues, type ParameterTree } from './ParameterTree.js';
import { describeValue } from './validateNumberOption.js';

/** The part that differs between optimizers. */
export interface UpdateRule<Kind extends string, Options> {
  /** Optimizer name, used in messages and saved states. */
  readonly kind: Kind;
  /** Validates raw options and fills in defaults; throws InvalidOptionError. */
  resolveOptions(raw: unknown, where: string): Options;
  /** Names of the per-leaf buffers these options need (e.g. none for SGD without momentum). */
  bufferNames(options: Options): readonly string[];
  /**
   * Computes the new values of one leaf and advances its buffers in place.
   *
   * @param options - resolved hyperparameters
   * @param step - 1-based index t of this update
   * @param param - current values [k]
   * @param grad - gradient [k], finite
   * @param buffers - this leaf's buffers in bufferNames order, each [k]
   * @returns new values [k] (a fresh array)
   */
  apply(options: Options, step: number, param: LeafValues, grad: LeafValues, buffers: Float64Array[]): Float64Array;
}

interface Slot {
  readonly path: string;
  readonly buffers: Float64Array[];
}

/**
 * Builds an optimizer object from an update rule.
 *
 * @param rule - kind, option validation, buffer names and the per-leaf update
 * @param rawOptions - user options, validated by the rule
 * @returns the optimizer
 * @example
 * // see adam.ts and sgd.ts
 */
export function defineOptimizer<Kind extends string, Options>(
  rule: UpdateRule<Kind, Options>,
  rawOptions: unknown,
): Optimizer<Kind, Options> {
  let options = rule.resolveOptions(rawOptions, rule.kind);
  let step = 0;
  let slots: Slot[] | null = null;

  return {
    kind: rule.kind,
    get options(): Readonly<Options> {
      return options;
    },
    get step(): number {
      return step;
    },
    update<T extends ParameterTree>(params: T, grads: ParameterTree): T {
      const where = `${rule.kind}.update`;
      const pairs = pairLeaves(params, grads, where);
      for (const { path, grad } of pairs) {
        for (let i = 0; i < grad.length; i++) {
          if (!Number.isFinite(grad[i])) {
            throw new NonFiniteGradientError(
              `${where}: expected finite gradients, got ${path.replace(/^params/, 'grads')}[${i}] = ${grad[i]}. ` +
                'Check the loss for log(0), division by zero or overflow, or lower the learning rate.',
            );
          }
        }
      }
      const names = rule.bufferNames(options);
      if (slots === null) {
        slots = pairs.map(({ path, param }) => ({
          path,
          buffers: names.map(() => new Float64Array(param.length)),
        }));
      } else {
        checkSlotsMatch(slots, pairs, where);
      }
      const current = slots;
      const t = step + 1;
      const values = pairs.map(({ param, grad }, index) => rule.apply(options, t, param, grad, current[index].buffers));
      step = t;
      return rebuildTree(params, values);
    },
    state(): OptimizerState<Kind, Options> {
      const names = rule.bufferNames(options);
      return {
        kind: rule.kind,
        version: 1,
        step,
        options: { ...options },
        slots: (slots ?? []).map(({ path, buffers }) => ({
          path,
          buffers: Object.fromEntries(names.map((name, i) => [name, Array.from(buffers[i])])),
        })),
      };
    },
    loadState(state: OptimizerState<Kind, Options>): void {
      const loaded = readState(rule, state);
      options = loaded.options;
      step = loaded.step;
      slots = loaded.slots.length === 0 ? null : loaded.slots; // no slots yet: the next update creates them
    },
    reset(): void {
      step = 0;
      slots = null;
    },
  };
}

function checkSlotsMatch(slots: readonly Slot[], pairs: ReturnType<typeof pairLeaves>, where: string): void {
  const describe = (items: ReadonlyArray<{ path: string; size: number }>): string =>
    items.length === 0 ? 'no leaves' : items.map((item) => `${item.path}[${item.size}]`).join(', ');
  const expected = slots.map((slot) => ({ path: slot.path, size: slotSize(slot) }));
  const received = pairs.map((pair) => ({ path: pair.path, size: pair.param.length }));
  const matches =
    expected.length === received.length &&
    expected.every((item, i) => item.path === received[i].path && (item.size < 0 || item.size === received[i].size));
  if (!matches) {
    throw new StructureMismatchError(
      `${where}: expected params with the leaves this optimizer tracks (${describe(expected)}), got ${describe(received)}. ` +
        'Pass the same parameter tree every step, or call reset() to start over with new parameters.',
    );
  }
}

/** Entries per buffer of a slot, or −1 when the slot has no buffers (size then unchecked). */
function slotSize(slot: Slot): number {
  return slot.buffers.length === 0 ? -1 : slot.buffers[0].length;
}

function readState<Kind extends string, Options>(
  rule: UpdateRule<Kind, Options>,
  state: unknown,
): { options: Options; step: number; slots: Slot[] } {
  const where = `${rule.kind}.loadState`;
  const fail = (expected: string, got: string): never => {
    throw new InvalidStateError(
      `${where}: expected ${expected}, got ${got}. Pass an object returned by ${rule.kind}().state(), possibly through JSON.`,
    );
  };
  if (state === null || typeof state !== 'object') return fail('a state object', describeValue(state));
  const record = state as Record<string, unknown>;
  if (record['kind'] !== rule.kind) {
    throw new InvalidStateError(
      `${where}: expected a state with kind '${rule.kind}', got ${describeValue(record['kind'])}. ` +
        `Load it into the optimizer that saved it.`,
    );
  }
  if (record['version'] !== 1) return fail('version 1', describeValue(record['version']));
  const step = record['step'];
  if (typeof step !== 'number' || !Number.isInteger(step) || step < 0) {
    return fail('step to be an integer ≥ 0', describeValue(step));
  }
  let options: Options;
  try {
    options = rule.resolveOptions(record['options'] ?? {}, where);
  } catch (error) {
    if (error instanceof InvalidOptionError) throw new InvalidStateError(`${error.message} (in the saved state's options)`);
    throw error;
  }
  const names = rule.bufferNames(options);
  const rawSlots = record['slots'];
  if (!Array.isArray(rawSlots)) return fail('slots to be an array', describeValue(rawSlots));
  const slots = rawSlots.map((raw: unknown, index): Slot => {
    const at = `slots[${index}]`;
    if (raw === null || typeof raw !== 'object') return fail(`${at} to be an object`, describeValue(raw));
    const { path, buffers } = raw as Partial<SlotState>;
    if (typeof path !== 'string') return fail(`${at}.path to be a string`, describeValue(path));
    if (buffers === null || typeof buffers !== 'object') return fail(`${at}.buffers to be an object`, describeValue(buffers));
    const keys = Object.keys(buffers);
    if (keys.length !== names.length || !names.every((name) => keys.includes(name))) {
      return fail(`${at}.buffers to have keys [${names.join(', ')}]`, `[${keys.join(', ')}]`);
    }
    const arrays = names.map((name) => {
      const values: unknown = buffers[name];
      if (!Array.isArray(values)) return fail(`${at}.buffers.${name} to be an array of numbers`, describeValue(values));
      const bad = values.findIndex((v: unknown) => typeof v !== 'number' || !Number.isFinite(v));
      if (bad >= 0) return fail(`${at}.buffers.${name} to hold finite numbers`, `entry ${bad} = ${describeValue(values[bad])}`);
      return Float64Array.from(values as number[]);
    });
    if (arrays.some((array) => array.length !== arrays[0].length)) {
      return fail(`the buffers of ${at} to have equal lengths`, arrays.map((a) => a.length).join(' vs '));
    }
    return { path, buffers: arrays };
  });
  return { options, step, slots };
}
