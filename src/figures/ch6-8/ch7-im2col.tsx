// im2col: 필터가 놓이는 영역마다 한 행으로 펴서, 합성곱을 행렬 곱 하나로 바꿔요.
const input = [
  [1, 2, 3, 0],
  [0, 1, 2, 3],
  [3, 0, 1, 2],
  [2, 3, 0, 1],
];
const filter = [2, 0, 1, 0, 1, 2, 1, 0, 2];
const windows: Array<[number, number]> = [
  [0, 0],
  [0, 1],
  [1, 0],
  [1, 1],
];
const rows = windows.map(([i, j]) => {
  const r: number[] = [];
  for (let p = 0; p < 3; p++) for (let q = 0; q < 3; q++) r.push(input[i + p][j + q]);
  return r;
});
const result = rows.map((r) => r.reduce((s, v, k) => s + v * filter[k], 0));
const rowColor = ['var(--accent)', 'var(--accent-2)', 'var(--ok)', 'var(--bad)'];

const IC = 28; // input cell
const MC = 22; // matrix cell

function cellText(x: number, y: number, c: number, v: number, bold = false) {
  return (
    <text
      x={x + c / 2}
      y={y + c / 2 + 5}
      textAnchor="middle"
      fontSize={13}
      style={{ fill: 'var(--fg)', fontWeight: bold ? 700 : 400 }}
    >
      {v}
    </text>
  );
}

export default function Ch7Im2col() {
  const ix = 16;
  const iy = 70;
  const mx = 200;
  const my = 90;
  const fx = mx + 9 * MC + 34;
  const fy = 40;
  const rx = fx + MC + 34;
  const ox = rx + MC + 56;
  return (
    <svg
      role="img"
      aria-label="im2col 그림. 4×4 입력에서 3×3 필터가 놓이는 네 영역을 각각 9개짜리 한 행으로 펴서 4×9 행렬을 만들고, 필터도 9개짜리 한 열로 펴요. 둘을 행렬 곱하면 4개의 값 15, 16, 6, 15가 나오고, 이를 2×2로 되돌리면 합성곱 결과와 같아요."
      viewBox="0 0 680 290"
      width="100%"
      style={{ maxWidth: 680 }}
    >
      <text
        x={ix + 2 * IC}
        y={iy - 14}
        textAnchor="middle"
        fontSize={14}
        style={{ fill: 'var(--fg)' }}
      >
        입력
      </text>
      {input.map((row, i) =>
        row.map((v, j) => (
          <g key={`${i}-${j}`}>
            <rect
              x={ix + j * IC}
              y={iy + i * IC}
              width={IC}
              height={IC}
              style={{ fill: 'var(--surface)', stroke: 'var(--border)' }}
            />
            {cellText(ix + j * IC, iy + i * IC, IC, v)}
          </g>
        )),
      )}
      <rect
        x={ix}
        y={iy}
        width={3 * IC}
        height={3 * IC}
        style={{ fill: 'none', stroke: rowColor[0], strokeWidth: 3 }}
      />
      <rect
        x={ix + IC + 3}
        y={iy + 3}
        width={3 * IC - 6}
        height={3 * IC - 6}
        style={{ fill: 'none', stroke: rowColor[1], strokeWidth: 2.5, strokeDasharray: '5 3' }}
      />
      <text
        x={ix + 2 * IC}
        y={iy + 4 * IC + 22}
        textAnchor="middle"
        fontSize={12}
        style={{ fill: 'var(--muted)' }}
      >
        영역 4곳 (2곳만 표시)
      </text>

      <text
        x={(ix + 4 * IC + mx) / 2}
        y={my + 2 * MC - 10}
        textAnchor="middle"
        fontSize={13}
        style={{ fill: 'var(--fg)' }}
      >
        im2col
      </text>
      <text
        x={(ix + 4 * IC + mx) / 2}
        y={my + 2 * MC + 14}
        textAnchor="middle"
        fontSize={24}
        style={{ fill: 'var(--fg)' }}
      >
        →
      </text>

      <text
        x={mx + 4.5 * MC}
        y={my - 14}
        textAnchor="middle"
        fontSize={14}
        style={{ fill: 'var(--fg)' }}
      >
        펼친 입력 (4×9)
      </text>
      {rows.map((r, i) =>
        r.map((v, k) => (
          <g key={`${i}-${k}`}>
            <rect
              x={mx + k * MC}
              y={my + i * MC}
              width={MC}
              height={MC}
              style={{ fill: rowColor[i], fillOpacity: 0.18, stroke: 'var(--border)' }}
            />
            {cellText(mx + k * MC, my + i * MC, MC, v)}
          </g>
        )),
      )}

      <text
        x={mx + 9 * MC + 17}
        y={my + 2 * MC + 8}
        textAnchor="middle"
        fontSize={20}
        style={{ fill: 'var(--fg)' }}
      >
        ×
      </text>

      <text
        x={fx + MC / 2}
        y={fy - 14}
        textAnchor="middle"
        fontSize={14}
        style={{ fill: 'var(--fg)' }}
      >
        필터 (9×1)
      </text>
      {filter.map((v, k) => (
        <g key={k}>
          <rect
            x={fx}
            y={fy + k * MC}
            width={MC}
            height={MC}
            style={{ fill: 'var(--accent-2)', fillOpacity: 0.2, stroke: 'var(--border)' }}
          />
          {cellText(fx, fy + k * MC, MC, v)}
        </g>
      ))}

      <text
        x={fx + MC + 17}
        y={my + 2 * MC + 8}
        textAnchor="middle"
        fontSize={20}
        style={{ fill: 'var(--fg)' }}
      >
        =
      </text>

      <text
        x={rx + MC / 2}
        y={my - 14}
        textAnchor="middle"
        fontSize={14}
        style={{ fill: 'var(--fg)' }}
      >
        결과
      </text>
      {result.map((v, i) => (
        <g key={i}>
          <rect
            x={rx}
            y={my + i * MC}
            width={MC}
            height={MC}
            style={{ fill: rowColor[i], fillOpacity: 0.3, stroke: 'var(--border)' }}
          />
          {cellText(rx, my + i * MC, MC, v, true)}
        </g>
      ))}

      <text
        x={rx + MC + 28}
        y={my + 2 * MC - 10}
        textAnchor="middle"
        fontSize={12}
        style={{ fill: 'var(--fg)' }}
      >
        reshape
      </text>
      <text
        x={rx + MC + 28}
        y={my + 2 * MC + 14}
        textAnchor="middle"
        fontSize={24}
        style={{ fill: 'var(--fg)' }}
      >
        →
      </text>
      {result.map((v, i) => {
        const x = ox + (i % 2) * 30;
        const y = my + MC + Math.floor(i / 2) * 30 - 8;
        return (
          <g key={i}>
            <rect
              x={x}
              y={y}
              width={30}
              height={30}
              style={{ fill: rowColor[i], fillOpacity: 0.3, stroke: 'var(--border)' }}
            />
            {cellText(x, y, 30, v, true)}
          </g>
        );
      })}
      <text x={ox + 30} y={my - 14} textAnchor="middle" fontSize={14} style={{ fill: 'var(--fg)' }}>
        출력
      </text>

      <text x={16} y={272} fontSize={13} style={{ fill: 'var(--muted)' }}>
        영역 하나가 한 행이 되고, 필터가 여러 개면 열이 그만큼 늘어나요. 합성곱이 행렬 곱 한 번이
        돼요.
      </text>
    </svg>
  );
}
