// `::activation-functions` (ch3): step, sigmoid, tanh, ReLU, identity and leaky ReLU over one
// chart, h′(x) from the ENGINE's backward() (x.grad after h(x).sum().backward(), never a
// hand-written derivative), a movable x, and why a non-linearity is needed at all.
import { useCallback, useEffect, useMemo, type ReactNode } from 'react';
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceDot,
  ReferenceLine,
  XAxis,
  YAxis,
} from 'recharts';
import {
  ACTIVATION_NAMES,
  activationCurves,
  engineStatus,
  stackedLayers,
  type ActivationName,
} from '../../experiments';
import { useLatestResult } from '../common/useLatestResult';
import { ParamControls, formatNumber } from '../controls/ParamControl';
import type { WidgetProps } from '../types';
import {
  allFinite,
  CURVES,
  GRID,
  linearFitError,
  STACK_XS,
  X_MAX,
  X_MIN,
  yDomain,
  yTicks,
  type CurveInfo,
} from './model';
import type { ActivationFunctionsSchema } from './schema';
import './activation-functions.css';

type Props = WidgetProps<ActivationFunctionsSchema>;
type Curves = Record<ActivationName, { y: number[]; dy: number[] }>;
interface StackResult {
  linear: { y: number[]; collapsed: { w: number; b: number } | null; weights: number[][][] };
  relu: { y: number[]; weights: number[][][] };
}

/** The x axis both charts share (−5 … 5, like the book's figures). */
const X_AXIS = {
  dataKey: 'x',
  type: 'number' as const,
  domain: [X_MIN, X_MAX],
  ticks: [-4, -2, 0, 2, 4],
  stroke: 'var(--muted)',
  tick: { fill: 'var(--muted)' },
};

const num = (v: number, d = 4) => formatNumber(v, d).replace(/^-/, '−');

/** All six curves on the grid plus the marked x as the last point: one engine call, fixed shapes. */
async function computeCurves(x: number): Promise<Curves> {
  return activationCurves({ names: [...ACTIVATION_NAMES], xs: [...GRID, x] });
}

async function computeStack(seed: number | null): Promise<StackResult | null> {
  if (seed === null) return null;
  // One after the other: the engine's work is queued on one device anyway.
  const linear = await stackedLayers({ activation: 'identity', xs: [...STACK_XS], seed });
  const relu = await stackedLayers({ activation: 'relu', xs: [...STACK_XS], seed });
  return { linear, relu };
}

