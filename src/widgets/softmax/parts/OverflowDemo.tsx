// The book's overflow demo: a = (b + 10, b, b − 10) through the naive exp(a)/Σexp(a) and through
// the max-subtracted formula, each with its exp values, sum and result (float32, the engine's).
// The inputs are the reader's and show at once; before the engine's numbers are in, the tables
// wait in their shape and the verdict in its room, with "…" where the engine's answer goes.
import type { ReactNode } from 'react';
import type { SoftmaxOverflow } from '../../../experiments/client';
import { EXP_OVERFLOW_AT } from '../../../experiments/client';
import { Pending, Slot } from '../../kit';
import { f32 } from '../model';
import { OverflowTable } from './OverflowTable';

/** What the two computations came to: the naive y `broken` (`overflowed` of the `n` exp(a) went
 * past float32), or both alike. */
function verdict(broken: boolean, n: number, overflowed: number): string {
  return broken
    ? `그대로 계산하면 exp(a) ${n}개 중 ${overflowed}개가 float32를 넘어 ∞가 되고, 나눗셈 결과에 NaN이 나와요. 최댓값을 빼면 멀쩡한 확률이 나와요.`
    : 'b가 작아 exp(a)가 float32 안에 들어와요: 두 계산이 (반올림 오차 안에서) 같아요. b를 키워 보세요.';
}

export function OverflowDemo({
  logits,
  out,
  control,
}: {
  /** the inputs of `out` once it is in; the reader's (b + 10, b, b − 10) until then */
  logits: readonly number[];
  out: SoftmaxOverflow | null;
  control: ReactNode;
}) {
  const naiveBroken = out ? !out.naive.y.every(Number.isFinite) : false;
  const overflowed = out ? out.naive.exp.filter((e) => !Number.isFinite(e)).length : 0;
  // Only the room the verdict will take while it waits (never shown): the sentence for what
  // float32 would do with these inputs.
  const over = logits.filter((a) => a > EXP_OVERFLOW_AT).length;
  const room = verdict(over > 0, logits.length, over);
  return (
    <section className="softmax-overflow" aria-label="오버플로: 최댓값 빼기" aria-busy={!out}>
      <h4>큰 입력에서의 오버플로와 최댓값 빼기</h4>
      <p>
        float32가 담을 수 있는 가장 큰 수는 약 3.4 × 10³⁸이라, exp(x)는 x가 약{' '}
        {EXP_OVERFLOW_AT.toFixed(2)}를 넘으면 ∞가 돼요. 그러면 ∞ / ∞ = NaN. 책처럼 입력의 최댓값 c를
        모두에서 빼면 지수가 0 이하가 되어 넘치지 않고, 결과는 수학적으로 같아요.
      </p>
      {control}
      <p className="softmax-muted">a = ({logits.map((v) => f32(v)).join(', ')})</p>
      <div className="softmax-overflow-grid">
        <OverflowTable
          kind="naive"
          caption="그대로: exp(a) / Σ exp(a)"
          head={['a', 'exp(a)']}
          rows={logits.length}
          x={logits}
          exp={out && out.naive.exp}
          y={out && out.naive.y}
          sum={out && out.naive.sum}
        />
        <OverflowTable
          kind="stable"
          caption={
            <>
              최댓값 c(={' '}
              <Slot
                text={out && f32(out.stable.c)}
                shape={f32(Math.max(...logits)).replace(/\d/g, '0')}
              />
              )를 빼고: exp(a − c) / Σ exp(a − c)
            </>
          }
          head={['a − c', 'exp(a − c)']}
          rows={logits.length}
          x={out && out.stable.shifted}
          exp={out && out.stable.exp}
          y={out && out.stable.y}
          sum={out && out.stable.sum}
        />
      </div>
      {out ? (
        <p className="softmax-overflow-verdict" data-naive-broken={naiveBroken}>
          {verdict(naiveBroken, out.naive.exp.length, overflowed)}
        </p>
      ) : (
        <p className="softmax-overflow-verdict softmax-waiting-text">
          <span className="softmax-room" aria-hidden="true">
            {room}
          </span>
          <span className="softmax-room-dots">
            <Pending />
          </span>
        </p>
      )}
    </section>
  );
}
