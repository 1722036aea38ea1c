import { T, Arrow, ArrowDefs } from '../svg';

// 4장: 어두운 동굴 속 용사. 발밑의 기울기만 느끼며 가장 가파르게 내려가는 쪽으로 한 걸음씩 가요.
const W = 600;
const px = (u: number) => 20 + u * (W - 40);
const depth = (u: number) =>
  0.55 * Math.exp(-(((u - 0.68) / 0.13) ** 2)) + 0.2 * Math.exp(-(((u - 0.22) / 0.07) ** 2));
const py = (u: number) => 110 + 170 * depth(u);

const GROUND = (() => {
  const pts: string[] = [];
  for (let k = 0; k <= 120; k++) {
    const u = k / 120;
    pts.push(`${px(u).toFixed(1)},${py(u).toFixed(1)}`);
  }
  return `M${px(0)},262 L${pts.join(' L')} L${px(1)},262 Z`;
})();

const CEILING = (() => {
  const pts: string[] = [];
  for (let k = 0; k <= 60; k++) {
    const u = k / 60;
    pts.push(
      `${px(u).toFixed(1)},${(40 + 14 * Math.sin(u * 11) + 8 * Math.sin(u * 27)).toFixed(1)}`,
    );
  }
  return `M${px(0)},0 L${pts.join(' L')} L${px(1)},0 Z`;
})();

const STEPS = [0.47, 0.53, 0.58, 0.62, 0.65, 0.67];

export default function Ch4GradientDescentCave() {
  const m = 'ch4-cave-arr';
  const hu = STEPS[0];
  const hx = px(hu);
  const hy = py(hu);
  return (
    <svg
      role="img"
      aria-label="어두운 동굴의 단면 그림. 동굴 바닥은 왼쪽에 작은 웅덩이(극솟값)가 있고 오른쪽에 가장 깊은 곳(최솟값)이 있어요. 용사는 비탈에 서서 발밑의 기울기만 느끼며, 더 낮은 쪽으로 발자국을 찍으며 한 걸음씩 내려가요."
      viewBox={`0 0 ${W} 270`}
      width="100%"
      style={{ maxWidth: 620 }}
    >
      <ArrowDefs heads={[{ id: m, c: 'var(--accent-2)' }]} />
      <rect x={0} y={0} width={W} height={270} style={{ fill: 'var(--surface)' }} />
      <path d={CEILING} style={{ fill: 'var(--muted)', fillOpacity: 0.45 }} />
      <path
        d={GROUND}
        style={{ fill: 'var(--muted)', fillOpacity: 0.45, stroke: 'var(--fg)', strokeWidth: 2 }}
      />
      {STEPS.slice(1).map((u, k) => (
        <circle
          key={u}
          cx={px(u)}
          cy={py(u) - 4}
          r={4}
          style={{ fill: 'var(--accent)', fillOpacity: 1 - k * 0.12 }}
        />
      ))}
      {/* 용사: 머리, 몸, 다리 */}
      <g style={{ stroke: 'var(--fg)', strokeWidth: 2.5, fill: 'none' }}>
        <circle cx={hx} cy={hy - 42} r={7} />
        <line x1={hx} y1={hy - 35} x2={hx} y2={hy - 16} />
        <line x1={hx} y1={hy - 16} x2={hx - 7} y2={hy - 2} />
        <line x1={hx} y1={hy - 16} x2={hx + 8} y2={hy} />
        <line x1={hx} y1={hy - 28} x2={hx + 11} y2={hy - 22} />
        <line x1={hx} y1={hy - 28} x2={hx - 11} y2={hy - 24} />
      </g>
      <Arrow
        x1={hx + 14}
        y1={hy + 6}
        x2={px(0.53) + 6}
        y2={py(0.53) + 10}
        m={m}
        c="var(--accent-2)"
        sw={2.5}
      />
      <T x={hx - 20} y={hy - 62} a="end" s={13}>
        발밑의 기울기만 느낄 수 있어요
      </T>
      <T x={px(0.6)} y={132} a="start" s={13} c="var(--accent-2)">
        한 걸음 = η × 기울기
      </T>
      <T x={px(0.22)} y={py(0.22) + 26} s={13}>
        극솟값 (작은 웅덩이)
      </T>
      <T x={px(0.68)} y={py(0.68) + 26} s={13} w={600}>
        가장 깊은 곳 (최솟값)
      </T>
      <T x={W / 2} y={24} s={13} c="var(--fg)">
        불빛 없는 동굴: 지도 없이 발밑만 더듬어 내려가기
      </T>
    </svg>
  );
}
