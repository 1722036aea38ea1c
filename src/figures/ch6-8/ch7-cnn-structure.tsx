import { Arrow, ArrowDefs } from '../svg';

// 완전연결 신경망과 CNN의 계층 구성 비교.
type Kind = 'affine' | 'act' | 'conv' | 'pool' | 'soft';
const color: Record<Kind, string> = {
  affine: 'var(--ok)',
  act: 'var(--muted)',
  conv: 'var(--accent)',
  pool: 'var(--accent-2)',
  soft: 'var(--muted)',
};
const label: Record<Kind, string> = {
  affine: 'Affine',
  act: 'ReLU',
  conv: 'Conv',
  pool: 'Pooling',
  soft: 'Softmax',
};

const BW = 88;
const BH = 40;
const GAP = 22;
const X0 = 16;

function Row({ y, kinds, startX = X0 }: { y: number; kinds: Kind[]; startX?: number }) {
  return (
    <g>
      {kinds.map((k, i) => {
        const x = startX + i * (BW + GAP);
        const c = color[k];
        return (
          <g key={i}>
            <rect
              x={x}
              y={y}
              width={BW}
              height={BH}
              rx={7}
              style={{
                fill: c,
                fillOpacity: k === 'act' || k === 'soft' ? 0.12 : 0.22,
                stroke: c,
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
              {label[k]}
            </text>
            {i < kinds.length - 1 && (
              <Arrow
                x1={x + BW + 2}
                y1={y + BH / 2}
                x2={x + BW + GAP - 2}
                y2={y + BH / 2}
                m="ch7-struct-arrow"
                c="var(--muted)"
                sw={2}
              />
            )}
          </g>
        );
      })}
    </g>
  );
}

export default function Ch7CnnStructure() {
  const W = X0 * 2 + 6 * BW + 5 * GAP;
  return (
    <svg
      role="img"
      aria-label="두 신경망의 계층 구성. 완전연결 신경망은 Affine, ReLU, Affine, ReLU, Affine, Softmax 순서예요. CNN은 Conv, ReLU, Pooling을 두 번 거친 뒤 Affine, ReLU, Affine, Softmax로 끝나요."
      viewBox={`0 0 ${W} 290`}
      width="100%"
      style={{ maxWidth: W }}
    >
      <ArrowDefs heads={[{ id: 'ch7-struct-arrow', c: 'var(--muted)' }]} />
      <text x={X0} y={26} fontSize={15} style={{ fill: 'var(--fg)', fontWeight: 600 }}>
        완전연결 신경망
      </text>
      <Row y={40} kinds={['affine', 'act', 'affine', 'act', 'affine', 'soft']} />

      <text x={X0} y={128} fontSize={15} style={{ fill: 'var(--fg)', fontWeight: 600 }}>
        CNN
      </text>
      <Row y={142} kinds={['conv', 'act', 'pool', 'conv', 'act', 'pool']} />
      <path
        d={`M${X0 + 5 * (BW + GAP) + BW / 2},${142 + BH + 2} L${X0 + 5 * (BW + GAP) + BW / 2},${142 + BH + 20} L${X0 + 2 * (BW + GAP) + BW / 2},${142 + BH + 20} L${X0 + 2 * (BW + GAP) + BW / 2},${222}`}
        markerEnd="url(#ch7-struct-arrow)"
        style={{ fill: 'none', stroke: 'var(--muted)', strokeWidth: 2 }}
      />
      <Row y={224} kinds={['affine', 'act', 'affine', 'soft']} startX={X0 + 2 * (BW + GAP)} />
      <text x={X0} y={250} fontSize={13} style={{ fill: 'var(--muted)' }}>
        출력 쪽은 예전과 같아요
      </text>
    </svg>
  );
}
