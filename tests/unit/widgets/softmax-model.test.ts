// The softmax widget's pure helpers: which logits, the true class, arg-max, float32 formats.
import { describe, expect, it } from 'vitest';
import {
  argmax,
  bigLogits,
  f32,
  labelOf,
  logitsOf,
  prob,
  signed4,
} from '../../../src/widgets/softmax/model';
import { schema } from '../../../src/widgets/softmax/schema';
import { defaults } from '../../../src/widgets/schema';

describe('softmax model', () => {
  it("starts from the book's a = (0.3, 2.9, 4.0) and (1010, 1000, 990)", () => {
    const v = defaults(schema);
    expect(logitsOf(v)).toEqual([0.3, 2.9, 4]);
    expect(bigLogits(v.big)).toEqual([1010, 1000, 990]);
    expect(labelOf(v)).toBe(2);
  });

  it('takes the first n logits and keeps the true class inside them', () => {
    const v = { ...defaults(schema), count: 5, label: 6 };
    expect(logitsOf(v)).toHaveLength(5);
    expect(labelOf(v)).toBe(4);
  });

  it('argmax takes the first maximum and skips NaN', () => {
    expect(argmax([1, 3, 3])).toBe(1);
    expect(argmax([NaN, 2, 1])).toBe(1);
    expect(argmax([NaN, NaN])).toBe(-1);
  });

  it('formats float32 values with 7 significant digits, ∞ and NaN spelled out', () => {
    expect(f32(0.9999545812606812)).toBe('0.9999546');
    expect(f32(4.539787187241018e-5)).toBe('4.539787e−5');
    expect(f32(2.0610600207e-9)).toBe('2.06106e−9');
    expect(f32(Infinity)).toBe('∞');
    expect(f32(NaN)).toBe('NaN');
    expect(f32(-20)).toBe('−20');
    expect(f32(1.0000454)).toBe('1.000045');
    expect(prob(0.736596)).toBe('0.7366');
    expect(signed4(-0.2634)).toBe('−0.2634');
    expect(signed4(0.0182)).toBe('+0.0182');
  });
});
