// Engine-free names and shapes of the chapter 5 backprop experiments (computational-graph and
// layer-backprop): the shopping graphs of the book's §5.2–5.4 and the layer chain's options.
// The page imports these through backprop-client.ts without pulling in tfjs.

export type ShoppingExample = 'apple' | 'apple-orange';
export type ShoppingInput = 'applePrice' | 'appleCount' | 'orangePrice' | 'orangeCount' | 'tax';
export type ShoppingOpNode = 'appleTotal' | 'orangeTotal' | 'subtotal' | 'total';
export type ShoppingNode = ShoppingInput | ShoppingOpNode;

export interface ShoppingOp {
  name: ShoppingOpNode;
  op: 'mul' | 'add';
  /** The op's two inputs, in the order the engine receives them. */
  inputs: [ShoppingNode, ShoppingNode];
}

/** The book's two graphs: 2 apples × 100 × 1.1 (Fig 5-14) and + 3 oranges × 150 (Fig 5-15). */
export const SHOPPING_GRAPHS: Record<
  ShoppingExample,
  { inputs: readonly ShoppingInput[]; ops: readonly ShoppingOp[] }
> = {
  apple: {
    inputs: ['applePrice', 'appleCount', 'tax'],
    ops: [
      { name: 'appleTotal', op: 'mul', inputs: ['applePrice', 'appleCount'] },
      { name: 'total', op: 'mul', inputs: ['appleTotal', 'tax'] },
    ],
  },
  'apple-orange': {
    inputs: ['applePrice', 'appleCount', 'orangePrice', 'orangeCount', 'tax'],
    ops: [
      { name: 'appleTotal', op: 'mul', inputs: ['applePrice', 'appleCount'] },
      { name: 'orangeTotal', op: 'mul', inputs: ['orangePrice', 'orangeCount'] },
      { name: 'subtotal', op: 'add', inputs: ['appleTotal', 'orangeTotal'] },
      { name: 'total', op: 'mul', inputs: ['subtotal', 'tax'] },
    ],
  },
};

/** The book's numbers. */
export const BOOK_SHOPPING: Record<ShoppingInput, number> = {
  applePrice: 100,
  appleCount: 2,
  orangePrice: 150,
  orangeCount: 3,
  tax: 1.1,
};

export interface ShoppingResult {
  /** Forward value of every node of the graph. */
  values: Partial<Record<ShoppingNode, number>>;
  /** ∂L/∂node for every node (L = the total; ∂L/∂L = 1). */
  grads: Partial<Record<ShoppingNode, number>>;
  /** The op nodes in the order the forward pass computed them. */
  forwardOrder: ShoppingOpNode[];
  /** The op nodes in the order the engine's backward() ran their chain rule. */
  backwardOrder: ShoppingOpNode[];
}

export type LayerActivation = 'relu' | 'sigmoid';

/** The layer chain's three layers, in the order the engine's backward() reaches them. */
export type LayerName = 'softmaxWithLoss' | 'activation' | 'affine';

export interface LayerBackpropResult {
  /** Input X (N×2), weights W (2×3), bias b (3), labels as class indices and one-hot T (N×3). */
  x: number[][];
  w: number[][];
  b: number[];
  labels: number[];
  t: number[][];
  /** Forward: A = X·W + b, H = h(A), Y = softmax(H), the loss L. */
  a: number[][];
  h: number[][];
  y: number[][];
  loss: number;
  /** Backward, all from the engine: ∂L/∂H, h′(A), ∂L/∂A, ∂L/∂W, ∂L/∂b, ∂L/∂X. */
  dH: number[][];
  local: number[][];
  dA: number[][];
  dW: number[][];
  db: number[];
  dX: number[][];
  /** The layers in the order the engine's backward() ran them. */
  backwardOrder: LayerName[];
}

export interface SoftmaxWithLossResult {
  /** softmax of the logits log(p): p itself, computed by the engine. */
  y: number[][];
  loss: number;
  /** ∂L/∂logits = (Y − T)/N from the engine's backward(). */
  grad: number[][];
}
