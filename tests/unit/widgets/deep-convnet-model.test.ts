// deep-convnet's pure helpers: a layer's channels tiled into one picture (1-px gaps, one grey
// scale for the whole layer), the layer names, the accuracy as the page writes it.
import { describe, expect, it } from 'vitest';
import {
  accuracyText,
  reluOf,
  tileColumns,
  tileMaps,
} from '../../../src/widgets/deep-convnet/model';
import { schema } from '../../../src/widgets/deep-convnet/schema';

describe('deep-convnet model', () => {
  it('tiles channels near-square with 1-px gaps, grey = value / the layer maximum', () => {
    expect([16, 32, 64].map(tileColumns)).toEqual([4, 8, 8]);
    // 2 channels of 2×2: [0, 1, 2, 4] and [4, 0, 0, 0] → 2 columns, 5×2 pixels
    const t = tileMaps({ name: 'Relu1', channels: 2, height: 2, width: 2, data: Float32Array.from([0, 1, 2, 4, 4, 0, 0, 0]) }); // prettier-ignore
    expect([t.width, t.height, t.columns, t.max]).toEqual([5, 2, 2, 4]);
    const grey = (x: number, y: number) => t.rgba[(y * t.width + x) * 4];
    const alpha = (x: number, y: number) => t.rgba[(y * t.width + x) * 4 + 3];
    expect([grey(0, 0), grey(1, 0), grey(0, 1), grey(1, 1)]).toEqual([0, 64, 128, 255]);
    expect([alpha(2, 0), alpha(2, 1)]).toEqual([0, 0]); // the gap
    expect([grey(3, 0), grey(4, 0), alpha(3, 0)]).toEqual([255, 0, 255]);
    const dark = tileMaps({ name: 'Relu2', channels: 1, height: 1, width: 1, data: new Float32Array(1) }); // prettier-ignore
    expect([dark.max, dark.rgba[0], dark.rgba[3]]).toEqual([0, 0, 255]);
  });

  it('names the ReLU output of each layer option, and writes the accuracy as the book does', () => {
    expect(schema.layer.options.map(reluOf)).toEqual(['Relu1', 'Relu2', 'Relu3', 'Relu4', 'Relu5', 'Relu6']); // prettier-ignore
    expect(accuracyText(9935, 10_000)).toEqual({ ratio: '0.9935', percent: '99.35%' });
    expect(accuracyText(0, 0)).toEqual({ ratio: '0.0000', percent: '0.00%' });
    expect(schema.digits.default).toBe(10_000);
    expect(schema.start.default).toBe(0);
  });
});
