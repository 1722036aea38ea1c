// 합성곱 연산의 예: 4×4 입력 ⊛ 3×3 필터 → 2×2 출력 (책의 예).
const CELL = 40;
const input = [
  [1, 2, 3, 0],
  [0, 1, 2, 3],
  [3, 0, 1, 2],
  [2, 3, 0, 1],
];
const filter = [
  [2, 0, 1],
  [0, 1, 2],
  [1, 0, 2],
];
const output = [0, 1].map((i) =>
  [0, 1].map((j) => {
    let s = 0;
    for (let p = 0; p < 3; p++) for (let q = 0; q < 3; q++) s += input[i + p][j + q] * filter[p][q];
    return s;
  }),
);

function Grid({
  x,
  y,
  values,
  hl,
  tint,
}: {
  x: number;
  y: number;
  values: number[][];
  hl: (i: number, j: number) => boolean;
  tint: string;
}) {
  return (
    <g>
      {values.map((row, i) =>
        row.map((v, j) => (
          <g key={`${i}-${j}`}>
            <rect
              x={x + j * CELL}
              y={y + i * CELL}
              width={CELL}
              height={CELL}
              style={{
                fill: hl(i, j) ? tint : 'var(--surface)',
                fillOpacity: hl(i, j) ? 0.3 : 1,
                stroke: 'var(--border)',
              }}
            />
            <text
              x={x + j * CELL + CELL / 2}
              y={y + i * CELL + CELL / 2 + 6}
              textAnchor="middle"
              fontSize={17}
              style={{ fill: 'var(--fg)' }}
            >
              {v}
            </text>
          </g>
        )),
      )}
    </g>
  );
}

export default function Ch7ConvOp() {
  const ix = 20;
  const iy = 50;
  const fx = 250;
  const fy = 70;
  const ox = 480;
  const oy = 90;
  return (
    <svg
      role="img"
      aria-label="합성곱 연산의 예. 4×4 입력 1 2 3 0, 0 1 2 3, 3 0 1 2, 2 3 0 1에 3×3 필터 2 0 1, 0 1 2, 1 0 2를 적용하면 2×2 출력 15 16, 6 15가 나와요. 입력의 왼쪽 위 3×3 영역과 필터를 원소끼리 곱해 더한 값이 출력의 첫 칸 15예요."
      viewBox="0 0 600 280"
      width="100%"
      style={{ maxWidth: 600 }}
    >
      <text
        x={ix + 2 * CELL}
        y={iy - 14}
        textAnchor="middle"
        fontSize={14}
        style={{ fill: 'var(--fg)' }}
      >
        입력 (4×4)
      </text>
      <Grid x={ix} y={iy} values={input} hl={(i, j) => i < 3 && j < 3} tint="var(--accent)" />
      <rect
        x={ix}
        y={iy}
        width={3 * CELL}
        height={3 * CELL}
        style={{ fill: 'none', stroke: 'var(--accent)', strokeWidth: 3 }}
      />

      <text
        x={(ix + 4 * CELL + fx) / 2}
        y={fy + 1.5 * CELL + 10}
        textAnchor="middle"
        fontSize={28}
        style={{ fill: 'var(--fg)' }}
      >
        ⊛
      </text>

      <text
        x={fx + 1.5 * CELL}
        y={fy - 14}
        textAnchor="middle"
        fontSize={14}
        style={{ fill: 'var(--fg)' }}
      >
        필터 (3×3)
      </text>
      <Grid x={fx} y={fy} values={filter} hl={() => true} tint="var(--accent-2)" />

      <text
        x={(fx + 3 * CELL + ox) / 2}
        y={oy + CELL + 10}
        textAnchor="middle"
        fontSize={28}
        style={{ fill: 'var(--fg)' }}
      >
        →
      </text>

      <text
        x={ox + CELL}
        y={oy - 14}
        textAnchor="middle"
        fontSize={14}
        style={{ fill: 'var(--fg)' }}
      >
        출력 (2×2)
      </text>
      <Grid x={ox} y={oy} values={output} hl={(i, j) => i === 0 && j === 0} tint="var(--accent)" />
      <rect
        x={ox}
        y={oy}
        width={CELL}
        height={CELL}
        style={{ fill: 'none', stroke: 'var(--accent)', strokeWidth: 3 }}
      />

      <text x={300} y={250} textAnchor="middle" fontSize={14} style={{ fill: 'var(--muted)' }}>
        파란 영역과 필터를 같은 자리끼리 곱해서 모두 더하면 출력의 첫 칸 15가 돼요.
      </text>
      <text x={300} y={272} textAnchor="middle" fontSize={14} style={{ fill: 'var(--muted)' }}>
        필터를 한 칸씩 밀며 반복하면 16, 6, 15가 나와요.
      </text>
    </svg>
  );
}
