// `::perceptron-gates` (ch2): one perceptron y = [w1·x1 + w2·x2 + b > 0] against a gate's truth
// table, the decision line over the input plane, the learning rule step by step, and XOR built
// from two layers. Four points and three numbers: plain arithmetic from src/experiments.
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import {
  BOOK_GATE_WEIGHTS,
  GATE_INPUTS,
  gateTargets,
  perceptron,
  perceptronOutput,
  learningStep,
  startLearning,
  type Bit,
  type Gate,
  type LearnStep,
  type LearningState,
  type PerceptronParams,
} from '../../experiments';
import { ParamControls, formatNumber } from '../controls/ParamControl';
import type { WidgetProps } from '../types';
import { GatePlot, type PlotPoint, type PlotRegion } from './GatePlot';
import { formatAffine, type HalfPlane } from './geometry';
import type { PerceptronGatesSchema } from './schema';
import './perceptron-gates.css';

type Props = WidgetProps<PerceptronGatesSchema>;
type Values = Props['values'];

const GATES: readonly Gate[] = ['and', 'nand', 'or', 'xor'];
const GATE_NAME: Record<Gate, string> = { and: 'AND', nand: 'NAND', or: 'OR', xor: 'XOR' };
/** Autoplay: one sample every this many ms. */
const AUTO_MS = 350;

const num = (v: number) => formatNumber(v, 3).replace('-', '−');
const signed = (v: number) => (v >= 0 ? `+${num(v)}` : num(v));
const label = ([a, b]: readonly [number, number]) => `(${a}, ${b})`;

interface Row {
  x: readonly [Bit, Bit];
  sum: number;
  y: Bit;
  t: Bit;
  ok: boolean;
}

/** Everything drawn from the parameters: the truth table with the perceptron's outputs. */
export function evaluate(v: Pick<Values, 'gate' | 'w1' | 'w2' | 'b'>): Row[] {
  const t = gateTargets(v.gate);
  return GATE_INPUTS.map((x, i) => {
    const y = perceptronOutput([v.w1, v.w2], v.b, x[0], x[1]);
    return { x, sum: v.w1 * x[0] + v.w2 * x[1] + v.b, y, t: t[i], ok: y === t[i] };
  });
}

/** Shaded output regions of one perceptron: y = 1 where w·x + b > 0, y = 0 elsewhere. */
function outputRegions(h: HalfPlane): PlotRegion[] {
  if (h.w[0] === 0 && h.w[1] === 0) {
    // No line: the whole plane gives one output.
    return [{ halfPlanes: [], kind: h.b > 0 ? 'one' : 'zero', text: h.b > 0 ? 'y = 1' : 'y = 0' }];
  }
  return [
    { halfPlanes: [h], kind: 'one', text: 'y = 1' },
    { halfPlanes: [{ w: [-h.w[0], -h.w[1]], b: -h.b }], kind: 'zero', text: 'y = 0' },
  ];
}

interface Learning {
  gate: Gate;
  state: LearningState;
  /** Once the parameters came back to an epoch's start (XOR), it stays said for this run. */
  cycled?: { from: number; at: number };
  /** A step that would have left the sliders' range: learning stopped before it. */
  offRange?: LearnStep;
}

/** Called from event handlers only: when the reader's input arrived. */
function stampNow(ref: { current: number | null }): void {
  ref.current = performance.now();
}

const same = (p: PerceptronParams, v: Values) => p.w[0] === v.w1 && p.w[1] === v.w2 && p.b === v.b;

