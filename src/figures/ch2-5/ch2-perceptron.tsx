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

interface NodeProps {
  x: number;
  y: number;
  r?: number;
  label: ReactNode;
  c?: string;
  fill?: string;
  s?: number;
  dashed?: boolean;
}
function Node({ x, y, r = 22, label, c = 'var(--fg)', fill = 'var(--surface)', s = 15, dashed }: NodeProps) {
  return (
    <g>
      <circle
        cx={x}
        cy={y}
        r={r}
        style={{ fill, stroke: c, strokeWidth: 1.6, strokeDasharray: dashed ? '4 3' : undefined }}
      />
      <text x={x} y={y} textAnchor="middle" dominantBaseline="central" style={{ fill: c, fontSize: s }}>
        {label}
      </text>
    </g>
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
      <defs>
        <Marker id={m} c="var(--fg)" />
      </defs>
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
      <line x1={310} y1={105} x2={360} y2={105} style={{ stroke: 'var(--fg)', strokeWidth: 1.6 }} markerEnd={`url(#${m})`} />
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
