// The three losses of one output, each with its formula, as the engine computed them.
import type { LossResult } from '../../../experiments/client';
import { DEC4_SHAPE, Slot, Tex } from '../../kit';
import { dec4 } from '../model';

const ROWS = [
  { key: 'sse', name: '오차제곱합 SSE (책)', tex: 'E = \\tfrac{1}{2}\\sum_k (y_k - t_k)^2' },
  {
    key: 'mse',
    name: '평균제곱오차 MSE (원소 평균)',
    tex: 'E = \\tfrac{1}{10}\\sum_k (y_k - t_k)^2',
  },
  {
    key: 'ce',
    name: '교차 엔트로피 오차 CEE (책)',
    tex: 'E = -\\sum_k t_k \\log(y_k + 10^{-7})',
  },
] as const;

export function LossTable({ out }: { out: LossResult | null }) {
  return (
    <table className="loss-table">
      <caption>이 출력 하나의 손실 (엔진 계산)</caption>
      <tbody>
        {ROWS.map((r) => (
          <tr key={r.key} data-loss={r.key} data-value={out ? String(out[r.key]) : undefined}>
            <th scope="row">
              {r.name}
              <Tex tex={r.tex} className="loss-formula" />
            </th>
            <td>
              <Slot text={out && dec4(out[r.key])} shape={DEC4_SHAPE} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