export default function PerceptronGates({
  values,
  set,
  schema,
  report,
  resetCount,
  instanceKey,
}: Props) {
  const gate = values.gate;
  const rows = useMemo(() => evaluate(values), [values]);
  const correct = rows.filter((r) => r.ok).length;
  const params: PerceptronParams = { w: [values.w1, values.w2], b: values.b };

  const [learning, setLearning] = useState<Learning | null>(null);
  const [running, setRunning] = useState(false);
  // "책 기본값" also ends a learning run (adjusting state while rendering, as React recommends).
  const [seenReset, setSeenReset] = useState(resetCount);
  if (seenReset !== resetCount) {
    setSeenReset(resetCount);
    setLearning(null);
    setRunning(false);
  }
  // The run belongs to the current gate and weights; moving a slider starts a fresh one.
  const live =
    learning && learning.gate === gate && same(learning.state.params, values) ? learning : null;

  // Input event → drawn: handlers stamp the time, the effect after the commit reads it.
  const inputAt = useRef<number | null>(null);
  const stamp = () => stampNow(inputAt);
  const setTimed = (patch: Partial<Values>) => {
    stamp();
    set(patch);
  };

  const step = () => {
    stamp();
    const base = live?.state ?? startLearning(gate, params);
    if (base.status === 'converged') {
      setLearning({ gate, state: base });
      setRunning(false);
      return;
    }
    // After a detected cycle, manual steps go on (showing the same loop again).
    const next = learningStep(
      gate,
      base.status === 'cycling' ? { ...base, status: 'learning', seen: {} } : base,
      values.lr,
    );
    const [w1, w2] = next.params.w;
    const spec = schema.w1;
    const inRange = [w1, w2, next.params.b].every((v) => v >= spec.min && v <= spec.max);
    if (!inRange) {
      setLearning({ gate, state: base, cycled: live?.cycled, offRange: next.last });
      setRunning(false);
      return;
    }
    const cycled =
      live?.cycled ??
      (next.status === 'cycling' ? { from: next.cycleFrom ?? 0, at: next.epoch } : undefined);
    setLearning({ gate, state: next, cycled });
    set({ w1, w2, b: next.params.b });
    if (next.status !== 'learning') setRunning(false);
  };
  const stepRef = useRef(step);
  useEffect(() => {
    stepRef.current = step;
  });
  useEffect(() => {
    if (!running) return;
    const id = setInterval(() => stepRef.current(), AUTO_MS);
    return () => clearInterval(id);
  }, [running]);

  const diverged = live?.offRange !== undefined;
  const widgetState = running ? 'running' : diverged ? 'diverged' : 'ready';
  const message = diverged
    ? `학습 중 가중치가 슬라이더 범위(${schema.w1.min} ~ ${schema.w1.max}) 밖으로 나가려 해서 멈췄어요. 학습률을 줄이거나 가중치를 0에서 다시 시작해 보세요.`
    : undefined;
  useEffect(() => {
    let ms: number;
    if (inputAt.current !== null) {
      ms = performance.now() - inputAt.current;
      inputAt.current = null;
    } else {
      // Mount, "책 기본값", a link: time the computation itself.
      const t = performance.now();
      evaluate(values);
      ms = performance.now() - t;
    }
    report({ state: widgetState, updateMs: ms, backend: 'JS', message });
  }, [values, widgetState, message, report]);

  const h: HalfPlane = { w: [values.w1, values.w2], b: values.b };
  const points: PlotPoint[] = rows.map((r) => ({
    at: [r.x[0], r.x[1]],
    target: r.t,
    output: r.y,
    label: label(r.x),
  }));
  const affine = formatAffine(h.w, h.b);
  const lastSample = live?.state.last?.sample;
  const gateName = GATE_NAME[gate];
  const presetActive = (g: Exclude<Gate, 'xor'>) => {
    const p = BOOK_GATE_WEIGHTS[g];
    return gate === g && values.w1 === p.w[0] && values.w2 === p.w[1] && values.b === p.b;
  };

  return (
    <div className="perceptron-gates">
      <div className="perceptron-gates-pickers">
        <fieldset className="perceptron-gates-gate">
          <legend>{schema.gate.label}</legend>
          {GATES.map((g) => (
            <label key={g}>
              <input
                type="radio"
                name={`${instanceKey}-gate`}
                value={g}
                checked={gate === g}
                onChange={() => setTimed({ gate: g })}
              />
              {GATE_NAME[g]}
            </label>
          ))}
        </fieldset>
        <div className="perceptron-gates-presets" role="group" aria-label="책의 가중치로 맞추기">
          <span className="perceptron-gates-presets-title" aria-hidden="true">
            책의 가중치
          </span>
          {(['and', 'nand', 'or'] as const).map((g) => {
            const p = BOOK_GATE_WEIGHTS[g];
            return (
              <button
                key={g}
                type="button"
                aria-pressed={presetActive(g)}
                onClick={() => setTimed({ gate: g, w1: p.w[0], w2: p.w[1], b: p.b })}
              >
                {GATE_NAME[g]}{' '}
                <span className="perceptron-gates-preset-values">
                  ({num(p.w[0])}, {num(p.w[1])}, {num(p.b)})
                </span>
              </button>
            );
          })}
          <button
            type="button"
            aria-pressed={gate === 'xor'}
            onClick={() => setTimed({ gate: 'xor' })}
          >
            XOR <span className="perceptron-gates-preset-values">= AND(NAND, OR)</span>
          </button>
        </div>
      </div>

      <ParamControls props={{ schema, values, set: setTimed }} names={['w1', 'w2', 'b']} />
      <p className="perceptron-gates-equation">
        y = 1 &nbsp;(<span className="perceptron-gates-affine">{affine}</span> &gt; 0 일 때), 아니면
        y = 0
      </p>

      <div className="perceptron-gates-main">
        <GatePlot
          label={`입력 평면: 결정 경계 ${affine} = 0. ${gateName}의 네 입력 중 ${correct}개를 맞힘.`}
          points={points}
          regions={outputRegions(h)}
          lines={[{ ...h, variant: 'main', role: 'decision', label: '결정 경계' }]}
        />
        <div className="perceptron-gates-side">
          <table className="perceptron-gates-table">
            <caption>{gateName} 진리표와 퍼셉트론의 출력</caption>
            <thead>
              <tr>
                <th scope="col">x₁</th>
                <th scope="col">x₂</th>
                <th scope="col">w·x + b</th>
                <th scope="col">출력 y</th>
                <th scope="col">정답</th>
                <th scope="col">
                  <span className="perceptron-gates-sr">일치</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r, i) => (
                <tr
                  key={i}
                  data-output={r.y}
                  data-target={r.t}
                  data-correct={r.ok}
                  className={lastSample === i ? 'perceptron-gates-row-current' : undefined}
                >
                  <td>{r.x[0]}</td>
                  <td>{r.x[1]}</td>
                  <td>{num(r.sum)}</td>
                  <td>{r.y}</td>
                  <td>{r.t}</td>
                  <td className={r.ok ? 'perceptron-gates-ok' : 'perceptron-gates-bad'}>
                    <span aria-hidden="true">{r.ok ? '✓' : '✗'}</span>
                    <span className="perceptron-gates-sr">{r.ok ? '맞음' : '틀림'}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Verdict gate={gate} correct={correct} />
        </div>
      </div>

      <LearningPanel
        gate={gate}
        live={live}
        running={running}
        onStep={step}
        onToggle={() => {
          stamp();
          setRunning((r) => !r);
        }}
        onZero={() => {
          setRunning(false);
          setLearning(null);
          setTimed({ w1: 0, w2: 0, b: 0 });
        }}
        lrControl={<ParamControls props={{ schema, values, set: setTimed }} names={['lr']} />}
      />

      {gate === 'xor' && <XorConstruction />}
    </div>
  );
}

