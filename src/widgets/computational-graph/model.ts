// Pure logic of the computational-graph widget: where the nodes and edges sit, which numbers
// are visible at a step, the blanks of the quiz and their kind messages. No engine here: the
// numbers come from src/experiments (shoppingGraph).
import type {
  ShoppingExample,
  ShoppingNode,
  ShoppingOp,
  ShoppingOpNode,
  ShoppingResult,
} from '../../experiments/client';

type Pt = readonly [number, number];

export const NODE_LABEL: Record<ShoppingNode, string> = {
  applePrice: '사과 가격',
  appleCount: '사과 개수',
  orangePrice: '귤 가격',
  orangeCount: '귤 개수',
  tax: '소비세',
  appleTotal: '사과 값',
  orangeTotal: '귤 값',
  subtotal: '합계',
  total: '지불 금액',
};

export interface Layout {
  width: number;
  height: number;
  /** Where each node sits: an input's label, or an op's circle. */
  at: Partial<Record<ShoppingNode, Pt>>;
  /** The output's label (the end of the total's edge). */
  out: Pt;
  /** Where each edge (named by the tensor it carries) writes its forward / backward value. */
  fwd: Partial<Record<ShoppingNode, Pt>>;
  bwd: Partial<Record<ShoppingNode, Pt>>;
}

export const LAYOUTS: Record<ShoppingExample, Layout> = {
  apple: {
    width: 600,
    height: 230,
    at: {
      applePrice: [50, 70],
      appleCount: [200, 200],
      appleTotal: [200, 70],
      tax: [420, 200],
      total: [420, 70],
    },
    out: [555, 70],
    fwd: {
      applePrice: [125, 58],
      appleCount: [178, 150],
      appleTotal: [310, 58],
      tax: [398, 150],
      total: [490, 58],
    },
    bwd: {
      applePrice: [125, 94],
      appleCount: [222, 150],
      appleTotal: [310, 94],
      tax: [442, 150],
      total: [490, 94],
    },
  },
  'apple-orange': {
    width: 640,
    height: 370,
    at: {
      applePrice: [50, 60],
      appleCount: [200, 160],
      appleTotal: [200, 60],
      orangePrice: [50, 320],
      orangeCount: [200, 220],
      orangeTotal: [200, 320],
      subtotal: [350, 190],
      tax: [490, 310],
      total: [490, 190],
    },
    out: [590, 190],
    fwd: {
      applePrice: [128, 48],
      appleCount: [180, 122],
      appleTotal: [290, 110],
      orangePrice: [128, 308],
      orangeCount: [180, 268],
      orangeTotal: [260, 238],
      subtotal: [420, 178],
      tax: [470, 262],
      total: [540, 178],
    },
    bwd: {
      applePrice: [128, 78],
      appleCount: [226, 116],
      appleTotal: [258, 140],
      orangePrice: [128, 338],
      orangeCount: [226, 262],
      orangeTotal: [292, 268],
      subtotal: [420, 208],
      tax: [514, 256],
      total: [540, 208],
    },
  },
};

/** The op that consumes `node` (null for the total, whose edge goes to the output). */
export function consumer(ops: readonly ShoppingOp[], node: ShoppingNode): ShoppingOp | null {
  return ops.find((op) => op.inputs.includes(node)) ?? null;
}

export type Step = { pass: 'forward' | 'backward'; op: ShoppingOpNode };

/** Forward steps in the order the forward pass computed the nodes, then the engine's backward order. */
export function steps(r: ShoppingResult): Step[] {
  return [
    ...r.forwardOrder.map((op) => ({ pass: 'forward' as const, op })),
    ...r.backwardOrder.map((op) => ({ pass: 'backward' as const, op })),
  ];
}

/**
 * The step a note describes before the engine's numbers are in: at the end (the whole figure),
 * the backward pass's last node, a product of two inputs. Which one when there are two is the
 * engine's order (apples and oranges: oranges last, the tests do not pin it), so the note holds
 * the room of the last one listed and waits with "…" for its names too (StepNote). No other step
 * can be shown while the buttons wait.
 */
export function waitingStep(ops: readonly ShoppingOp[], step: number, total: number): Step | null {
  const leaves = leafOps(ops);
  return step === total ? { pass: 'backward', op: leaves[leaves.length - 1].name } : null;
}

/**
 * The ops whose two inputs are both the reader's inputs. A backward pass handles a node after
 * every node it feeds, so it ends on one of these: when there is only one (apples alone), the
 * graph's shape alone says which, and the waiting note can name its inputs at once.
 */
