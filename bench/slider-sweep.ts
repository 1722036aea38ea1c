// The site's live sliders (one per widget whose numbers follow the slider at once) and the
// in-page routine that moves one through many positions, timing each until the widget has
// drawn it: shared by the sliders bench and the soak run.
import type { Page } from 'playwright-core';

export interface Case {
  page: string;
  label: string;
  /** part of the slider's own range (in its units: log10 for a log slider) */
  range?: [number, number];
}

/** One slider per widget whose numbers follow the slider at once. */
export const CASES: Record<string, Case> = {
  'perceptron-gates': { page: '/02-perceptron/', label: '가중치 w1' },
  'activation-functions': { page: '/03-neural-network/', label: '입력 x' },
  softmax: { page: '/03-neural-network/', label: '온도 T' },
  'loss-functions': { page: '/04-neural-network-learning/', label: '시그모이드 출력 y (1일 확률)' },
  'gradient-field': { page: '/04-neural-network-learning/', label: '점의 x₀' },
  'gradient-descent': { page: '/04-neural-network-learning/', label: '학습률 lr' },
  'computational-graph': { page: '/05-backpropagation/', label: '사과 가격' },
  'layer-backprop': { page: '/05-backpropagation/', label: '배치 크기 N' },
  'gradient-check': { page: '/05-backpropagation/', label: '수치 미분의 h' },
  // lr 0.1 … 1 (log): the paths stay mostly on the picture, like a reader's drag
  'optimizer-trajectories': {
    page: '/06-learning-techniques/',
    label: 'SGD 학습률',
    range: [-1, 0],
  },
  // σ 0.01 … 1 (log), as bench/widgets.bench.ts moves it against numpy
  'weight-init-histograms': {
    page: '/06-learning-techniques/',
    label: '가중치 표준편차 σ',
    range: [-2, 0],
  },
  convolution: { page: '/07-cnn/', label: '편향 b' },
  im2col: { page: '/07-cnn/', label: '배치 크기 N' },
  'data-augmentation': { page: '/08-deep-learning/', label: '회전 범위 ±' },
  'policy-gradient': { page: '/08-deep-learning/', label: '학습률 α' },
};

export interface Sample {
  positions: string[];
  wallMs: number[];
  engineMs: number[];
  renderMs: number[];
  /** the frame's data-update-ms: input → numbers back → DOM committed (the widget's own clock) */
  updateMs: number[];
  /** 1 where the input event itself committed the numbers (kept or guessed: no worker round trip) */
  atOnce: number[];
}

/**
 * In the page: the slider labelled `label` in the first `widget`, moved through `count`
 * positions (`passes` times: the first ones warm up, on positions between the measured ones where
 * the slider has them), each timed. Plain JS source: tsx would add
 * helpers (__name) that do not exist in the page.
 */
