// How many training examples the ranges make: the lattice (5°, 1 px, 0.05 steps) per digit,
// times MNIST's 60,000 training digits. Plain arithmetic on the page, said so.
import { countVariants, LATTICE, MNIST_TRAIN_SIZE } from '../../../experiments/client';

const n = (v: number) => v.toLocaleString('ko-KR');

export function VariantCount({
  rotate,
  shift,
  scale,
}: {
  rotate: number;
  shift: number;
  scale: number;
}) {
  const c = countVariants({ rotate, shift, scale });
  return (
    <div className="data-augmentation-count" data-per-digit={c.perDigit} data-total={c.total}>
      <p>
        변형을 격자로 세어 보면: 각도 {LATTICE.angle}° 간격 <strong>{c.angles}</strong>가지 × 이동{' '}
        {LATTICE.shift} px 간격 가로·세로 <strong>{c.shifts}</strong>가지 × 배율 {LATTICE.scale}{' '}
        간격 <strong>{c.scales}</strong>가지 = 숫자 하나에 <strong>{n(c.perDigit)}</strong>가지
        (원본 포함).
      </p>
      <p>
        훈련 데이터 {n(MNIST_TRAIN_SIZE)}장 × {n(c.perDigit)} ={' '}
        <strong className="data-augmentation-total">{n(c.total)}</strong>장
        {c.perDigit > 1
          ? `, 새로 생기는 훈련 이미지는 ${n(c.total - MNIST_TRAIN_SIZE)}장이에요.`
          : `. 범위가 모두 격자 간격(${LATTICE.angle}°, ${LATTICE.shift} px, ${LATTICE.scale})보다 좁으면 격자로 세는 새 예제는 없어요.`}
      </p>
      <p className="data-augmentation-muted">
        (이 수는 페이지에서 곱셈으로 센 것이에요. 실제 학습에서는 보통 격자 대신 범위 안에서 매번
        무작위로 뽑아서, 같은 그림을 두 번 보는 일이 거의 없어요.)
      </p>
    </div>
  );
}
