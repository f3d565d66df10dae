/**
 * The shared engine of `grad`, `valueAndGrad` and `vjp`: trace the selected arguments, run `f`
 * with the trace open, close it, and hand back a function that runs the backward pass for a
 * given output cotangent. The caller's tensors are never modified: each tensor leaf of a
 * selected argument is replaced by a fresh traced stand-in sharing its (immutable) data.
 */
import { InvalidArgumentError, ShapeError } from '../errors.js';
import { cast } from '../ops/elementwiseUnary.js';
import { backward } from '../tape/backward.js';
import { closeTrace, detach, openTrace, traceInput } from '../tape/recording.js';
import { formatShape, shapesEqual } from '../tensor/Shape.js';
import { describeValue, isTensor, type Tensor } from '../tensor/Tensor.js';
import { mapLeaves } from './pytree.js';

/** Result of tracing `f` once. */
export interface Traced {
  /** f's output, detached from the tape. */
  readonly value: Tensor;
  /** Gradient trees of the selected arguments (same order as `argnums`) for an output cotangent. */
  readonly pullback: (cotangent: Tensor) => unknown[];
}

/**
 * Runs `f(...args)` with the arguments at `argnums` traced.
 *
 * @param f - the function to differentiate; must return a Tensor
 * @param args - its arguments (pytrees allowed)
 * @param argnums - which arguments to differentiate, validated
 * @param op - public name for messages
 * @returns the value and the pullback
 */
export function differentiate(f: (...args: never[]) => unknown, args: readonly unknown[], argnums: readonly number[], op: string): Traced {
  for (const argnum of argnums) {
    if (argnum >= args.length) {
      throw new InvalidArgumentError(`${op}: expected argnums below the number of arguments (${args.length}), got ${argnum}. Pass the argument or fix argnums.`);
    }
  }
  const trace = openTrace();
  const leaves: Tensor[] = [];
  let output: unknown;
  try {
    // Trace in argnums order, so the leaves line up with the gradients handed back below.
    const tracedArgs = [...args];
    for (const argnum of argnums) {
      tracedArgs[argnum] = mapLeaves(args[argnum], (leaf) => {
        if (!isTensor(leaf)) return leaf;
        const traced = traceInput(trace, leaf);
        leaves.push(traced);
        return traced;
      });
    }
    output = (f as (...a: unknown[]) => unknown)(...tracedArgs);
  } finally {
    closeTrace(trace);
  }
  if (!isTensor(output)) {
    throw new InvalidArgumentError(`${op}: expected f to return a Tensor, got ${describeValue(output)}. Return a tensor computed from the inputs.`);
  }
  const tracedOutput = output;
  const pullback = (cotangent: Tensor): unknown[] => {
    const gradients = backward(trace, tracedOutput, cotangent, leaves);
    let next = 0;
    return argnums.map((argnum) => mapLeaves(args[argnum], (leaf) => (isTensor(leaf) ? gradients[next++] : null)));
  };
  return { value: detach(tracedOutput), pullback };
}

/**
 * Validates a user cotangent against the output and casts it to the output's dtype.
 *
 * @param cotangent - the user's value
 * @param output - f's output
 * @param op - public name for messages
 * @returns the cotangent, same shape and dtype as `output`
 */
export function checkCotangent(cotangent: unknown, output: Tensor, op: string): Tensor {
  if (!isTensor(cotangent) || !shapesEqual(cotangent.shape, output.shape)) {
    const got = isTensor(cotangent) ? formatShape(cotangent.shape) : describeValue(cotangent);
    throw new ShapeError(`${op}: expected a cotangent of the output's shape ${formatShape(output.shape)}, got ${got}. Pass a tensor shaped like the output.`);
  }
  return cotangent.dtype === output.dtype ? cotangent : cast(cotangent, output.dtype);
}

/**
 * Normalises `argnums` (a number or a list of non-negative integers).
 *
 * @param argnums - user value
 * @param op - public name for messages
 * @returns the list
 */
export function checkArgnums(argnums: number | readonly number[], op: string): number[] {
  const list = typeof argnums === 'number' ? [argnums] : argnums;
  if (!Array.isArray(list) || !list.every((n) => Number.isInteger(n) && n >= 0)) {
    throw new InvalidArgumentError(`${op}: expected argnums as a non-negative integer or a list of them, got ${JSON.stringify(argnums)}. Pass e.g. 0 or [0, 1].`);
  }
  if (new Set(list).size !== list.length) {
    throw new InvalidArgumentError(`${op}: expected distinct argnums, got ${JSON.stringify(argnums)}. List each argument once.`);
  }
  return [...list];
}
