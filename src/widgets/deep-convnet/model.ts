// Pure helpers of the deep-convnet widget (no React, no engine): numbers as the page writes them,
// the feature-map layer chosen, and the tiling of a layer's channels into one picture.
import type { FeatureMaps } from '../../experiments/client';

export const int = (n: number) => Math.round(n).toLocaleString('en-US');

/** The layer option ('conv3') → the name of its ReLU output in the engine ('Relu3'). */
export const reluOf = (layer: string) => `Relu${layer.replace('conv', '')}`;

/** How many tiles per row: a near-square grid (16 → 4, 32 → 8, 64 → 8). */
export function tileColumns(channels: number): number {
  return channels <= 16 ? Math.ceil(Math.sqrt(channels)) : 8;
}

/**
 * A layer's channels tiled into one RGBA picture (1-px gaps in the background), grey levels of
 * value / max over the whole layer, so a weak channel looks weak next to a strong one.
 */
export function tileMaps(m: FeatureMaps): {
  width: number;
  height: number;
  rgba: Uint8ClampedArray;
  max: number;
  columns: number;
} {
  const columns = tileColumns(m.channels);
  const rows = Math.ceil(m.channels / columns);
  const width = columns * (m.width + 1) - 1;
  const height = rows * (m.height + 1) - 1;
  const rgba = new Uint8ClampedArray(width * height * 4); // transparent gaps
  let max = 0;
  for (const v of m.data) if (v > max) max = v;
  const px = m.width * m.height;
  for (let c = 0; c < m.channels; c++) {
    const x0 = (c % columns) * (m.width + 1);
    const y0 = Math.floor(c / columns) * (m.height + 1);
    for (let i = 0; i < px; i++) {
      const v = max > 0 ? Math.round((m.data[c * px + i] / max) * 255) : 0;
      const o = ((y0 + Math.floor(i / m.width)) * width + x0 + (i % m.width)) * 4;
      rgba[o] = rgba[o + 1] = rgba[o + 2] = v;
      rgba[o + 3] = 255;
    }
  }
  return { width, height, rgba, max, columns };
}

/** The accuracy as the book writes it (0.9935) and as a percentage (99.35%). */
export function accuracyText(correct: number, done: number): { ratio: string; percent: string } {
  const a = done > 0 ? correct / done : 0;
  return { ratio: a.toFixed(4), percent: `${(a * 100).toFixed(2)}%` };
}
