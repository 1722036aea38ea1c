// The book's overflow demo: a = (b + 10, b, b − 10) through the naive exp(a)/Σexp(a) and through
// the max-subtracted formula, each with its exp values, sum and result (float32, the engine's).
import type { ReactNode } from 'react';
import type { SoftmaxOverflow } from '../../../experiments/client';
import { EXP_OVERFLOW_AT } from '../../../experiments/client';
import { f32 } from '../model';
import { ScrollRegion } from '../../kit';

/** ∞ and NaN in red. */
const bad = (v: number) => (Number.isFinite(v) ? undefined : 'softmax-bad');

function Table({
  caption,
  head,
  rows,
  sum,
  y,
  kind,
}: {
  caption: string;
  head: [string, string];
  rows: Array<[number, number]>;
  sum: number;
  y: readonly number[];
  kind: 'naive' | 'stable';
}) {
  return (
    <ScrollRegion className="scroll-x" label="오버플로 계산 표">
      <table
        className="softmax-overflow-table"
        data-kind={kind}
        data-y={y.join(' ')}
        data-sum={String(sum)}
      >
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{head[0]}</th>
            <th scope="col">{head[1]}</th>
            <th scope="col">y</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([x, e], i) => (
            <tr key={i}>
              <td>{f32(x)}</td>
              <td className={bad(e)}>{f32(e)}</td>
              <td className={bad(y[i])}>{f32(y[i])}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">합 Σ</th>
            <td className={bad(sum)}>{f32(sum)}</td>
            <td />
          </tr>
        </tfoot>
      </table>
    </ScrollRegion>
  );
}

export function OverflowDemo({
  logits,
  out,
  control,
}: {
  logits: readonly number[] | null;
  out: SoftmaxOverflow | null;
  control: ReactNode;
}) {
  const naiveBroken = out ? !out.naive.y.every(Number.isFinite) : false;
  return (
    <section className="softmax-overflow" aria-label="오버플로: 최댓값 빼기">
      <h4>큰 입력에서의 오버플로와 최댓값 빼기</h4>
      <p>
        float32가 담을 수 있는 가장 큰 수는 약 3.4 × 10³⁸이라, exp(x)는 x가 약{' '}
        {EXP_OVERFLOW_AT.toFixed(2)}를 넘으면 ∞가 돼요. 그러면 ∞ / ∞ = NaN. 책처럼 입력의 최댓값 c를
        모두에서 빼면 지수가 0 이하가 되어 넘치지 않고, 결과는 수학적으로 같아요.
      </p>
      {control}
      {logits && <p className="softmax-muted">a = ({logits.map((v) => f32(v)).join(', ')})</p>}
      {!out ? (
        <p className="softmax-muted">엔진이 계산하는 중…</p>
      ) : (
        <>
          <div className="softmax-overflow-grid">
            <Table
              kind="naive"
              caption="그대로: exp(a) / Σ exp(a)"
              head={['a', 'exp(a)']}
              rows={logits!.map((a, i) => [a, out.naive.exp[i]])}
              sum={out.naive.sum}
              y={out.naive.y}
            />
            <Table
              kind="stable"
              caption={`최댓값 c(= ${f32(out.stable.c)})를 빼고: exp(a − c) / Σ exp(a − c)`}
              head={['a − c', 'exp(a − c)']}
              rows={out.stable.shifted.map((s, i) => [s, out.stable.exp[i]])}
              sum={out.stable.sum}
              y={out.stable.y}
            />
          </div>
          <p className="softmax-overflow-verdict" data-naive-broken={naiveBroken}>
            {naiveBroken
              ? `그대로 계산하면 exp(a) ${out.naive.exp.length}개 중 ${out.naive.exp.filter((e) => !Number.isFinite(e)).length}개가 float32를 넘어 ∞가 되고, 나눗셈 결과에 NaN이 나와요. 최댓값을 빼면 멀쩡한 확률이 나와요.`
              : 'b가 작아 exp(a)가 float32 안에 들어와요: 두 계산이 (반올림 오차 안에서) 같아요. b를 키워 보세요.'}
          </p>
        </>
      )}
    </section>
  );
}
