import { T, Node, Arrow, ArrowDefs } from '../svg';

// 5장: z = (x + y)²의 계산 그래프와 연쇄법칙. 오른쪽에서 1로 시작해 국소적 미분을 곱해 나가요.
export default function Ch5ChainRule() {
  const mf = 'ch5-chain-f';
  const mb = 'ch5-chain-b';
  const y = 100;
  const add = 250;
  const sq = 450;
  const r = 24;
  const B = 'var(--accent-2)';
  const F = 'var(--accent)';
  return (
    <svg
      role="img"
      aria-label="z = (x + y)²의 계산 그래프. x와 y가 덧셈 노드에서 t가 되고, t가 제곱 노드에서 z가 돼요. 역전파는 z 쪽에서 ∂z/∂z = 1로 시작해 제곱 노드에서 ∂z/∂t = 2t가 곱해지고, 덧셈 노드에서 ∂t/∂x = 1이 곱해져 x 쪽에 ∂z/∂x = 2(x + y)가 도착해요."
      viewBox="0 0 640 270"
      width="100%"
      style={{ maxWidth: 640 }}
    >
      <ArrowDefs
        heads={[
          { id: mf, c: 'var(--fg)' },
          { id: mb, c: B },
        ]}
      />
      <Arrow x1={40} y1={y} x2={add} y2={y} r2={r} m={mf} />
      <Arrow x1={add} y1={215} x2={add} y2={y} r2={r} m={mf} />
      <Arrow x1={add} y1={y} x2={sq} y2={y} r1={r} r2={r} m={mf} />
      <Arrow x1={sq} y1={y} x2={610} y2={y} r1={r} m={mf} />
      <Arrow x1={595} y1={y + 16} x2={sq + r + 6} y2={y + 16} m={mb} c={B} />
      <Arrow x1={sq - r - 6} y1={y + 16} x2={add + r + 6} y2={y + 16} m={mb} c={B} />
      <Arrow x1={add - r - 6} y1={y + 16} x2={50} y2={y + 16} m={mb} c={B} />
      <Node x={add} y={y} r={r} label="+" s={20} />
      <Node x={sq} y={y} r={r} label="**2" s={15} />
      <T x={60} y={y - 12} c={F} w={600} i>
        x
      </T>
      <T x={add - 14} y={200} a="end" c={F} w={600} i>
        y
      </T>
      <T x={350} y={y - 12} c={F} w={600} i>
        t
      </T>
      <T x={580} y={y - 12} c={F} w={600} i>
        z
      </T>
      <T x={560} y={y + 42} c={B} s={13}>
        ∂z/∂z = 1
      </T>
      <T x={350} y={y + 42} c={B} s={13}>
        1 · ∂z/∂t
      </T>
      <T x={140} y={y + 42} c={B} s={13}>
        1 · ∂z/∂t · ∂t/∂x
      </T>
      <T x={sq} y={y - 36} c="var(--muted)" s={13}>
        국소적 미분 ∂z/∂t = 2t
      </T>
      <T x={add} y={y - 36} c="var(--muted)" s={13}>
        국소적 미분 ∂t/∂x = 1
      </T>
      <T x={400} y={200} s={15}>
        ∂z/∂x = 2t · 1 = 2(x + y)
      </T>
      <T x={320} y={258} c="var(--muted)" s={13}>
        상류에서 온 값 × 노드의 국소적 미분 → 하류로
      </T>
    </svg>
  );
}
