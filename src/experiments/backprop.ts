// Chapter 5: backpropagation on the computational graph of the book's shopping examples. The
// graph is built from the engine's scalar tensors (mul, add) and differentiated by its own
// backward(); every number the widget shows comes from here.
import {
  fromOp,
  free,
  hold,
  initEngine,
  onCpu,
  ops,
  packRow,
  readAll,
  scope,
  tensor,
  type DeviceTensor,
  type Tensor,
} from '../engine';
import {
  SHOPPING_GRAPHS,
  type ShoppingExample,
  type ShoppingInput,
  type ShoppingNode,
  type ShoppingOpNode,
  type ShoppingResult,
} from './backprop-meta';

export interface Probe<N extends string = string> {
  name: N;
  /** ∂L/∂x as it arrived, flattened (held past the scope; the caller frees it). */
  grad: DeviceTensor;
}

/**
 * `x` unchanged, with a note in the tape: when the engine's backward() reaches this point, the
 * gradient that arrived for `x` (∂L/∂x) is copied into `log`, in the engine's own order, and
 * passed on untouched. This is how a widget sees the gradients of intermediate tensors (the
 * engine frees those as soon as they are passed on; only leaves keep a .grad).
 */
export function probe<N extends string>(x: Tensor, name: N, log: Probe<N>[]): Tensor {
  return fromOp(`probe:${name}`, x.value, [x], (g) => {
    log.push({ name, grad: hold(packRow([g])) });
    return [g];
  });
}

const LIMIT = 1e6;

/**
 * The shopping graph (apple: 2 × 100 × 1.1; apple-orange: (2 × 100 + 3 × 150) × 1.1) with the
 * given numbers: forward values, ∂total/∂node for every node, and the order of both passes.
 */
export async function shoppingGraph(
  o: { example: ShoppingExample } & Partial<Record<ShoppingInput, number>>,
): Promise<ShoppingResult> {
  const graph = SHOPPING_GRAPHS[o.example];
  if (!graph) throw new Error(`알 수 없는 예제: ${String(o.example)}`);
  const numbers = {} as Record<ShoppingInput, number>;
  for (const name of graph.inputs) {
    const v = o[name];
    if (typeof v !== 'number' || !Number.isFinite(v) || Math.abs(v) > LIMIT)
      throw new Error(`${name}은(는) 절댓값 ${LIMIT} 이하의 유한한 수여야 합니다: ${String(v)}`);
    numbers[name] = v;
  }
  await initEngine();
  const nodes: ShoppingNode[] = [...graph.inputs, ...graph.ops.map((op) => op.name)];
  const forwardOrder: ShoppingOpNode[] = [];
  const log: Probe<ShoppingOpNode>[] = [];
  const row = onCpu(() =>
    scope(() => {
      const leaves = graph.inputs.map((n) => tensor(numbers[n], { requiresGrad: true }));
      const t = new Map<ShoppingNode, Tensor>(graph.inputs.map((n, i) => [n, leaves[i]]));
      try {
        for (const op of graph.ops) {
          const [a, b] = op.inputs.map((n) => t.get(n)!);
          const out = op.op === 'mul' ? ops.mul(a, b) : ops.add(a, b);
          forwardOrder.push(op.name);
          t.set(op.name, probe(out, op.name, log));
        }
        t.get('total')!.backward();
        // One row: forward values, then the probed gradients (in backward order), then the leaves'.
        return packRow([
          ...nodes.map((n) => t.get(n)!.value),
          ...log.map((p) => p.grad),
          ...leaves.map((l) => l.grad!),
        ]);
      } finally {
        free(log.map((p) => p.grad));
        for (const l of leaves) l.zeroGrad();
      }
    }),
  );
  try {
    const [data] = await readAll([row], { cpu: true });
    const values: ShoppingResult['values'] = {};
    const grads: ShoppingResult['grads'] = {};
    nodes.forEach((n, i) => (values[n] = data[i]));
    log.forEach((p, i) => (grads[p.name] = data[nodes.length + i]));
    graph.inputs.forEach((n, i) => (grads[n] = data[nodes.length + log.length + i]));
    return { values, grads, forwardOrder, backwardOrder: log.map((p) => p.name) };
  } finally {
    free(row);
  }
}