export default function ActivationFunctions({ values, set, schema, report }: Props) {
  const shown = CURVES.filter((c) => values[c.param]);
  const curves = useLatestResult(String(values.x), values.x, computeCurves);
  const stackSeed = values.stack ? values.seed : null;
  const stack = useLatestResult(String(stackSeed), stackSeed, computeStack);

  const out = curves.output;
  const shownKey = shown.map((c) => c.name).join(' ');
  // Only what is drawn counts: a NaN in a hidden curve breaks nothing on screen.
  const finite = useMemo(
    () =>
      out
        ? shownKey
            .split(' ')
            .every((n) => !n || allFinite(out[n as ActivationName].y, out[n as ActivationName].dy))
        : true,
    [out, shownKey],
  );
  const stackOut = stack.output;
  const stackFinite = !stackOut || allFinite(stackOut.linear.y, stackOut.relu.y);

  useEffect(() => {
    if (curves.error || stack.error) {
      report({
        state: 'error',
        message: `엔진 계산이 실패했어요: ${(curves.error ?? stack.error)!.message}`,
      });
      return;
    }
    if (!out) return;
    const diverged = !finite || !stackFinite;
    report({
      state: diverged
        ? 'diverged'
        : curves.busy || (values.stack && stack.busy)
          ? 'running'
          : 'ready',
      updateMs: curves.ms ?? undefined,
      backend: engineStatus().backend ?? undefined,
      message: diverged ? '엔진이 NaN 또는 ∞를 돌려줬어요: 그 값은 그리지 않아요.' : undefined,
    });
  }, [
    out,
    finite,
    stackFinite,
    curves.busy,
    curves.ms,
    curves.error,
    stack.busy,
    stack.error,
    values.stack,
    report,
  ]);

  const setFlag = useCallback(
    (param: CurveInfo['param'], on: boolean) => set({ [param]: on }),
    [set],
  );

  return (
    <div className="activation-functions">
      <fieldset className="activation-functions-toggles">
        <legend>그릴 활성화 함수</legend>
        {CURVES.map((c) => (
          <label key={c.name} className="activation-functions-toggle">
            <input
              type="checkbox"
              checked={values[c.param]}
              onChange={(e) => setFlag(c.param, e.target.checked)}
            />
            <span
              className="activation-functions-swatch"
              style={{ background: c.color }}
              aria-hidden="true"
            />
            {c.label}
          </label>
        ))}
      </fieldset>
      <ParamControls props={{ schema, values, set }} names={['x', 'derivative']} />

      <CurveChart out={out} shown={shown} x={values.x} derivative={values.derivative} />
      <p className="activation-functions-caption">
        실선: h(x).{' '}
        {values.derivative &&
          '점선: 엔진의 backward()가 구한 h′(x) — 도함수 공식을 따로 쓰지 않았어요. '}
        세로선: 지금의 x = {num(values.x, 3)}.
      </p>
      <PointTable out={out} shown={shown} x={values.x} />

      <ParamControls props={{ schema, values, set }} names={['stack']} />
      {values.stack && (
        <StackDemo
          result={stackOut}
          busy={stack.busy}
          seedControl={<ParamControls props={{ schema, values, set }} names={['seed']} />}
        />
      )}
    </div>
  );
}

type Row = Record<string, number | null>;

function CurveChart({
  out,
  shown,
  x,
  derivative,
}: {
  out: Curves | null;
  shown: readonly CurveInfo[];
  x: number;
  derivative: boolean;
}) {
  const rows = useMemo(() => {
    if (!out) return [];
    return GRID.map((gx, i) => {
      const r: Row = { x: gx };
      for (const n of ACTIVATION_NAMES) {
        const y = out[n].y[i];
        const dy = out[n].dy[i];
        r[n] = Number.isFinite(y) ? y : null;
        r[`d_${n}`] = Number.isFinite(dy) ? dy : null;
      }
      return r;
    });
  }, [out]);
  const domain = yDomain(shown, derivative);
  const at = GRID.length; // the marked x is the last point of each curve
  const label = shown.length
    ? `활성화 함수 그래프: ${shown.map((c) => c.label).join(', ')}. x = ${num(x, 3)}에 세로선.`
    : '활성화 함수 그래프: 선택한 함수가 없어요.';
  return (
    <div
      className="activation-functions-chart"
      role="img"
      aria-label={label}
      data-x={x}
      data-curves={shown.map((c) => c.name).join(' ')}
    >
      {!out ? (
        <p className="activation-functions-wait">엔진이 곡선을 계산하는 중…</p>
      ) : (
        <LineChart
          responsive
          style={{ width: '100%', height: 300 }}
          data={rows}
          margin={{ top: 8, right: 12, bottom: 4, left: -12 }}
        >
          <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
          <XAxis {...X_AXIS} />
          <YAxis
            type="number"
            domain={domain}
            ticks={yTicks(domain)}
            allowDataOverflow
            stroke="var(--muted)"
            tick={{ fill: 'var(--muted)' }}
            tickFormatter={(v: number) => formatNumber(v, 2)}
          />
          <ReferenceLine y={0} stroke="var(--muted)" />
          {derivative &&
            shown.map((c) => (
              <Line
                key={`d_${c.name}`}
                dataKey={`d_${c.name}`}
                type={c.name === 'step' ? 'stepBefore' : 'linear'}
                stroke={c.color}
                strokeWidth={1.5}
                strokeDasharray="5 4"
                dot={false}
                isAnimationActive={false}
                className={`activation-functions-line activation-functions-line-d-${c.name}`}
              />
            ))}
          {shown.map((c) => (
            <Line
              key={c.name}
              dataKey={c.name}
              type={c.name === 'step' ? 'stepBefore' : 'linear'}
              stroke={c.color}
              strokeWidth={2.5}
              dot={false}
              isAnimationActive={false}
              className={`activation-functions-line activation-functions-line-${c.name}`}
            />
          ))}
          <ReferenceLine x={x} stroke="var(--fg)" strokeDasharray="2 3" />
          {shown.map((c) => {
            const y = out[c.name].y[at];
            if (!Number.isFinite(y) || y < domain[0] || y > domain[1]) return null;
            return (
              <ReferenceDot
                key={`p_${c.name}`}
                x={x}
                y={y}
                r={5}
                fill={c.color}
                stroke="var(--bg)"
                strokeWidth={2}
              />
            );
          })}
        </LineChart>
      )}
    </div>
  );
}

