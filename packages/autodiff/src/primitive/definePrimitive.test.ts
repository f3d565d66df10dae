import { afterEach, describe, expect, test } from 'vitest';
import { expectTensor } from '../../test/expectTensor.js';
import {
  assertGrad,
  assertVjp,
  definePrimitive,
  grad,
  listPrimitives,
  mul,
  registerBackend,
  registerKernel,
  setBackend,
  sum,
  tensor,
  Tensor,
  type Backend,
} from '../index.js';
import { resetRegistryForTests } from '../registry/resetRegistry.js';

/** A toy primitive: y = scale · x³, with named residuals { x } and an attr. */
let forwardCalls = 0;
const ScaledCube = definePrimitive({
  name: 'TestScaledCube',
  inputNames: ['x'],
  inferShape: ({ x }, _attrs: { scale: number }) => ({ shape: x.shape, dtype: x.dtype }),
  forward: (_backend, { x }: { x: Tensor }, { scale }: { scale: number }) => {
    forwardCalls++;
    return mul(scale, mul(x, mul(x, x)));
  },
  vjp: {
    fwd: (_backend, { x }, { scale }) => [mul(scale, mul(x, mul(x, x))), { x }],
    bwd: (_backend, { x }, ct, { scale }) => ({ x: mul(ct, mul(3 * scale, mul(x, x))) }),
  },
});

afterEach(() => resetRegistryForTests());

