// perceptron-gates: the learning rule (converges for AND/NAND/OR, loops forever for XOR), the
// widget's model (plot geometry, one step kept within the sliders), and the schema's defaults
// agreeing with the book's weights in src/experiments.
import { describe, expect, it } from 'vitest';
import {
  BOOK_GATE_WEIGHTS,
  GATE_INPUTS,
  classifiesAll,
  gateTargets,
  learningStep,
  perceptronLearnStep,
  startLearning,
  trainPerceptron,
  type Gate,
} from '../../../src/experiments/perceptron';
import { parseParams } from '../../../src/widgets/schema';
import { schema as perceptronGatesSchema } from '../../../src/widgets/perceptron-gates/schema';
import {
  advance,
  clipPolygon,
  evaluate,
  formatAffine,
  learningStatus,
  lineSegment,
  regionPolygon,
} from '../../../src/widgets/perceptron-gates/model';

const zero = { w: [0, 0] as [number, number], b: 0 };

describe('perceptron learning rule', () => {
  it('applies Δw = η(t − y)x, Δb = η(t − y) only on mistakes', () => {
    // AND at (1, 1) with zero weights: y = 0, t = 1 → every parameter grows by η.
    const s = perceptronLearnStep('and', zero, 3, 0.1);
    expect(s.x).toEqual([1, 1]);
    expect([s.target, s.output]).toEqual([1, 0]);
    expect(s.params).toEqual({ w: [0.1, 0.1], b: 0.1 });
    // A right answer changes nothing.
    const ok = perceptronLearnStep('and', zero, 0, 0.1);
    expect(ok.params).toEqual(zero);
    expect(ok.delta).toEqual({ w: [0, 0], b: 0 });
    // Input 0 leaves its weight alone: NAND at (0, 0) from b = 0 → y = 0, t = 1: only b moves.
    expect(perceptronLearnStep('nand', zero, 0, 0.5).params).toEqual({ w: [0, 0], b: 0.5 });
  });

  it.each(['and', 'nand', 'or'] as const)(
    'converges for %s from zero weights (η = 0.1)',
    (gate) => {
      const s = trainPerceptron(gate, zero, 0.1);
      expect(s.status).toBe('converged');
      expect(classifiesAll(gate, s.params)).toBe(true);
      expect(s.steps).toBeLessThanOrEqual(30);
      // Known step counts (one sample per step, in truth-table order).
      expect({ and: 22, nand: 22, or: 13 }[gate]).toBe(s.steps);
    },
  );

  it.each(['and', 'nand', 'or'] as const)(
    'converges for %s from any start and rate on a grid',
    (gate) => {
      for (const lr of [0.05, 0.1, 0.3, 0.5]) {
        for (const a of [-2, -0.5, 0, 1.5]) {
          for (const c of [-1, 0.25, 2]) {
            const s = trainPerceptron(gate, { w: [a, -a], b: c }, lr);
            expect(s.status, `${gate} from (${a}, ${-a}, ${c}) η=${lr}`).toBe('converged');
            expect(classifiesAll(gate, s.params)).toBe(true);
          }
        }
      }
    },
  );

  it('never settles for XOR: the parameters come back to an earlier epoch start', () => {
    for (const lr of [0.05, 0.1, 0.5]) {
      for (const start of [
        zero,
        { w: [0.5, 0.5] as [number, number], b: -0.7 },
        { w: [-1, 2] as [number, number], b: 0.3 },
      ]) {
        const s = trainPerceptron('xor', start, lr, 100_000);
        expect(s.status).toBe('cycling');
        expect(classifiesAll('xor', s.params)).toBe(false);
        expect(s.cycleFrom).toBeLessThan(s.epoch);
      }
    }
    // And indeed no parameters on a fine grid get XOR right.
    let any = false;
    for (let a = -2; a <= 2; a += 0.25)
      for (let b = -2; b <= 2; b += 0.25)
        for (let c = -2; c <= 2; c += 0.25) any ||= classifiesAll('xor', { w: [a, b], b: c });
    expect(any).toBe(false);
  });

  it('starts converged when the parameters already implement the gate (the book weights)', () => {
    for (const g of ['and', 'nand', 'or'] as const) {
      const p = BOOK_GATE_WEIGHTS[g];
      const s = startLearning(g, { w: [...p.w], b: p.b });
      expect(s.status).toBe('converged');
      expect(learningStep(g, s, 0.1)).toBe(s);
    }
  });

  it('walks samples in truth-table order and counts epochs', () => {
    let s = startLearning('or', zero);
    const seen: number[] = [];
    for (let i = 0; i < 5; i++) {
      s = learningStep('or', s, 0.1);
      seen.push(s.last!.sample);
    }
    expect(seen).toEqual([0, 1, 2, 3, 0]);
    expect(s.epoch).toBe(1);
    expect(s.steps).toBe(5);
  });

  it('gate targets are the truth tables', () => {
    const table = (g: Gate) => gateTargets(g).join('');
    expect(GATE_INPUTS).toEqual([
      [0, 0],
      [1, 0],
      [0, 1],
      [1, 1],
    ]);
    expect([table('and'), table('nand'), table('or'), table('xor')]).toEqual([
      '0001',
      '1110',
      '0111',
      '0110',
    ]);
  });
});

