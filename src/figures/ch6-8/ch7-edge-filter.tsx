// 세로 경계 필터: 밝은(1)/어두운(0) 경계에 걸칠 때만 큰 값이 나와요.
const N = 6;
const img = Array.from({ length: N }, () => [1, 1, 1, 0, 0, 0]);
const filter = [
  [1, 0, -1],
  [1, 0, -1],
  [1, 0, -1],
];
const out = Array.from({ length: N - 2 }, (_, i) =>
  Array.from({ length: N - 2 }, (_, j) => {
    let s = 0;
    for (let p = 0; p < 3; p++) for (let q = 0; q < 3; q++) s += img[i + p][j + q] * filter[p][q];
    return s;
  }),
);

const C = 30;

export default function Ch7EdgeFilter() {
  const ix = 16;
  const iy = 50;
  const fx = 16 + N * C + 60;
  const fy = iy + 1.5 * C;
  const ox = fx + 3 * C + 60;
  const oy = iy + C;
  return (
    <svg
      role="img"
      aria-label="세로 경계를 찾는 필터의 예. 왼쪽 세 열이 1이고 오른쪽 세 열이 0인 6×6 이미지에, 왼쪽 열이 1, 가운데 열이 0, 오른쪽 열이 -1인 3×3 필터를 적용하면 4×4 출력의 모든 행이 0 3 3 0이 되어 경계가 있는 가운데 두 열만 큰 값이 나와요."
      viewBox={`0 0 ${ox + 4 * C + 16} 290`}
      width="100%"
      style={{ maxWidth: ox + 4 * C + 16 }}
    >
      <text
        x={ix + (N * C) / 2}
        y={iy - 14}
        textAnchor="middle"
        fontSize={14}
        style={{ fill: 'var(--fg)' }}
      >
        이미지 (6×6)
      </text>
      {img.map((row, i) =>
        row.map((v, j) => (
          <g key={`${i}-${j}`}>
            <rect
              x={ix + j * C}
              y={iy + i * C}
              width={C}
              height={C}
              style={{
                fill: v ? 'var(--accent-2)' : 'var(--surface)',
                fillOpacity: v ? 0.35 : 1,
                stroke: 'var(--border)',
              }}
            />
            <text
              x={ix + j * C + C / 2}
              y={iy + i * C + C / 2 + 5}
              textAnchor="middle"
              fontSize={13}
              style={{ fill: 'var(--fg)' }}
            >
              {v}
            </text>
          </g>
        )),
      )}
      <text
        x={ix + (N * C) / 2}
        y={iy + N * C + 22}
        textAnchor="middle"
        fontSize={12}
        style={{ fill: 'var(--muted)' }}
      >
        왼쪽은 밝고(1) 오른쪽은 어두워요(0)
      </text>

      <text
        x={fx - 30}
        y={fy + 1.5 * C + 9}
        textAnchor="middle"
        fontSize={26}
        style={{ fill: 'var(--fg)' }}
      >
        ⊛
      </text>
      <text
        x={fx + 1.5 * C}
        y={fy - 14}
        textAnchor="middle"
        fontSize={14}
        style={{ fill: 'var(--fg)' }}
      >
        필터
      </text>
      {filter.map((row, i) =>
        row.map((v, j) => (
          <g key={`${i}-${j}`}>
            <rect
              x={fx + j * C}
              y={fy + i * C}
              width={C}
              height={C}
              style={{
                fill: v > 0 ? 'var(--accent)' : v < 0 ? 'var(--bad)' : 'var(--surface)',
                fillOpacity: v === 0 ? 1 : 0.25,
                stroke: 'var(--border)',
              }}
            />
            <text
              x={fx + j * C + C / 2}
              y={fy + i * C + C / 2 + 5}
              textAnchor="middle"
              fontSize={13}
              style={{ fill: 'var(--fg)' }}
            >
              {v}
            </text>
          </g>
        )),
      )}

      <text
        x={ox - 30}
        y={fy + 1.5 * C + 9}
        textAnchor="middle"
        fontSize={26}
        style={{ fill: 'var(--fg)' }}
      >
        →
      </text>
      <text
        x={ox + 2 * C}
        y={oy - 14}
        textAnchor="middle"
        fontSize={14}
        style={{ fill: 'var(--fg)' }}
      >
        출력 (4×4)
      </text>
      {out.map((row, i) =>
        row.map((v, j) => (
          <g key={`${i}-${j}`}>
            <rect
              x={ox + j * C}
              y={oy + i * C}
              width={C}
              height={C}
              style={{
                fill: v > 0 ? 'var(--ok)' : 'var(--surface)',
                fillOpacity: v > 0 ? 0.4 : 1,
                stroke: 'var(--border)',
              }}
            />
            <text
              x={ox + j * C + C / 2}
              y={oy + i * C + C / 2 + 5}
              textAnchor="middle"
              fontSize={13}
              style={{ fill: 'var(--fg)', fontWeight: v > 0 ? 700 : 400 }}
            >
              {v}
            </text>
          </g>
        )),
      )}
      <text
        x={ox + 2 * C}
        y={oy + 4 * C + 22}
        textAnchor="middle"
        fontSize={12}
        style={{ fill: 'var(--muted)' }}
      >
        경계 자리만 3
      </text>
    </svg>
  );
}