describe('definePrimitive', () => {
  test('the callable exposes name and the frozen record', () => {
    expect(ScaledCube.name).toBe('TestScaledCube');
    expect(Object.isFrozen(ScaledCube.record)).toBe(true);
    expect(ScaledCube.record.inputNames).toEqual(['x']);
    expect(listPrimitives().find((p) => p.name === 'TestScaledCube')).toEqual({ name: 'TestScaledCube', inputNames: ['x'], differentiable: true });
  });

  test('forward runs outside a trace; vjp.fwd/bwd inside', () => {
    forwardCalls = 0;
    expectTensor(ScaledCube({ x: tensor([2]) }, { scale: 0.5 }), [4]);
    expect(forwardCalls).toBe(1);
    expectTensor(grad((x: Tensor) => sum(ScaledCube({ x }, { scale: 0.5 })))(tensor([2])), [6]);
    expect(forwardCalls).toBe(1);
    assertGrad((x) => sum(ScaledCube({ x }, { scale: 2 })), [tensor([0.3, -1.1])]);
    assertVjp((x) => ScaledCube({ x }, { scale: 2 }), [tensor([0.3, -1.1])]);
  });

  test('a primitive is one tape node: its inner ops are not recorded', () => {
    // If the inner mul ops were recorded, the gradient would be computed twice (through bwd and through them).
    expectTensor(grad((x: Tensor) => sum(ScaledCube({ x }, { scale: 1 })))(tensor([1])), [3]);
  });

  test('several inputs with named cotangents, null = zero, attrs not differentiated', () => {
    const WeightedSum = definePrimitive({
      name: 'TestWeightedSum',
      inputNames: ['a', 'b'],
      inferShape: ({ a }, _attrs: { w: number }) => ({ shape: a.shape, dtype: a.dtype }),
      forward: (_backend, { a, b }: { a: Tensor; b: Tensor }, { w }: { w: number }) => mul(w, mul(a, b)),
      vjp: {
        fwd: (_backend, { a, b }, { w }) => [mul(w, mul(a, b)), { b }],
        bwd: (_backend, { b }, ct, { w }) => ({ a: mul(ct, mul(w, b)), b: null }),
      },
    });
    const [ga, gb] = grad((a: Tensor, b: Tensor) => sum(WeightedSum({ a, b }, { w: 3 })), [0, 1])(tensor([1]), tensor([2]));
    expectTensor(ga, [6]);
    expectTensor(gb, [0]);
  });

  test('explicit type arguments, and residuals holding a typed array and a number', () => {
    type Inputs = { D: Tensor };
    type Attrs = { gamma: number };
    type Residuals = { table: Float64Array; count: number };
    // y = gamma · Σ D (a scalar); residuals: a copy of nothing but the size, kept as a typed array.
    const ScaledTotal = definePrimitive<Inputs, Attrs, Residuals>({
      name: 'TestScaledTotal',
      inputNames: ['D'],
      inferShape: ({ D }) => ({ shape: [], dtype: D.dtype }),
      forward: (_backend, { D }, { gamma }) => tensor(gamma * sum(D).item()),
      vjp: {
        fwd: (_backend, { D }, { gamma }) => [tensor(gamma * sum(D).item()), { table: new Float64Array(D.shape), count: D.size }],
        bwd: (_backend, { table, count }, ct, { gamma }) => ({ D: new Tensor(new Float64Array(count).fill(gamma * ct.item()), Array.from(table)) }),
      },
    });
    expect(ScaledTotal({ D: tensor([[1, 2], [3, 4]]) }, { gamma: 2 }).item()).toBe(20);
    assertGrad((D) => ScaledTotal({ D }, { gamma: 2 }), [tensor([[1, 2], [3, 4]])]);
  });

  test('an output that disagrees with inferShape is an InternalError naming the primitive', () => {
    const Liar = definePrimitive({
      name: 'TestLiar',
      inputNames: ['x'],
      inferShape: ({ x }) => ({ shape: [...x.shape, 1], dtype: x.dtype }),
      forward: (_backend, { x }: { x: Tensor }) => x,
      nondifferentiable: true,
    });
    expect(() => Liar({ x: tensor([1, 2]) })).toThrow(
      "primitive 'TestLiar': expected forward to return shape [2, 1] (float64) as inferShape says, got [2] (float64). This is a bug in forward of 'TestLiar'.",
    );
  });

  test('a VJP rule returning the wrong shape or an unknown key is an InternalError', () => {
    const BadRule = definePrimitive({
      name: 'TestBadRule',
      inputNames: ['x'],
      inferShape: ({ x }) => ({ shape: x.shape, dtype: x.dtype }),
      forward: (_backend, { x }: { x: Tensor }) => mul(x, 1),
      vjp: { fwd: (_backend, { x }) => [mul(x, 1), {}], bwd: () => ({ x: tensor([1, 2, 3]) }) },
    });
    expect(() => grad((x: Tensor) => sum(BadRule({ x })))(tensor([1]))).toThrow(/primitive 'TestBadRule': expected the VJP rule to return a cotangent of shape \[1\] for input 0, got \[3\]/);
    const TypoRule = definePrimitive({
      name: 'TestTypoRule',
      inputNames: ['x'],
      inferShape: ({ x }) => ({ shape: x.shape, dtype: x.dtype }),
      forward: (_backend, { x }: { x: Tensor }) => mul(x, 1),
      vjp: { fwd: (_backend, { x }) => [mul(x, 1), {}], bwd: (_b, _r, ct) => ({ y: ct }) as never },
    });
    expect(() => grad((x: Tensor) => sum(TypoRule({ x })))(tensor([1]))).toThrow(/unknown key 'y'/);
  });

  test('records without vjp/nondifferentiable, or with both, are rejected', () => {
    const base = { inputNames: ['x'] as const, inferShape: ({ x }: { x: { shape: readonly number[]; dtype: 'float64' | 'float32' } }) => x, forward: (_b: Backend, { x }: { x: Tensor }) => x };
    expect(() => definePrimitive({ name: 'TestNeither', ...base } as never)).toThrow(/either vjp: \{ fwd, bwd \} or nondifferentiable: true, got neither/);
    expect(() => definePrimitive({ name: 'TestBoth', ...base, nondifferentiable: true, vjp: { fwd: () => [tensor(1), {}], bwd: () => ({}) } } as never)).toThrow(/got both/);
    expect(() => definePrimitive({ ...base, name: '' } as never)).toThrow(expect.objectContaining({ code: 'E_INVALID_ARGUMENT' }));
  });

  test('duplicate names throw unless override is passed', () => {
    const record = { name: 'TestDup', inputNames: ['x'] as const, inferShape: ({ x }: { x: { shape: readonly number[]; dtype: 'float64' } }) => x, forward: (_b: Backend, { x }: { x: Tensor }) => x, nondifferentiable: true as const };
    definePrimitive(record as never);
    expect(() => definePrimitive(record as never)).toThrow(expect.objectContaining({ code: 'E_DUPLICATE_REGISTRATION' }));
    expect(() => definePrimitive(record as never, { override: true })).not.toThrow();
  });

  test('inputs are validated by name', () => {
    expect(() => ScaledCube({ x: [1] as never }, { scale: 1 })).toThrow("TestScaledCube: expected input 'x' to be a Tensor, got array. Wrap values with tensor(...).");
    expect(() => ScaledCube({ x: tensor(1), y: tensor(1) } as never, { scale: 1 })).toThrow(/unknown input 'y'/);
  });

  test('kernel dispatch: a kernel registered for the active backend replaces forward', async () => {
    registerBackend('test-fast', () => ({ name: 'test-fast', capabilities: { float64: true, syncRead: true } }), { priority: 0 });
    registerKernel('TestScaledCube', 'test-fast', (_backend, { x }: { x: Tensor }) => new Tensor(new Float64Array(x.size).fill(42), x.shape));
    expectTensor(ScaledCube({ x: tensor([1, 2]) }, { scale: 1 }), [1, 8]);
    await setBackend('test-fast');
    expectTensor(ScaledCube({ x: tensor([1, 2]) }, { scale: 1 }), [42, 42]);
    // Inside a trace the record's vjp.fwd runs (it may call kernels itself).
    expectTensor(grad((x: Tensor) => sum(ScaledCube({ x }, { scale: 1 })))(tensor([1])), [3]);
    await setBackend('cpu');
    expectTensor(ScaledCube({ x: tensor([1, 2]) }, { scale: 1 }), [1, 8]);
  });

  test('a kernel returning the wrong shape is an InternalError naming the backend', async () => {
    registerBackend('test-broken', () => ({ name: 'test-broken', capabilities: { float64: true, syncRead: true } }), { priority: 0 });
    registerKernel('TestScaledCube', 'test-broken', () => tensor([1, 2, 3]));
    await setBackend('test-broken');
    expect(() => ScaledCube({ x: tensor([1]) }, { scale: 1 })).toThrow(/the kernel registered for backend 'test-broken'/);
  });
});
