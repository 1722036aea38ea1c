import { Arrow, Marker } from '../svg';

// 긴 골짜기 f(x, y) = x²/20 + y²: 등고선, 내리막 방향(-∇f) 화살표, SGD(η = 0.95)의 지그재그 경로.
const W = 720;
const H = 300;
const U = 38; // pixels per unit, the same on both axes
const CX = W / 2;
const CY = 150;
const px = (x: number) => CX + x * U;
const py = (y: number) => CY - y * U;

const levels = [0.25, 0.75, 1.5, 2.5, 4, 6];

const arrows: Array<[number, number, number, number]> = [];
for (const x of [-8, -6, -4, -2, 2, 4, 6, 8]) {
  for (const y of [-2.5, -1.25, 1.25, 2.5]) {
    const gx = -x / 10;
    const gy = -2 * y;
    const len = Math.hypot(gx, gy);
    const L = Math.min(30, 10 * len);
    arrows.push([px(x), py(y), px(x) + (gx / len) * L, py(y) - (gy / len) * L]);
  }
}

const sgd: Array<[number, number]> = [];
{
  let x = -7;
  let y = 2;
  for (let i = 0; i <= 30; i++) {
    sgd.push([x, y]);
    const gx = x / 10;
    const gy = 2 * y;
    x -= 0.95 * gx;
    y -= 0.95 * gy;
  }
}

export default function Ch6LongValley() {
  return (
    <svg
      role="img"
      aria-label="가로로 길게 뻗은 골짜기 f(x, y) = x 제곱 나누기 20 더하기 y 제곱의 등고선 그림. 내리막 방향 화살표는 대부분 최솟값이 아니라 골짜기를 가로지르는 위아래 방향을 가리켜요. 점 (-7, 2)에서 출발한 SGD(학습률 0.95)는 위아래로 지그재그하며 x 방향으로는 조금씩만 나아가요."
      viewBox={`0 0 ${W} ${H}`}
      width="100%"
      style={{ maxWidth: W }}
    >
      <defs>
        <clipPath id="ch6-valley-clip">
          <rect x={10} y={20} width={W - 20} height={H - 50} />
        </clipPath>
        <Marker id="ch6-valley-arrow" c="var(--muted)" refX={8} size={6} />
      </defs>
      <rect
        x={10}
        y={20}
        width={W - 20}
        height={H - 50}
        style={{ fill: 'var(--surface)', stroke: 'var(--border)' }}
      />
      <g clipPath="url(#ch6-valley-clip)">
        {levels.map((c) => (
          <ellipse
            key={c}
            cx={CX}
            cy={CY}
            rx={Math.sqrt(20 * c) * U}
            ry={Math.sqrt(c) * U}
            style={{ fill: 'none', stroke: 'var(--accent)', strokeOpacity: 0.45, strokeWidth: 1.2 }}
          />
        ))}
        {arrows.map(([x1, y1, x2, y2], i) => (
          <Arrow
            key={i}
            x1={x1}
            y1={y1}
            x2={x2}
            y2={y2}
            m="ch6-valley-arrow"
            c="var(--muted)"
            sw={1.5}
          />
        ))}
        <polyline
          points={sgd.map(([x, y]) => `${px(x).toFixed(1)},${py(y).toFixed(1)}`).join(' ')}
          style={{ fill: 'none', stroke: 'var(--accent-2)', strokeWidth: 2 }}
        />
        {sgd.map(([x, y], i) => (
          <circle
            key={i}
            cx={px(x)}
            cy={py(y)}
            r={i === 0 ? 5 : 3}
            style={{ fill: 'var(--accent-2)' }}
          />
        ))}
        <circle cx={CX} cy={CY} r={5} style={{ fill: 'var(--ok)' }} />
      </g>
      <text x={CX + 10} y={CY + 20} fontSize={13} style={{ fill: 'var(--ok)' }}>
        최솟값 (0, 0)
      </text>
      <text
        x={px(-7) - 6}
        y={py(2) - 10}
        textAnchor="middle"
        fontSize={13}
        style={{ fill: 'var(--accent-2)' }}
      >
        출발 (-7, 2)
      </text>
      <text x={20} y={14} fontSize={13} style={{ fill: 'var(--fg)' }}>
        주황: SGD(η = 0.95)의 30걸음 · 회색 화살표: 내리막 방향 -∇f · 파랑: 등고선
      </text>
      <text x={20} y={H - 10} fontSize={13} style={{ fill: 'var(--muted)' }}>
        화살표가 최솟값이 아니라 골짜기를 가로지르는 쪽을 가리켜서, 경로가 위아래로 출렁여요.
      </text>
    </svg>
  );
}
