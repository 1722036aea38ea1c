import { T } from '../svg';

// 3장: 신경망 한 층의 행렬 곱. X (2,) · W (2, 3) = Y (3,). W의 열 하나와 X의 내적이 Y의 원소 하나예요.
const CELL = 46;

function Grid({
  x,
  y,
  rows,
  hl,
  label,
  shape,
}: {
  x: number;
  y: number;
  rows: number[][];
  hl?: (r: number, c: number) => boolean;
  label: string;
  shape: string;
}) {
  return (
    <g>
      {rows.map((row, r) =>
        row.map((v, c) => {
          const on = hl ? hl(r, c) : false;
          return (
            <g key={`${r}-${c}`}>
              <rect
                x={x + c * CELL}
                y={y + r * CELL}
                width={CELL}
                height={CELL}
                style={{
                  fill: on ? 'var(--accent-2)' : 'var(--surface)',
                  fillOpacity: on ? 0.25 : 1,
                  stroke: 'var(--fg)',
                  strokeWidth: 1.2,
                }}
              />
              <T x={x + c * CELL + CELL / 2} y={y + r * CELL + CELL / 2 + 5} s={15}>
                {v}
              </T>
            </g>
          );
        }),
      )}
      <T x={x + (rows[0].length * CELL) / 2} y={y - 12} w={600} i>
        {label}
      </T>
      <T
        x={x + (rows[0].length * CELL) / 2}
        y={y + rows.length * CELL + 22}
        c="var(--accent)"
        s={14}
      >
        {shape}
      </T>
    </g>
  );
}

export default function Ch3MatrixShapes() {
  return (
    <svg
      role="img"
      aria-label="행렬 곱 X 곱하기 W는 Y. X는 원소 2개 [1, 2], W는 2행 3열 [[1, 3, 5], [2, 4, 6]], Y는 원소 3개 [5, 11, 17]. X의 길이 2와 W의 행 수 2가 같아야 곱할 수 있어요. 강조된 W의 둘째 열 (3, 4)와 X의 내적 1×3 + 2×4 = 11이 Y의 둘째 원소예요."
      viewBox="0 0 600 250"
      width="100%"
      style={{ maxWidth: 620 }}
    >
      <Grid x={20} y={80} rows={[[1, 2]]} hl={() => true} label="X" shape="(2,)" />
      <T x={133} y={110} s={22}>
        ·
      </T>
      <Grid
        x={160}
        y={57}
        rows={[
          [1, 3, 5],
          [2, 4, 6],
        ]}
        hl={(_r, c) => c === 1}
        label="W"
        shape="(2, 3)"
      />
      <T x={325} y={110} s={22}>
        =
      </T>
      <Grid x={350} y={80} rows={[[5, 11, 17]]} hl={(_r, c) => c === 1} label="Y" shape="(3,)" />
      <T x={300} y={205} s={14}>
        11 = 1 × 3 + 2 × 4 (X와 W의 둘째 열의 내적)
      </T>
      <T x={300} y={232} c="var(--muted)" s={13}>
        (2,) · (2, 3) → (3,) : 가운데 두 차원(2와 2)이 같아야 곱할 수 있어요
      </T>
    </svg>
  );
}
