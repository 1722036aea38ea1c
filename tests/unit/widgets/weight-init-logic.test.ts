import { describe, expect, test } from 'vitest';
import katex from 'katex';
import { schema } from '../../../src/widgets/weight-init-histograms/schema';
import {
  bars,
  divergedMessage,
  effectiveStd,
  formulaTex,
  histRange,
  initArg,
  layerDiverged,
  outsideCount,
  pct,
  yMax,
} from '../../../src/widgets/weight-init-histograms/logic';
import { defaults, parseParams } from '../../../src/widgets/schema';

describe('weight-init-histograms schema', () => {
  test('defaults are the book’s first figure: sigmoid, std 1, 5 layers × 100 nodes, 1000 samples', () => {
    const d = defaults(schema);
    expect(d).toMatchObject({
      activation: 'sigmoid',
      init: 'std',
      std: 1,
      layers: 5,
      nodes: 100,
      samples: 1000,
      gradients: false,
    });
    expect(Number.isInteger(d.seed)).toBe(true);
  });
  test('std is a log slider from 0.001 to 10', () => {
    expect(schema.std).toMatchObject({ scale: 'log', min: 0.001, max: 10 });
    expect(parseParams(schema, { std: '20' }).issues).toHaveLength(1);
    expect(parseParams(schema, { init: 'lecun' }).issues).toHaveLength(1);
    expect(parseParams(schema, { std: '0.01', init: 'he', seed: '7' }).issues).toEqual([]);
  });
});

describe('initialisation', () => {
  test('Xavier √(1/n), He √(2/n), or the slider’s std', () => {
    expect(effectiveStd('xavier', 1, 100)).toBeCloseTo(0.1, 12);
    expect(effectiveStd('he', 1, 100)).toBeCloseTo(Math.sqrt(0.02), 12);
    expect(effectiveStd('std', 0.01, 100)).toBe(0.01);
    expect(initArg('std', 0.5)).toBe(0.5);
    expect(initArg('he', 0.5)).toBe('he');
  });
  test('the formula shows n and the current value, and typesets with KaTeX', () => {
    expect(formulaTex('xavier', 1, 100)).toContain('\\sqrt{\\tfrac{1}{100}} = 0.1');
    expect(formulaTex('he', 1, 100)).toContain('\\sqrt{\\tfrac{2}{100}} \\approx 0.1414');
    expect(formulaTex('std', 0.01, 100)).toContain('\\sigma = 0.01');
    for (const t of [
      formulaTex('xavier', 1, 50),
      formulaTex('he', 1, 100),
      formulaTex('std', 3.3, 100),
    ]) {
      expect(() => katex.renderToString(t, { throwOnError: true })).not.toThrow();
    }
  });
});

describe('histograms', () => {
  test('fixed ranges: (0, 1) for sigmoid and ReLU like the book, (−1, 1) for tanh', () => {
    expect(histRange('sigmoid')).toEqual([0, 1]);
    expect(histRange('relu')).toEqual([0, 1]);
    expect(histRange('tanh')).toEqual([-1, 1]);
  });
  test('the shared y-scale ignores ReLU’s zero bin; bars above it are clipped and marked', () => {
    const layers = [{ counts: [900, 10, 20] }, { counts: [800, 40, 5] }];
    expect(yMax(layers, 'relu')).toBe(40);
    expect(yMax(layers, 'sigmoid')).toBe(900);
    expect(yMax([{ counts: [0, 0] }], 'relu')).toBe(1);
    const bs = bars([900, 10, 40], 40, 30, 100);
    expect(bs.map((b) => b.clipped)).toEqual([true, false, false]);
    expect(bs[0].height).toBe(100);
    expect(bs[1]).toMatchObject({ x: 10, width: 10, height: 25, y: 75 });
  });
  test('values outside the range are counted so nothing silently disappears', () => {
    expect(outsideCount([10, 20, 30], 100)).toBe(40);
    expect(outsideCount([50, 50], 100)).toBe(0);
  });
  test('overflowed layers are reported in Korean', () => {
    expect(layerDiverged({ mean: NaN, std: 1 })).toBe(true);
    expect(layerDiverged({ mean: 0.5, std: Infinity })).toBe(true);
    expect(layerDiverged({ mean: 0.5, std: 0.2 })).toBe(false);
    expect(
      divergedMessage(
        [
          { mean: 1, std: 1 },
          { mean: Infinity, std: NaN },
        ],
        10,
      ),
    ).toMatch(/^2층부터 값이 넘쳤어요/);
    expect(divergedMessage([{ mean: 1, std: 1 }], 1)).toBe('');
    expect(pct(0.1234)).toBe('12.3%');
  });
});
