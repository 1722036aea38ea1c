// What was checked and how: the book's network, the digits, the loss, where each side is
// computed. Before the first result the same sentences stand with "…" for their numbers.
import {
  GRADIENT_CHECK_NET,
  GRADIENT_CHECK_SAMPLES,
  type GradientCheckResult,
} from '../../../experiments/client';
import { DEC4_SHAPE, Slot } from '../../kit';

/** `0, 0, 0`: the digits' labels, one digit each. */
const labelsShape = (n: number) => Array.from({ length: n }, () => '0').join(', ');

export function CheckNote({ result, seed }: { result: GradientCheckResult | null; seed: number }) {
  const images = result?.labels.length ?? GRADIENT_CHECK_NET.images;
  return (
    <p className="gradient-check-note">
      책처럼 TwoLayerNet(784, 50, 10), 가중치 N(0, 0.01²)(시드 {seed}), MNIST 훈련 데이터 첫{' '}
      {images}장(정답 <Slot text={result && result.labels.join(', ')} shape={labelsShape(images)} />
      ), 손실 <Slot text={result && result.loss.toFixed(4)} shape={DEC4_SHAPE} />. 역전파는 엔진의
      backward()가 float32로 계산해요(어느 백엔드인지는 맨 아래 갱신 시간 옆에 있어요). 수치 미분은
      (f(p+h) − f(p−h)) / 2h를 텐서마다 {GRADIENT_CHECK_SAMPLES}개 원소에서만 구해요(b2는 10개 전부,
      W1은 세 숫자의 픽셀이 0이 아닌 행에서 골라요). 순전파는 같은 신경망을 JS로 다시 계산해요:
      float64는 배정밀도 그대로 계산하고, float32는 연산마다 Math.fround로 반올림해 엔진(tfjs)과
      정밀도를 맞춰요. 텐서의 상대 오차는 Σ|역전파 − 수치| ÷ max(Σ|역전파|, Σ|수치|)예요.
    </p>
  );
}
