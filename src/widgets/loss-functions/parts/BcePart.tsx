// Two classes: binary cross-entropy of a sigmoid output y against t ∈ {0, 1}, and the same
// number as the two-class cross-entropy of (1 − y, y).
import type { ReactNode } from 'react';
import type { LossResult } from '../../../experiments/client';
import { DEC4_SHAPE, Slot, Tex } from '../../kit';
import { dec4 } from '../model';

export function BcePart({ bce, controls }: { bce: LossResult['bce'] | null; controls: ReactNode }) {
  return (
    <section className="loss-bce" aria-label="두 부류: 이진 교차 엔트로피">
      <h4>부류가 둘일 때: 이진 교차 엔트로피 (BCE)</h4>
      <p>
        <Tex tex="E = -\big(t \log(y + 10^{-7}) + (1 - t)\log(1 - y + 10^{-7})\big)" />
      </p>
      {controls}
      <p className="loss-bce-value" data-bce={bce ? String(bce.loss) : undefined}>
        BCE ={' '}
        <strong>
          <Slot text={bce && dec4(bce.loss)} shape={DEC4_SHAPE} />
        </strong>
      </p>
      <p className="loss-muted" data-ce2={bce ? String(bce.ceTwoClass) : undefined}>
        두 부류 확률 (1 − y, y)와 원-핫 정답으로 교차 엔트로피를 계산해도{' '}
        <Slot text={bce && dec4(bce.ceTwoClass)} shape={DEC4_SHAPE} />: 같은 값이에요. BCE는 부류가
        둘인 교차 엔트로피예요.
      </p>
    </section>
  );
}
