import { Arrow, ArrowDefs } from '../svg';

// SimpleConvNet: Conv(30, 5×5) → ReLU → Pool(2×2, 스트라이드 2) → Affine(100) → ReLU → Affine(10) → Softmax.
type Stage = {
  label: string;
  shape: string;
  kind: 'data' | 'conv' | 'act' | 'pool' | 'affine' | 'soft';
};
const stages: Stage[] = [
  { label: '입력', shape: '1×28×28', kind: 'data' },
  { label: 'Conv 5×5, 30개', shape: '30×24×24', kind: 'conv' },
  { label: 'ReLU', shape: '30×24×24', kind: 'act' },
  { label: 'Pool 2×2 / 2', shape: '30×12×12', kind: 'pool' },
  { label: 'Affine 4320→100', shape: '100', kind: 'affine' },
  { label: 'ReLU', shape: '100', kind: 'act' },
  { label: 'Affine 100→10', shape: '10', kind: 'affine' },
  { label: 'Softmax', shape: '10', kind: 'soft' },
];
const color: Record<Stage['kind'], string> = {
  data: 'var(--muted)',
  conv: 'var(--accent)',
  act: 'var(--border)',
  pool: 'var(--accent-2)',
  affine: 'var(--ok)',
  soft: 'var(--muted)',
};
const BW = 136;
const BH = 46;
const GAP = 30;
const X0 = 16;
const ROW_Y = [40, 160];

export default function Ch7SimpleConvnet() {
  const pos = stages.map((_, i) => ({ x: X0 + (i % 4) * (BW + GAP), y: ROW_Y[Math.floor(i / 4)] }));
  const W = X0 * 2 + 4 * BW + 3 * GAP;
  return (
    <svg
      role="img"
      aria-label="SimpleConvNet의 구조. 1×28×28 입력이 5×5 필터 30개의 합성곱을 거쳐 30×24×24, ReLU, 2×2 풀링으로 30×12×12가 되고, Affine 계층으로 100개, ReLU, Affine 계층으로 10개, 마지막에 Softmax를 거쳐요."
      viewBox={`0 0 ${W} 270`}
      width="100%"
      style={{ maxWidth: W }}
    >
      <ArrowDefs heads={[{ id: 'ch7-scn-arrow', c: 'var(--muted)' }]} />
      {stages.map((s, i) => {
        const { x, y } = pos[i];
        const c = color[s.kind];
        return (
          <g key={i}>
            <rect
              x={x}
              y={y}
              width={BW}
              height={BH}
              rx={8}
              style={{
                fill: c,
                fillOpacity: s.kind === 'act' ? 0.5 : 0.2,
                stroke: c === 'var(--border)' ? 'var(--muted)' : c,
                strokeWidth: 2,
              }}
            />
            <text
              x={x + BW / 2}
              y={y + BH / 2 + 5}
              textAnchor="middle"
              fontSize={14}
              style={{ fill: 'var(--fg)' }}
            >
              {s.label}
            </text>
            <text
              x={x + BW / 2}
              y={y + BH + 20}
              textAnchor="middle"
              fontSize={13}
              style={{ fill: 'var(--muted)' }}
            >
              {s.shape}
            </text>
            {i < stages.length - 1 && i % 4 !== 3 && (
              <Arrow
                x1={x + BW + 2}
                y1={y + BH / 2}
                x2={x + BW + GAP - 2}
                y2={y + BH / 2}
                m="ch7-scn-arrow"
                c="var(--muted)"
                sw={2}
              />
            )}
          </g>
        );
      })}
      <path
        d={`M${pos[3].x + BW / 2},${pos[3].y + BH + 28} L${pos[3].x + BW / 2},${ROW_Y[1] - 22} L${pos[4].x + BW / 2},${ROW_Y[1] - 22} L${pos[4].x + BW / 2},${ROW_Y[1] - 2}`}
        markerEnd="url(#ch7-scn-arrow)"
        style={{ fill: 'none', stroke: 'var(--muted)', strokeWidth: 2 }}
      />
      <text x={X0} y={262} fontSize={13} style={{ fill: 'var(--muted)' }}>
        블록 아래 숫자는 그 계층을 지난 데이터 한 개의 모양이에요. Adam(학습률 0.001), 배치 100.
      </text>
    </svg>
  );
}
