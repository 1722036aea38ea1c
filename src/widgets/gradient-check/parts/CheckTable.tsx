// Per parameter tensor: the book's mean |backprop − numerical|, the relative error and whether it
// passes, for the chosen precision of the numerical side.
import {
  GRADIENT_PASS_RELATIVE,
  type GradientCheckResult,
  type GradientPrecision,
} from '../../../experiments/client';
import { fmtH, fmtSci, passes } from '../model';
import { ScrollRegion } from '../../kit';

export function CheckTable({
  result,
  precision,
}: {
  result: GradientCheckResult;
  precision: GradientPrecision;
}) {
  return (
    <ScrollRegion className="scroll-x" label="기울기 확인 표">
      <table className="gradient-check-table" data-precision={precision}>
        <caption>
          h = {fmtH(result.h)}, 수치 미분 {precision} · 통과 기준: 상대 오차 &lt;{' '}
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
          {result.tensors.map((t) => {
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
                    {fmtSci(t.meanAbsGrad)}
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