const SWEEP_JS = String.raw`async ({ widget, label, count, range, passes, revisit, aligned }) => {
  const root = document.querySelector('[data-widget="' + widget + '"]');
  const slider = [...root.querySelectorAll('input[type=range]')].find((el) => el.labels && el.labels[0] && el.labels[0].textContent.trim() === label);
  if (!slider) throw new Error(widget + ': no slider labelled ' + label);
  const lo = range ? range[0] : Number(slider.min);
  const hi = range ? range[1] : Number(slider.max);
  // The positions the slider itself snaps to (a detached copy), distinct, spread over lo…hi.
  const probe = slider.cloneNode();
  const snap = (v) => { probe.value = String(v); return probe.value; };
  const grid = [];
  for (let i = 0; i < count; i++) {
    const p = snap(lo + ((hi - lo) * i) / Math.max(1, count - 1));
    if (!grid.includes(p)) grid.push(p);
  }
  // Fewer distinct positions than changes: go back and forth (no two neighbours equal).
  const positions = [];
  for (let i = 0; positions.length < count; i++) {
    const k = i % (2 * grid.length - 2 || 1);
    positions.push(grid[k < grid.length ? k : 2 * grid.length - 2 - k]);
  }
  if (positions[0] === slider.value) positions.push(positions.shift());
  // Warm-up positions lie between the measured ones where the slider has room: the same shapes
  // and kernels, not the same values (a widget that keeps results per value computes afresh).
  const between = [];
  for (let i = 0; i + 1 < count; i++) {
    const p = snap(lo + ((hi - lo) * (i + 0.5)) / Math.max(1, count - 1));
    if (!grid.includes(p) && !between.includes(p)) between.push(p);
  }
  const warm = between.length >= 2 && !revisit ? between : [...positions].reverse();
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const drawnEl = () => root.querySelector('[data-drawn]');
  const out = { positions, wallMs: [], engineMs: [], renderMs: [], updateMs: [], atOnce: [] };
  for (let pass = 0; pass < passes; pass++) {
    const measured = pass === passes - 1;
    for (const pos of measured ? positions : warm) {
      if (slider.value === pos) continue;
      const before = drawnEl() ? drawnEl().getAttribute('data-drawn') : null;
      let obs;
      const changed = new Promise((resolve, reject) => {
        const timer = setTimeout(() => { obs.disconnect(); reject(new Error(widget + ': nothing drawn within 60 s (' + label + ' at ' + pos + ')')); }, 60000);
        obs = new MutationObserver(() => {
          const el = drawnEl();
          if (el && el.getAttribute('data-drawn') !== before) { obs.disconnect(); clearTimeout(timer); resolve(); }
        });
        obs.observe(root, { subtree: true, attributes: true, attributeFilter: ['data-drawn'] });
      });
      const fire = () => {
        setValue.call(slider, pos);
        slider.dispatchEvent(new Event('input', { bubbles: true }));
      };
      // aligned: the input comes at the start of a frame, as Chromium delivers a drag's pointer
      // events (just before the frame's rendering); else wherever the previous change left off.
      // A picture the input event itself committed (no worker round trip) is then drawn by that
      // very frame, whose rendering ends before a timer queued in its callback runs.
      let t0 = performance.now();
      let frameEnd = null;
      let drawnNow = false;
      const fireAndLook = () => {
        fire();
        drawnNow = !!drawnEl() && drawnEl().getAttribute('data-drawn') !== before;
      };
      if (aligned)
        await new Promise((r) => requestAnimationFrame(() => {
          t0 = performance.now();
          fireAndLook();
          if (drawnNow) frameEnd = new Promise((q) => setTimeout(q, 0));
          r();
        }));
      else fireAndLook();
      await changed;
      await (frameEnd || frame());
      const wall = performance.now() - t0;
      await new Promise((r) => setTimeout(r, 0)); // the report's own effect lands after paint
      if (!measured) continue;
      out.wallMs.push(wall);
      const eng = root.querySelector('[data-engine-ms]');
      out.engineMs.push(eng ? Number(eng.getAttribute('data-engine-ms')) : NaN);
      const drawn = drawnEl();
      out.renderMs.push(drawn && drawn.dataset.renderMs ? Number(drawn.dataset.renderMs) : NaN);
      out.updateMs.push(Number(root.getAttribute('data-update-ms')));
      out.atOnce.push(drawnNow ? 1 : 0);
    }
  }
  return out;
}`;

/**
 * `changes` positions of the case's slider, after a warm-up pass between them (`revisit`: over
 * the same positions, so a widget that keeps its results answers from them; `aligned`: each input
 * dispatched at the start of a frame, in a requestAnimationFrame callback, like a drag's).
 * A measured pass moves one way (and back where the slider has fewer positions than changes),
 * at the uneven pace of positions spread evenly over a range that is not a whole number of steps.
 */
export async function sweep(
  page: Page,
  widget: string,
  c: Case,
  changes: number,
  passes = 2,
  revisit = false,
  aligned = false,
): Promise<Sample> {
  const a = {
    widget,
    label: c.label,
    count: changes,
    range: c.range ?? null,
    passes,
    revisit,
    aligned,
  };
  return page.evaluate(`(${SWEEP_JS})(${JSON.stringify(a)})`) as Promise<Sample>;
}
