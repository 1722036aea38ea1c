// Per parameter tensor: the book's mean |backprop − numerical|, the relative error and whether it
// passes, for the chosen precision of the numerical side. Before the first result its rows stand
// with "…" for their numbers (the widget is as tall waiting as drawn).
import {
  GRADIENT_CHECK_NET,
  GRADIENT_CHECK_SAMPLES,
  GRADIENT_PASS_RELATIVE,
  GRADIENT_TENSORS,
  type GradientCheckResult,
  type GradientPrecision,
} from '../../../experiments/client';
import { fmtH, fmtSci, passes } from '../model';
import { Pending, ScrollRegion, Slot } from '../../kit';
import { SCI_SHAPE } from './shapes';

const { inputs, hidden, outputs } = GRADIENT_CHECK_NET;
/** Each tensor's shape in the book's TwoLayerNet, for the rows shown before the numbers come. */
const SHAPES: Record<(typeof GRADIENT_TENSORS)[number], number[]> = {
  W1: [inputs, hidden],
  b1: [hidden],
  W2: [hidden, outputs],
  b2: [outputs],
};

export function CheckTable({
  result,
  h,
  precision,
}: {
  result: GradientCheckResult | null;
  /** the h the numbers are for (the result's, or the one being computed) */
  h: number;
  precision: GradientPrecision;
}) {
  return (
    <ScrollRegion className="scroll-x" label="기울기 확인 표">
      <table className="gradient-check-table" data-precision={precision}>
        <caption>
          h = {fmtH(h)}, 수치 미분 {precision} · 통과 기준: 상대 오차 &lt;{' '}
          {fmtSci(GRADIENT_PASS_RELATIVE[precision])}
        </caption>
        <thead>
          <tr>
            <th scope="col">매개변수</th>
            <th scope="col">평균 |차이|</th>
            <th scope="col">상대 오차</th>
            <th scope="col">판정</th>
          </tr>
        </thead>
        <tbody>
          {!result && GRADIENT_TENSORS.map((name) => <WaitingRow key={name} name={name} />)}
          {result?.tensors.map((t) => {
            const ok = passes(t, precision);
            return (
              <tr
                key={t.name}
                data-tensor={t.name}
                data-verdict={ok ? 'pass' : 'fail'}
                data-mean-abs-diff={t.meanAbsDiff[precision]}
                data-rel-error={t.relError[precision]}
              >
                <th scope="row">
                  {t.name}
                  <span className="gradient-check-shape">
                    {t.shape.join('×')} · {t.indices.length}개 · 평균 |기울기|{' '}
                    <Slot text={fmtSci(t.meanAbsGrad)} shape={SCI_SHAPE} />
                  </span>
                </th>
                <td>{fmtSci(t.meanAbsDiff[precision])}</td>
                <td>{fmtSci(t.relError[precision])}</td>
                <td className={ok ? 'gradient-check-ok' : 'gradient-check-bad'}>
                  {ok ? '통과' : '실패'}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** A tensor's row before its numbers are in: its name and shape, "…" where the numbers go. */
function WaitingRow({ name }: { name: (typeof GRADIENT_TENSORS)[number] }) {
  const shape = SHAPES[name];
  const size = shape.reduce((a, b) => a * b, 1);
  return (
    <tr data-waiting="">
      <th scope="row">
        {name}
        <span className="gradient-check-shape">
          {shape.join('×')} · {Math.min(size, GRADIENT_CHECK_SAMPLES)}개 · 평균 |기울기|{' '}
          <Slot text={null} shape={SCI_SHAPE} />
        </span>
      </th>
      <td>
        <Pending />
      </td>
      <td>
        <Pending />
      </td>
      <td>
        <Pending />
      </td>
    </tr>
  );
}
