import { T, Node, Arrow, ArrowDefs } from '../svg';

// 2장: 입력 두 개짜리 퍼셉트론. 입력 x₁, x₂가 가중치 w₁, w₂를 곱해 출력 뉴런 y로 가요.
export default function Ch2Perceptron() {
  const m = 'ch2-perceptron-arr';
  return (
    <svg
      role="img"
      aria-label="입력 x1, x2가 가중치 w1, w2를 곱해 출력 뉴런 y로 들어가는 퍼셉트론 그림. 출력 뉴런은 합이 임계값 θ를 넘으면 1을 내보내요."
      viewBox="0 0 380 210"
      width="100%"
      style={{ maxWidth: 420 }}
    >
      <ArrowDefs heads={[{ id: m, c: 'var(--fg)' }]} />
      <Node x={60} y={55} label="x₁" />
      <Node x={60} y={155} label="x₂" />
      <Node x={280} y={105} r={30} label="y" c="var(--accent)" />
      <Arrow x1={60} y1={55} x2={280} y2={105} r1={22} r2={30} m={m} />
      <Arrow x1={60} y1={155} x2={280} y2={105} r1={22} r2={30} m={m} />
      <T x={165} y={64} c="var(--accent-2)" i>
        w₁
      </T>
      <T x={165} y={160} c="var(--accent-2)" i>
        w₂
      </T>
      <Arrow x1={310} y1={105} x2={360} y2={105} m={m} />
      <T x={280} y={158} c="var(--muted)" s={13}>
        임계값 θ
      </T>
      <T x={60} y={200} c="var(--muted)" s={13}>
        입력
      </T>
      <T x={280} y={200} c="var(--muted)" s={13}>
        출력 (0 또는 1)
      </T>
    </svg>
  );
}
