// @vitest-environment jsdom
// The policy-gradient component under a minimal frame, with the engine's bandit run mocked by a
// made-up trace: while the engine computes a new α, the controls show it at once and the picture
// stays the previous run's, drawn with that run's α (never the new α beside older numbers); the
// charts redraw once the new numbers arrive.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BanditOptions, BanditResult } from '../../../src/experiments/client';
import { schema } from '../../../src/widgets/policy-gradient/schema';
import { defaults, type Values } from '../../../src/widgets/schema';

const calls = vi.hoisted(() => ({
  runs: [] as BanditOptions[],
  /** when set, the engine answers only once this resolves */
  gate: null as Promise<void> | null,
  /** renders of the policy charts */
  charts: 0,
}));

vi.mock('../../../src/experiments/client', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/experiments/client')>();
  return {
    ...real,
    engineBackend: async () => 'cpu',
    banditRun: async (o: BanditOptions): Promise<BanditResult> => {
      calls.runs.push(o);
      if (calls.gate) await calls.gate;
      const n = o.episodes;
      const trace = (method: (typeof real.BANDIT_METHODS)[number]) => ({
        method,
        probs: new Float32Array((n + 1) * 3).fill(1 / 3),
        actions: new Uint8Array(n),
        rewards: new Float32Array(n).fill(2),
        baselines: new Float32Array(n),
        // the first arm's component of ∇ log π(a) is 2/3 · R = 4/3 in every episode
        grads: new Float32Array(n * 3).map((_, k) => (k % 3 === 0 ? 4 / 3 : -2 / 3)),
        bestMean: new Float32Array(n + 1).fill(0.5),
        bestStd: new Float32Array(n + 1).fill(0.1),
        gradVariance: 1,
        meanReward: 1.5,
      });
      return {
        episodes: n,
        runs: 32,
        best: 0,
        traces: Object.fromEntries(
          real.BANDIT_METHODS.map((m) => [m, trace(m)]),
        ) as BanditResult['traces'],
      };
    },
  };
});

// Counts the policy charts' renders, drawing them as the widget would.
vi.mock('../../../src/widgets/policy-gradient/parts/ProbChart', async (importOriginal) => {
  const real =
    await importOriginal<typeof import('../../../src/widgets/policy-gradient/parts/ProbChart')>();
  return {
    ...real,
    ProbChart: (p: Parameters<typeof real.ProbChart>[0]) => {
      calls.charts++;
      return real.ProbChart(p);
    },
  };
});

const { default: PolicyGradient } =
  await import('../../../src/widgets/policy-gradient/PolicyGradient');

type V = Values<typeof schema>;

function Harness() {
  const [values, setValues] = useState<V>(defaults(schema));
  return (
    <PolicyGradient
      values={values}
      set={(p) => setValues((v) => ({ ...v, ...p }))}
      schema={schema}
      report={() => {}}
      resetCount={0}
      instanceKey="policy-gradient"
    />
  );
}

afterEach(() => {
  cleanup();
  calls.runs.length = 0;
  calls.gate = null;
});

/** The update Δw of the scrubbed episode, as the widget writes it. */
const step = () =>
  document
    .querySelector('.policy-gradient-step')!
    .textContent!.match(/Δw = α × 그 기울기 = \(([^,]+),/)![1];

describe('PolicyGradient', () => {
  it('a new α shows in the controls at once and in the picture with its own numbers', async () => {
    render(<Harness />);
    await waitFor(() => expect(document.querySelector('[data-best-end]')).not.toBeNull());
    expect(calls.runs[0]).toMatchObject({ alpha: 0.1, episodes: 300, runs: 32 });
    expect(step()).toBe('+0.133'); // 0.1 × 4/3
    let open = () => {};
    calls.gate = new Promise<void>((r) => (open = r));
    const before = calls.charts;
    fireEvent.change(screen.getByRole('slider', { name: '학습률 α' }), {
      target: { value: '0.5' },
    });
    await waitFor(() => expect(calls.runs).toHaveLength(2));
    expect(screen.getByRole('spinbutton', { name: '학습률 α 값' })).toHaveProperty('value', '0.5');
    // still the α = 0.1 run, written with α = 0.1, charts not redrawn
    expect(step()).toBe('+0.133');
    expect(calls.charts).toBe(before);
    open();
    await waitFor(() => expect(step()).toBe('+0.667')); // 0.5 × 4/3
    expect(calls.charts).toBeGreaterThan(before);
  });

  it('stands in its shape before the first run is in: every part, "…" where the numbers go', async () => {
    // it waited on one line, then grew by its charts, step and tables (394 px on a phone)
    let open = () => {};
    calls.gate = new Promise<void>((r) => (open = r));
    render(<Harness />);
    await waitFor(() => expect(calls.runs).toHaveLength(1));
    const root = document.querySelector('.policy-gradient')!;
    const charts = root.querySelectorAll('.policy-gradient-chart');
    expect(charts).toHaveLength(3);
    for (const c of charts) expect(c.querySelector('[role="img"]')!.getAttribute('aria-busy')).toBe('true'); // prettier-ignore
    expect(root.querySelector('[data-best-end]')).toBeNull();
    expect(screen.getByRole('slider', { name: '보는 에피소드' })).toHaveProperty('disabled', true);
    expect(root.querySelector('.policy-gradient-scrub output')!.textContent).toBe('300 / 300');
    // the step and both tables in place, each number waiting in its room, heard as 계산 중
    const step = root.querySelector('.policy-gradient-step')!;
    expect(step.getAttribute('aria-busy')).toBe('true');
    expect(step.textContent).toContain('에피소드 300');
    expect(step.querySelectorAll('[data-waiting]').length).toBeGreaterThanOrEqual(6);
    const arms = root.querySelector('.policy-gradient-arms')!;
    expect(arms.querySelectorAll('tbody tr')).toHaveLength(3);
    expect(arms.querySelectorAll('td [data-waiting]')).toHaveLength(6);
    const summary = root.querySelector('.policy-gradient-summary')!;
    expect(summary.querySelectorAll('tbody tr')).toHaveLength(4);
    expect(summary.querySelectorAll('td [data-waiting]')).toHaveLength(16);
    expect(summary.querySelector('caption')!.textContent).toContain('시드 32');
    expect(summary.textContent).toContain('계산 중');
    // no number the engine computes is shown yet: the table cells hold only their "…"
    for (const td of arms.querySelectorAll('td:nth-child(4), td:nth-child(5)'))
      expect(td.textContent).toMatch(/^[0.]+…계산 중$/);
    open();
    await waitFor(() => expect(root.querySelector('[data-best-end]')).not.toBeNull());
    expect(root.querySelectorAll('[data-waiting]')).toHaveLength(0);
    expect(screen.getByRole('slider', { name: '보는 에피소드' })).toHaveProperty('disabled', false);
  });
});
