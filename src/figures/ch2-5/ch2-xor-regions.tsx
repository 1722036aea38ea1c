import type { ReactNode } from 'react';
import { T } from '../svg';

// 2장: OR은 직선 하나로 나뉘지만, XOR은 곡선이 있어야 나뉘어요.
const S = 240; // 패널 한 변(px)
const toX = (ox: number, v: number) => ox + ((v + 0.5) / 2) * S;
const toY = (oy: number, v: number) => oy + S - ((v + 0.5) / 2) * S;

const PTS: Array<[number, number]> = [
  [0, 0],
  [1, 0],
  [0, 1],
  [1, 1],
];

function Panel({
  ox,
  oy,
  title,
  out,
  children,
}: {
  ox: number;
  oy: number;
  title: string;
  out: (a: number, b: number) => number;
  children: ReactNode;
}) {
  return (
    <g>
      <rect
        x={ox}
        y={oy}
        width={S}
        height={S}
        style={{ fill: 'var(--surface)', stroke: 'var(--border)' }}
      />
      {children}
      <line
        x1={toX(ox, -0.5)}
        y1={toY(oy, 0)}
        x2={toX(ox, 1.5)}
        y2={toY(oy, 0)}
        style={{ stroke: 'var(--muted)', strokeWidth: 1 }}
      />
      <line
        x1={toX(ox, 0)}
        y1={toY(oy, -0.5)}
        x2={toX(ox, 0)}
        y2={toY(oy, 1.5)}
        style={{ stroke: 'var(--muted)', strokeWidth: 1 }}
      />
      <T x={toX(ox, 1) + 14} y={toY(oy, 0) + 18} c="var(--muted)" s={12}>
        1
      </T>
      <T x={toX(ox, 0) - 10} y={toY(oy, 1) - 12} c="var(--muted)" s={12}>
        1
      </T>
      <T x={toX(ox, 1.5) - 12} y={toY(oy, 0) - 8} c="var(--muted)" s={13} i>
        x₁
      </T>
      <T x={toX(ox, 0) + 16} y={oy + 16} c="var(--muted)" s={13} i>
        x₂
      </T>
      {PTS.map(([a, b]) =>
        out(a, b) === 1 ? (
          <circle
            key={`${a}${b}`}
            cx={toX(ox, a)}
            cy={toY(oy, b)}
            r={9}
            style={{ fill: 'var(--accent-2)', stroke: 'var(--fg)' }}
          />
        ) : (
          <circle
            key={`${a}${b}`}
            cx={toX(ox, a)}
            cy={toY(oy, b)}
            r={9}
            style={{ fill: 'var(--surface)', stroke: 'var(--fg)', strokeWidth: 2 }}
          />
        ),
      )}
      <T x={ox + S / 2} y={oy - 12} w={600}>
        {title}
      </T>
    </g>
  );
}

export default function Ch2XorRegions() {
  const L = 30;
  const R = 340;
  const top = 40;
  // OR의 경계 −0.2 + 0.5x₁ + 0.5x₂ = 0, 즉 x₁ + x₂ = 0.4. 오른쪽 위가 1인 영역.
  const orRegion = [
    [-0.5, 0.9],
    [-0.5, 1.5],
    [1.5, 1.5],
    [1.5, -0.5],
    [0.9, -0.5],
  ]
    .map(([a, b]) => `${toX(L, a)},${toY(top, b)}`)
    .join(' ');
  const cx = toX(R, 0.5);
  const cy = toY(top, 0.5);
  return (
    <svg
      role="img"
      aria-label="왼쪽: OR 게이트의 네 점은 직선 하나로 출력 1과 0이 나뉘어요. 오른쪽: XOR 게이트는 출력 1인 두 점이 대각선으로 엇갈려 있어서 직선으로는 나눌 수 없고, 곡선으로 둘러싸야 나뉘어요."
      viewBox="0 0 610 330"
      width="100%"
      style={{ maxWidth: 640 }}
    >
      <Panel ox={L} oy={top} title="OR: 직선 하나로 나뉘어요" out={(a, b) => (a || b ? 1 : 0)}>
        <polygon points={orRegion} style={{ fill: 'var(--accent)', fillOpacity: 0.15 }} />
        <line
          x1={toX(L, -0.5)}
          y1={toY(top, 0.9)}
          x2={toX(L, 0.9)}
          y2={toY(top, -0.5)}
          style={{ stroke: 'var(--accent)', strokeWidth: 2.5 }}
        />
      </Panel>
      <Panel ox={R} oy={top} title="XOR: 곡선이어야 나뉘어요" out={(a, b) => (a !== b ? 1 : 0)}>
        <ellipse
          cx={cx}
          cy={cy}
          rx={125}
          ry={44}
          transform={`rotate(45 ${cx} ${cy})`}
          style={{
            fill: 'var(--accent)',
            fillOpacity: 0.15,
            stroke: 'var(--accent)',
            strokeWidth: 2.5,
          }}
        />
      </Panel>
      <circle cx={200} cy={312} r={7} style={{ fill: 'var(--accent-2)', stroke: 'var(--fg)' }} />
      <T x={212} y={317} a="start" s={13}>
        출력 1
      </T>
      <circle
        cx={300}
        cy={312}
        r={7}
        style={{ fill: 'var(--surface)', stroke: 'var(--fg)', strokeWidth: 2 }}
      />
      <T x={312} y={317} a="start" s={13}>
        출력 0
      </T>
      <rect
        x={380}
        y={305}
        width={14}
        height={14}
        style={{ fill: 'var(--accent)', fillOpacity: 0.15, stroke: 'var(--accent)' }}
      />
      <T x={400} y={317} a="start" s={13}>
        1로 판정하는 영역
      </T>
    </svg>
  );
}
