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

// 5장: 덧셈 노드는 상류 값을 그대로, 곱셈 노드는 반대쪽 입력을 곱해서 하류로 보내요.
function Panel({ ox, op, title, fx, fy, fz, bx, by, m, mb }: { ox: number; op: string; title: string; fx: string; fy: string; fz: string; bx: string; by: string; m: string; mb: string }) {
  const nx = ox + 180;
  const ny = 130;
  const r = 24;
  const F = 'var(--accent)';
  const B = 'var(--accent-2)';
  return (
    <g>
      <T x={ox + 150} y={30} w={600}>
        {title}
      </T>
      <Arrow x1={ox + 20} y1={70} x2={nx} y2={ny} r2={r} m={m} />
      <Arrow x1={ox + 20} y1={190} x2={nx} y2={ny} r2={r} m={m} />
      <Arrow x1={nx} y1={ny} x2={ox + 290} y2={ny} r1={r} m={m} />
      <Node x={nx} y={ny} r={r} label={op} s={20} />
      <T x={ox + 45} y={64} c={F} w={600}>
        {fx}
      </T>
      <T x={ox + 45} y={207} c={F} w={600}>
        {fy}
      </T>
      <T x={ox + 250} y={ny - 12} c={F} w={600}>
        {fz}
      </T>
      <Arrow x1={ox + 280} y1={ny + 16} x2={nx + r + 6} y2={ny + 16} m={mb} c={B} />
      <T x={ox + 250} y={ny + 40} c={B} w={600}>
        1.3
      </T>
      <T x={ox + 92} y={90} a="start" c={B} w={600}>
        {bx}
      </T>
      <T x={ox + 92} y={188} a="start" c={B} w={600}>
        {by}
      </T>
    </g>
  );
}

export default function Ch5AddMulNodes() {
  const m = 'ch5-addmul-f';
  const mb = 'ch5-addmul-b';
  return (
    <svg
      role="img"
      aria-label="덧셈 노드와 곱셈 노드의 역전파. 왼쪽 덧셈 노드는 10 + 5 = 15이고, 상류에서 1.3이 오면 두 입력 쪽 모두에 1.3을 그대로 보내요. 오른쪽 곱셈 노드는 10 × 5 = 50이고, 상류에서 1.3이 오면 10 쪽으로는 1.3 × 5 = 6.5를, 5 쪽으로는 1.3 × 10 = 13을 보내요."
      viewBox="0 0 640 260"
      width="100%"
      style={{ maxWidth: 640 }}
    >
      <defs>
        <Marker id={m} c="var(--fg)" />
        <Marker id={mb} c="var(--accent-2)" />
      </defs>
      <Panel ox={10} op="+" title="덧셈 노드: 그대로 흘려보내기" fx="10" fy="5" fz="15" bx="1.3 × 1" by="1.3 × 1" m={m} mb={mb} />
      <line x1={320} y1={20} x2={320} y2={230} style={{ stroke: 'var(--border)' }} />
      <Panel ox={330} op="×" title="곱셈 노드: 바꿔 곱하기" fx="10" fy="5" fz="50" bx="1.3 × 5 = 6.5" by="1.3 × 10 = 13" m={m} mb={mb} />
      <T x={320} y={252} c="var(--muted)" s={13}>
        파란색: 순전파 값 · 주황색: 역전파 값 (상류에서 1.3이 왔을 때)
      </T>
    </svg>
  );
}
