import { describe, expect, it } from 'vitest';
import { InvalidArgumentError, StructureMismatchError } from './errors.js';
import { collectLeaves, isParameterLeaf, pairLeaves, rebuildTree, type ParameterTree } from './ParameterTree.js';

describe('ParameterTree', () => {
  const tree = {
    W1: Float64Array.of(1, 2),
    layers: [{ W: Float32Array.of(3), b: Float64Array.of(4, 5, 6) }, Float64Array.of(7)],
    bias: Float64Array.of(8),
  };

  it('collects leaves depth-first with readable paths', () => {
    expect(collectLeaves(tree, 'params', 'test').map((e) => [e.path, e.values.length])).toEqual([
      ['params.W1', 2],
      ['params.layers[0].W', 1],
      ['params.layers[0].b', 3],
      ['params.layers[1]', 1],
      ['params.bias', 1],
    ]);
    expect(collectLeaves(Float64Array.of(1), 'params', 'test').map((e) => e.path)).toEqual(['params']);
    expect(collectLeaves([], 'params', 'test')).toEqual([]);
  });

  it('rejects nodes that are not leaves, arrays or plain objects', () => {
    for (const bad of [[1, 2], { w: new Map() }, { w: null }, { w: new Int32Array(2) }, 'abc']) {
      expect(() => collectLeaves(bad as unknown as ParameterTree, 'params', 'test')).toThrow(InvalidArgumentError);
    }
    expect(() => collectLeaves({ w: [1] } as unknown as ParameterTree, 'params', 'test')).toThrow(
      /test: expected params\.w\[0\] to be a Tensor, a Float64Array, a Float32Array, an array or a plain object of them, got a value of type number/,
    );
    expect(() => collectLeaves({ w: new Map() } as unknown as ParameterTree, 'params', 'test')).toThrow(/got a Map/);
  });

  it('pairs leaves of trees with the same structure, in any key order', () => {
    const grads = {
      bias: Float32Array.of(0),
      W1: Float64Array.of(0, 0),
      layers: [{ b: Float64Array.of(0, 0, 0), W: Float64Array.of(0) }, Float64Array.of(0)],
    };
    const pairs = pairLeaves(tree, grads, 'test');
    expect(pairs.map((p) => p.path)).toEqual(collectLeaves(tree, 'params', 'test').map((e) => e.path));
    expect(pairs[1]!.grad).toBe((grads.layers[0] as { W: Float64Array }).W);
  });

  it('reports the first structural difference with both paths', () => {
    expect(() => pairLeaves({ a: Float64Array.of(1) }, { a: { b: Float64Array.of(1) } }, 'test')).toThrow(
      /test: expected grads\.a to be a Tensor or typed array like params\.a, got an object with keys \[b\]/,
    );
    expect(() => pairLeaves({ a: Float64Array.of(1) }, { a: Float64Array.of(1), extra: Float64Array.of(1) }, 'test')).toThrow(
      StructureMismatchError,
    );
    expect(() => pairLeaves([Float64Array.of(1)], Float64Array.of(1), 'test')).toThrow(/expected grads to be an array of length 1/);
  });

  it('rebuilds the structure with new values, keeping leaf types and leaving the template alone', () => {
    const values = [Float64Array.of(10, 20), Float64Array.of(30.1), Float64Array.of(40, 50, 60), Float64Array.of(70), Float64Array.of(80)];
    const rebuilt = rebuildTree(tree, values);
    expect(Array.from(rebuilt.W1)).toEqual([10, 20]);
    expect(rebuilt.layers[0]).toMatchObject({});
    const inner = rebuilt.layers[0] as { W: Float32Array; b: Float64Array };
    expect(inner.W).toBeInstanceOf(Float32Array);
    expect(inner.W[0]).toBe(Math.fround(30.1));
    expect(Array.from(tree.W1)).toEqual([1, 2]);
    expect(isParameterLeaf(rebuilt.bias)).toBe(true);
  });
});
