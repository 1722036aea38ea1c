import { T, Node, Arrow, ArrowDefs } from '../svg';

// 5장: 배치용 Affine 계층의 계산 그래프와 역전파 식, 각 값의 모양.
export default function Ch5AffineShapes() {
  const mf = 'ch5-affine-f';
  const mb = 'ch5-affine-b';
  const y = 110;
  const dot = 220;
  const add = 400;
  const r = 24;
  const F = 'var(--accent)';
  const B = 'var(--accent-2)';
  const rows: Array<[string, string]> = [
    ['∂L/∂X = ∂L/∂Y · Wᵀ', '(N, 3) · (3, 2) → (N, 2)'],
    ['∂L/∂W = Xᵀ · ∂L/∂Y', '(2, N) · (N, 3) → (2, 3)'],
    ['∂L/∂B = ∂L/∂Y를 배치 축으로 합', '(N, 3) → (3,)'],
  ];
  return (
    <svg
      role="img"
      aria-label="배치용 Affine 계층의 계산 그래프. X (N, 2)와 W (2, 3)가 행렬 곱 노드에서 (N, 3)이 되고, B (3,)가 더해져 Y (N, 3)이 돼요. 역전파에서 ∂L/∂X는 ∂L/∂Y 곱하기 W의 전치로 모양 (N, 2), ∂L/∂W는 X의 전치 곱하기 ∂L/∂Y로 모양 (2, 3), ∂L/∂B는 ∂L/∂Y를 배치 축으로 더한 모양 (3,)이에요. 기울기의 모양은 원래 변수의 모양과 같아요."
      viewBox="0 0 620 330"
      width="100%"
      style={{ maxWidth: 640 }}
    >
      <ArrowDefs
        heads={[
          { id: mf, c: 'var(--fg)' },
          { id: mb, c: B },
        ]}
      />
      <Arrow x1={40} y1={y} x2={dot} y2={y} r2={r} m={mf} />
      <Arrow x1={dot} y1={30} x2={dot} y2={y} r2={r} m={mf} />
      <Arrow x1={dot} y1={y} x2={add} y2={y} r1={r} r2={r} m={mf} />
      <Arrow x1={add} y1={30} x2={add} y2={y} r2={r} m={mf} />
      <Arrow x1={add} y1={y} x2={580} y2={y} r1={r} m={mf} />
      <Arrow x1={565} y1={y + 16} x2={add + r + 6} y2={y + 16} m={mb} c={B} />
      <Arrow x1={add - r - 6} y1={y + 16} x2={dot + r + 6} y2={y + 16} m={mb} c={B} />
      <Arrow x1={dot - r - 6} y1={y + 16} x2={50} y2={y + 16} m={mb} c={B} />
      <Node x={dot} y={y} r={r} label="dot" s={14} />
      <Node x={add} y={y} r={r} label="+" s={20} />
      <T x={60} y={y - 12} c={F} a="start">
        X (N, 2)
      </T>
      <T x={dot + 10} y={26} c={F} a="start">
        W (2, 3)
      </T>
      <T x={310} y={y - 12} c={F}>
        (N, 3)
      </T>
      <T x={add + 10} y={26} c={F} a="start">
        B (3,)
      </T>
      <T x={520} y={y - 12} c={F}>
        Y (N, 3)
      </T>
      <T x={110} y={y + 40} c={B} s={13}>
        ∂L/∂X (N, 2)
      </T>
      <T x={310} y={y + 40} c={B} s={13}>
        (N, 3)
      </T>
      <T x={510} y={y + 40} c={B} s={13}>
        ∂L/∂Y (N, 3)
      </T>
      {rows.map(([eq, shape], k) => (
        <g key={eq}>
          <T x={40} y={210 + k * 34} a="start" s={15}>
            {eq}
          </T>
          <T x={590} y={210 + k * 34} a="end" s={14} c={B}>
            {shape}
          </T>
        </g>
      ))}
      <T x={310} y={316} c="var(--muted)" s={13}>
        기울기의 모양 = 원래 변수의 모양 (∂L/∂W는 W와, ∂L/∂B는 B와 같아요)
      </T>
    </svg>
  );
}