export function leafOps(ops: readonly ShoppingOp[]): ShoppingOp[] {
  const isInput = (n: ShoppingNode) => !ops.some((o) => o.name === n);
  return ops.filter((o) => o.inputs.every(isInput));
}

/** What is on screen after the first `step` steps: which values each edge shows. */
export function visibility(ops: readonly ShoppingOp[], done: readonly Step[]) {
  const fwd = new Set(done.filter((s) => s.pass === 'forward').map((s) => s.op));
  const bwd = new Set(done.filter((s) => s.pass === 'backward').map((s) => s.op));
  const isOp = (n: ShoppingNode) => ops.some((op) => op.name === n);
  return {
    forward: (n: ShoppingNode) => !isOp(n) || fwd.has(n as ShoppingOpNode),
    // An edge's gradient is known once the op it feeds has run its backward (the total's: at once).
    backward: (n: ShoppingNode) => {
      const c = consumer(ops, n);
      return c ? bwd.has(c.name) : bwd.has('total');
    },
  };
}

/** The quiz's blanks, numbered like the book's figure (① … ⑧): the op's inputs, right to left. */
export const BLANKS: Record<ShoppingExample, readonly ShoppingNode[]> = {
  apple: ['appleTotal', 'tax', 'applePrice', 'appleCount'],
  'apple-orange': [
    'subtotal',
    'tax',
    'appleTotal',
    'orangeTotal',
    'applePrice',
    'appleCount',
    'orangePrice',
    'orangeCount',
  ],
};
export const CIRCLED = ['①', '②', '③', '④', '⑤', '⑥', '⑦', '⑧'];

/** A won amount or a derivative for reading, Korean style: 6 significant digits, 1,100. */
export function won(v: number | undefined): string {
  if (v === undefined) return '…';
  if (!Number.isFinite(v)) return Number.isNaN(v) ? 'NaN' : '∞';
  return Number(v.toPrecision(6)).toLocaleString('ko-KR', { maximumFractionDigits: 6 });
}

/** A number's room while it is not in (the kit's Slot): the book's are three characters (220, 2.2, 110). */
export const NUMBER_SHAPE = '000';

/** What a reader typed: "2.2", "1,100", "１１０", "−3.3", "200원" → a number, else NaN. */
export function parseReaderNumber(text: string): number {
  const s = text
    .normalize('NFKC')
    .replace(/[\s,원]/g, '')
    .replace(/[−–]/g, '-');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(s)) return NaN;
  return Number(s);
}

/** Float32 from the engine vs. what a reader typed: equal to about 4 significant digits. */
export function sameNumber(typed: number, engine: number): boolean {
  return Math.abs(typed - engine) <= 5e-4 * Math.max(1, Math.abs(engine));
}

export type Grade = { ok: true; message: string } | { ok: false; message: string };

const PRAISE = ['정답이에요!', '맞았어요!', '훌륭해요!', '바로 그거예요!'];

/** Grades one blank with a kind message: praise with the reason, or a hint that points the way. */
export function grade(
  ops: readonly ShoppingOp[],
  r: ShoppingResult,
  node: ShoppingNode,
  typed: string,
  index: number,
): Grade {
  const answer = r.grads[node]!;
  const op = consumer(ops, node)!;
  const other = op.inputs[0] === node ? op.inputs[1] : op.inputs[0];
  const upstream = r.grads[op.name]!;
  const why =
    op.op === 'mul'
      ? `${won(upstream)} × ${won(r.values[other])} = ${won(answer)}`
      : `덧셈 노드라서 상류 값 그대로 ${won(upstream)} × 1 = ${won(answer)}`;
  const v = parseReaderNumber(typed);
  if (Number.isNaN(v))
    return { ok: false, message: '숫자로 읽지 못했어요. 2.2나 1,100처럼 숫자만 적어 주세요.' };
  if (sameNumber(v, answer))
    return { ok: true, message: `${PRAISE[index % PRAISE.length]} ${why}.` };
  const hint =
    op.op === 'mul'
      ? `곱셈 노드는 상류에서 온 값에 순전파 때의 반대쪽 입력(${NODE_LABEL[other]} ${won(r.values[other])})을 곱해서 보내요.`
      : '덧셈 노드의 국소적 미분은 1이라서, 상류에서 온 값이 그대로 흘러가요.';
  const upstreamHint =
    op.name === 'total'
      ? ' 오른쪽 끝의 상류 값은 1이에요.'
      : ` 그 전에 ${NODE_LABEL[op.name]} 에지로 들어온 상류 값부터 확인해 볼까요?`;
  return { ok: false, message: `아깝지만 조금 달라요. ${hint}${upstreamHint}` };
}
