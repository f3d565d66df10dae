/**
 * Linear algebra: the batched matrix product and its derivative rule.
 *
 * MatMul: a [..., n, k] × b [..., k, m] -> [..., n, m], with numpy broadcasting of the batch
 * dimensions (everything before the last two). out[..., i, j] = Σ_p a[..., i, p] · b[..., p, j].
 * VJP (Aᵀ = swap of the last two axes):
 *   ∂a = ct · bᵀ   summed back over broadcast batch axes (sumToShape)
 *   ∂b = aᵀ · ct   summed back likewise
 * The public `matmul` also accepts 1-D operands like numpy: a vector on the left is a row
 * [1, k], on the right a column [k, 1], and the added axis is removed from the result.
 */
import { ShapeError } from '../errors.js';
import { MatMul, type BinaryInputs } from '../primitiveNames.js';
import { definePrimitive } from '../primitive/definePrimitive.js';
import { broadcastShapes, broadcastStrides } from '../shape/broadcastShapes.js';
import { stridedOffsets } from '../shape/stridedOffsets.js';
import type { TensorSpec } from '../tape/TapeNode.js';
import { allocate, promoteDTypes } from '../tensor/DType.js';
import { formatShape, shapeSize } from '../tensor/Shape.js';
import { Tensor } from '../tensor/Tensor.js';
import { expandDims, squeeze, sumToShape, transpose } from './shapeOps.js';
import { toTensor, type TensorLike } from './toTensor.js';

function matmulSpec(a: TensorSpec, b: TensorSpec): TensorSpec {
  if (a.shape.length < 2 || b.shape.length < 2) {
    throw new ShapeError(
      `matmul: expected operands of rank ≥ 2 for the MatMul primitive, got ${formatShape(a.shape)} x ${formatShape(b.shape)}. Use matmul(), which also accepts vectors, or expandDims the operand.`,
    );
  }
  const [n, k] = a.shape.slice(-2);
  const [kb, m] = b.shape.slice(-2);
  if (k !== kb) {
    throw new ShapeError(`matmul: expected inner dimensions to match, got ${formatShape(a.shape)} x ${formatShape(b.shape)}. Transpose one operand or fix its shape.`);
  }
  const batch = broadcastShapes([a.shape.slice(0, -2), b.shape.slice(0, -2)], 'matmul (batch dimensions)');
  return { shape: [...batch, n, m], dtype: promoteDTypes(a.dtype, b.dtype) };
}

/** Reference loop: for every batch entry, the i-p-j product (row-wise, cache friendly). */
function multiply(a: Tensor, b: Tensor): Tensor {
  const { shape, dtype } = matmulSpec(a, b);
  const [n, k] = a.shape.slice(-2);
  const m = b.shape[b.rank - 1];
  const batchShape = shape.slice(0, -2);
  const aBatches = stridedOffsets(batchShape, broadcastStrides(a.shape.slice(0, -2), batchShape).map((s) => s * n * k));
  const bBatches = stridedOffsets(batchShape, broadcastStrides(b.shape.slice(0, -2), batchShape).map((s) => s * k * m));
  const out = allocate(dtype, shapeSize(shape));
  const row = new Float64Array(m);
  for (let batch = 0; batch < aBatches.length; batch++) {
    const aBase = aBatches[batch];
    const bBase = bBatches[batch];
    const outBase = batch * n * m;
    for (let i = 0; i < n; i++) {
      row.fill(0);
      for (let p = 0; p < k; p++) {
        const aValue = a.data[aBase + i * k + p];
        const bRow = bBase + p * m;
        for (let j = 0; j < m; j++) row[j] += aValue * b.data[bRow + j];
      }
      out.set(row, outBase + i * m);
    }
  }
  return new Tensor(out, shape);
}

/** Swaps the last two axes. */
function matrixTranspose(x: Tensor): Tensor {
  const perm = x.shape.map((_, i) => i);
  perm[x.rank - 2] = x.rank - 1;
  perm[x.rank - 1] = x.rank - 2;
  return transpose(x, perm);
}

/** The MatMul primitive (rank ≥ 2 operands); use {@link matmul}. */
export const MatMulPrimitive = definePrimitive({
  name: MatMul,
  inputNames: ['a', 'b'],
  inferShape: ({ a, b }) => matmulSpec(a, b),
  forward: (_backend, { a, b }: BinaryInputs) => multiply(a, b),
  vjp: {
    fwd: (_backend, { a, b }) => [multiply(a, b), { a, b }],
    bwd: (_backend, { a, b }, ct) => ({
      a: sumToShape(matmul(ct, matrixTranspose(b)), a.shape),
      b: sumToShape(matmul(matrixTranspose(a), ct), b.shape),
    }),
  },
});

/**
 * Matrix product with batch broadcasting: [..., n, k] × [..., k, m] -> [..., n, m].
 * 1-D operands behave as in numpy (vector·matrix, matrix·vector, vector·vector -> scalar).
 *
 * @param a - [..., n, k] or [k]
 * @param b - [..., k, m] or [k]
 * @returns [...batch, n, m], without the axes added for 1-D operands
 * @throws ShapeError when the inner dimensions differ or batch dimensions do not broadcast
 * @example
 * ```ts
 * matmul(tensor([[1, 2], [3, 4]]), tensor([[1], [1]])).toArray(); // [[3], [7]]
 * matmul(tensor([1, 2]), tensor([3, 4])).item();                   // 11
 * ```
 */
export function matmul(a: TensorLike, b: TensorLike): Tensor {
  const ta = toTensor(a, 'matmul');
  const tb = toTensor(b, 'matmul');
  if (ta.rank === 0 || tb.rank === 0) {
    throw new ShapeError(`matmul: expected operands of rank ≥ 1, got ${formatShape(ta.shape)} x ${formatShape(tb.shape)}. Use mul() for scalars.`);
  }
  const inner = ta.shape[ta.rank - 1];
  const innerB = tb.shape[tb.rank === 1 ? 0 : tb.rank - 2];
  if (inner !== innerB) {
    throw new ShapeError(`matmul: expected inner dimensions to match, got ${formatShape(ta.shape)} x ${formatShape(tb.shape)}. Transpose one operand or fix its shape.`);
  }
  const left = ta.rank === 1 ? expandDims(ta, 0) : ta;
  const right = tb.rank === 1 ? expandDims(tb, -1) : tb;
  const product = MatMulPrimitive({ a: left, b: right });
  const added = [...(ta.rank === 1 ? [product.rank - 2] : []), ...(tb.rank === 1 ? [product.rank - 1] : [])];
  return added.length === 0 ? product : squeeze(product, added);
}
