// train-cnn's pure logic: the race it asks for (the book's SimpleConvNet and the chapter-5
// two-layer net on the same batches), the grey levels of filters and maps, and its schema.
import { describe, expect, it } from 'vitest';
import { BATCH_SIZE, epochs, filterChange, greyTiles, raceOptions } from '../../../src/widgets/train-cnn/model'; // prettier-ignore
import { BOOK_ITERATIONS, schema } from '../../../src/widgets/train-cnn/schema';

const defaults = { iterations: 100, compare: true, digit: 0, testSize: 10_000, seed: 0 };

describe('train-cnn model', () => {
  it('the book defaults: SimpleConvNet with Adam 0.001, batch 100; the 2-layer net beside it', () => {
    expect(Object.fromEntries(Object.entries(schema).map(([k, s]) => [k, s.default]))).toEqual(defaults); // prettier-ignore
    expect(BOOK_ITERATIONS).toBe(20 * 600);
    const o = raceOptions(defaults);
    expect(o.batchSize).toBe(BATCH_SIZE);
    expect(BATCH_SIZE).toBe(100);
    expect(o.variants).toEqual([
      { label: 'SimpleConvNet', net: { kind: 'simple-conv' }, optimizer: 'adam', lr: 0.001 },
      { label: '2층 신경망', net: { hiddenSizes: [50], init: 0.01 }, optimizer: 'sgd', lr: 0.1 },
    ]);
    expect(raceOptions({ ...defaults, compare: false }).variants).toHaveLength(1);
    expect(raceOptions({ ...defaults, seed: 7 }).seed).toBe(7);
  });

  it('greyTiles scales each tile from its min (0) to its max (255); flat tiles are grey or black', () => {
    const g = greyTiles([0, 1, 2, 4, /* tile 2 */ -3, -3, -3, -3, /* tile 3 */ 0, 0, 0, 0], 3, 2);
    expect(Array.from(g)).toEqual([0, 64, 128, 255, 128, 128, 128, 128, 0, 0, 0, 0]);
  });

  it('filterChange is the largest |difference|; epochs of 600 iterations', () => {
    expect(filterChange([0, 1, 2], [0, 1.5, 1])).toBe(1);
    expect(filterChange(null, [1])).toBe(0);
    expect(epochs(12_000)).toBe('20에폭');
    expect(epochs(300)).toBe('0.5에폭');
  });
});
