// `::gradient-field` (ch4, the book's Fig 4-9): the arrows of −∇f for f(x₀, x₁) = x₀² + x₁² on
// the book's grid, from the book's central differences (float64 in plain JS, like numpy), from
// the ENGINE's backward() (x.grad after f(x).sum().backward() on the batch of grid points), or
// from the same central differences in float32; the largest difference between them, and one
// point's gradient read out by every method.
import { memo } from 'react';
import { fmt, ParamControl, ParamControls, Tex, useLiveResult, useReport } from '../kit';
import type { Values } from '../schema';
import type { WidgetProps } from '../types';
import { computeField, GRID_N, type FieldOutput } from './compute';
import { maxAbsDiff } from './model';
import { FieldChart } from './parts/FieldChart';
import { PointTable } from './parts/PointTable';
import { schema as fieldSchema, type FieldMethod, type GradientFieldSchema } from './schema';
import './gradient-field.css';

type Props = WidgetProps<GradientFieldSchema>;

const gradsOf = (out: FieldOutput, m: FieldMethod): ArrayLike<number> =>
  m === 'backward' ? out.backward : m === 'numerical' ? out.numerical : out.numerical32;

/** The engine call's input: the marked point (the next drag's too, in useLiveResult). */
const pointOf = (v: Values<GradientFieldSchema>): [number, number] => [v.x0, v.x1];

function GradientField(props: Props) {
  const { values, set, report } = props;
  const result = useLiveResult(props, pointOf, computeField, (p) => p.join(','));
  const point = result.input;
  const out = result.output;
  const n = 2 * GRID_N;
  const diff = out ? maxAbsDiff(out.backward, out.numerical, n) : null;
  const diff32 = out ? maxAbsDiff(out.numerical32, out.numerical, n) : null;
  const finite =
    !out || [out.backward, out.numerical, out.numerical32].every((a) => a.every(Number.isFinite));
  const { rootRef } = useReport({
    report,
    result,
    errorLabel: '기울기를 계산하지 못했어요',
    diverged: finite ? '' : '엔진이 NaN 또는 ∞를 돌려줬어요.',
    // The point follows the parameters at once; its gradients catch up (running till then).
    running: !!out && (out.point[0] !== point[0] || out.point[1] !== point[1]),
  });
  const methodLabel = fieldSchema.method.optionLabels[values.method];

  return (
    <div className="gradient-field" ref={rootRef}>
      <p className="gradient-field__function">
        <Tex tex="f(x_0, x_1) = x_0^2 + x_1^2" /> · 화살표는 <Tex tex="-\nabla f" />: 함수가 가장
        빨리 줄어드는 방향이고, 길이는 기울기의 크기예요.
      </p>
      <ParamControl of={props} name="method" />
      <div className="gradient-field__body">
        <figure className="gradient-field__figure" data-method={values.method}>
          <FieldChart
            out={out}
            grads={out ? gradsOf(out, values.method) : null}
            point={point}
            methodLabel={methodLabel}
            onPoint={([x0, x1]) => set({ x0, x1 })}
          />
          <figcaption>
            격자 17×17 = 289개 점 (책의 np.arange(−2, 2.5, 0.25) 중 그림에 보이는 −2 … 2). 점을
            누르거나, 점에 초점을 두고 화살표 키로 옮겨 보세요.
          </figcaption>
        </figure>
        <div className="gradient-field__side">
          <ParamControls of={props} names={['x0', 'x1']} />
          <PointTable out={out} point={out?.point ?? point} method={values.method} />
        </div>
      </div>
      <p
        className="gradient-field__diff"
        data-max-diff={diff === null ? undefined : String(diff)}
        data-max-diff-f32={diff32 === null ? undefined : String(diff32)}
        aria-live="polite"
      >
        {diff === null || diff32 === null ? (
          '엔진이 기울기를 계산하는 중…'
        ) : (
          <>
            격자 289개 점에서 역전파와 수치 미분(float64)의 최대 차이는{' '}
            <strong>{fmt(diff, 2)}</strong>: 두 방법이 같은 기울기를 구해요. 같은 수치 미분을
            float32로 하면 최대 <strong>{fmt(diff32, 2)}</strong>까지 어긋나요. 두 함숫값의 차를 2h
            = 2 × 10⁻⁴로 나누니 f의 반올림 오차(float32는 약 f × 10⁻⁷)가 약 1/h, 곧 1만 배로 커지기
            때문이에요. 그래서 책은 numpy의 float64로 계산하고, 신경망의 기울기는 역전파로 구해요.
          </>
        )}
      </p>
    </div>
  );
}

// The frame re-renders on every report(); with the same props there is nothing to redo here.
export default memo(GradientField);
