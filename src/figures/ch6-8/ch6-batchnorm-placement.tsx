import { Arrow, ArrowDefs } from '../svg';

// 배치 정규화 계층을 어디에 넣을까: 활성화 함수 앞(책) 또는 뒤.
const BW = 112;
const BH = 44;
const GAP = 34;
const X0 = 16;
const W = X0 * 2 + BW * 4 + GAP * 3;
const H = 270;

type Block = { label: string; kind: 'affine' | 'bn' | 'act' | 'next' };
const rows: Array<{ title: string; y: number; blocks: Block[] }> = [
  {
    title: '책의 구성: 활성화 함수 앞에 (Affine → BN → ReLU)',
    y: 50,
    blocks: [
      { label: 'Affine', kind: 'affine' },
      { label: 'Batch Norm', kind: 'bn' },
      { label: 'ReLU', kind: 'act' },
      { label: '다음 층 …', kind: 'next' },
    ],
  },
  {
    title: '다른 선택: 활성화 함수 뒤에 (Affine → ReLU → BN)',
    y: 160,
    blocks: [
      { label: 'Affine', kind: 'affine' },
      { label: 'ReLU', kind: 'act' },
      { label: 'Batch Norm', kind: 'bn' },
      { label: '다음 층 …', kind: 'next' },
    ],
  },
];

const fillOf: Record<Block['kind'], string> = {
  affine: 'var(--surface)',
  bn: 'var(--accent-2)',
  act: 'var(--surface)',
  next: 'var(--surface)',
};

export default function Ch6BatchnormPlacement() {
  return (
    <svg
      role="img"
      aria-label="배치 정규화 계층의 위치 두 가지. 위: 책의 구성으로 Affine, Batch Norm, ReLU 순서. 아래: Affine, ReLU, Batch Norm 순서. Batch Norm은 미니배치의 평균과 분산으로 정규화한 뒤 감마와 베타로 조절해요."
      viewBox={`0 0 ${W} ${H}`}
      width="100%"
      style={{ maxWidth: W }}
    >
      <ArrowDefs heads={[{ id: 'ch6-bn-arrow', c: 'var(--muted)' }]} />
      {rows.map((r) => (
        <g key={r.y}>
          <text x={X0} y={r.y - 14} fontSize={14} style={{ fill: 'var(--fg)', fontWeight: 600 }}>
            {r.title}
          </text>
          {r.blocks.map((b, i) => {
            const x = X0 + i * (BW + GAP);
            const isBn = b.kind === 'bn';
            return (
              <g key={i}>
                <rect
                  x={x}
                  y={r.y}
                  width={BW}
                  height={BH}
                  rx={8}
                  style={{
                    fill: fillOf[b.kind],
                    fillOpacity: isBn ? 0.25 : 1,
                    stroke: isBn ? 'var(--accent-2)' : 'var(--border)',
                    strokeWidth: isBn ? 2.5 : 1.5,
                    strokeDasharray: b.kind === 'next' ? '5 4' : undefined,
                  }}
                />
                <text
                  x={x + BW / 2}
                  y={r.y + BH / 2 + 5}
                  textAnchor="middle"
                  fontSize={14}
                  style={{ fill: b.kind === 'next' ? 'var(--muted)' : 'var(--fg)' }}
                >
                  {b.label}
                </text>
                {i < r.blocks.length - 1 && (
                  <Arrow
                    x1={x + BW + 3}
                    y1={r.y + BH / 2}
                    x2={x + BW + GAP - 3}
                    y2={r.y + BH / 2}
                    m="ch6-bn-arrow"
                    c="var(--muted)"
                    sw={2}
                  />
                )}
              </g>
            );
          })}
        </g>
      ))}
      <text x={X0} y={H - 34} fontSize={13} style={{ fill: 'var(--muted)' }}>
        Batch Norm: 미니배치의 평균 μ_B와 분산 σ²_B로 평균 0, 분산 1로 맞춘 뒤
      </text>
      <text x={X0} y={H - 14} fontSize={13} style={{ fill: 'var(--muted)' }}>
        학습되는 γ(확대)와 β(이동)로 다시 조절해요.
      </text>
    </svg>
  );
}
