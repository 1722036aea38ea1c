// `::gradient-check` (ch5 §5.7.3): the book's gradient_check.py. Backprop (the engine's backward(),
// float32) vs central differences for TwoLayerNet(784, 50, 10) on the first three MNIST training
// digits, per parameter tensor; the h slider moves along the U-curve of error vs h (float32 and
// float64 numerical sides); a planted backward bug makes the check fail.
import { memo } from 'react';
import { ParamControl, ParamControls, useLiveResult, useReport } from '../kit';
import type { Values } from '../schema';
import type { WidgetProps } from '../types';
import { computeCheck } from './compute';
import { verdict } from './model';
import { BugCode } from './parts/BugCode';
import { CheckNote } from './parts/CheckNote';
import { CheckTable } from './parts/CheckTable';
import { CurveNotes } from './parts/CurveNotes';
import { UCurve } from './parts/UCurve';
import { VerdictLine } from './parts/VerdictLine';
import type { GradientCheckSchema } from './schema';
import './gradient-check.css';

type Props = WidgetProps<GradientCheckSchema>;

/** The engine call's input for these values (pure: useLiveResult makes the next drag's with it too). */
const toInput = (v: Values<GradientCheckSchema>) => ({
  h: v.h,
  bug: v.bug,
  seed: v.seed,
});

function GradientCheck(props: Props) {
  const { values, report } = props;
  const check = useLiveResult(props, toInput, computeCheck);
  const { input } = check;
  // The numbers shown and the inputs they were computed for (the controls may be newer).
  const result = check.output?.result ?? null;
  const ran = check.output?.input ?? input;
  const v = result ? verdict(result, values.precision) : null;
  const { rootRef } = useReport({
    report,
    result: check,
    errorLabel: '기울기 확인을 계산하지 못했어요',
    diverged: '',
  });

  return (
    <div
      className="gradient-check"
      ref={rootRef}
      data-verdict={v ? (v.pass ? 'pass' : 'fail') : undefined}
      data-failing={v?.failing.join(' ')}
    >
      <ParamControls of={props} names={['bug']} />
      <BugCode bug={ran.bug} />
      <ParamControls of={props} names={['h']} />
      <ParamControl of={props} name="precision" className="gradient-check-precision" />
      <VerdictLine v={v} precision={values.precision} />
      <CheckTable result={result} h={ran.h} precision={values.precision} />
      <CheckNote result={result} seed={ran.seed} />
      <h4 className="gradient-check-subtitle">h에 따른 오차: U자 곡선</h4>
      <UCurve result={result} />
      <CurveNotes result={result} />
      <ParamControls of={props} names={['seed']} />
    </div>
  );
}

// The frame re-renders on every report(); with the same props there is nothing to redo here.
export default memo(GradientCheck);
