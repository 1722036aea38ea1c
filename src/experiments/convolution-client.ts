// The page's side of the convolution and im2col (ch7) experiments (re-exported by client.ts),
// plus their engine-free facts (book defaults, size arithmetic).
import { engine, type Arg } from './client-engine';

export * from './convolution-meta';
export type { ConvolveResult, Im2colResult } from './convolution';

export const convolve = async (o: Arg<'convolve'>) => (await engine()).convolve(o);
export const im2colDemo = async (o: Arg<'im2colDemo'>) => (await engine()).im2colDemo(o);
