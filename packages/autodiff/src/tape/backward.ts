/**
 * The backward pass: reverse-mode accumulation over a closed trace.
 *
 * 1. Collect the nodes reachable from the output with an explicit stack (no recursion, so a
 *    100 000-op chain is fine).
 * 2. Sort them by decreasing id. Ids grow with creation time and parents are created before
 *    their children, so this is a reverse topological order.
 * 3. Walk that order: each node's cotangent is complete when it is reached; its pullback gives
 *    one cotangent per input, which are added into the parents' cotangents by `accumulate`
 *    (the only place where contributions are summed).
 *
 * Cotangents live in a map local to this call; nothing is stored on tensors.
 */
import { InternalError } from '../errors.js';
import { cast } from '../ops/elementwiseUnary.js';
import { add } from '../ops/elementwiseBinary.js';
import { zeros } from '../tensor/createTensor.js';
import { formatShape, shapesEqual } from '../tensor/Shape.js';
import type { Tensor } from '../tensor/Tensor.js';
import { nodeInTrace } from './recording.js';
import type { TapeNode, TensorSpec, Trace } from './TapeNode.js';

/**
 * Propagates `cotangent` from `output` back to `leaves`.
 *
 * @param trace - the (closed) trace that recorded the computation
 * @param output - the traced result of `f`
 * @param cotangent - same shape and dtype as `output`
 * @param leaves - the traced inputs, as returned by `traceInput`
 * @returns one gradient per leaf, with the leaf's shape and dtype (zeros where unreached)
 */
export function backward(trace: Trace, output: Tensor, cotangent: Tensor, leaves: readonly Tensor[]): Tensor[] {
  const cotangents = new Map<TapeNode, Tensor>();
  const accumulate = (node: TapeNode, contribution: Tensor): void => {
    const existing = cotangents.get(node);
    cotangents.set(node, existing === undefined ? contribution : add(existing, contribution));
  };

  const outputNode = nodeInTrace(output, trace);
  if (outputNode !== undefined) {
    cotangents.set(outputNode, cotangent);
    for (const node of reverseTopologicalOrder(outputNode)) {
      const nodeCotangent = cotangents.get(node);
      if (node.pullback === undefined || nodeCotangent === undefined) continue; // a leaf, or unreachable
      cotangents.delete(node); // interior cotangents are dropped as soon as they are used
      if (node.parents.every((parent) => parent === undefined)) continue;
      const inputCotangents = node.pullback.rule(node.pullback.residuals, nodeCotangent);
      if (inputCotangents.length !== node.parents.length) {
        throw new InternalError(
          `primitive '${node.primitive}': expected the VJP rule to return ${node.parents.length} cotangents, got ${inputCotangents.length}. This is a bug in the VJP rule of '${node.primitive}'.`,
        );
      }
      node.parents.forEach((parent, index) => {
        const inputCotangent = inputCotangents[index];
        if (parent === undefined || inputCotangent === null || inputCotangent === undefined) return;
        accumulate(parent, conformCotangent(inputCotangent, node.inputSpecs[index], node.primitive, index));
      });
    }
  }

  return leaves.map((leaf) => {
    const leafNode = nodeInTrace(leaf, trace);
    return (leafNode && cotangents.get(leafNode)) ?? zeros(leaf.shape, leaf.dtype);
  });
}

/** Nodes reachable from `root`, children before parents (decreasing creation id). */
function reverseTopologicalOrder(root: TapeNode): TapeNode[] {
  const seen = new Set<TapeNode>([root]);
  const stack: TapeNode[] = [root];
  const nodes: TapeNode[] = [];
  while (stack.length > 0) {
    const node = stack.pop() as TapeNode;
    nodes.push(node);
    for (const parent of node.parents) {
      if (parent !== undefined && !seen.has(parent)) {
        seen.add(parent);
        stack.push(parent);
      }
    }
  }
  return nodes.sort((a, b) => b.id - a.id);
}

/** Checks the shape a VJP rule returned and casts it to the input's dtype. */
function conformCotangent(value: Tensor, spec: TensorSpec, primitive: string, index: number): Tensor {
  if (!shapesEqual(value.shape, spec.shape)) {
    throw new InternalError(
      `primitive '${primitive}': expected the VJP rule to return a cotangent of shape ${formatShape(spec.shape)} for input ${index}, got ${formatShape(value.shape)}. This is a bug in the VJP rule of '${primitive}'.`,
    );
  }
  return value.dtype === spec.dtype ? value : cast(value, spec.dtype);
}
