// The engine call of the convolution widget (through the worker, experiments/client), stamped
// for useReport. Nothing is computed when the filter cannot be placed at all.
import {
  BOOK_INPUT,
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

export async function computeConv(
  i: ConvInput,
): Promise<Stamped & { res: ConvolveResult | null; at: ConvInput }> {
  const f = i.filter;
  const H = i.source === 'digit' ? 28 : 4;
  const fits = f !== null && H + 2 * i.pad >= f.FH && H + 2 * i.pad >= f.FW;
  const res = fits
    ? await convolve({
        ...(i.source === 'digit' ? { digit: i.digit } : { input: [...BOOK_INPUT], H: 4, W: 4 }),
        filter: f.rows.flat(),
        FH: f.FH,
        FW: f.FW,
        bias: i.bias,
        pad: i.pad,
        stride: i.stride,
      })
    : null;
  const backend = await engineBackend();
  return { res, at: i, backend, doneAt: performance.now() };
}
