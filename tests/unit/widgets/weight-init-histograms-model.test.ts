// weight-init-histograms' model: the formula shown for each initialisation, the σ shown next to
// the slider, the shared y-scale, and the overflow message.
import { describe, expect, test } from 'vitest';
import katex from 'katex';
import {
  bars,
  barsPath,
  divergedMessage,
  formulaTex,
  formulaValue,
  initArg,
  layerDiverged,
  outsideCount,
  shownStd,
  yMax,
} from '../../../src/widgets/weight-init-histograms/model';

describe('initialisation', () => {
  test('the experiment gets the slider’s σ, or the name of the rule', () => {
    expect(initArg('std', 0.5)).toBe(0.5);
    expect(initArg('he', 0.5)).toBe('he');
  });
  test('σ shown: the slider’s own, or the engine’s for the same rule and n (not before it answers)', () => {
    expect(shownStd('std', 0.01, 100, null)).toBe(0.01);
    expect(shownStd('xavier', 1, 100, null)).toBeNull();
    expect(shownStd('xavier', 1, 100, { init: 'xavier', nodes: 100, std: 0.1 })).toBe(0.1);
    expect(shownStd('he', 1, 100, { init: 'xavier', nodes: 100, std: 0.1 })).toBeNull();
    expect(shownStd('he', 1, 50, { init: 'he', nodes: 100, std: 0.14 })).toBeNull();
  });
  test('the formula shows n and the engine’s value, and typesets with KaTeX', () => {
    expect(formulaTex('xavier', 0.1, 100)).toContain('\\sqrt{\\tfrac{1}{100}} = 0.1');
    expect(formulaTex('he', Math.sqrt(0.02), 100)).toContain(
      '\\sqrt{\\tfrac{2}{100}} \\approx 0.1414',
    );
    expect(formulaTex('he', null, 100)).toMatch(/\\sqrt\{\\tfrac\{2\}\{100\}\}$/);
    expect(formulaTex('std', 0.01, 100)).toContain('\\sigma = 0.01');
    // the widget typesets the formula without σ's value and shows the value as text beside it
    expect(formulaValue('std', 0.01)).toBe('0.01');
    expect(formulaValue('xavier', 0.1)).toBe('= 0.1');
    expect(formulaValue('he', Math.sqrt(0.02))).toBe('≈ 0.1414');
    expect(formulaValue('he', null)).toBe('');
    for (const t of [
      formulaTex('xavier', null, 50),
      formulaTex('he', 0.2, 100),
      formulaTex('std', 3.3, 100),
    ]) {
      expect(() => katex.renderToString(t, { throwOnError: true })).not.toThrow();
    }
  });
});

describe('histograms', () => {
  test('the shared y-scale ignores ReLU’s zero bin; bars above it are clipped and marked', () => {
    const layers = [{ counts: [900, 10, 20] }, { counts: [800, 40, 5] }];
    expect(yMax(layers, 'relu')).toBe(40);
    expect(yMax(layers, 'sigmoid')).toBe(900);
    expect(yMax([{ counts: [0, 0] }], 'relu')).toBe(1);
    const bs = bars([900, 10, 40], 40, 30, 100);
    expect(bs.map((b) => b.clipped)).toEqual([true, false, false]);
    expect(bs[0].height).toBe(100);
    expect(bs[1]).toMatchObject({ x: 10, width: 10, height: 25, y: 75 });
    // one path for the bars (empty bins draw nothing), one for the marks on clipped bins
    const p = barsPath(bars([900, 0, 20], 40, 30, 100));
    expect(p.bars).toBe('M0.3,0h9.4v100h-9.4zM20.3,50h9.4v50h-9.4z');
    expect(p.marks).toBe('M0,4l5,-4l5,4');
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
  });
});
