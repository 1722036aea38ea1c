import { Arrow, Marker } from '../svg';

// 어두운 동굴의 용사: 발밑의 경사만 느끼며 가장 깊은 곳을 찾는 경사 하강법의 비유.
const W = 640;
const H = 320;

/** Cave floor height (screen y) at horizontal position x. */
function floorY(x: number): number {
  const u = x / W;
  const g = (c: number, s: number) => Math.exp(-(((u - c) / s) ** 2));
  return 130 + 55 * g(0.17, 0.06) + 150 * g(0.76, 0.11) - 25 * g(0.02, 0.06);
}

const xs = Array.from({ length: 129 }, (_, i) => (i * W) / 128);
const floorPath = xs
  .map((x, i) => `${i === 0 ? 'M' : 'L'}${x.toFixed(1)},${floorY(x).toFixed(1)}`)
  .join(' ');
const rockPath = `${floorPath} L${W},${H} L0,${H} Z`;
const ceiling =
  'M0,0 L0,46 L40,58 L75,40 L120,62 L160,48 L210,70 L250,50 L300,66 L340,44 L390,60 L440,42 L490,64 L540,46 L590,58 L640,40 L640,0 Z';

const heroX = 395;
const heroY = floorY(heroX);
const slope = (floorY(heroX + 1) - floorY(heroX - 1)) / 2;
const norm = Math.hypot(1, slope);
const tx = 1 / norm;
const ty = slope / norm;
const deepX = 0.76 * W;

export default function Ch6DarkCave() {
  return (
    <svg
      role="img"
      aria-label="캄캄한 동굴 단면 그림. 용사는 발밑의 경사만 느낄 수 있고, 내리막 쪽으로 한 걸음씩 옮겨 가장 깊은 곳을 찾아요. 왼쪽에는 얕은 웅덩이, 가운데에는 평평한 고원, 오른쪽에 가장 깊은 곳이 있어요."
      viewBox={`0 0 ${W} ${H}`}
      width="100%"
      style={{ maxWidth: W }}
    >
      <defs>
        <Marker id="ch6-cave-arrow" c="var(--accent-2)" refX={8} />
        <radialGradient id="ch6-cave-light">
          <stop offset="0%" style={{ stopColor: 'var(--accent-2)', stopOpacity: 0.35 }} />
          <stop offset="100%" style={{ stopColor: 'var(--accent-2)', stopOpacity: 0 }} />
        </radialGradient>
      </defs>
      <rect
        x={0}
        y={0}
        width={W}
        height={H}
        style={{ fill: 'var(--surface)', stroke: 'var(--border)' }}
      />
      <path d={ceiling} style={{ fill: 'var(--border)' }} />
      <path d={rockPath} style={{ fill: 'var(--border)', opacity: 0.6 }} />
      <path d={floorPath} style={{ fill: 'none', stroke: 'var(--fg)', strokeWidth: 2 }} />

      {/* the small circle of what the hero can feel */}
      <circle cx={heroX} cy={heroY} r={46} style={{ fill: 'url(#ch6-cave-light)' }} />
      <line
        x1={heroX - 40 * tx}
        y1={heroY - 40 * ty}
        x2={heroX + 40 * tx}
        y2={heroY + 40 * ty}
        style={{ stroke: 'var(--accent-2)', strokeWidth: 2, strokeDasharray: '5 4' }}
      />
      <Arrow
        x1={heroX + 8 * tx}
        y1={heroY + 8 * ty - 6}
        x2={heroX + 62 * tx}
        y2={heroY + 62 * ty - 6}
        m="ch6-cave-arrow"
        c="var(--accent-2)"
        sw={3}
      />

      {/* the hero */}
      <g style={{ stroke: 'var(--accent)', strokeWidth: 3, strokeLinecap: 'round' }}>
        <circle cx={heroX} cy={heroY - 40} r={7} style={{ fill: 'var(--accent)' }} />
        <line x1={heroX} y1={heroY - 33} x2={heroX} y2={heroY - 14} />
        <line x1={heroX} y1={heroY - 14} x2={heroX - 7} y2={heroY - 1} />
        <line x1={heroX} y1={heroY - 14} x2={heroX + 7} y2={heroY} />
        <line x1={heroX} y1={heroY - 27} x2={heroX + 10} y2={heroY - 20} />
        <line
          x1={heroX + 10}
          y1={heroY - 20}
          x2={heroX + 14}
          y2={heroY - 44}
          style={{ strokeWidth: 2 }}
        />
      </g>

      <text
        x={heroX - 10}
        y={heroY - 62}
        textAnchor="middle"
        fontSize={14}
        style={{ fill: 'var(--accent)' }}
      >
        용사 = 지금의 매개변수
      </text>
      <text
        x={heroX - 14}
        y={heroY + 40}
        textAnchor="end"
        fontSize={13}
        style={{ fill: 'var(--accent-2)' }}
      >
        발밑의 경사 = 기울기
      </text>
      <text
        x={heroX - 14}
        y={heroY + 58}
        textAnchor="end"
        fontSize={13}
        style={{ fill: 'var(--accent-2)' }}
      >
        → 내리막으로 한 걸음
      </text>

      <text
        x={deepX}
        y={floorY(deepX) + 30}
        textAnchor="middle"
        fontSize={14}
        style={{ fill: 'var(--fg)' }}
      >
        가장 깊은 곳 (손실 최소)?
      </text>
      <text
        x={0.17 * W}
        y={floorY(0.17 * W) + 26}
        textAnchor="middle"
        fontSize={13}
        style={{ fill: 'var(--muted)' }}
      >
        얕은 웅덩이 (국소 최솟값)
      </text>
      <text
        x={0.4 * W - 30}
        y={floorY(0.4 * W) - 14}
        textAnchor="middle"
        fontSize={13}
        style={{ fill: 'var(--muted)' }}
      >
        평평한 고원
      </text>
      <text x={14} y={H - 12} fontSize={12} style={{ fill: 'var(--muted)' }}>
        바닥의 높이 = 손실 함수의 값, 좌우 위치 = 매개변수
      </text>
    </svg>
  );
}
