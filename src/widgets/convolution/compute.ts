// The engine call of the convolution widget (through the worker, experiments/client), stamped
// for useReport. Nothing is computed when the filter cannot be placed at all.
import {
  BOOK_INPUT,
  checkSize,
  convolve,
  engineBackend,
  type ConvolveResult,
  type Filter,
} from '../../experiments/client';
import type { Stamped } from '../kit';

export interface ConvInput {
  source: 'book' | 'digit';
  digit: number;
  filter: Filter | null;
  bias: number;
  pad: number;
  stride: number;
}

/** The input's height (= width): the book's 4×4 example or a 28×28 digit. */
export const inputSize = (source: ConvInput['source']): number => (source === 'digit' ? 28 : 4);

/** An input whose filter parses and fits in the padded input. */
export type PlaceableInput = ConvInput & { filter: Filter };

/** The filter parses and fits in the padded input, so there is a map to compute. */
export function placeable(i: ConvInput): i is PlaceableInput {
  const side = inputSize(i.source) + 2 * i.pad;
  return i.filter !== null && side >= i.filter.FH && side >= i.filter.FW;
}

/**
 * The sizes of the maps as the engine's run will have them, from the formula (floored like the
 * book's code; 2×2 pooling with stride 2 where the map is at least 2×2): the waiting grids'.
 */
export function mapSizes(i: PlaceableInput) {
  const H = inputSize(i.source);
  const OH = checkSize(H, i.filter.FH, i.pad, i.stride).floored;
  const OW = checkSize(H, i.filter.FW, i.pad, i.stride).floored;
  const pool = OH >= 2 && OW >= 2;
  const half = (n: number) => (pool ? Math.floor((n - 2) / 2) + 1 : 0);
  return { H, W: H, OH, OW, PH: half(OH), PW: half(OW) };
}

export async function computeConv(
  i: ConvInput,
): Promise<Stamped & { res: ConvolveResult | null; at: ConvInput }> {
  const res = placeable(i)
    ? await convolve({
        ...(i.source === 'digit' ? { digit: i.digit } : { input: [...BOOK_INPUT], H: 4, W: 4 }),
        filter: i.filter.rows.flat(),
        FH: i.filter.FH,
        FW: i.filter.FW,
        bias: i.bias,
        pad: i.pad,
        stride: i.stride,
      })
    : null;
  const backend = await engineBackend();
  return { res, at: i, backend, doneAt: performance.now() };
}
