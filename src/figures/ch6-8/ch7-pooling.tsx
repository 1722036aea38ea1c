// 2×2 최대 풀링(스트라이드 2): 각 영역에서 가장 큰 값만 남겨요.
const CELL = 44;
const input = [
  [1, 2, 1, 0],
  [0, 1, 2, 3],
  [3, 0, 1, 2],
  [2, 4, 0, 1],
];
const colors = ['var(--accent)', 'var(--accent-2)', 'var(--ok)', 'var(--bad)'];
const region = (i: number, j: number) => Math.floor(i / 2) * 2 + Math.floor(j / 2);
const maxOf = (r: number) => {
  const bi = Math.floor(r / 2) * 2;
  const bj = (r % 2) * 2;
  return Math.max(input[bi][bj], input[bi][bj + 1], input[bi + 1][bj], input[bi + 1][bj + 1]);
};

export default function Ch7Pooling() {
  const ix = 30;
  const iy = 40;
  const ox = 400;
  const oy = 40 + CELL;
  return (
    <svg
      role="img"
      aria-label="2×2 최대 풀링의 예. 4×4 입력 1 2 1 0, 0 1 2 3, 3 0 1 2, 2 4 0 1을 네 개의 2×2 영역으로 나누고 각 영역의 최댓값만 남기면 출력은 2 3, 4 2예요."
      viewBox="0 0 560 260"
      width="100%"
      style={{ maxWidth: 560 }}
    >
      {input.map((row, i) =>
        row.map((v, j) => {
          const r = region(i, j);
          const isMax = v === maxOf(r);
          return (
            <g key={`${i}-${j}`}>
              <rect
                x={ix + j * CELL}
                y={iy + i * CELL}
                width={CELL}
                height={CELL}
                style={{ fill: colors[r], fillOpacity: 0.2, stroke: 'var(--border)' }}
              />
              <text
                x={ix + j * CELL + CELL / 2}
                y={iy + i * CELL + CELL / 2 + 6}
                textAnchor="middle"
                fontSize={18}
                style={{ fill: 'var(--fg)', fontWeight: isMax ? 700 : 400 }}
              >
                {v}
              </text>
            </g>
          );
        }),
      )}
      <line
        x1={ix + 2 * CELL}
        y1={iy}
        x2={ix + 2 * CELL}
        y2={iy + 4 * CELL}
        style={{ stroke: 'var(--fg)', strokeWidth: 2 }}
      />
      <line
        x1={ix}
        y1={iy + 2 * CELL}
        x2={ix + 4 * CELL}
        y2={iy + 2 * CELL}
        style={{ stroke: 'var(--fg)', strokeWidth: 2 }}
      />
      <text
        x={ix + 2 * CELL}
        y={iy + 4 * CELL + 26}
        textAnchor="middle"
        fontSize={14}
        style={{ fill: 'var(--fg)' }}
      >
        입력 (4×4)
      </text>

      <text
        x={(ix + 4 * CELL + ox) / 2}
        y={iy + 2 * CELL - 8}
        textAnchor="middle"
        fontSize={13}
        style={{ fill: 'var(--muted)' }}
      >
        영역마다 최댓값
      </text>
      <text
        x={(ix + 4 * CELL + ox) / 2}
        y={iy + 2 * CELL + 20}
        textAnchor="middle"
        fontSize={26}
        style={{ fill: 'var(--fg)' }}
      >
        →
      </text>
      <text
        x={(ix + 4 * CELL + ox) / 2}
        y={iy + 2 * CELL + 44}
        textAnchor="middle"
        fontSize={13}
        style={{ fill: 'var(--muted)' }}
      >
        2×2, 스트라이드 2
      </text>

      {[0, 1, 2, 3].map((r) => {
        const i = Math.floor(r / 2);
        const j = r % 2;
        return (
          <g key={r}>
            <rect
              x={ox + j * CELL}
              y={oy + i * CELL}
              width={CELL}
              height={CELL}
              style={{ fill: colors[r], fillOpacity: 0.3, stroke: 'var(--border)' }}
            />
            <text
              x={ox + j * CELL + CELL / 2}
              y={oy + i * CELL + CELL / 2 + 6}
              textAnchor="middle"
              fontSize={18}
              style={{ fill: 'var(--fg)', fontWeight: 700 }}
            >
              {maxOf(r)}
            </text>
          </g>
        );
      })}
      <text
        x={ox + CELL}
        y={iy + 4 * CELL + 26}
        textAnchor="middle"
        fontSize={14}
        style={{ fill: 'var(--fg)' }}
      >
        출력 (2×2)
      </text>
    </svg>
  );
}