function Verdict({ gate, correct }: { gate: Gate; correct: number }) {
  if (gate === 'xor') {
    return (
      <div
        className="perceptron-gates-verdict perceptron-gates-verdict-no"
        data-separable="false"
        role="status"
      >
        <p>
          <strong>XOR을 나누는 직선은 없어요.</strong> (0, 1)·(1, 0)과 (0, 0)·(1, 1)이 대각선으로
          엇갈려 있어서, 어떤 w₁, w₂, b를 골라도 적어도 한 칸은 틀려요 (선형 분리 불가능). 지금은
          4칸 중 {correct}칸이 맞아요.
        </p>
        <p className="perceptron-gates-proof">
          왜냐하면: (0, 0)→0 이려면 b ≤ 0, (1, 0)→1 이려면 w₁ + b &gt; 0, (0, 1)→1 이려면 w₂ + b
          &gt; 0. 두 식을 더하면 w₁ + w₂ + b &gt; −b ≥ 0 이라 (1, 1)도 1이 되고 말아요.
        </p>
      </div>
    );
  }
  return (
    <p
      className={`perceptron-gates-verdict ${correct === 4 ? 'perceptron-gates-verdict-yes' : ''}`}
      data-separable="true"
      role="status"
    >
      {correct === 4
        ? `이 직선이 ${GATE_NAME[gate]}를 구현해요: 네 입력이 모두 맞는 쪽에 있어요.`
        : `${GATE_NAME[gate]}는 직선 하나로 나눌 수 있어요. 지금 직선은 4칸 중 ${correct}칸을 맞혀요.`}
    </p>
  );
}

