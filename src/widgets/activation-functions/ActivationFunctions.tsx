// `::activation-functions` (ch3): step, sigmoid, tanh, ReLU, identity and leaky ReLU over one
// chart, h′(x) from the ENGINE's backward() (x.grad after h(x).sum().backward(), never a
// hand-written derivative), a movable x, and why a non-linearity is needed at all.
import { memo, useMemo } from 'react';
import {
  fmt,
  ParamControl,
  ParamControls,
  useLatestResult,
  useLiveResult,
  useReport,
} from '../kit';
import type { Values } from '../schema';
import type { WidgetProps } from '../types';
import { computeGrid, computePoint, computeStack } from './compute';
import { allFinite, CURVES } from './model';
import { CurveChart } from './parts/CurveChart';
import { PointTable } from './parts/PointTable';
import { StackDemo } from './parts/StackDemo';
import type { ActivationFunctionsSchema } from './schema';
import './activation-functions.css';

type Props = WidgetProps<ActivationFunctionsSchema>;

/** The point's input: x alone (the next drag's too, in useLiveResult). */
const xOf = (v: Values<ActivationFunctionsSchema>) => v.x;

function ActivationFunctions(props: Props) {
  const { values, report } = props;
  // the same array while the same curves are on, so the curves' memo holds while x moves
  const on = CURVES.map((c) => (values[c.param] ? '1' : '0')).join('');
  const shown = useMemo(() => CURVES.filter((_, i) => on[i] === '1'), [on]);
  // The curves once; the marked x on its own, so a move of x asks for (and redraws) one point.
  const grid = useLatestResult('grid', null, computeGrid);
  const point = useLiveResult(props, xOf, computePoint, String);
  const stackSeed = values.stack ? values.seed : null;
  const stack = useLatestResult(String(stackSeed), stackSeed, computeStack);

  const gridOut = grid.output?.curves ?? null;
  const out = point.output?.curves ?? null;
  // The x those numbers were computed at (the slider may already be elsewhere while they are).
  const x = point.output?.x ?? values.x;
  const stackOut = stack.output;
  // Only what is drawn counts: a NaN in a hidden curve breaks nothing on screen.
  const finite =
    [gridOut, out].every((o) => !o || shown.every((c) => allFinite(o[c.name].y, o[c.name].dy))) &&
    (!stackOut || allFinite(stackOut.linear.y, stackOut.relu.y));
  const { rootRef } = useReport({
    report,
    result: point,
    also: values.stack ? [grid, stack] : [grid],
    errorLabel: '엔진 계산이 실패했어요',
    diverged: finite ? '' : '엔진이 NaN 또는 ∞를 돌려줬어요: 그 값은 그리지 않아요.',
  });

  return (
    <div className="activation-functions" ref={rootRef}>
      <fieldset className="activation-functions-toggles">
        <legend>그릴 활성화 함수</legend>
        {CURVES.map((c) => (
          <ParamControl
            key={c.name}
            of={props}
            name={c.param}
            swatch={c.color}
            className="activation-functions-toggle"
          />
        ))}
      </fieldset>
      <ParamControls of={props} names={['x', 'derivative']} />

      <CurveChart grid={gridOut} point={out} shown={shown} x={x} derivative={values.derivative} />
      <p className="activation-functions-caption">
        실선: h(x).{' '}
        {values.derivative &&
          '점선: 엔진의 backward()가 구한 h′(x) — 도함수 공식을 따로 쓰지 않았어요. '}
        세로선: 지금의 x = {fmt(x)}.
      </p>
      <PointTable out={out} shown={shown} x={x} />

      <ParamControls of={props} names={['stack']} />
      {values.stack && (
        <StackDemo
          result={stackOut}
          busy={stack.busy}
          seedControl={<ParamControls of={props} names={['seed']} />}
        />
      )}
    </div>
  );
}

// The frame re-renders on every report(); with the same props there is nothing to redo here.
export default memo(ActivationFunctions);