function PointTable({
  out,
  shown,
  x,
}: {
  out: Curves | null;
  shown: readonly CurveInfo[];
  x: number;
}) {
  if (shown.length === 0)
    return <p className="activation-functions-empty">위에서 함수를 하나 이상 골라 보세요.</p>;
  const at = GRID.length;
  return (
    <table className="activation-functions-table">
      <caption>x = {num(x, 3)}에서의 값과 기울기 (엔진 계산)</caption>
      <thead>
        <tr>
          <th scope="col">함수</th>
          <th scope="col">h(x)</th>
          <th scope="col">h′(x) (backward)</th>
        </tr>
      </thead>
      <tbody>
        {shown.map((c) => {
          const y = out?.[c.name].y[at];
          const dy = out?.[c.name].dy[at];
          return (
            <tr
              key={c.name}
              data-fn={c.name}
              data-h={y === undefined ? undefined : String(y)}
              data-dh={dy === undefined ? undefined : String(dy)}
            >
              <th scope="row">
                <span
                  className="activation-functions-swatch"
                  style={{ background: c.color }}
                  aria-hidden="true"
                />
                {c.label} <span className="activation-functions-formula">{c.formula}</span>
              </th>
              <td>{y === undefined ? '…' : num(y)}</td>
              <td>{dy === undefined ? '…' : num(dy)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function Matrix({ name, m }: { name: string; m: number[][] }) {
  return (
    <figure className="activation-functions-matrix">
      <figcaption>
        {name}{' '}
        <span className="activation-functions-dims">
          ({m.length}×{m[0]?.length ?? 0})
        </span>
      </figcaption>
      <table aria-label={`${name} 행렬`}>
        <tbody>
          {m.map((row, i) => (
            <tr key={i}>
              {row.map((v, j) => (
                <td key={j}>{num(v, 2)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

function StackDemo({
  result,
  busy,
  seedControl,
}: {
  result: StackResult | null;
  busy: boolean;
  seedControl: ReactNode;
}) {
  const rows = useMemo(
    () =>
      result
        ? STACK_XS.map((x, i) => ({
            x,
            linear: Number.isFinite(result.linear.y[i]) ? result.linear.y[i] : null,
            relu: Number.isFinite(result.relu.y[i]) ? result.relu.y[i] : null,
            collapsed: result.linear.collapsed
              ? result.linear.collapsed.w * x + result.linear.collapsed.b
              : null,
          }))
        : [],
    [result],
  );
  const reluFit = useMemo(
    () => (result ? linearFitError(STACK_XS, result.relu.y) : null),
    [result],
  );
  const collapseError = useMemo(() => {
    const c = result?.linear.collapsed;
    if (!result || !c) return null;
    return Math.max(...STACK_XS.map((x, i) => Math.abs(result.linear.y[i] - (c.w * x + c.b))));
  }, [result]);
  const c = result?.linear.collapsed;
  return (
    <section
      className="activation-functions-stack"
      aria-label="층 3개 쌓기: 선형 대 ReLU"
      aria-busy={busy}
    >
      <p>
        입력 x 하나 → 노드 4개 → 노드 4개 → 출력 y 하나. 층마다 y = xW + b를 하고, 층 사이에 활성화
        함수를 둡니다. 가중치는 같은 시드로 뽑아 두 경우에 똑같이 씁니다.
      </p>
      {seedControl}
      {!result ? (
        <p className="activation-functions-wait">엔진이 계산하는 중…</p>
      ) : (
        <>
          <div className="activation-functions-matrices">
            {result.linear.weights.map((m, i) => (
              <Matrix key={i} name={`W${'₁₂₃'[i] ?? i + 1}`} m={m} />
            ))}
          </div>
          <div className="activation-functions-stack-grid">
            <div className="activation-functions-stack-case" data-case="linear">
              <h4>층 사이가 항등 함수(선형)일 때</h4>
              {c && (
                <p className="activation-functions-collapse" data-w={c.w} data-b={c.b}>
                  y = ((xW₁ + b₁)W₂ + b₂)W₃ + b₃ = x·(W₁W₂W₃) + b′ ={' '}
                  <strong>
                    {num(c.w)}·x {c.b < 0 ? '−' : '+'} {num(Math.abs(c.b))}
                  </strong>
                  <br />세 행렬이 1×1 행렬 하나 W₁W₂W₃ = [{num(c.w)}]로 접혀요: 층을 몇 개 쌓아도 층
                  하나와 같아요.
                  {collapseError !== null && (
                    <span className="activation-functions-check">
                      {' '}
                      (세 층의 출력과 접은 식의 최대 차이 {formatNumber(collapseError, 2)})
                    </span>
                  )}
                </p>
              )}
            </div>
            <div className="activation-functions-stack-case" data-case="relu">
              <h4>층 사이가 ReLU일 때</h4>
              {reluFit && (
                <p className="activation-functions-nocollapse" data-max-error={reluFit.maxError}>
                  출력이 꺾인 선이 돼요. 가장 가까운 직선 {num(reluFit.w, 3)}·x{' '}
                  {reluFit.b < 0 ? '−' : '+'} {num(Math.abs(reluFit.b), 3)}
                  과도 최대 {num(reluFit.maxError, 3)}만큼 벗어나서, 어떤 행렬 하나로도 나타낼 수
                  없어요
                  {reluFit.maxError < 1e-3 &&
                    ' (이 시드에서는 우연히 거의 직선이에요: 시드를 바꿔 보세요)'}
                  .
                </p>
              )}
            </div>
          </div>
          <div
            className="activation-functions-chart activation-functions-stack-chart"
            role="img"
            aria-label="세 층을 쌓은 신경망의 출력: 선형일 때는 직선, ReLU일 때는 꺾인 선"
          >
            <LineChart
              responsive
              style={{ width: '100%', height: 240 }}
              data={rows}
              margin={{ top: 8, right: 12, bottom: 4, left: -12 }}
            >
              <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
              <XAxis {...X_AXIS} />
              <YAxis
                type="number"
                stroke="var(--muted)"
                tick={{ fill: 'var(--muted)' }}
                tickFormatter={(v: number) => formatNumber(v, 2)}
              />
              <Line
                dataKey="collapsed"
                stroke="var(--series-1)"
                strokeWidth={6}
                strokeOpacity={0.3}
                dot={false}
                isAnimationActive={false}
              />
              <Line
                dataKey="linear"
                stroke="var(--series-1)"
                strokeWidth={2}
                dot={false}
                isAnimationActive={false}
              />
              <Line
                dataKey="relu"
                stroke="var(--series-2)"
                strokeWidth={2}
                dot={false}
                isAnimationActive={false}
              />
            </LineChart>
            <ul className="activation-functions-legend" aria-hidden="true">
              <li>
                <span
                  className="activation-functions-swatch"
                  style={{ background: 'var(--series-1)' }}
                />{' '}
                선형 3층 (굵고 옅은 선: 접은 식 w·x + b′)
              </li>
              <li>
                <span
                  className="activation-functions-swatch"
                  style={{ background: 'var(--series-2)' }}
                />{' '}
                ReLU 3층
              </li>
            </ul>
          </div>
        </>
      )}
    </section>
  );
}
