// `::gradient-check` (ch5 §5.7.3): the book's gradient_check.py. Backprop (the engine's backward(),
// float32) vs central differences for TwoLayerNet(784, 50, 10) on the first three MNIST training
// digits, per parameter tensor; the h slider moves along the U-curve of error vs h (float32 and
// float64 numerical sides); a planted backward bug makes the check fail.
import { memo } from 'react';
import { GRADIENT_CHECK_SAMPLES } from '../../experiments/client';
import { ParamControl, ParamControls, useLiveResult, useReport } from '../kit';
import type { Values } from '../schema';
import type { WidgetProps } from '../types';
import { computeCheck } from './compute';
import { verdict } from './model';
import { BugCode } from './parts/BugCode';
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
      {!result || !v ? (
        <p className="gradient-check-note">엔진이 기울기를 두 가지 방법으로 구하는 중…</p>
      ) : (
        <>
          <VerdictLine v={v} precision={values.precision} />
          <CheckTable result={result} precision={values.precision} />
          <p className="gradient-check-note">
            책처럼 TwoLayerNet(784, 50, 10), 가중치 N(0, 0.01²)(시드 {ran.seed}), MNIST 훈련 데이터
            첫 {result.labels.length}장(정답 {result.labels.join(', ')}), 손실{' '}
            {result.loss.toFixed(4)}. 역전파는 엔진의 backward()로 float32({result.backend})에서
            계산해요. 수치 미분은 (f(p+h) − f(p−h)) / 2h를 텐서마다 {GRADIENT_CHECK_SAMPLES}개
            원소에서만 구해요(b2는 10개 전부, W1은 세 숫자의 픽셀이 0이 아닌 행에서 골라요).
            순전파는 같은 신경망을 JS로 다시 계산해요: float64는 배정밀도 그대로 계산하고, float32는
            연산마다 Math.fround로 반올림해 엔진(tfjs)과 정밀도를 맞춰요. 텐서의 상대 오차는
            Σ|역전파 − 수치| ÷ max(Σ|역전파|, Σ|수치|)예요.
          </p>
          <h4 className="gradient-check-subtitle">h에 따른 오차: U자 곡선</h4>
          <UCurve result={result} />
          <CurveNotes result={result} />
        </>
      )}
      <ParamControls of={props} names={['seed']} />
    </div>
  );
}

// The frame re-renders on every report(); with the same props there is nothing to redo here.
export default memo(GradientCheck);