function LearningPanel({
  gate,
  live,
  running,
  onStep,
  onToggle,
  onZero,
  lrControl,
}: {
  gate: Gate;
  live: Learning | null;
  running: boolean;
  onStep: () => void;
  onToggle: () => void;
  onZero: () => void;
  lrControl: ReactNode;
}) {
  const s = live?.state;
  const last = live?.offRange ?? s?.last;
  let status: string;
  if (live?.offRange) status = '가중치가 범위를 벗어나려 해서 멈췄어요.';
  else if (live?.cycled)
    status = `에폭 ${live.cycled.at}이 끝났을 때 가중치가 에폭 ${live.cycled.from} 시작 때와 똑같아졌어요. 규칙은 결정적이라 이 고리를 영원히 돌아요 — XOR의 네 점을 나누는 직선이 없으니 학습이 멈출 수 없어요.`;
  else if (s?.status === 'converged')
    status =
      s.steps === 0
        ? `이미 네 입력을 모두 맞히고 있어서 더 배울 게 없어요.`
        : `수렴했어요: ${s.steps}단계(갱신 ${s.updates}번) 만에 네 입력을 모두 맞혀요. 이제 가중치가 더는 바뀌지 않아요.`;
  else if (s) status = `학습 중… 네 입력을 연달아 맞히면(지금 ${s.streak}개째) 멈춰요.`;
  else
    status =
      gate === 'xor'
        ? 'XOR로 학습을 돌려 보세요: 가중치가 끝없이 돌고 돌아요.'
        : '‘한 단계’를 누르면 입력을 하나씩 보여 주고, 틀렸을 때만 가중치를 고쳐요.';
  return (
    <section className="perceptron-gates-learn" aria-label="퍼셉트론 학습 규칙">
      <h4 className="perceptron-gates-subtitle">학습: 퍼셉트론 학습 규칙</h4>
      <p className="perceptron-gates-rule">
        틀린 입력마다 w ← w + η(t − y)·x, &nbsp;b ← b + η(t − y) &nbsp;(t: 정답, y: 출력)
      </p>
      <div className="perceptron-gates-learn-controls">
        <button type="button" onClick={onStep} disabled={running}>
          한 단계
        </button>
        <button type="button" onClick={onToggle} aria-pressed={running}>
          {running ? '멈춤' : '자동 학습'}
        </button>
        <button type="button" onClick={onZero}>
          가중치 0에서 시작
        </button>
        {lrControl}
      </div>
      <div
        className="perceptron-gates-log"
        aria-live="polite"
        data-learning={
          live?.offRange ? 'off-range' : live?.cycled ? 'cycling' : (s?.status ?? 'idle')
        }
      >
        {s && (
          <p>
            단계 {s.steps} · 에폭 {s.epoch} · 갱신 {s.updates}번
          </p>
        )}
        {last && (
          <p>
            입력 {label(last.x)}: 정답 t = {last.target}, 출력 y = {last.output} →{' '}
            {last.output === last.target
              ? '맞았으니 그대로'
              : `Δw = (${signed(last.delta.w[0])}, ${signed(last.delta.w[1])}), Δb = ${signed(last.delta.b)}`}
          </p>
        )}
        <p className="perceptron-gates-learn-status">{status}</p>
      </div>
    </section>
  );
}

