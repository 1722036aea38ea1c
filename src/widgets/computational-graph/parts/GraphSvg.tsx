// The shopping graph as nodes and edges: forward values above each edge (blue), gradients below
// (orange), the node that just ran highlighted, and numbered blanks in quiz mode.
import type {
  ShoppingExample,
  ShoppingNode,
  ShoppingOpNode,
  ShoppingResult,
} from '../../../experiments/client';
import { SHOPPING_GRAPHS } from '../../../experiments/client';
import { CIRCLED, LAYOUTS, NODE_LABEL, consumer, won, type Step } from '../model';

const R = 24;

export function GraphSvg({
  example,
  graph,
  shownForward,
  shownBackward,
  active,
  blanks,
  onNode,
}: {
  example: ShoppingExample;
  /** the engine's numbers; null until they are in (the graph stands without them) */
  graph: ShoppingResult | null;
  shownForward: (n: ShoppingNode) => boolean;
  shownBackward: (n: ShoppingNode) => boolean;
  /** The step just taken (highlighted), if any. */
  active: Step | null;
  /** Quiz mode: the hidden gradients, in blank order. */
  blanks: readonly ShoppingNode[] | null;
  /** A click on an op node (null: nodes are not clickable). */
  onNode: ((op: ShoppingOpNode) => void) | null;
}) {
  const { ops, inputs } = SHOPPING_GRAPHS[example];
  const L = LAYOUTS[example];
  const edges: ShoppingNode[] = [...inputs, ...ops.map((o) => o.name)];
  const end = (n: ShoppingNode) => {
    const c = consumer(ops, n);
    return c ? L.at[c.name]! : L.out;
  };
  // A line from a to b, shortened where it meets an op's circle.
  const line = (n: ShoppingNode) => {
    const [x1, y1] = L.at[n]!;
    const [x2, y2] = end(n);
    const d = Math.hypot(x2 - x1, y2 - y1);
    const [ux, uy] = [(x2 - x1) / d, (y2 - y1) / d];
    // Leave an op's circle, or an input's label box (about 76 × 24).
    const isOp = ops.some((o) => o.name === n);
    const s = isOp
      ? R
      : Math.min(38 / Math.max(Math.abs(ux), 1e-9), 14 / Math.max(Math.abs(uy), 1e-9));
    const e = consumer(ops, n) ? R + 4 : 44;
    return { x1: x1 + ux * s, y1: y1 + uy * s, x2: x2 - ux * e, y2: y2 - uy * e };
  };
  const activeEdges = new Set<ShoppingNode>();
  if (active?.pass === 'forward') activeEdges.add(active.op);
  if (active?.pass === 'backward')
    for (const n of ops.find((o) => o.name === active.op)!.inputs) activeEdges.add(n);
  if (active?.pass === 'backward' && active.op === 'total') activeEdges.add('total');
  return (
    <svg
      className="computational-graph-svg"
      viewBox={`0 0 ${L.width} ${L.height}`}
      role="img"
      aria-label={`${example === 'apple' ? '사과' : '사과와 귤'} 쇼핑의 계산 그래프`}
    >
      <defs>
        <marker
          id={`cg-arrow-${example}`}
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          orient="auto-start-reverse"
        >
          <path d="M0,0 L10,5 L0,10 z" fill="var(--muted)" />
        </marker>
      </defs>
      {edges.map((n) => {
        const fwd = graph !== null && shownForward(n);
        const bwd = graph !== null && shownBackward(n);
        const blank = blanks?.indexOf(n) ?? -1;
        const [fx, fy] = L.fwd[n]!;
        const [bx, by] = L.bwd[n]!;
        return (
          <g
            key={n}
            className={`computational-graph-edge${activeEdges.has(n) ? ' is-active' : ''}`}
            data-edge={n}
            data-fwd={fwd ? String(graph.values[n]) : undefined}
            data-bwd={bwd && blank < 0 ? String(graph.grads[n]) : undefined}
          >
            <line {...line(n)} markerEnd={`url(#cg-arrow-${example})`} />
            {fwd && (
              <text x={fx} y={fy} className="computational-graph-fwd" textAnchor="middle">
                {won(graph.values[n])}
              </text>
            )}
            {blank >= 0 ? (
              <text x={bx} y={by + 6} className="computational-graph-blank" textAnchor="middle">
                {CIRCLED[blank]}
              </text>
            ) : (
              bwd && (
                <text x={bx} y={by + 6} className="computational-graph-bwd" textAnchor="middle">
                  {won(graph.grads[n])}
                </text>
              )
            )}
          </g>
        );
      })}
      {inputs.map((n) => {
        const [x, y] = L.at[n]!;
        return (
          <text key={n} x={x} y={y + 5} className="computational-graph-input" textAnchor="middle">
            {NODE_LABEL[n]}
          </text>
        );
      })}
      {ops.map((op) => {
        const [x, y] = L.at[op.name]!;
        const on = active?.op === op.name;
        return (
          <g
            key={op.name}
            className={`computational-graph-node${on ? ` is-active is-${active!.pass}` : ''}`}
            data-node={op.name}
            onClick={onNode ? () => onNode(op.name) : undefined}
          >
            <circle cx={x} cy={y} r={R} />
            <text x={x} y={y + 8} textAnchor="middle">
              {op.op === 'mul' ? '×' : '+'}
            </text>
          </g>
        );
      })}
      <text x={L.out[0]} y={L.out[1] + 5} className="computational-graph-input" textAnchor="middle">
        {NODE_LABEL.total}
      </text>
    </svg>
  );
}
