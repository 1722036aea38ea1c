// Inference may skip softmax (the arg-max is the same); training cannot: the loss is −log y_k and
// its gradient (y − t)/T, which the engine's backward() computes from the probabilities. Before
// the engine's numbers are in, the loss and each entry of the gradient wait as "…" in their room.
import type { ReactNode } from 'react';
import { DEC4_SHAPE, fmt, Slot } from '../../kit';
import { prob, signed4, sub } from '../model';

export function TrainingNote({
  label,
  n,
  loss,
  grad,
  temperature,
  control,
}: {
  /** 0-based */
  label: number;
  /** how many inputs (entries of the gradient) */
  n: number;
  /** the engine's loss; null while it is not in */
  loss: number | null;
  /** the engine's gradient; null while it is not in */
  grad: readonly number[] | null;
  temperature: number;
  control: ReactNode;
}) {
  const k = sub(label + 1);
  return (
    <section
      className="softmax-training"
      aria-label="학습에는 소프트맥스가 왜 필요할까"
      aria-busy={!grad}
    >
      <h4>소프트맥스는 추론에서는 건너뛰어도, 학습에서는 못 건너뛰어요</h4>
      <p>
        추론에서는 가장 큰 a의 자리만 고르면 되니 소프트맥스를 생략해도 답이 같아요. 학습에서는 값
        자체가 필요해요: 정답이 {label + 1}번째라면 손실(교차 엔트로피)은 확률 y{k} 하나만 써서
        계산해요.
      </p>
      {control}
      <p className="softmax-loss" data-loss={loss === null ? undefined : String(loss)}>
        E = −log y{k} ={' '}
        <strong>
          <Slot text={loss === null ? null : prob(loss)} shape={DEC4_SHAPE} />
        </strong>
      </p>
      <p className="softmax-grad" data-grad={grad?.join(' ')}>
        엔진의 backward()가 구한 기울기 ∂E/∂a = (y − t)/T
        {temperature !== 1 && ` (T = ${fmt(temperature, 3)})`} ={' '}
        <span className="softmax-vector">
          (
          {Array.from({ length: n }, (_, i) => (
            <span key={i}>
              {i > 0 && ', '}
              {/* y − t is below 0 only at the true class: the sign's room is known */}
              <Slot text={grad && signed4(grad[i])} shape={i === label ? '−0.0000' : '+0.0000'} />
            </span>
          ))}
          )
        </span>
      </p>
      <p className="softmax-muted">
        기울기의 각 성분은 확률 y에서 정답 t를 뺀 값을 T로 나눈 값이라, 소프트맥스를 건너뛰면 이
        기울기를 구할 수 없어요.
      </p>
    </section>
  );
}
