// Why the arg-max survives softmax, any temperature and any constant added: exp is increasing,
// and exp(C) cancels between the numerator and the sum. Before the engine's numbers are in, the
// note stands in its final shape with "…" where they go (the inputs, T and C are the reader's).
import { DEC4_SHAPE, fmt, Slot } from '../../kit';
import { argmax, prob, sub } from '../model';

/** What the note says when the largest input and the largest output sit at the same place. */
const SAME = '같은 자리예요.';

export function ArgmaxNote({
  logits,
  y,
  plain,
  temperature,
  shift,
}: {
  logits: readonly number[];
  /** the engine's probabilities; null while they are not in */
  y: readonly number[] | null;
  /** the book's plain softmax(a) from the engine; null while it is not in */
  plain: readonly number[] | null;
  temperature: number;
  shift: number;
}) {
  const ka = argmax(logits);
  const ky = y ? argmax(y) : -1;
  const same = ka === ky;
  return (
    <div
      className="softmax-note"
      data-argmax-a={ka + 1}
      data-argmax-y={y ? ky + 1 : undefined}
      aria-busy={!y}
    >
      <p>
        가장 큰 입력은 <strong>a{sub(ka + 1)}</strong>, 가장 큰 출력은{' '}
        <strong>
          y
          <span className="softmax-sub">
            <Slot text={y && sub(ky + 1)} shape="₀" />
          </span>{' '}
          = <Slot text={y && prob(y[ky])} shape={DEC4_SHAPE} />
        </strong>
        : {/* the verdict is one unbreakable piece, waiting or not: the line wraps the same */}
        <span className={!y || same ? 'softmax-nowrap' : undefined}>
          <Slot
            text={y && (same ? SAME : '자리가 달라요?! (엔진 값을 확인해 주세요)')}
            shape={SAME}
          />
        </span>{' '}
        온도 T = {fmt(temperature, 3)}, 더한 상수 C = {fmt(shift, 3)}에서도 마찬가지예요.
      </p>
      <p className="softmax-muted">
        exp는 단조 증가 함수라서 순서를 바꾸지 않고, (a + C)/T도 T &gt; 0이면 순서를 그대로 둬요. T
        &lt; 1이면 분포가 뾰족해지고 T &gt; 1이면 평평해질 뿐이에요. C는 아예 사라져요: exp(a + C) =
        exp(C)·exp(a)의 exp(C)가 분자와 분모에서 약분돼요.
        {(temperature !== 1 || shift !== 0) && (
          <>
            {' '}
            책의 소프트맥스(T = 1)였다면 y{sub(ka + 1)} ={' '}
            <Slot text={plain && prob(plain[ka])} shape={DEC4_SHAPE} /> (막대의 세로 눈금).
          </>
        )}
      </p>
    </div>
  );
}
