// convolution and im2col widgets: schema defaults are the book's, and the pure helpers that pick
// windows agree with the engine's numbers (the step-through's multiply-add gives the engine's
// output; the im2col widget's row ↔ window mapping matches the engine's col).
import { describe, expect, it } from 'vitest';
import { convolve, im2colDemo } from '../../../src/experiments/convolution';
import { BOOK_INPUT, parseFilter } from '../../../src/experiments/convolution-meta';
import { defaults, parseParams } from '../../../src/widgets/schema';
import { schema as convSchema } from '../../../src/widgets/convolution/schema';
import { schema as im2colSchema } from '../../../src/widgets/im2col/schema';
import {
  greyLevels,
  multiplyAdd,
  padInput,
  windowCells,
} from '../../../src/widgets/convolution/model';
import {
  outSize,
  paddedPlane,
  rowOf,
  windowIndices,
  windowOfRow,
} from '../../../src/widgets/im2col/model';

describe('schemas', () => {
  it('default to the book: 4×4 example, no pad, stride 1; size example (28, 31), 5×5, P 2, S 3; (1, 3, 7, 7) with 5×5', () => {
    const c = defaults(convSchema);
    expect(c).toMatchObject({
      input: 'book',
      filter: '2,0,1;0,1,2;1,0,2',
      bias: 0,
      pad: 0,
      stride: 1,
    });
    expect([
      c['calc-h'],
      c['calc-w'],
      c['calc-fh'],
      c['calc-fw'],
      c['calc-p'],
      c['calc-s'],
    ]).toEqual([28, 31, 5, 5, 2, 3]);
    expect(defaults(im2colSchema)).toMatchObject({ n: 1, c: 3, h: 7, fh: 5, stride: 1, pad: 0 });
  });

  it('rejects a malformed filter and out-of-range sizes', () => {
    expect(parseParams(convSchema, { filter: '1,2;x' }).issues).toHaveLength(1);
    expect(parseParams(convSchema, { filter: '1,2,3,4,5,6' }).issues).toHaveLength(1);
    expect(parseParams(convSchema, { filter: '-1,0.5;2,3' }).issues).toHaveLength(0);
    expect(parseParams(im2colSchema, { n: '11', fh: '0' }).issues).toHaveLength(2);
  });
});

describe('convolution helpers', () => {
  it('the multiply-add of each window gives the engine output, padded too', async () => {
    const f = parseFilter('2,0,1;0,1,2;1,0,2')!;
    for (const pad of [0, 1]) {
      const r = await convolve({
        input: [...BOOK_INPUT],
        H: 4,
        W: 4,
        filter: f.rows.flat(),
        FH: 3,
        FW: 3,
        pad,
        bias: 3,
      });
      const p = padInput(r.input, 4, 4, pad);
      for (let k = 0; k < r.OH * r.OW; k++) {
        const win = windowCells(k, r.OW, 3, 3, 1, p.cols).map((i) => p.values[i]);
        const text = multiplyAdd(win, f.rows.flat(), 3);
        const sum = win.reduce((s, v, i) => s + v * f.rows.flat()[i], 3);
        expect(sum).toBe(r.out[k]);
        expect(text.split(' + ')).toHaveLength(10);
      }
    }
    expect(multiplyAdd([1, 2], [2, 0], 0)).toBe('1·2 + 2·0');
  });

  it('grey levels span each map’s own range', () => {
    expect(greyLevels([-1, 0, 1])).toEqual({ grey: [0, 128, 255], lo: -1, hi: 1 });
    expect(greyLevels([2, 2]).grey).toEqual([128, 128]);
  });
});

describe('im2col helpers', () => {
  it('row r of the engine col is the window windowOfRow(r) over the padded planes', async () => {
    const r = await im2colDemo({ N: 2, C: 2, H: 5, FH: 3, stride: 2, pad: 1, seed: 7 });
    const d = { N: 2, C: 2, H: 5, FH: 3, S: 2, P: 1, OH: outSize(5, 3, 2, 1) };
    expect(d.OH).toBe(r.OH);
    const K = 2 * 3 * 3;
    for (let row = 0; row < 2 * d.OH * d.OH; row++) {
      const { n, oy, ox } = windowOfRow(d, row);
      expect(rowOf(d, n, oy, ox)).toBe(row);
      const want = [0, 1].flatMap((c) => {
        const plane = paddedPlane(r.x, d, n, c).values;
        return windowIndices(d, oy, ox).map((i) => plane[i]);
      });
      expect([...r.col.slice(row * K, (row + 1) * K)]).toEqual(want);
    }
    expect(outSize(3, 5, 1, 0)).toBe(-1);
  });
});