/** XOR = AND(NAND(x1, x2), OR(x1, x2)) with the book's weights: both hidden lines, the hidden outputs, the final table. */
function XorConstruction() {
  const nand = BOOK_GATE_WEIGHTS.nand;
  const or = BOOK_GATE_WEIGHTS.or;
  const and = BOOK_GATE_WEIGHTS.and;
  const targets = gateTargets('xor');
  const rows = GATE_INPUTS.map(([a, b], i) => {
    const s1 = perceptron('nand', a, b);
    const s2 = perceptron('or', a, b);
    return { x: [a, b] as const, s1, s2, y: perceptron('and', s1, s2), t: targets[i] };
  });
  const nandH: HalfPlane = { w: nand.w, b: nand.b };
  const orH: HalfPlane = { w: or.w, b: or.b };
  const neg = (h: HalfPlane): HalfPlane => ({ w: [-h.w[0], -h.w[1]], b: -h.b });
  // Inputs that land on the same hidden point share one marker.
  const hidden = new Map<string, PlotPoint>();
  for (const r of rows) {
    const key = `${r.s1},${r.s2}`;
    const prev = hidden.get(key);
    hidden.set(key, {
      at: [r.s1, r.s2],
      target: r.t,
      output: r.y,
      label: prev ? `${prev.label} ${label(r.x)}` : label(r.x),
    });
  }
  return (
    <section className="perceptron-gates-xor" aria-label="두 층으로 만든 XOR">
      <h4 className="perceptron-gates-subtitle">층을 하나 더: XOR = AND(NAND, OR)</h4>
      <p>
        직선 하나로는 안 되지만, 직선 두 개(은닉층)를 쓰면 돼요. s₁ = NAND(x₁, x₂)와 s₂ = OR(x₁,
        x₂)가 평면을 세 조각으로 나누고, 두 조건이 모두 참인 가운데 띠만 AND(s₁, s₂) = 1이 돼요.
      </p>
      <div className="perceptron-gates-xor-plots">
        <figure>
          <GatePlot
            label={`입력 평면의 두 은닉 직선: s₁ ${formatAffine(nand.w, nand.b)} = 0, s₂ ${formatAffine(or.w, or.b)} = 0. 두 직선 사이의 띠에서 XOR = 1.`}
            points={rows.map((r) => ({
              at: [r.x[0], r.x[1]],
              target: r.t,
              output: r.y,
              label: label(r.x),
            }))}
            regions={[
              { halfPlanes: [nandH, orH], kind: 'one', text: 'y = 1' },
              { halfPlanes: [neg(nandH)], kind: 'zero' },
              { halfPlanes: [neg(orH)], kind: 'zero' },
            ]}
            lines={[
              { ...nandH, variant: 'hidden-1', role: 'hidden-nand', label: 's₁ NAND' },
              { ...orH, variant: 'hidden-2', role: 'hidden-or', label: 's₂ OR' },
            ]}
          />
          <figcaption>1층: 입력 (x₁, x₂) 평면의 두 직선</figcaption>
        </figure>
        <figure>
          <GatePlot
            label={`은닉 평면 (s₁, s₂): 네 입력이 세 점으로 모이고, AND 직선 ${formatAffine(and.w, and.b, ['s₁', 's₂'])} = 0이 이들을 나눠요.`}
            axes={['s₁', 's₂']}
            points={[...hidden.values()]}
            regions={outputRegions({ w: and.w, b: and.b })}
            lines={[{ w: and.w, b: and.b, variant: 'main', role: 'hidden-and', label: 'AND' }]}
          />
          <figcaption>2층: 은닉 출력 (s₁, s₂) 평면에서는 AND 직선 하나로 충분</figcaption>
        </figure>
      </div>
      <table className="perceptron-gates-table perceptron-gates-xor-table">
        <caption>2층 퍼셉트론으로 만든 XOR</caption>
        <thead>
          <tr>
            <th scope="col">x₁</th>
            <th scope="col">x₂</th>
            <th scope="col">s₁ = NAND</th>
            <th scope="col">s₂ = OR</th>
            <th scope="col">y = AND(s₁, s₂)</th>
            <th scope="col">정답</th>
            <th scope="col">
              <span className="perceptron-gates-sr">일치</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i} data-output={r.y} data-target={r.t} data-correct={r.y === r.t}>
              <td>{r.x[0]}</td>
              <td>{r.x[1]}</td>
              <td>{r.s1}</td>
              <td>{r.s2}</td>
              <td>{r.y}</td>
              <td>{r.t}</td>
              <td className={r.y === r.t ? 'perceptron-gates-ok' : 'perceptron-gates-bad'}>
                <span aria-hidden="true">{r.y === r.t ? '✓' : '✗'}</span>
                <span className="perceptron-gates-sr">{r.y === r.t ? '맞음' : '틀림'}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
