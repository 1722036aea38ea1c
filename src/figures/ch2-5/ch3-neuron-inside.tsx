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

interface BoxProps {
  x: number;
  y: number;
  w: number;
  h: number;
  c?: string;
  fill?: string;
  dashed?: boolean;
  rx?: number;
}
function Box({ x, y, w, h, c = 'var(--fg)', fill = 'var(--surface)', dashed, rx = 8 }: BoxProps) {
  return (
    <rect
      x={x}
      y={y}
      width={w}
      height={h}
      rx={rx}
      style={{ fill, stroke: c, strokeWidth: 1.5, strokeDasharray: dashed ? '5 4' : undefined }}
    />
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

// 3장: 뉴런 하나 안에서 일어나는 두 단계. 가중합 a를 구하고, 활성화 함수 h로 y를 만들어요.
export default function Ch3NeuronInside() {
  const m = 'ch3-neuron-inside-arr';
  const ins: Array<[string, number, string]> = [
    ['1', 50, 'b'],
    ['x₁', 115, 'w₁'],
    ['x₂', 180, 'w₂'],
  ];
  const ax = 290;
  const ay = 115;
  const yx = 420;
  return (
    <svg
      role="img"
      aria-label="뉴런 내부의 계산. 값이 1인 입력은 b를, x1은 w1을, x2는 w2를 곱해 뉴런 안의 a로 모이고, a는 활성화 함수 h를 거쳐 출력 y가 돼요. 식으로는 a = b + w1x1 + w2x2, y = h(a)예요."
      viewBox="0 0 540 260"
      width="100%"
      style={{ maxWidth: 560 }}
    >
      <defs>
        <Marker id={m} c="var(--fg)" />
      </defs>
      <Box x={240} y={60} w={230} h={110} rx={55} c="var(--accent)" fill="var(--surface)" />
      {ins.map(([label, y, w]) => (
        <g key={label}>
          <Arrow x1={70} y1={y} x2={ax} y2={ay} r1={20} r2={22} m={m} c={label === '1' ? 'var(--muted)' : 'var(--fg)'} dashed={label === '1'} />
          <Node x={70} y={y} r={20} label={label} c={label === '1' ? 'var(--muted)' : 'var(--fg)'} dashed={label === '1'} />
          <T x={160} y={y + (ay - y) * 0.45 - 8} c="var(--accent-2)" i>
            {w}
          </T>
        </g>
      ))}
      <Arrow x1={ax} y1={ay} x2={yx} y2={ay} r1={22} r2={22} m={m} />
      <T x={355} y={ay - 10} c="var(--accent)" i>
        h( )
      </T>
      <Node x={ax} y={ay} r={22} label="a" c="var(--accent)" />
      <Node x={yx} y={ay} r={22} label="y" c="var(--accent-2)" />
      <Arrow x1={yx} y1={ay} x2={520} y2={ay} r1={22} m={m} />
      <T x={355} y={52} c="var(--accent)" s={13}>
        뉴런 하나
      </T>
      <T x={270} y={215} s={15}>
        a = b + w₁x₁ + w₂x₂
      </T>
      <T x={270} y={242} s={15}>
        y = h(a)
      </T>
    </svg>
  );
}