describe('perceptron-gates schema', () => {
  it('defaults are the book AND gate', () => {
    const and = BOOK_GATE_WEIGHTS.and;
    expect(perceptronGatesSchema.gate.default).toBe('and');
    expect([
      perceptronGatesSchema.w1.default,
      perceptronGatesSchema.w2.default,
      perceptronGatesSchema.b.default,
    ]).toEqual([...and.w, and.b]);
  });

  it('book presets fit the sliders (in range and on the step grid)', () => {
    for (const p of Object.values(BOOK_GATE_WEIGHTS)) {
      for (const v of [...p.w, p.b]) {
        const spec = perceptronGatesSchema.w1;
        expect(v).toBeGreaterThanOrEqual(spec.min);
        expect(v).toBeLessThanOrEqual(spec.max);
        expect(
          Math.abs((v - spec.min) / spec.step! - Math.round((v - spec.min) / spec.step!)),
        ).toBeLessThan(1e-9);
      }
    }
  });

  it('validates directive attributes', () => {
    expect(parseParams(perceptronGatesSchema, { gate: 'nand', w1: '-0.5' })).toEqual({
      values: { gate: 'nand', w1: -0.5 },
      issues: [],
    });
    const bad = parseParams(perceptronGatesSchema, { gate: 'xnor', w1: '9', wat: '1' });
    expect(bad.issues.map((i) => i.param).sort()).toEqual(['gate', 'w1', 'wat']);
  });
});

describe('widget model', () => {
  it('evaluates the truth table of the current weights', () => {
    const rows = evaluate({ gate: 'or', w1: 0.5, w2: 0.5, b: -0.7 });
    expect(rows.map((r) => `${r.y}${r.t}${r.ok}`)).toEqual([
      '00true',
      '01false',
      '01false',
      '11true',
    ]);
    expect(rows[3].sum).toBeCloseTo(0.3, 12);
  });

  it('a step that would leave the sliders is not taken: the run stops off-range', () => {
    const start = { w: [3, -3] as [number, number], b: -3 };
    let r = advance(null, 'and', start, 0.5, [-3, 3]);
    let n = 1;
    while (r.params && n < 10) {
      r = advance(r.learning, 'and', r.params, 0.5, [-3, 3]);
      n++;
    }
    expect(r.params).toBeUndefined();
    expect(r.stop).toBe(true);
    expect(learningStatus(r.learning)).toBe('off-range');
    expect(r.learning.state.params.w[0]).toBeLessThanOrEqual(3);
  });

  it('XOR runs are marked cycling once the weights come back', () => {
    let r = advance(null, 'xor', zero, 0.1, [-3, 3]);
    for (let i = 0; i < 200 && !r.stop; i++)
      r = advance(r.learning, 'xor', r.params!, 0.1, [-3, 3]);
    expect(learningStatus(r.learning)).toBe('cycling');
    expect(learningStatus(null)).toBe('idle');
  });
});

describe('plot geometry', () => {
  const box = { lo: -0.5, hi: 1.5 };
  it('finds the visible decision line of the book AND gate', () => {
    const seg = lineSegment(box, { w: [0.5, 0.5], b: -0.7 })!;
    for (const [x, y] of seg) expect(0.5 * x + 0.5 * y - 0.7).toBeCloseTo(0, 9);
    const xs = seg.map((p) => p[0]).sort((a, b) => a - b);
    expect(xs[0]).toBeCloseTo(-0.1, 9);
    expect(xs[1]).toBeCloseTo(1.5, 9);
  });

  it('returns null without a line or when it misses the box', () => {
    expect(lineSegment(box, { w: [0, 0], b: 1 })).toBeNull();
    expect(lineSegment(box, { w: [1, 1], b: 10 })).toBeNull();
  });

  it('clips the box into two half-planes whose areas add up', () => {
    const area = (p: number[][]) =>
      Math.abs(
        p.reduce(
          (s, a, i) => s + a[0] * p[(i + 1) % p.length][1] - p[(i + 1) % p.length][0] * a[1],
          0,
        ),
      ) / 2;
    const h = { w: [0.5, 0.5] as const, b: -0.7 };
    const one = regionPolygon(box, [h]);
    const zeroR = regionPolygon(box, [{ w: [-0.5, -0.5], b: 0.7 }]);
    expect(area(one) + area(zeroR)).toBeCloseTo(4, 9);
    // (1, 1) is inside the 1-region's bounding box and (0, 0) is not.
    expect(Math.max(...one.map((p) => p[0]))).toBeCloseTo(1.5, 9);
    expect(
      clipPolygon(
        [
          [0, 0],
          [1, 0],
          [0, 1],
        ],
        { w: [1, 0], b: -5 },
      ),
    ).toEqual([]);
  });

  it('writes the line equation with real minus signs', () => {
    expect(formatAffine([0.5, 0.5], -0.7)).toBe('0.5·x₁ + 0.5·x₂ − 0.7');
    expect(formatAffine([-0.5, -0.5], 0.7)).toBe('−0.5·x₁ − 0.5·x₂ + 0.7');
  });
});
