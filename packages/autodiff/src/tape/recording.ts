/**
 * Recording ops on the tape.
 *
 * Rules:
 * - A trace is opened by `grad`/`valueAndGrad`/`vjp` around the user's `f` and closed after it.
 * - An op records a node only if one of its inputs carries a node of an OPEN trace and
 *   recording is not suspended. Ops on untraced tensors record nothing, so code outside
 *   `grad` pays no tape memory.
 * - While a primitive's own forward (or a `customVjp` fwd) runs, recording is suspended: the
 *   primitive is one node, whatever ops it uses inside.
 * - The backward pass runs after the trace closed, so the ops of VJP rules are not recorded
 *   (one consequence: no higher-order derivatives; see the README).
 * - A recorded output is always a fresh `Tensor` object (sharing the immutable data), so a
 *   node is never attached to an input or to a tensor the caller already holds.
 */
import { InvalidArgumentError } from '../errors.js';
import { globalState } from '../registry/globalState.js';
import { Tensor } from '../tensor/Tensor.js';
import { TAPE_NODE, type Pullback, type TapeNode, type Trace } from './TapeNode.js';

const tape = globalState.tape;

/**
 * The tape node of `t` if it belongs to an open trace and recording is on, else `undefined`.
 *
 * @param t - any tensor
 * @returns the live node or `undefined`
 */
export function liveNodeOf(t: Tensor): TapeNode | undefined {
  const node = t[TAPE_NODE];
  return node !== undefined && node.trace.active && tape.suspendDepth === 0 ? node : undefined;
}

/**
 * The tape node of `t` in `trace` (open or closed), else `undefined`. Used by the backward pass.
 *
 * @param t - any tensor
 * @param trace - the trace being differentiated
 * @returns the node or `undefined`
 */
export function nodeInTrace(t: Tensor, trace: Trace): TapeNode | undefined {
  const node = t[TAPE_NODE];
  return node !== undefined && node.trace === trace ? node : undefined;
}

/**
 * The open trace that an op on `inputs` must record into, or `undefined` when nothing is traced.
 *
 * @param inputs - the op's tensor inputs
 * @param op - op name, for the error message
 * @returns the trace, or `undefined`
 * @throws InvalidArgumentError when inputs come from two different open traces (nested `grad`)
 */
export function traceOfInputs(inputs: readonly Tensor[], op: string): Trace | undefined {
  let found: Trace | undefined;
  for (const input of inputs) {
    const node = liveNodeOf(input);
    if (node === undefined) continue;
    if (found !== undefined && found !== node.trace) {
      throw new InvalidArgumentError(
        `${op}: expected inputs traced by at most one grad/vjp, got inputs from two nested ones. ` +
          'Higher-order (nested) differentiation is not supported; wrap the outer value in stopGradient(...) or compute the inner gradient outside.',
      );
    }
    found = node.trace;
  }
  return found;
}

/**
 * Runs `body` with recording suspended (used around a primitive's own forward pass).
 *
 * @param body - the code to run
 * @returns what `body` returns
 */
export function withRecordingSuspended<T>(body: () => T): T {
  tape.suspendDepth++;
  try {
    return body();
  } finally {
    tape.suspendDepth--;
  }
}

/**
 * Records `output` as the result of `primitive` applied to `inputs` within `trace`.
 *
 * @param trace - the open trace
 * @param primitive - name for debugging
 * @param inputs - the op's inputs, in order (constants allowed)
 * @param output - the freshly computed value
 * @param pullback - residuals and the rule producing one cotangent per input
 * @returns a new tensor sharing `output`'s data, carrying the node
 */
export function recordOp(trace: Trace, primitive: string, inputs: readonly Tensor[], output: Tensor, pullback: Pullback): Tensor {
  const node: TapeNode = {
    id: tape.nextNodeId++,
    trace,
    primitive,
    parents: inputs.map((input) => nodeInTrace(input, trace)),
    inputSpecs: inputs.map((input) => ({ shape: input.shape, dtype: input.dtype })),
    pullback,
  };
  return attachNode(output, node);
}

/**
 * Opens a trace. Pair with {@link closeTrace} in a `finally`.
 *
 * @returns the new, active trace
 */
export function openTrace(): Trace {
  const trace: Trace = { id: tape.nextTraceId++, active: true };
  tape.activeTraces.push(trace);
  return trace;
}

/**
 * Closes a trace: ops on its tensors stop recording.
 *
 * @param trace - the trace from {@link openTrace}
 */
export function closeTrace(trace: Trace): void {
  trace.active = false;
  const index = tape.activeTraces.lastIndexOf(trace);
  if (index >= 0) tape.activeTraces.splice(index, 1);
}

/**
 * Makes a traced leaf for an argument of the differentiated function: a fresh tensor sharing
 * the caller's data (which is never touched) with an `'Input'` node.
 *
 * @param trace - the open trace
 * @param value - the caller's tensor
 * @returns the traced stand-in
 * @throws InvalidArgumentError when `value` is already traced by an enclosing open trace
 */
export function traceInput(trace: Trace, value: Tensor): Tensor {
  if (liveNodeOf(value) !== undefined) {
    throw new InvalidArgumentError(
      'grad: expected arguments that are not being traced by an enclosing grad/vjp, got a traced tensor. ' +
        'Higher-order (nested) differentiation is not supported; pass stopGradient(x) to treat it as a constant.',
    );
  }
  const node: TapeNode = { id: tape.nextNodeId++, trace, primitive: 'Input', parents: [], inputSpecs: [], pullback: undefined };
  return attachNode(value, node);
}

/**
 * A copy of `t` without tape node (same data, no copy of the values).
 *
 * @param t - any tensor
 * @returns an untraced tensor
 */
export function detach(t: Tensor): Tensor {
  return new Tensor(t.data, t.shape);
}

function attachNode(value: Tensor, node: TapeNode): Tensor {
  const fresh = new Tensor(value.data, value.shape);
  Object.defineProperty(fresh, TAPE_NODE, { value: node, enumerable: false, writable: false, configurable: false });
  return fresh;
}
