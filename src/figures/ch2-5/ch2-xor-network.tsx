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

// 2장: NAND와 OR의 출력을 AND에 넣으면 XOR이 돼요 (2층 퍼셉트론).
export default function Ch2XorNetwork() {
  const m = 'ch2-xor-network-arr';
  const x1 = { x: 70, y: 70 };
  const x2 = { x: 70, y: 180 };
  const s1 = { x: 250, y: 70 };
  const s2 = { x: 250, y: 180 };
  const y = { x: 430, y: 125 };
  const edges = [
    [x1, s1],
    [x1, s2],
    [x2, s1],
    [x2, s2],
  ];
  return (
    <svg
      role="img"
      aria-label="XOR을 만드는 2층 퍼셉트론. 입력 x1, x2가 NAND 뉴런 s1과 OR 뉴런 s2에 함께 들어가고, s1과 s2가 AND 뉴런 y로 들어가요. 입력층은 0층, s1과 s2는 1층, y는 2층이에요."
      viewBox="0 0 520 270"
      width="100%"
      style={{ maxWidth: 560 }}
    >
      <defs>
        <Marker id={m} c="var(--fg)" />
      </defs>
      {edges.map(([a, b], k) => (
        <Arrow key={k} x1={a.x} y1={a.y} x2={b.x} y2={b.y} r1={22} r2={24} m={m} />
      ))}
      <Arrow x1={s1.x} y1={s1.y} x2={y.x} y2={y.y} r1={24} r2={24} m={m} />
      <Arrow x1={s2.x} y1={s2.y} x2={y.x} y2={y.y} r1={24} r2={24} m={m} />
      <line x1={y.x + 24} y1={y.y} x2={y.x + 70} y2={y.y} markerEnd={`url(#${m})`} style={{ stroke: 'var(--fg)', strokeWidth: 1.6 }} />
      <Node x={x1.x} y={x1.y} label="x₁" />
      <Node x={x2.x} y={x2.y} label="x₂" />
      <Node x={s1.x} y={s1.y} r={24} label="s₁" c="var(--accent)" />
      <Node x={s2.x} y={s2.y} r={24} label="s₂" c="var(--accent)" />
      <Node x={y.x} y={y.y} r={24} label="y" c="var(--accent-2)" />
      <T x={s1.x} y={s1.y - 34} c="var(--accent)" s={13} w={600}>
        NAND
      </T>
      <T x={s2.x} y={s2.y + 42} c="var(--accent)" s={13} w={600}>
        OR
      </T>
      <T x={y.x} y={y.y - 34} c="var(--accent-2)" s={13} w={600}>
        AND
      </T>
      <T x={x1.x} y={255} c="var(--muted)" s={13}>
        0층 (입력)
      </T>
      <T x={s1.x} y={255} c="var(--muted)" s={13}>
        1층
      </T>
      <T x={y.x} y={255} c="var(--muted)" s={13}>
        2층 (출력)
      </T>
    </svg>
  );
}
