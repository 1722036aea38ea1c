// `::gradient-descent` (ch4, the book's §4.4.1 and Fig 4-10): gradient_descent on
// f(x₀, x₁) = x₀² + x₁² from an editable start, every step's gradient from the ENGINE's
// backward() and its update from the engine's SGD (one worker call per change, one readback),
// the path over f's contour circles, a table of every step, a step scrubber, and what a too
// small or too large learning rate does (diverged: a Korean message, the chart zooms out and
// cuts off, 책 기본값 recovers).
import { memo, useCallback, useMemo } from 'react';
import {
  ParamControl,
  ParamControls,
  Tex,
  useLiveResult,
  useReport,
  useResettableState,
} from '../kit';
import type { NumberSpec, Values } from '../schema';
import type { WidgetProps } from '../types';
import { computeDescent, type DescentInput } from './compute';
import { divergedMessage, verdict, type Point } from './model';
import { DescentChart } from './parts/DescentChart';
import { DescentResult } from './parts/DescentResult';
import { StepDetail } from './parts/StepDetail';
import { StepTable } from './parts/StepTable';
import type { GradientDescentSchema } from './schema';
import './gradient-descent.css';

type Props = WidgetProps<GradientDescentSchema>;

const round1 = (v: number) => Math.round(v * 10) / 10 || 0;

/** The engine call's input for these values (pure: useLiveResult makes the next drag's with it too). */
const toInput = (v: Values<GradientDescentSchema>): DescentInput => ({
  init: [v['init-x0'], v['init-x1']],
  lr: v.lr,
  steps: v.steps,
});

function GradientDescent(props: Props) {
  const { values, set, schema, report, resetCount } = props;
  const result = useLiveResult(props, toInput, computeDescent);
  const { key } = result;
  const out = result.output;
  const path = out?.path ?? null;
  const v = path ? verdict(path) : null;
  const diverged = v && out ? divergedMessage(v, out.input.lr, out.input.steps) : '';
  const { rootRef } = useReport({
    report,
    result,
    errorLabel: '경사 하강법을 계산하지 못했어요',
    diverged,
    // The start handle follows the parameters at once; the path catches up (running till then).
    running: !!out && JSON.stringify(out.input) !== key,
  });

  // The highlighted step (null: the last one); not a parameter, 책 기본값 clears it.
  const [cursor, setCursor] = useResettableState<number | null>(null, resetCount);
  const last = path ? path.points.length - 1 : values.steps;
  const shown = cursor === null ? last : Math.min(cursor, last);
  const stepSpec: NumberSpec = {
    kind: 'number',
    default: last,
    min: 0,
    max: Math.max(1, last),
    step: 1,
    integer: true,
    label: '강조할 단계',
  };
  const scrubber = {
    schema: { step: stepSpec },
    values: { step: shown },
    set: (p: { step?: number }) =>
      setCursor(p.step === undefined || p.step >= last ? null : p.step),
  };

  // The chart is memoised: an lr move redraws the controls at once and the chart only when the
  // new path arrives; a dragged start moves its handle at once (start changes).
  const setStart = useCallback(
    ([x0, x1]: Point) => {
      const clamp = (x: number, k: 'init-x0' | 'init-x1') =>
        Math.min(schema[k].max, Math.max(schema[k].min, round1(x)));
      set({ 'init-x0': clamp(x0, 'init-x0'), 'init-x1': clamp(x1, 'init-x1') });
    },
    [schema, set],
  );
  const [sx0, sx1] = [values['init-x0'], values['init-x1']];
  const start = useMemo<Point>(() => [sx0, sx1], [sx0, sx1]);
  // Stable while the number of steps is: the 101-row table skips re-rendering on an lr move
  // until the new path arrives.
  const showStep = useCallback((i: number) => setCursor(i >= last ? null : i), [last, setCursor]);

  return (
    <div className="gradient-descent" ref={rootRef}>
      <p className="gradient-descent__function">
        <Tex tex="f(x_0, x_1) = x_0^2 + x_1^2" />
        에서 <Tex tex="x \leftarrow x - \eta\,\nabla f(x)" />를 step_num번 되풀이해요 (η = lr).
        기울기 ∇f는 단계마다 엔진의 backward()가 구해요.
      </p>
      <ParamControls of={props} names={['lr', 'steps', 'init-x0', 'init-x1']} />
      <div className="gradient-descent__body">
        <DescentChart path={path} shown={shown} start={start} onStart={setStart} />
        <div className="gradient-descent__side">
          <DescentResult steps={out ? out.input.steps : values.steps} path={path} verdict={v} />
          <p className="gradient-descent__rule">
            발산 판정: 마지막 점이 출발점보다 최솟값 (0, 0)에서 멀거나, 값이 ∞/NaN이 되면
            발산이에요.
          </p>
          <ParamControl of={scrubber} name="step" />
          <StepDetail path={path} shown={shown} last={last} lr={out ? out.input.lr : values.lr} />
          <StepTable path={path} rows={last + 1} shown={shown} onShow={showStep} />
        </div>
      </div>
    </div>
  );
}

// The frame re-renders on every report(); with the same props there is nothing to redo here.
export default memo(GradientDescent);
