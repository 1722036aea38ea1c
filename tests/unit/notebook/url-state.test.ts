import { describe, expect, test } from 'vitest';
import { defaults, defineSchema } from '../../../src/widgets/schema';
import { readUrlParams, writeUrlParams } from '../../../src/notebook/urlState';

const schema = defineSchema({
  'lr-sgd': { kind: 'number', default: 0.95, min: 1e-4, max: 10, label: 'SGD 학습률' },
  surface: { kind: 'enum', default: 'bowl', options: ['bowl', 'saddle'] as const, label: '함수' },
  overlay: { kind: 'boolean', default: false, label: '겹쳐 보기' },
});

describe('URL state', () => {
  test('round-trips values through the query string and keeps other keys', () => {
    const base = defaults(schema);
    const values = { ...base, 'lr-sgd': 0.3, overlay: true };
    const search = writeUrlParams('optimizer-trajectories', schema, values, base, '?backend=cpu');
    const params = new URLSearchParams(search);
    expect(params.get('backend')).toBe('cpu');
    expect(params.get('optimizer-trajectories.lr-sgd')).toBe('0.3');
    expect(params.has('optimizer-trajectories.surface')).toBe(false); // equal to baseline: omitted
    const back = readUrlParams('optimizer-trajectories', schema, search);
    expect(back.issues).toEqual([]);
    expect({ ...base, ...back.values }).toEqual(values);
  });

  test('instances do not read each other', () => {
    const search = '?w.overlay=true&w-2.overlay=false';
    expect(readUrlParams('w', schema, search).values).toEqual({ overlay: true });
    expect(readUrlParams('w-2', schema, search).values).toEqual({ overlay: false });
  });

  test('malformed values are reported and ignored, never thrown', () => {
    const r = readUrlParams('w', schema, '?w.lr-sgd=abc&w.surface=moon&w.bogus=1&w.overlay=true');
    expect(r.values).toEqual({ overlay: true });
    expect(r.issues.map((i) => i.param).sort()).toEqual(['bogus', 'lr-sgd', 'surface']);
  });

  test('going back to the baseline removes the keys', () => {
    const base = defaults(schema);
    const s = writeUrlParams('w', schema, base, base, '?w.lr-sgd=0.3&x=1');
    expect(s).toBe('?x=1');
  });
});
