import { Arrow, ArrowDefs } from '../svg';

// GoogLeNet의 인셉션 구조: 크기가 다른 필터와 풀링을 나란히 적용하고 채널 방향으로 이어 붙여요.
const W = 640;
const H = 330;
const BW = 128;
const BH = 38;
const cols = [20, 176, 332, 488];

type B = { label: string; kind: 'one' | 'conv' | 'pool' };
const branches: B[][] = [
  [{ label: '1×1 합성곱', kind: 'one' }],
  [
    { label: '1×1 합성곱', kind: 'one' },
    { label: '3×3 합성곱', kind: 'conv' },
  ],
  [
    { label: '1×1 합성곱', kind: 'one' },
    { label: '5×5 합성곱', kind: 'conv' },
  ],
  [
    { label: '3×3 최대 풀링', kind: 'pool' },
    { label: '1×1 합성곱', kind: 'one' },
  ],
];
const color: Record<B['kind'], string> = {
  one: 'var(--ok)',
  conv: 'var(--accent)',
  pool: 'var(--accent-2)',
};
const ROWS = [110, 180];
const TOP = 30;
const BOTTOM = 262;

export default function Ch8Inception() {
  return (
    <svg
      role="img"
      aria-label="인셉션 구조. 이전 층의 출력이 네 갈래로 나뉘어 1×1 합성곱, 1×1 다음 3×3 합성곱, 1×1 다음 5×5 합성곱, 3×3 최대 풀링 다음 1×1 합성곱을 나란히 거친 뒤, 결과를 채널 방향으로 이어 붙여 다음 층으로 보내요."
      viewBox={`0 0 ${W} ${H}`}
      width="100%"
      style={{ maxWidth: W }}
    >
      <ArrowDefs heads={[{ id: 'ch8-inc-arrow', c: 'var(--muted)', size: 6 }]} />
      <rect
        x={W / 2 - 90}
        y={TOP}
        width={180}
        height={BH}
        rx={8}
        style={{ fill: 'var(--surface)', stroke: 'var(--border)', strokeWidth: 1.5 }}
      />
      <text
        x={W / 2}
        y={TOP + BH / 2 + 5}
        textAnchor="middle"
        fontSize={14}
        style={{ fill: 'var(--fg)' }}
      >
        이전 층의 출력
      </text>

      {branches.map((br, c) => {
        const cx = cols[c] + BW / 2;
        const lastY = ROWS[br.length - 1] + BH;
        return (
          <g key={c}>
            <Arrow
              x1={W / 2}
              y1={TOP + BH}
              x2={cx}
              y2={ROWS[0] - 2}
              m="ch8-inc-arrow"
              c="var(--muted)"
              sw={1.5}
            />
            {br.map((b, r) => (
              <g key={r}>
                <rect
                  x={cols[c]}
                  y={ROWS[r]}
                  width={BW}
                  height={BH}
                  rx={7}
                  style={{
                    fill: color[b.kind],
                    fillOpacity: 0.2,
                    stroke: color[b.kind],
                    strokeWidth: 2,
                  }}
                />
                <text
                  x={cx}
                  y={ROWS[r] + BH / 2 + 5}
                  textAnchor="middle"
                  fontSize={13}
                  style={{ fill: 'var(--fg)' }}
                >
                  {b.label}
                </text>
                {r < br.length - 1 && (
                  <Arrow
                    x1={cx}
                    y1={ROWS[r] + BH}
                    x2={cx}
                    y2={ROWS[r + 1] - 2}
                    m="ch8-inc-arrow"
                    c="var(--muted)"
                    sw={1.5}
                  />
                )}
              </g>
            ))}
            <polyline
              points={`${cx},${lastY} ${cx},${ROWS[1] + BH} ${W / 2},${BOTTOM - 2}`}
              markerEnd="url(#ch8-inc-arrow)"
              style={{ fill: 'none', stroke: 'var(--muted)', strokeWidth: 1.5 }}
            />
          </g>
        );
      })}

      <rect
        x={W / 2 - 130}
        y={BOTTOM}
        width={260}
        height={BH}
        rx={8}
        style={{ fill: 'var(--surface)', stroke: 'var(--fg)', strokeWidth: 1.5 }}
      />
      <text
        x={W / 2}
        y={BOTTOM + BH / 2 + 5}
        textAnchor="middle"
        fontSize={14}
        style={{ fill: 'var(--fg)' }}
      >
        채널 방향으로 이어 붙이기
      </text>
      <text x={W / 2} y={H - 6} textAnchor="middle" fontSize={12} style={{ fill: 'var(--muted)' }}>
        초록색 1×1 합성곱은 채널 수를 줄여 계산량을 아껴요
      </text>
    </svg>
  );
}
