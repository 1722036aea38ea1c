// @vitest-environment jsdom
// The data-augmentation component with the engine replaced by a fake (the seeded draws and the
// lattice count are the real engine-free meta module): the drawn transforms go to the engine,
// the grid shows one variant per transform, and the original is named after the digit its
// pixels came from, even while a newly chosen digit is still computing. Before the first answer
// the original and the 12 variants stand as empty boxes with "…" captions, and no image is named.
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import type { AffineTransform } from '../../../src/experiments/augmentation-meta';
import { defaults, type Values } from '../../../src/widgets/schema';
import { schema } from '../../../src/widgets/data-augmentation/schema';

const engine = vi.hoisted(() => ({
  calls: [] as Array<{ digit: number; transforms: AffineTransform[] }>,
  /** when set, the engine answers only once this resolves */
  gate: null as Promise<void> | null,
}));

vi.mock('../../../src/experiments/client', async () => {
  const meta = await vi.importActual<typeof import('../../../src/experiments/augmentation-meta')>(
    '../../../src/experiments/augmentation-meta',
  );
  return {
    ...meta,
    engineBackend: async () => 'cpu',
    // digit i of the fake test set is labelled i mod 10
    augmentDigit: async (o: { digit: number; transforms: AffineTransform[] }) => {
      engine.calls.push(o);
      if (engine.gate) await engine.gate;
      return {
        original: new Float32Array(784),
        images: new Float32Array(784 * o.transforms.length),
        label: o.digit % 10,
      };
    },
  };
});

const { default: DataAugmentation } =
  await import('../../../src/widgets/data-augmentation/DataAugmentation');

type V = Values<typeof schema>;
function Harness({ initial }: { initial?: Partial<V> }) {
  const [values, setValues] = useState<V>({ ...defaults(schema), ...initial });
  return (
    <DataAugmentation
      values={values}
      set={(p) => setValues((v) => ({ ...v, ...p }))}
      schema={schema}
      report={() => {}}
      resetCount={0}
      instanceKey="data-augmentation"
    />
  );
}
const original = () => screen.getByRole('img', { name: /^원본/ }).getAttribute('aria-label');

beforeAll(() => {
  HTMLCanvasElement.prototype.getContext = (() => null) as never; // jsdom has no canvas
});

afterEach(() => {
  cleanup();
  engine.calls.length = 0;
  engine.gate = null;
});

describe('DataAugmentation', () => {
  test('the seeded transforms go to the engine, one variant each', async () => {
    render(<Harness />);
    await waitFor(() => expect(original()).toBe('원본: 시험 데이터 0번, 정답 0'));
    const sent = engine.calls[0];
    expect(sent.digit).toBe(0);
    const items = [...document.querySelectorAll<HTMLElement>('.data-augmentation-grid li')];
    expect(items).toHaveLength(sent.transforms.length);
    expect(items.map((li) => Number(li.dataset.dx))).toEqual(sent.transforms.map((t) => t.dx));
  });

  test('before the first answer: 13 empty boxes, captions waiting, no image named yet', async () => {
    let open = () => {};
    engine.gate = new Promise<void>((r) => (open = r));
    render(<Harness />);
    await waitFor(() => expect(engine.calls).toHaveLength(1));
    const body = document.querySelector('.data-augmentation-body')!;
    expect(body.hasAttribute('data-waiting')).toBe(true);
    expect(body.querySelectorAll('[data-waiting][aria-hidden="true"]')).toHaveLength(13);
    expect(body.querySelectorAll('.data-augmentation-grid li')).toHaveLength(12);
    expect(screen.queryAllByRole('img')).toHaveLength(0);
    expect(body.querySelector('figcaption')!.textContent).toBe('원본 (정답 …불러오는 중)');
    open();
    await waitFor(() => expect(original()).toBe('원본: 시험 데이터 0번, 정답 0'));
    expect(body.hasAttribute('data-waiting')).toBe(false);
    expect(body.querySelectorAll('[data-waiting]')).toHaveLength(0);
    expect(body.querySelectorAll('.data-augmentation-grid canvas')).toHaveLength(12);
  });

  test('while a new digit computes, the original is still named after its own digit', async () => {
    render(<Harness />);
    await waitFor(() => expect(original()).toBe('원본: 시험 데이터 0번, 정답 0'));
    let open = () => {};
    engine.gate = new Promise<void>((r) => (open = r));
    fireEvent.change(screen.getByRole('spinbutton', { name: '시험 데이터 숫자 번호 값' }), {
      target: { value: '3' },
    });
    await waitFor(() => expect(engine.calls).toHaveLength(2));
    expect(engine.calls[1].digit).toBe(3);
    expect(original()).toBe('원본: 시험 데이터 0번, 정답 0');
    open();
    await waitFor(() => expect(original()).toBe('원본: 시험 데이터 3번, 정답 3'));
  });
});
