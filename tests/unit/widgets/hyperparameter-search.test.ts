// The hyperparameter-search widget's pure parts: its schema (quick defaults, the book's setting
// one click away), log axes, the sequential colour scale and the book-style number text.
import { describe, expect, it } from 'vitest';
import { defaults, parseParams } from '../../../src/widgets/schema';
import { BOOK_SETTING, schema } from '../../../src/widgets/hyperparameter-search/schema';
import {
  accColor,
  logFraction,
  sci,
  trialsPerSecond,
} from '../../../src/widgets/hyperparameter-search/model';
import { SEARCH_BOOK } from '../../../src/experiments/search-meta';

describe('hyperparameter-search schema', () => {
  it('defaults to fewer trials and epochs than the book; the book setting fits the controls', () => {
    const d = defaults(schema);
    expect(d).toEqual({ trials: 20, epochs: 20, seed: 0, workers: 'auto' });
    expect(BOOK_SETTING).toEqual({ trials: SEARCH_BOOK.trials, epochs: SEARCH_BOOK.epochs });
    expect(schema.trials.max).toBe(100);
    expect(schema.epochs.max).toBe(50);
    const bad = parseParams(schema, { trials: '0', workers: '9', epochs: '3' });
    expect(bad.issues.map((i) => i.param)).toEqual(['trials', 'workers']);
    expect(bad.values).toEqual({ epochs: 3 });
  });
});

describe('hyperparameter-search model', () => {
  it('places values on log axes', () => {
    expect(logFraction(1e-6, -6, -2)).toBeCloseTo(0);
    expect(logFraction(1e-4, -6, -2)).toBeCloseTo(0.5);
    expect(logFraction(1e-2, -6, -2)).toBeCloseTo(1);
  });

  it('colours accuracy on a sequential scale from violet (0) to yellow (1)', () => {
    expect(accColor(0)).toBe('rgb(68, 1, 84)');
    expect(accColor(1)).toBe('rgb(253, 231, 37)');
    expect(accColor(0.5)).toBe('rgb(33, 145, 140)');
    expect(accColor(2)).toBe(accColor(1));
    expect(accColor(NaN)).toBe('var(--muted)');
    // brighter as accuracy grows (sum of channels increases past the middle)
    const sum = (c: string) =>
      c
        .match(/\d+/g)!
        .map(Number)
        .reduce((a, b) => a + b, 0);
    expect(sum(accColor(0.9))).toBeGreaterThan(sum(accColor(0.6)));
  });

  it('writes lr and λ like the book', () => {
    expect(sci(0.0092)).toBe('0.0092');
    expect(sci(3.86e-7)).toBe('3.86e−7');
    expect(trialsPerSecond(4, 2000)).toBe(2);
    expect(trialsPerSecond(0, 0)).toBe(0);
  });
});
