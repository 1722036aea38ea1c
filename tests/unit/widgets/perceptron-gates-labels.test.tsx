// @vitest-environment jsdom
// The plot's labels keep clear of the decision lines and of each other (a fixed offset put the
// AND line straight through "결정 경계" and "(1, 0)", and XOR's ✗ past the plot's edge).
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  GatePlot,
  type PlotLine,
  type PlotPoint,
} from '../../../src/widgets/perceptron-gates/parts/GatePlot';
import { labelRect, type Spot } from '../../../src/widgets/perceptron-gates/parts/label-spots';

afterEach(cleanup);

const CORNERS = [[0, 0], [1, 0], [0, 1], [1, 1]] as const; // prettier-ignore

function points(gate: (a: number, b: number) => 0 | 1, out?: (a: number, b: number) => 0 | 1) {
  return CORNERS.map(([a, b]): PlotPoint => ({
    at: [a, b],
    target: gate(a, b),
    output: out?.(a, b),
    label: `(${a}, ${b})`,
  }));
}

const and = (a: number, b: number) => (a && b ? 1 : 0);
const or = (a: number, b: number) => (a || b ? 1 : 0);
const xor = (a: number, b: number) => (a !== b ? 1 : 0);
const line = (w: [number, number], b: number, label = '결정 경계'): PlotLine => ({ w, b, label, variant: 'main' }); // prettier-ignore

/** Every label drawn (text and its box) and every line (two screen points). */
function drawn(container: HTMLElement) {
  const labels = [...container.querySelectorAll('text')]
    .filter((t) => /point-label|line-label/.test(t.getAttribute('class') ?? ''))
    .map((t) => {
      const spot: Spot = {
        x: Number(t.getAttribute('x')),
        y: Number(t.getAttribute('y')),
        anchor: (t.getAttribute('text-anchor') ?? 'start') as Spot['anchor'],
      };
      return { text: t.textContent!, box: labelRect(spot, t.textContent!) };
    });
  const lines = [...container.querySelectorAll('line.perceptron-gates-line')].map((l) =>
    ['x1', 'y1', 'x2', 'y2'].map((k) => Number(l.getAttribute(k))),
  );
  return { labels, lines };
}

/** Whether the infinite line through (x1, y1), (x2, y2) passes through the box. */
function crosses([x1, y1, x2, y2]: number[], [l, t, r, b]: number[]): boolean {
  const side = (x: number, y: number) => Math.sign((x2 - x1) * (y - y1) - (y2 - y1) * (x - x1));
  const s = [side(l, t), side(r, t), side(l, b), side(r, b)];
  return s.some((v) => v > 0) && s.some((v) => v < 0);
}

const overlap = (a: number[], b: number[]) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]; // prettier-ignore

const CASES: [string, PlotPoint[], PlotLine[]][] = [
  ["AND, the book's (0.5, 0.5, −0.7)", points(and), [line([0.5, 0.5], -0.7)]],
  ["OR, the book's (0.5, 0.5, −0.2)", points(or), [line([0.5, 0.5], -0.2)]],
  ["NAND, the book's (−0.5, −0.5, 0.7)", points((a, b) => (1 - and(a, b)) as 0 | 1), [line([-0.5, -0.5], 0.7)]], // prettier-ignore
  ['XOR under the AND line: three ✗', points(xor, and), [line([0.5, 0.5], -0.7)]],
  ['a vertical line through x₁ = 0.5', points(and), [line([1, 0], -0.5)]],
  ['a horizontal line through x₂ = 0.9', points(and), [line([0, 1], -0.9)]],
  [
    'XOR built from NAND and OR (two labelled lines)',
    points(xor),
    [
      { ...line([-0.5, -0.5], 0.7, 's₁ (NAND)'), variant: 'hidden-1' },
      { ...line([0.5, 0.5], -0.2, 's₂ (OR)'), variant: 'hidden-2' },
    ],
  ],
];

describe('GatePlot labels', () => {
  it.each(CASES)('%s: no line through a label, no two labels overlapping', (_, pts, lines) => {
    const { container } = render(<GatePlot label="plot" points={pts} regions={[]} lines={lines} />);
    const d = drawn(container);
    expect(d.labels).toHaveLength(pts.length + lines.length);
    for (const lab of d.labels)
      for (const ln of d.lines) expect(crosses(ln, lab.box), `${lab.text} crossed`).toBe(false);
    for (const [i, a] of d.labels.entries())
      for (const b of d.labels.slice(i + 1))
        expect(overlap(a.box, b.box), `${a.text} over ${b.text}`).toBe(false);
    // inside the picture (260 × 260), clear of the tick labels left of and below the plot
    for (const { box, text } of d.labels) {
      expect(box[0], text).toBeGreaterThanOrEqual(26);
      expect(box[2], text).toBeLessThanOrEqual(260);
      expect(box[1], text).toBeGreaterThanOrEqual(0);
      expect(box[3], text).toBeLessThanOrEqual(230);
    }
  });

  it('keeps a label beside its point when that spot is clear', () => {
    const { container } = render(
      <GatePlot label="plot" points={points(and)} regions={[]} lines={[line([1, 1], -10)]} />,
    );
    const t = container.querySelector('[data-point="(0, 0)"] text')!;
    expect(t.getAttribute('text-anchor')).toBe('start'); // above right, the first choice
  });
});
