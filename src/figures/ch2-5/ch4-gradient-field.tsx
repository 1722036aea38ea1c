import type { ReactNode } from 'react';

interface TProps {
  x: number;
  y: number;
  children: ReactNode;
  c?: string;
  s?: number;
  a?: 'start' | 'middle' | 'end';
  w?: number;
  i?: boolean;
}
function T({ x, y, children, c = 'var(--fg)', s = 14, a = 'middle', w, i }: TProps) {
  return (
    <text
      x={x}
      y={y}
      textAnchor={a}
      style={{ fill: c, fontSize: s, fontWeight: w, fontStyle: i ? 'italic' : undefined }}
    >
      {children}
    </text>
  );
}

interface ArrowProps {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  m: string;
  c?: string;
  r1?: number;
  r2?: number;
  dashed?: boolean;
  sw?: number;
}
function Arrow({ x1, y1, x2, y2, m, c = 'var(--fg)', r1 = 0, r2 = 0, dashed, sw = 1.6 }: ArrowProps) {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const len = Math.hypot(dx, dy) || 1;
  const ux = dx / len;
  const uy = dy / len;
  return (
    <line
      x1={x1 + ux * r1}
      y1={y1 + uy * r1}
      x2={x2 - ux * r2}
      y2={y2 - uy * r2}
      markerEnd={`url(#${m})`}
      style={{ stroke: c, strokeWidth: sw, strokeDasharray: dashed ? '5 4' : undefined }}
    />
  );
}

function Marker({ id, c }: { id: string; c: string }) {
  return (
    <marker id={id} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
      <path d="M0,0 L10,5 L0,10 z" style={{ fill: c }} />
    </marker>
  );
}

// 4장: f(x₀, x₁) = x₀² + x₁²의 기울기에 마이너스를 붙인 벡터 −∇f를 격자 위에 그린 그림.
const SIZE = 400;
const PAD = 40;
const D = 2.5; // 좌표 범위 [−D, D]
const sx = (v: number) => PAD + ((v + D) / (2 * D)) * (SIZE - 2 * PAD);
const sy = (v: number) => SIZE - PAD - ((v + D) / (2 * D)) * (SIZE - 2 * PAD);
const SCALE = 7; // 기울기 1당 화살표 길이(px)

const GRID: number[] = [-2, -1.5, -1, -0.5, 0, 0.5, 1, 1.5, 2];

export default function Ch4GradientField() {
  const m = 'ch4-gradient-field-arr';
  return (
    <svg
      role="img"
      aria-label="함수 f = x0² + x1²의 음의 기울기 −∇f를 격자 점마다 화살표로 그린 그림. 모든 화살표가 가장 낮은 곳인 원점을 향하고, 원점에서 멀수록 화살표가 길어요. 옅은 원은 함수값이 같은 등고선이에요."
      viewBox={`0 0 ${SIZE} ${SIZE}`}
      width="100%"
      style={{ maxWidth: 420 }}
    >
      <defs>
        <Marker id={m} c="var(--accent)" />
      </defs>
      {[1, 2, 3, 4, 6].map((f) => (
        <circle
          key={f}
          cx={sx(0)}
          cy={sy(0)}
          r={(Math.sqrt(f) / (2 * D)) * (SIZE - 2 * PAD)}
          style={{ fill: 'none', stroke: 'var(--border)', strokeDasharray: '3 3' }}
        />
      ))}
      <line x1={sx(-D)} y1={sy(0)} x2={sx(D)} y2={sy(0)} style={{ stroke: 'var(--muted)' }} />
      <line x1={sx(0)} y1={sy(-D)} x2={sx(0)} y2={sy(D)} style={{ stroke: 'var(--muted)' }} />
      {GRID.flatMap((a) =>
        GRID.map((b) => {
          if (a === 0 && b === 0) return null;
          const gx = -2 * a;
          const gy = -2 * b;
          const x1 = sx(a);
          const y1 = sy(b);
          return <Arrow key={`${a},${b}`} x1={x1} y1={y1} x2={x1 + gx * SCALE} y2={y1 - gy * SCALE} m={m} c="var(--accent)" sw={1.5} />;
        }),
      )}
      <circle cx={sx(0)} cy={sy(0)} r={5} style={{ fill: 'var(--accent-2)' }} />
      <T x={sx(0) + 10} y={sy(0) + 20} a="start" s={13} c="var(--accent-2)">
        최솟값 (0, 0)
      </T>
      {[-2, 2].map((v) => (
        <g key={v}>
          <T x={sx(v)} y={sy(0) + 16} s={12} c="var(--muted)">
            {v}
          </T>
          <T x={sx(0) - 8} y={sy(v) + 4} a="end" s={12} c="var(--muted)">
            {v}
          </T>
        </g>
      ))}
      <T x={SIZE - PAD + 8} y={sy(0) + 5} a="start" s={14} i>
        x₀
      </T>
      <T x={sx(0)} y={PAD - 12} s={14} i>
        x₁
      </T>
      <T x={SIZE / 2} y={SIZE - 8} s={13} c="var(--accent)">
        화살표: −∇f = (−2x₀, −2x₁)
      </T>
    </svg>
  );
}
