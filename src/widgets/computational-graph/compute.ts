// The engine call of computational-graph (through the engine's worker), stamped for useReport.
import { engineBackend, shoppingGraph, type ShoppingExample } from '../../experiments/client';
import type { ShoppingResult } from '../../experiments/client';
import type { Stamped } from '../kit';

export interface GraphInput {
  example: ShoppingExample;
  applePrice: number;
  appleCount: number;
  orangePrice: number;
  orangeCount: number;
  tax: number;
}

export type GraphOutput = Stamped & { graph: ShoppingResult; input: GraphInput };

export async function computeGraph(input: GraphInput): Promise<GraphOutput> {
  const graph = await shoppingGraph(input);
  const backend = await engineBackend();
  return { graph, input, backend, doneAt: performance.now() };
}
